"""The DuckDB file: self-contained tables (copied from the Parquet files), comments, analyst views.

Analysts copy the file around, so tables are real tables, not views over Parquet.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import duckdb

from schemas.ddl import comment_sql, create_table_sql, quote_ident
from schemas.registry import TABLES


class ViewError(RuntimeError):
    """An analyst view file failed to run against the new tables."""


def view_files() -> list[tuple[str, str]]:
    """(file name, SQL) of every warehouse/views/*.sql, in sorted order."""
    try:
        # the views package itself, not "warehouse": a tests/warehouse folder on sys.path can shadow the
        # parent package as a namespace package, and then its resources would be the wrong folder
        folder = resources.files("warehouse.views")
    except ModuleNotFoundError:
        return []
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".sql")), key=lambda f: f.name)
    return [(f.name, f.read_text(encoding="utf-8")) for f in files]


def build_duckdb(path: Path, parquet_files: dict[str, Path]) -> None:
    """Create `path` from scratch: tables from the generated DDL, rows from Parquet, then views."""
    con = duckdb.connect(str(path))
    try:
        con.execute("BEGIN TRANSACTION")
        for table in TABLES:
            source = str(parquet_files[table]).replace("'", "''")
            con.execute("\n".join([create_table_sql(table),
                                   f"INSERT INTO {quote_ident(table)} SELECT * FROM read_parquet('{source}');",
                                   *comment_sql(table)]))
        for name, sql in view_files():
            try:
                con.execute(sql)
            except duckdb.Error as err:
                raise ViewError(f"analyst view warehouse/views/{name} failed: {err}") from err
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
    finally:
        con.close()
