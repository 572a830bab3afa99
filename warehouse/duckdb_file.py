"""The DuckDB file: self-contained tables (copied from the Parquet files), comments, analyst views.

Analysts copy the file around, so tables are real tables, not views over Parquet. The file is
written in the oldest storage format that holds what we use (lists, dates, timestamps, comments,
views), so analysts on DuckDB 1.x (0.10 on) open it too; a patched copy keeps the format it had.
"""
from __future__ import annotations

import hashlib
import logging
from importlib import resources
from pathlib import Path
from typing import Collection, Mapping

import duckdb
import pandas as pd

from schemas.ddl import comment_sql, create_table_sql, quote_ident
from schemas.registry import TABLES
from warehouse import layout, shards

log = logging.getLogger(__name__)


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


Parts = dict  # {shard: (parquet file, written by this publish, rows)} of one table, see warehouse.publish
PATCH_MAX_SHARE = 0.2  # patch only when at most this share of the rows is rewritten; else build afresh
PATCH_MAX_FREE = 0.5  # ... and when the live file is not mostly free blocks left by earlier patches
# Storage format 64: read by every DuckDB from 0.10 on (DuckDB 2.0 writes 69 by default, which
# DuckDB 1.x refuses). Tables, list columns, COMMENT ON and views all exist in it.
STORAGE_VERSION = "v1.0.0"


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _read(paths: list[Path]) -> str:
    return "read_parquet([" + ", ".join(_sql_path(p) for p in paths) + "])"


def _views(con: duckdb.DuckDBPyConnection) -> None:
    for name, sql in view_files():
        try:
            con.execute(sql)
        except duckdb.Error as err:
            raise ViewError(f"analyst view warehouse/views/{name} failed: {err}") from err


def build_duckdb(path: Path, parquet_files: dict[str, Parts], base: Path | None = None,
                 base_version: dict | None = None, rows: dict[str, int] | None = None,
                 touched: Mapping[str, Collection[str]] | None = None) -> None:
    """Create `path`: from scratch, or by patching a copy of `base` when that is provably possible.

    Patching (incremental runs): `base` is the live database and `base_version` describes the live
    Parquet version ({"run_id", "parts": {table: shards}, "rows": {table: n}}); only the rows of
    the `touched` articles (warehouse.publish) are replaced, in the tables whose files this publish
    wrote. It is used only when `base` is the database of that version (its latest run is that
    run id and every table has that row count), when few articles changed and the file is not
    mostly free space, and the result is checked against `rows`; otherwise, or on any error,
    the file is built from scratch.
    """
    if base is not None and base_version is not None and rows is not None:
        try:
            if _patched(path, parquet_files, base, base_version, rows, touched or {}):
                return
        except Exception:  # noqa: BLE001 - patching is only a shortcut; building afresh is always right
            pass
        path.unlink(missing_ok=True)
    _fresh(path, parquet_files)


def connect_new(path: Path) -> duckdb.DuckDBPyConnection:
    """A connection whose default database is a new file at `path` in STORAGE_VERSION's format."""
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH {_sql_path(path)} AS warehouse (STORAGE_VERSION '{STORAGE_VERSION}')")
        con.execute("USE warehouse")
    except BaseException:
        con.close()
        raise
    return con


def _fresh(path: Path, parquet_files: dict[str, Parts]) -> None:
    con = connect_new(path)
    try:
        con.execute("BEGIN TRANSACTION")
        for table in TABLES:
            files = [file for file, _written, _rows in parquet_files[table].values()]
            con.execute("\n".join([create_table_sql(table),
                                   f"INSERT INTO {quote_ident(table)} SELECT * FROM {_read(files)};",
                                   *comment_sql(table)]))
        _views(con)
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def _counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {quote_ident(t)}").fetchone()[0] for t in TABLES}


def _copy_if_as_published(base: Path, path: Path) -> bool:
    """Copy `base` to `path` when its bytes are still the sha256 recorded when it was published.

    Analysts may write to the live database (an edit, a table of their own, checkpointed): such a
    file is not the version the Parquet files describe, and must not be carried into the next one.
    """
    try:
        recorded = (base.resolve().parent / layout.DB_CHECKSUM).read_text(encoding="ascii").strip()
    except OSError:
        return False
    digest = hashlib.sha256()
    with open(base, "rb") as src, open(path, "wb") as out:
        for block in iter(lambda: src.read(1 << 20), b""):
            digest.update(block)
            out.write(block)
    return digest.hexdigest() == recorded


def _patched(path: Path, parquet_files: dict[str, Parts], base: Path, base_version: dict,
             rows: dict[str, int], touched: Mapping[str, Collection[str]]) -> bool:
    """Copy `base` to `path` and replace the rows of rewritten files; False when `base` does not qualify."""
    base_parts = base_version["parts"]
    # `base` is WAREHOUSE/oncocurate.duckdb, a link into the live version: DuckDB logs beside the
    # path it was opened by, so look for unapplied changes beside the link and beside its target
    if not base.is_file() or any(Path(f"{p}.wal").exists() for p in (base, base.resolve())) \
            or not base_version.get("run_id"):
        return False
    ids = set().union(*(ids for ids in touched.values()))
    if len(ids) > PATCH_MAX_SHARE * max(1, rows.get("articles", 0)):
        return False
    if not _copy_if_as_published(base, path):
        log.warning("the live database %s was changed since it was published; the new one is built "
                    "afresh from the Parquet files (edits in the database are not carried over)", base.resolve())
        return False
    con = duckdb.connect(str(path))
    try:
        latest = con.execute("SELECT run_id FROM runs ORDER BY started_at DESC LIMIT 1").fetchone()
        if latest is None or latest[0] != base_version["run_id"] or _counts(con) != base_version["rows"]:
            return False
        used, free = con.execute("SELECT used_blocks, free_blocks FROM pragma_database_size()").fetchone()
        if free > PATCH_MAX_FREE * max(1, used + free):
            return False
        con.execute("BEGIN TRANSACTION")
        for table in TABLES:
            parts, before = parquet_files[table], base_parts.get(table, set())
            written = [file for file, was_written, _n in parts.values() if was_written]
            if not written and set(parts) == before:
                continue  # every file linked from the live version: rows already there
            name = quote_ident(table)
            if shards.is_sharded(table) and touched.get(table) is not None and None not in set(parts) | before:
                con.register("touched_articles", pd.DataFrame({"article_id": sorted(touched[table])}, dtype=object))
                mine = "article_id IN (SELECT article_id FROM touched_articles)"
                con.execute(f"DELETE FROM {name} WHERE {mine}")
                if written:
                    con.execute(f"INSERT INTO {name} SELECT * FROM {_read(written)} WHERE {mine}")
            else:
                con.execute(f"DELETE FROM {name}")
                con.execute(f"INSERT INTO {name} SELECT * FROM {_read([f for f, _w, _n in parts.values()])}")
        for (view,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall():
            con.execute(f"DROP VIEW {quote_ident(view)}")
        _views(con)
        if _counts(con) != {t: rows[t] for t in TABLES}:
            con.execute("ROLLBACK")
            return False
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
        return True
    finally:
        con.close()
