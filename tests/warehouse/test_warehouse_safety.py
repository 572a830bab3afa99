"""What publish must never do to the people around a warehouse: lock out DuckDB 1.x analysts,
move or delete their folders, publish a stale view over a newer one, or share a file between
the live and the fallback version."""
from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse.publish import publish


def _storage_version(path: Path) -> str:
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH '{path}' AS w (READ_ONLY)")
        return con.execute("select tags['storage_version'] from duckdb_databases() "
                           "where database_name = 'w'").fetchone()[0]
    finally:
        con.close()


def test_the_database_is_written_in_a_format_duckdb_1_reads(tmp_path, samples):
    """DuckDB 2.0 writes storage 69 by default, which every DuckDB 1.x refuses; 64 is read by 0.10 on."""
    publish(tmp_path, samples.sample_tables("run-1"), samples.meta("run-1"))
    db = tmp_path / "oncocurate.duckdb"
    assert _storage_version(db) == "v1.0.0+"
    assert int.from_bytes(db.resolve().read_bytes()[12:20], "little") == 64  # the header's storage number
    # a patched copy (an incremental publish) keeps the format
    tables = samples.sample_tables("run-2", extra_indication=True)
    publish(tmp_path, tables, samples.meta("run-2"), touched={t: {samples.ARTICLE} for t in tables})
    assert _storage_version(db) == "v1.0.0+"
