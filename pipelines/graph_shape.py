"""How the asset graph draws: edges, in-degrees and edge crossings of a layered layout.

The Dagster UI lays the asset graph out in layers (dagre); a group whose assets all take the same
upstream assets draws as a tangle. This measures it without a browser: assets are placed on layers
by longest path, edges that skip layers pass through dummy points (as dagre does), and each layer is
ordered by barycenter sweeps, keeping the order with the fewest crossings. The count is an estimate
of what the UI shows (dagre also boxes groups), good for comparing two versions of the graph.

    python -m pipelines.graph_shape            # figures of the code location, as JSON
"""
from __future__ import annotations

import json
from collections import defaultdict
from itertools import combinations

SWEEPS = 24


def asset_edges(defs) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """({asset: group}, [(upstream, downstream)]) of a Definitions' asset graph."""
    graph = defs.resolve_asset_graph()
    groups, edges = {}, []
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        groups[key.to_user_string()] = node.group_name
        edges += [(parent.to_user_string(), key.to_user_string()) for parent in node.parent_keys]
    return groups, sorted(edges)


def layers_of(nodes, edges) -> dict[str, int]:
    """Longest-path layering: every node one layer below its deepest parent."""
    parents = defaultdict(list)
    for a, b in edges:
        parents[b].append(a)
    layer: dict[str, int] = {}

    def depth(n: str) -> int:
        if n not in layer:
            layer[n] = 1 + max((depth(p) for p in parents[n]), default=-1)
        return layer[n]

    for n in sorted(nodes):
        depth(n)
    return layer


def _points(edges, layer) -> tuple[dict[str, int], list[tuple[str, str, tuple]]]:
    """{point: layer} with a dummy point per skipped layer, and the one-layer segments of each edge."""
    point_layer = dict(layer)
    segments = []
    for a, b in edges:
        points = [a, *(f"{a}->{b}#{i}" for i in range(layer[a] + 1, layer[b])), b]
        for i, dummy in enumerate(points[1:-1], start=layer[a] + 1):
            point_layer[dummy] = i
        segments += [(u, v, (a, b)) for u, v in zip(points, points[1:])]
    return point_layer, segments


def _crossings(order: dict[str, int], point_layer: dict[str, int], segments) -> tuple[int, set]:
    """Pairs of segments between the same two layers whose ends are in opposite order."""
    gaps = defaultdict(list)
    for u, v, edge in segments:
        gaps[point_layer[u]].append((order[u], order[v], edge))
    count, crossing = 0, set()
    for items in gaps.values():
        for (u1, v1, e1), (u2, v2, e2) in combinations(items, 2):
            if (u1 - u2) * (v1 - v2) < 0:
                count += 1
                crossing |= {e1, e2}
    return count, crossing


def layout_crossings(nodes, edges) -> dict:
    """Crossings of the best barycenter ordering found (an upper bound on the minimum)."""
    point_layer, segments = _points(edges, layers_of(nodes, edges))
    rows: dict[int, list[str]] = defaultdict(list)
    for point in sorted(point_layer):
        rows[point_layer[point]].append(point)
    ups, downs = defaultdict(list), defaultdict(list)
    for u, v, _ in segments:
        ups[v].append(u)
        downs[u].append(v)

    def order_of() -> dict[str, int]:
        return {p: i for row in rows.values() for i, p in enumerate(row)}

    best = _crossings(order_of(), point_layer, segments)
    depth = max(rows, default=0)
    for sweep in range(SWEEPS):
        downward = sweep % 2 == 0
        near = ups if downward else downs
        for i in (range(1, depth + 1) if downward else range(depth - 1, -1, -1)):
            order = order_of()
            rows[i].sort(key=lambda p: (sum(order[q] for q in near[p]) / len(near[p]) if near[p]
                                        else order[p], order[p]))
        found = _crossings(order_of(), point_layer, segments)
        if found[0] < best[0]:
            best = found
    return {"n_layers": depth + 1, "n_crossings": best[0], "n_crossing_edges": len(best[1])}


def figures(defs, group: str = "curate") -> dict:
    """Edges and crossings of the whole asset graph, and the edges that touch one group."""
    groups, edges = asset_edges(defs)
    members = {n for n, g in groups.items() if g == group}
    inside = [(a, b) for a, b in edges if a in members and b in members]
    touching = [(a, b) for a, b in edges if a in members or b in members]
    in_degree = defaultdict(int)
    for _, b in edges:
        in_degree[b] += 1
    out_degree = defaultdict(int)
    for a, _ in edges:
        out_degree[a] += 1
    return {
        "n_assets": len(groups), "n_edges": len(edges),
        f"n_{group}_assets": len(members),
        f"n_edges_within_{group}": len(inside), f"n_edges_touching_{group}": len(touching),
        f"max_in_degree_in_{group}": max((in_degree[n] for n in members), default=0),
        "max_out_degree": max(out_degree.values(), default=0),
        "layout": layout_crossings(set(groups), edges),
        f"layout_{group}_only": layout_crossings(members, inside),
    }


if __name__ == "__main__":
    from pipelines.definitions import defs

    print(json.dumps(figures(defs), indent=2))
