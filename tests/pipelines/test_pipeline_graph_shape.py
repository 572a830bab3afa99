"""The `curate` group draws as layers (issue 22: it drew as a tangle), and still guards the publish."""
from __future__ import annotations

import pytest

from pipelines import checks
from pipelines.assets.curate import CURATED_TABLES, CURATION_ORDER, FACT_TABLES, upstream_of
from pipelines.definitions import defs
from pipelines.graph_shape import asset_edges, figures, layout_crossings
from pipelines.in_process import RunFailed, run_pipeline


def test_each_curated_table_is_drawn_joined_only_to_the_tables_it_reads():
    groups, edges = asset_edges(defs)
    for table in CURATED_TABLES:
        upstream = {a for a, b in edges if b == table}
        assert upstream == set(upstream_of(table)), table
        if table != "articles":  # only articles is joined to the extract and ingest layers
            assert {groups[a] for a in upstream} == {"curate"}, table
    fact_parents = {t: set(p.values()) for t, p in FACT_TABLES.items()}
    assert all(fact_parents[t] == set(upstream_of(t)) for t in FACT_TABLES)


def test_tables_are_curated_parents_first():
    seen: set[str] = set()
    for table in CURATION_ORDER:
        assert set(upstream_of(table)) - {"source_inventory", "article_extracts"} <= seen, table
        seen.add(table)
    assert sorted(CURATION_ORDER) == sorted(CURATED_TABLES)


def test_graph_figures_are_those_of_a_layered_group():
    shape = figures(defs)
    assert shape["max_in_degree_in_curate"] <= 4  # indications: articles, sentences, drugs, conditions
    assert shape["n_edges"] <= 78  # 94 when every table read the inventory and the extracted rows
    assert shape["layout_curate_only"]["n_layers"] == 5


def test_layered_crossing_count_on_graphs_drawn_by_hand():
    assert layout_crossings({"a", "b", "c"}, [("a", "b"), ("b", "c")])["n_crossings"] == 0
    # two sources both feeding two sinks: one crossing whatever the order
    k22 = [("a", "x"), ("a", "y"), ("b", "x"), ("b", "y")]
    assert layout_crossings({"a", "b", "x", "y"}, k22)["n_crossings"] == 1
    # an edge skipping a layer passes through a dummy point, and is counted where it crosses
    skip = [("a", "b"), ("b", "c"), ("a", "c"), ("d", "e"), ("e", "c")]
    assert layout_crossings({"a", "b", "c", "d", "e"}, skip)["n_crossings"] == 0


def test_a_failing_blocking_check_still_stops_the_publish(corpus, tmp_path, monkeypatch):
    """A key that resolves nowhere (here: reported by a stubbed lookup) fails `keys_resolve`, and
    nothing is published, now that the tables are made by one step."""
    real = checks.orphan_keys
    monkeypatch.setattr(checks, "orphan_keys", lambda child, column, parent: (
        ["not-a-drug"] if column == "drug_id" else real(child, column, parent)))
    monkeypatch.setenv("ONCOCURATE_DAGSTER_EPHEMERAL", "1")
    with pytest.raises(RunFailed, match="keys_resolve"):
        run_pipeline(corpus, tmp_path / "warehouse")
    assert not (tmp_path / "warehouse" / "oncocurate.duckdb").exists()
