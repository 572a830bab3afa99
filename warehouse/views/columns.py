"""Column descriptions of the analyst views, from `columns.yaml`, as `comment on column` SQL.

The publisher runs each view's `.sql` file as it is, so the comments live at the end of that file,
in a block generated from `columns.yaml` (a test fails while a file lags behind it):

    python -m warehouse.views.columns --write
"""
from __future__ import annotations

import argparse
import sys
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import yaml

MARKER = "-- column comments: generated from columns.yaml by `python -m warehouse.views.columns --write`"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _table_description(reference: str) -> str:
    from schemas.registry import schema  # only needed to resolve `=table.column`

    table, column = reference.split(".", 1)
    description = schema(table).columns[column].description
    if not description:
        raise ValueError(f"columns.yaml: {reference} has no description to reuse")
    return description


@lru_cache(maxsize=1)
def column_docs() -> dict[str, dict[str, str]]:
    """{view: {column: description}} in file order; `=table.column` values resolved from schemas/."""
    raw = yaml.safe_load(files(__package__).joinpath("columns.yaml").read_text(encoding="utf-8"))
    out: dict[str, dict[str, str]] = {}
    for view, columns in raw.items():
        out[view] = {}
        for column, text in columns.items():
            text = " ".join(str(text).split())
            out[view][column] = _table_description(text[1:]) if text.startswith("=") else text
    return out


def comment_block(view: str) -> str:
    """The generated tail of a view's .sql file: the marker, then one comment per documented column."""
    lines = [MARKER]
    for column, text in column_docs()[view].items():
        lines.append(f"comment on column {view}.{column} is {_literal(text)};")
    return "\n".join(lines) + "\n"


def with_comments(view: str, sql: str) -> str:
    """`sql` with its generated block replaced by (or, when absent, followed by) the current one."""
    head = sql.split(MARKER, 1)[0].rstrip("\n")
    return head + "\n\n" + comment_block(view)


def stale_files(folder: Path) -> list[str]:
    """Names of the view files whose comment block differs from columns.yaml (or that it lacks)."""
    stale = [f"{view}.sql" for view in column_docs()
             if not (folder / f"{view}.sql").is_file()
             or (folder / f"{view}.sql").read_text(encoding="utf-8")
             != with_comments(view, (folder / f"{view}.sql").read_text(encoding="utf-8"))]
    undocumented = [p.name for p in sorted(folder.glob("*.sql")) if p.stem not in column_docs()]
    return stale + undocumented


def describe_views() -> list[dict]:
    """Every view as DuckDB sees it over empty tables: name, grain, and (column, type, comment) triples."""
    import duckdb

    from schemas.ddl import all_ddl
    from warehouse.views import apply_views

    con = duckdb.connect()
    try:
        con.execute(all_ddl())
        names = apply_views(con)
        grains = dict(con.execute("select view_name, comment from duckdb_views() where not internal").fetchall())
        out = []
        for name in names:
            columns = con.execute("select column_name, data_type, comment from duckdb_columns() "
                                  "where table_name = ? order by column_index", [name]).fetchall()
            out.append({"name": name, "grain": grains.get(name) or "", "columns": columns})
        return out
    finally:
        con.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate the column comments of the analyst views.")
    parser.add_argument("--write", action="store_true", help="rewrite the .sql files (default: check only)")
    args = parser.parse_args(argv)
    folder = Path(__file__).parent
    stale = stale_files(folder)
    if args.write:
        for view in column_docs():
            path = folder / f"{view}.sql"
            path.write_text(with_comments(view, path.read_text(encoding="utf-8")), encoding="utf-8")
        return 0
    for name in stale:
        print(f"stale: warehouse/views/{name}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
