"""Plain-text export of a published warehouse: one CSV (or TSV) file per table, plus a datapackage.json.

For people who use neither Parquet nor DuckDB. Each file has a header row, UTF-8, values quoted with
`"` only when needed (a tab, comma, quote or newline inside them); lists are JSON arrays
(`["imatinib","dasatinib"]`), dates and timestamps ISO 8601 (UTC), booleans true/false, nulls empty.
`datapackage.json` (Frictionless Data Package) describes every file: its columns, their types and
descriptions, and the table keys. The export is written beside the target and renamed into place, so
a folder is never half-written.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import duckdb

from schemas.column_types import sql_types
from schemas.ddl import quote_ident
from schemas.registry import SCHEMA_VERSION, TABLES
from warehouse.layout import DUCKDB_NAME
from warehouse.table_schemas import table_schema

DELIMITERS = {"csv": ",", "tsv": "\t"}


def _select(table: str) -> str:
    columns = []
    for column, typ in sql_types(table).items():
        name = quote_ident(column)
        columns.append(f"to_json({name})::varchar as {name}" if typ == "VARCHAR[]" else name)
    return f"select {', '.join(columns)} from {quote_ident(table)}"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def export_tables(warehouse_dir: Path, out_dir: Path, fmt: str = "csv") -> list[Path]:
    """Write every table of the published warehouse to `out_dir/<table>.<fmt>`; returns the files written."""
    if fmt not in DELIMITERS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(DELIMITERS)}")
    database = Path(warehouse_dir) / DUCKDB_NAME
    if not database.is_file():
        raise FileNotFoundError(f"no published warehouse in {warehouse_dir} (run `oncocurate run` first)")
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        con = duckdb.connect(str(database), read_only=True)
        try:
            resources = []
            for table in TABLES:
                path = stage / f"{table}.{fmt}"
                con.execute(f"copy ({_select(table)}) to {_literal(str(path))} "
                            f"(format csv, header true, delimiter {_literal(DELIMITERS[fmt])}, quote '\"', "
                            "dateformat '%Y-%m-%d', timestampformat '%Y-%m-%dT%H:%M:%S.%fZ')")
                resources.append({"name": table, "path": path.name, "format": fmt, "mediatype":
                                  "text/csv" if fmt == "csv" else "text/tab-separated-values",
                                  "encoding": "utf-8", "dialect": {"delimiter": DELIMITERS[fmt], "quoteChar": '"',
                                                                   "header": True},
                                  "schema": table_schema(table)})
        finally:
            con.close()
        package = {"profile": "tabular-data-package", "name": "oncocurate", "schema_version": SCHEMA_VERSION,
                   "resources": resources}
        (stage / "datapackage.json").write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
        _replace_folder(stage, out_dir)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return [out_dir / f"{table}.{fmt}" for table in TABLES] + [out_dir / "datapackage.json"]


def _replace_folder(stage: Path, target: Path) -> None:
    """Put `stage` at `target`; a previous export there is removed only once the new one is complete."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.replace(target, old)
    os.replace(stage, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
