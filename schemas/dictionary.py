"""The data dictionary, rendered from the schemas so it cannot drift from the tables.

    python -m schemas.dictionary [--out docs/data_dictionary.md]
"""
from __future__ import annotations

import argparse
import inspect
from pathlib import Path

from schemas.column_types import sql_types
from schemas.registry import PRIMARY_KEYS, SCHEMA_VERSION, TABLES, schema

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
        "Tables: " + ", ".join(f"`{t}`" for t in TABLES) + ".",
        "",
    ]
    return "\n".join(head) + "\n" + "\n".join(render_table(t) for t in TABLES)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write here instead of printing")
    args = parser.parse_args(argv)
    text = render_markdown()
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text, end="")


if __name__ == "__main__":
    main()
