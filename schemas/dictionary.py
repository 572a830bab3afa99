"""The data dictionary and the schema diagram, rendered from the schemas so they cannot drift from the tables.

    python -m schemas.dictionary [--out docs/data_dictionary.md] [--diagram-out docs/schema.md]
"""
from __future__ import annotations

import argparse
import inspect
from pathlib import Path

from schemas.column_types import sql_types
from schemas.registry import PRIMARY_KEYS, SCHEMA_VERSION, TABLES, schema
from schemas.relations import FOREIGN_KEYS

_SKIP = {"isin"}  # already spelled out in the description


def _check_text(check) -> str:
    stats = check.statistics or {}
    if check.name == "str_matches":
        return f"matches `{stats.get('pattern')}`"
    if check.name == "greater_than_or_equal_to":
        return f">= {stats.get('min_value')}"
    if check.name == "greater_than":
        return f"> {stats.get('min_value')}"
    if check.name == "less_than_or_equal_to":
        return f"<= {stats.get('max_value')}"
    if check.name == "in_range":
        return f"{stats.get('min_value')} to {stats.get('max_value')}"
    return check.name.replace("_", " ")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_table(table: str) -> str:
    model, s = TABLES[table], schema(table)
    doc = inspect.cleandoc(model.__doc__ or "")
    key = PRIMARY_KEYS[table]
    lines = [f"## `{table}`", "", doc, ""]
    if key:
        lines += [f"Key: {', '.join(f'`{k}`' for k in key)}" + (" (unique together)" if len(key) > 1 else ""), ""]
    refs = FOREIGN_KEYS.get(table, {})
    if refs:
        lines += ["References: " + ", ".join(f"`{c}` → `{t}.{PRIMARY_KEYS[t][0]}`" for c, t in refs.items()), ""]
    lines += ["| column | type | null | description | checks |", "|---|---|---|---|---|"]
    for column, typ in sql_types(table).items():
        col = s.columns[column]
        checks = [_check_text(c) for c in col.checks if c.name not in _SKIP]
        if col.unique:
            checks.insert(0, "unique")
        lines.append(f"| `{column}` | {typ} | {'yes' if col.nullable else 'no'} | {_cell(col.description or '')} "
                     f"| {_cell('; '.join(checks))} |")
    rules = [c.name for c in s.checks]
    if rules:
        lines += ["", "Row rules: " + "; ".join(f"{_cell(r)}" for r in rules) + "."]
    return "\n".join(lines) + "\n"


def render_views() -> str:
    """The analyst views: grain, then each column with its DuckDB type and comment (warehouse/views/)."""
    from warehouse.views.columns import describe_views  # the views are SQL over these tables

    parts = ["# Analyst views", "",
             "Views defined in `warehouse/views/*.sql` over the tables above; their column descriptions come "
             "from `warehouse/views/columns.yaml` and are stored as `COMMENT ON COLUMN` in the DuckDB file.", ""]
    for view in describe_views():
        parts += [f"## `{view['name']}` (view)", "", view["grain"] + ".", "",
                  "| column | type | description |", "|---|---|---|"]
        parts += [f"| `{name}` | {typ} | {_cell(comment or '')} |" for name, typ, comment in view["columns"]]
        parts.append("")
    return "\n".join(parts)


def render_markdown() -> str:
    """The whole dictionary: one section per table, in publish order."""
    head = [
        "# oncocurate data dictionary",
        "",
        f"Generated from `schemas/` (schema version {SCHEMA_VERSION}) by `python -m schemas.dictionary`; "
        "do not edit by hand. The same descriptions are stored in the DuckDB file as "
        "`COMMENT ON` (query `duckdb_columns()`).",
        "",
        "Types are DuckDB types; lists are `VARCHAR[]` in DuckDB and `list<string>` in Parquet. "
        "Timestamps are UTC.",
        "",
        "Tables: " + ", ".join(f"`{t}`" for t in TABLES) + ". Views: see [Analyst views](#analyst-views). "
        "Keys and references are drawn in [schema.md](schema.md).",
        "",
    ]
    return "\n".join(head) + "\n" + "\n".join(render_table(t) for t in TABLES) + "\n" + render_views()


def render_diagram() -> str:
    """docs/schema.md: a Mermaid entity-relationship diagram of every table, its keys and references."""
    lines = ["# oncocurate schema diagram", "",
             "Generated from `schemas/` by `python -m schemas.dictionary --diagram-out docs/schema.md`; do not edit "
             "by hand. PK: the table's key (several PK columns are unique together); FK: a column that refers to "
             "another table's key (declared in `schemas/relations.py`, proven on every run by the blocking "
             "`keys_resolve` checks). Column descriptions: [data_dictionary.md](data_dictionary.md).", "",
             "```mermaid", "erDiagram"]
    for table in TABLES:
        key, refs = PRIMARY_KEYS[table], FOREIGN_KEYS.get(table, {})
        lines.append(f"    {table} {{")
        for column, typ in sql_types(table).items():
            marks = ", ".join(m for m, on in (("PK", column in key), ("FK", column in refs)) if on)
            lines.append(f"        {typ.replace('[]', '_LIST')} {column}{' ' + marks if marks else ''}")
        lines.append("    }")
    for table in TABLES:
        for column, parent in FOREIGN_KEYS.get(table, {}).items():
            lines.append(f'    {parent} ||--o{{ {table} : "{column}"')
    lines += ["```", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write here instead of printing")
    parser.add_argument("--diagram-out", type=Path, help="also write the Mermaid schema diagram here")
    args = parser.parse_args(argv)
    if args.diagram_out:
        args.diagram_out.parent.mkdir(parents=True, exist_ok=True)
        args.diagram_out.write_text(render_diagram(), encoding="utf-8")
    text = render_markdown()
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text, end="")


if __name__ == "__main__":
    main()
