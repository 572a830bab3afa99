"""One static HTML page that shows a published warehouse at a glance (no server, no network, no JS).

Sections: the drug × condition matrix coloured by strongest status, claims by status and by
publisher, the conflicts between articles with both sentences, and quarantine by reason.
Everything is inline SVG and CSS so the file can be mailed or opened offline.
"""
from __future__ import annotations

import html
import os
from pathlib import Path

import duckdb

from warehouse.layout import DUCKDB_NAME

POSITIVE = ("approved", "recommended", "used", "investigational")  # strongest first
NEGATIVE = ("not_recommended", "not_indicated")
STATUS_COLOURS = {
    "approved": "#1a7f37",
    "recommended": "#2f81f7",
    "used": "#9ec5fe",
    "investigational": "#e3b341",
    "not_recommended": "#8b1a1a",
    "not_indicated": "#e5534b",
}
CELL = 22
MAX_CONFLICTS = 200
# The grid shows the drugs and conditions with most claims, so that it stays readable (about 1100 x 1300
# pixels at most) whatever the size of the corpus; the rest is in the `indication_evidence` view.
MAX_GRID_DRUGS = 50
MAX_GRID_CONDITIONS = 35

_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:24px 32px;color:#1f2328;
background:#fff;max-width:1200px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;
padding-bottom:4px}.muted{color:#656d76;font-size:13px}table{border-collapse:collapse;font-size:13px}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f6f8fa}
td.num{text-align:right;font-variant-numeric:tabular-nums}.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{border:1px solid #d0d7de;border-radius:6px;padding:8px 14px;min-width:110px}
.card b{display:block;font-size:22px}.legend span{display:inline-block;margin-right:14px;font-size:13px}
.swatch{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle;border:1px solid #0002}
.conflict{border:1px solid #d0d7de;border-radius:6px;margin:10px 0;padding:8px 12px}
.conflict q{display:block;margin:4px 0 8px;quotes:none}.pos{border-left:4px solid #1a7f37;padding-left:8px}
.neg{border-left:4px solid #e5534b;padding-left:8px}.tag{font-size:12px;background:#eaeef2;border-radius:10px;
padding:1px 8px;margin-left:6px}
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def _has_relation(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    found = con.execute("select count(*) from duckdb_tables() where table_name = ? "
                        "union all select count(*) from duckdb_views() where view_name = ?", [name, name]).fetchall()
    return sum(n for (n,) in found) > 0


def _legend() -> str:
    items = "".join(f'<span><i class="swatch" style="background:{c}"></i>{_e(s)}</span>'
                    for s, c in STATUS_COLOURS.items())
    split = ('<span><svg width="12" height="12" style="vertical-align:middle"><polygon points="0,0 12,0 0,12" '
             f'fill="{STATUS_COLOURS["approved"]}"/><polygon points="12,0 12,12 0,12" '
             f'fill="{STATUS_COLOURS["not_indicated"]}"/></svg> asserted and negated</span>')
    return f'<p class="legend">{items}{split}</p>'


def _matrix_svg(cells: list[tuple]) -> str:
    """cells: (drug_id, condition_id, strongest positive status or None, strongest negative or None, n)."""
    if not cells:
        return '<p class="muted">No indication claims.</p>'
    drug_claims: dict[str, int] = {}
    cond_claims: dict[str, int] = {}
    for drug, cond, _, _, n in cells:
        drug_claims[drug] = drug_claims.get(drug, 0) + n
        cond_claims[cond] = cond_claims.get(cond, 0) + n
    drugs = sorted(drug_claims, key=lambda d: (-drug_claims[d], d))[:MAX_GRID_DRUGS]
    conds = sorted(cond_claims, key=lambda c: (-cond_claims[c], c))[:MAX_GRID_CONDITIONS]
    shown_d, shown_c = set(drugs), set(conds)
    cells = [c for c in cells if c[0] in shown_d and c[1] in shown_c]
    note = ""
    if len(drug_claims) > len(drugs) or len(cond_claims) > len(conds):
        note = (f'<p class="muted" id="matrix-note">Showing the {len(drugs)} of {len(drug_claims)} drugs and '
                f'{len(conds)} of {len(cond_claims)} conditions with most claims. Every pair is in the view '
                '<code>indication_evidence</code> (and in the CSV export).</p>')
    left = 8 + 7 * max(len(d) for d in drugs)
    label_px = 6.2 * max(len(c) for c in conds)
    top = 8 + int(label_px * 0.87)  # labels are rotated by 60 degrees: sin 60 of their length goes up
    width, height = left + CELL * len(conds) + int(label_px * 0.5) + 16, top + CELL * len(drugs) + 8
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" id="matrix" width="{width}" height="{height}" '
             f'font-size="11" font-family="system-ui,sans-serif" role="img" '
             f'aria-label="drug by condition matrix">']
    for j, cond in enumerate(conds):
        x = left + j * CELL + CELL / 2 + 4
        parts.append(f'<text x="{x:.0f}" y="{top - 6}" transform="rotate(-60 {x:.0f} {top - 6})">{_e(cond)}</text>')
    for i, drug in enumerate(drugs):
        y = top + i * CELL
        parts.append(f'<text x="{left - 6}" y="{y + CELL - 7}" text-anchor="end">{_e(drug)}</text>')
        for j in range(len(conds)):
            parts.append(f'<rect x="{left + j * CELL}" y="{y}" width="{CELL}" height="{CELL}" fill="#f6f8fa" '
                         'stroke="#d0d7de" stroke-width="0.5"/>')
    index_d = {d: i for i, d in enumerate(drugs)}
    index_c = {c: j for j, c in enumerate(conds)}
    for drug, cond, positive, negative, n in cells:
        x, y = left + index_c[cond] * CELL, top + index_d[drug] * CELL
        label = f"{drug} × {cond}: " + ", ".join(s for s in (positive, negative) if s) + f" ({n} claims)"
        tip = f"<title>{_e(label)}</title>"
        if positive and negative:
            parts.append(f'<g class="cell conflict"><polygon points="{x},{y} {x + CELL},{y} {x},{y + CELL}" '
                         f'fill="{STATUS_COLOURS[positive]}"/><polygon points="{x + CELL},{y} {x + CELL},{y + CELL} '
                         f'{x},{y + CELL}" fill="{STATUS_COLOURS[negative]}"/>{tip}</g>')
        else:
            colour = STATUS_COLOURS[positive or negative]
            parts.append(f'<rect class="cell" x="{x + 1}" y="{y + 1}" width="{CELL - 2}" height="{CELL - 2}" '
                         f'fill="{colour}">{tip}</rect>')
    parts.append("</svg>")
    return note + "".join(parts)


def _bars_svg(counts: list[tuple[str, int]], colours: dict[str, str] | None = None) -> str:
    if not counts:
        return '<p class="muted">Nothing to count.</p>'
    longest = max(n for _, n in counts) or 1
    label_w = 14 + int(7.4 * max(len(k) for k, _ in counts))
    bar_w, row_h = 420, 22
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 60}" '
             f'height="{row_h * len(counts) + 6}" font-size="12" font-family="system-ui,sans-serif">']
    for i, (key, n) in enumerate(counts):
        y = 3 + i * row_h
        w = max(2, bar_w * n / longest)
        colour = (colours or {}).get(key, "#6e7781")
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{_e(key)}</text>'
                     f'<rect x="{label_w}" y="{y + 2}" width="{w:.0f}" height="{row_h - 6}" fill="{colour}"/>'
                     f'<text x="{label_w + w + 6:.0f}" y="{y + 14}">{n}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _table(header: list[str], rows: list[tuple], numeric: set[int] = frozenset()) -> str:
    if not rows:
        return '<p class="muted">None.</p>'
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f'<td class="num">{_e(v)}</td>' if i in numeric else f"<td>{_e(v)}</td>"
                                    for i, v in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _conflicts_html(con: duckdb.DuckDBPyConnection) -> str:
    """One box per drug × condition: the distinct asserting and negating sentences with their sources."""
    if not _has_relation(con, "indication_conflicts"):
        return '<p class="muted">The indication_conflicts view is missing from this warehouse.</p>'
    rows = _rows(con, f"""
        select drug_id, condition_id, bool_and(qualifiers_differ) as qualifiers_differ,
               list(distinct struct_pack(status := asserting_status,
                    source := coalesce(asserting_publisher, asserting_source_path), evidence := asserting_evidence))
                    as assertions,
               list(distinct struct_pack(status := negating_status,
                    source := coalesce(negating_publisher, negating_source_path), evidence := negating_evidence))
                    as negations
        from indication_conflicts
        group by drug_id, condition_id
        order by qualifiers_differ, drug_id, condition_id
        limit {MAX_CONFLICTS}""")
    if not rows:
        return '<p class="muted">No article negates what another asserts.</p>'

    def claims(items: list[dict], css: str) -> str:
        ordered = sorted(items, key=lambda c: (str(c["source"]), str(c["evidence"])))
        return "".join(f'<div class="{css}">{_e(c["status"])} — {_e(c["source"])}<q>{_e(c["evidence"])}</q></div>'
                       for c in ordered)

    out = []
    for drug, cond, differ, assertions, negations in rows:
        tag = '<span class="tag">different qualifiers: may be compatible</span>' if differ else \
            '<span class="tag">same qualifiers</span>'
        out.append(f'<div class="conflict"><b>{_e(drug)}</b> × <b>{_e(cond)}</b>{tag}'
                   f'{claims(assertions, "pos")}{claims(negations, "neg")}</div>')
    return f'<p class="muted">{len(rows)} drug × condition pair(s) asserted by one article and negated by another.</p>' \
        + "".join(out)


def render_report(warehouse_dir: str | os.PathLike) -> str:
    """The report of the warehouse in `warehouse_dir` as one self-contained HTML document."""
    path = Path(warehouse_dir) / DUCKDB_NAME
    if not path.exists():
        raise FileNotFoundError(f"no warehouse at {warehouse_dir} ({DUCKDB_NAME} missing)")
    con = duckdb.connect(str(path), read_only=True)
    try:
        return _render(con, Path(warehouse_dir))
    finally:
        con.close()


def _render(con: duckdb.DuckDBPyConnection, warehouse_dir: Path) -> str:
    counts = dict(_rows(con, """
        select 'articles', count(*) from articles union all select 'drugs', count(*) from drugs
        union all select 'conditions', count(*) from conditions union all select 'indications', count(*) from indications
        union all select 'trial results', count(*) from trial_results
        union all select 'recommendations', count(*) from guideline_recommendations
        union all select 'regimens', count(*) from regimens union all select 'quarantined', count(*) from quarantine"""))
    last_run = _rows(con, "select run_id, started_at, pipeline_version from runs order by started_at desc limit 1")
    rank = " ".join(f"when '{s}' then {i}" for i, s in enumerate(POSITIVE + NEGATIVE))
    cells = _rows(con, f"""
        with ranked as (
            select drug_id, condition_id, negated, status, case status {rank} else 99 end as status_rank
            from indications)
        select drug_id, condition_id,
               arg_min(status, status_rank) filter (where not negated) as positive,
               arg_min(status, status_rank) filter (where negated) as negative,
               count(*) as n
        from ranked group by drug_id, condition_id order by drug_id, condition_id""")
    by_status = dict(_rows(con, "select status, count(*) from indications group by status"))
    status_counts = [(s, by_status[s]) for s in POSITIVE + NEGATIVE if s in by_status]
    by_publisher = _rows(con, """
        select coalesce(articles.publisher, '(unknown)') as publisher, articles.audience,
               count(distinct articles.article_id) as n_articles,
               count(indications.indication_id) as n_claims,
               count(indications.indication_id) filter (where indications.negated) as n_negated
        from articles left join indications on indications.article_id = articles.article_id
        group by 1, 2 order by n_claims desc, publisher""")
    quarantine = _rows(con, """
        select table_name, left(failed_check, 160) as reason, count(*) as n
        from quarantine group by 1, 2 order by n desc, table_name, reason""")

    run_line = (f"run {_e(last_run[0][0])} · started {_e(last_run[0][1])} · pipeline {_e(last_run[0][2])}"
                if last_run else "no run recorded")
    cards = "".join(f'<div class="card"><b>{n}</b>{_e(k)}</div>' for k, n in counts.items())
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>oncocurate report — {_e(warehouse_dir.name)}</title>
<style>{_CSS}</style></head>
<body>
<h1>oncocurate warehouse report</h1>
<p class="muted">{_e(warehouse_dir)} · {run_line}</p>
<div class="cards">{cards}</div>
<h2>Drug × condition: strongest status claimed</h2>
{_legend()}
{_matrix_svg(cells)}
<h2>Claims by status</h2>
{_bars_svg(status_counts, STATUS_COLOURS)}
<h2>Articles and claims by publisher</h2>
{_table(["publisher", "audience", "articles", "claims", "negated claims"], by_publisher, {2, 3, 4})}
<h2>Conflicts between articles</h2>
{_conflicts_html(con)}
<h2>Quarantine by reason</h2>
{_table(["table", "failed check", "rows"], quarantine, {2})}
<p class="muted">Generated by oncocurate from {DUCKDB_NAME}; static page, no external resources.</p>
</body></html>
"""


def write_report(warehouse_dir: str | os.PathLike, out_path: str | os.PathLike | None = None) -> Path:
    """Write the report (default WAREHOUSE/report.html) atomically; returns the path written."""
    out = Path(out_path) if out_path else Path(warehouse_dir) / "report.html"
    text = render_report(warehouse_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, out)
    return out


if __name__ == "__main__":  # python -m warehouse.report WAREHOUSE [OUT]; the CLI offers `oncocurate report`
    import sys

    if len(sys.argv) not in (2, 3):
        sys.exit("usage: python -m warehouse.report WAREHOUSE_DIR [OUT_FILE]")
    print(write_report(sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else None))
