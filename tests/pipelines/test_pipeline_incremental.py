"""Incremental runs reuse what did not change, and end exactly where a full rebuild ends."""
from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import duckdb
import pytest

from pipelines.in_process import run_pipeline
from schemas.registry import COLUMNS, TABLES
from warehouse import duckdb_file, file_hashes
from warehouse import publish as publish_module

from .conftest import ARTICLES, write_corpus

MORE = {
    f"extra/nilotinib_{n}.txt": (f"Nilotinib note {n}\n\nNilotinib is a tyrosine kinase inhibitor.\n"
                                 f"Nilotinib is approved for adults with chronic myeloid leukemia.\n")
    for n in range(5)
}
RUN_SPECIFIC = {"runs", "changes", "quarantine"}  # stamped with the run that wrote them
RUN_COLUMNS = {"ingested_at"}  # when the bytes were first read


def _content(warehouse: Path) -> dict[str, list[tuple]]:
    """Every row of every table (but run bookkeeping), in a fixed order."""
    con = duckdb.connect(str(warehouse / "oncocurate.duckdb"), read_only=True)
    try:
        out = {}
        for table in TABLES:
            if table in RUN_SPECIFIC:
                continue
            cols = ", ".join(f'"{c}"' for c in COLUMNS[table] if c not in RUN_COLUMNS)
            out[table] = con.execute(f'select {cols} from "{table}" order by all').fetchall()
        return out
    finally:
        con.close()


def _parquet(warehouse: Path) -> dict[str, str]:
    root = warehouse / "parquet"
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*.parquet"))
            if p.parent.name not in RUN_SPECIFIC and p.parent.name != "articles"}


@pytest.fixture
def fresh_builds(monkeypatch):
    """Count the DuckDB files built from scratch (the others were patched copies)."""
    calls = []
    real = duckdb_file._fresh
    monkeypatch.setattr(duckdb_file, "_fresh", lambda *a: (calls.append(1), real(*a)))
    monkeypatch.setattr(duckdb_file, "PATCH_MAX_SHARE", 1.0)  # a tiny corpus: any share may be patched
    return calls


@pytest.mark.slow
def test_one_changed_file_patches_the_warehouse_into_what_a_full_rebuild_gives(tmp_path, fresh_builds):
    source = write_corpus(tmp_path / "src", {**ARTICLES, **MORE})
    warehouse = tmp_path / "wh"
    run_pipeline(source, warehouse)
    assert fresh_builds == [1]
    (source / "imatinib.txt").write_text(ARTICLES["imatinib.txt"] + "Imatinib is taken with food.\n")
    (source / "extra" / "nilotinib_0.txt").unlink()
    second = run_pipeline(source, warehouse)
    assert (second.summary["n_articles_processed"], second.summary["n_articles_removed"]) == (1, 1)
    assert fresh_builds == [1], "the second run should patch a copy of the DuckDB file"

    rebuilt = tmp_path / "rebuilt"
    run_pipeline(source, rebuilt)
    assert _content(warehouse) == _content(rebuilt)
    assert _parquet(warehouse) == _parquet(rebuilt)


def test_unchanged_parquet_files_are_copied_from_the_previous_version_not_rewritten(tmp_path, fresh_builds,
                                                                                   monkeypatch):
    source = write_corpus(tmp_path / "src", {**ARTICLES, **MORE})
    warehouse = tmp_path / "wh"
    run_pipeline(source, warehouse)
    before = {p.name: p.stat().st_ino for p in (warehouse / "parquet").rglob("*.parquet")}
    written = []
    real = publish_module.write_parquet
    monkeypatch.setattr(publish_module, "write_parquet", lambda t, df, path: (written.append(path.name),
                                                                              real(t, df, path))[1])
    run_pipeline(source, warehouse)
    assert written == ["runs.parquet"]
    after = {p.name: p.stat().st_ino for p in (warehouse / "parquet").rglob("*.parquet")}
    # copies, not hard links: rewriting a file of one version in place cannot change the other
    assert not {name for name in after if before.get(name) == after[name]}


@pytest.mark.slow
def test_a_database_that_is_not_the_live_versions_is_rebuilt_not_patched(tmp_path, fresh_builds):
    source = write_corpus(tmp_path / "src", {**ARTICLES, **MORE})
    warehouse = tmp_path / "wh"
    run_pipeline(source, warehouse)
    stale = tmp_path / "stale.duckdb"
    stale.write_bytes((warehouse / "oncocurate.duckdb").read_bytes())
    (source / "notes" / "dasatinib.md").write_text(ARTICLES["notes/dasatinib.md"] + "\nDasatinib is a tablet.\n")
    run_pipeline(source, warehouse)
    # the live version's database file itself is the older one (oncocurate.duckdb is a link into it)
    os.replace(stale, (warehouse / "oncocurate.duckdb").resolve())
    (source / "imatinib.txt").write_text(ARTICLES["imatinib.txt"] + "Imatinib is taken with food.\n")
    run_pipeline(source, warehouse)
    assert len(fresh_builds) == 2  # the first run and the one after the mismatch
    rebuilt = tmp_path / "rebuilt"
    run_pipeline(source, rebuilt)
    assert _content(warehouse) == _content(rebuilt)


def test_files_whose_stat_is_unchanged_are_not_read_again(tmp_path, monkeypatch):
    source = write_corpus(tmp_path / "src")
    monkeypatch.setattr(file_hashes, "RACY_NS", 0)  # else files written this instant are re-hashed
    hashed = []
    real = file_hashes.file_sha256
    monkeypatch.setattr(file_hashes, "file_sha256", lambda p: (hashed.append(Path(p).name), real(p))[1])
    warehouse = tmp_path / "wh"
    warehouse.mkdir()  # as the CLI does before the run
    run_pipeline(source, warehouse)
    assert len(hashed) == len(ARTICLES)
    hashed.clear()
    (source / "imatinib.txt").write_text(ARTICLES["imatinib.txt"] + "A new sentence.\n")
    second = run_pipeline(source, warehouse)
    assert hashed == ["imatinib.txt"] and second.summary["n_articles_processed"] == 1


def test_a_same_size_rewrite_that_restores_the_mtime_is_still_seen(tmp_path, monkeypatch):
    monkeypatch.setattr(file_hashes, "RACY_NS", 0)
    path = tmp_path / "a.txt"
    path.write_text("first version")
    os.utime(path, (1_700_000_000, 1_700_000_000))
    cache = file_hashes.FileHashes(tmp_path)
    first = cache.sha256(path)
    cache.save()
    assert file_hashes.FileHashes(tmp_path).sha256(path) == first
    time.sleep(0.05)  # past the file system's clock tick, so the change time moves
    path.write_text("other version")  # same length
    os.utime(path, (1_700_000_000, 1_700_000_000))
    assert file_hashes.FileHashes(tmp_path).sha256(path) != first


def test_entries_of_files_changed_just_before_the_save_are_not_trusted(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text("written a moment ago")
    cache = file_hashes.FileHashes(tmp_path)
    cache.sha256(path)
    cache.save()
    hashed = []
    real = file_hashes.file_sha256
    monkeypatch.setattr(file_hashes, "file_sha256", lambda p: (hashed.append(p), real(p))[1])
    file_hashes.FileHashes(tmp_path).sha256(path)
    assert hashed == [path]
