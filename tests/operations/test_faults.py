"""Faults a scheduled production run meets (issue 20): odd file names, an emptied or partly
unreadable source, a warehouse inside the source, user folders under the warehouse path,
overlapping runs, analysts' edits of a published version, and the messages the user reads."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from pipelines.in_process import RunFailed, run_pipeline
from sources import discover
from warehouse import duckdb_file
from warehouse.manifest import read_manifest
from warehouse.publish import StaleBase, publish
from warehouse.state import load_base, load_previous


def _manifest(warehouse: Path) -> dict:
    return read_manifest(warehouse / "parquet")


def _source_paths(ops, warehouse: Path) -> set[str]:
    return {r[0] for r in ops.query(warehouse, "select source_path from articles")}


def _rejections(ops, warehouse: Path) -> dict[str, str]:
    rows = ops.query(warehouse, "select failed_check, row_json from quarantine where table_name = 'articles'")
    return {json.loads(raw).get("source_path"): check for check, raw in rows}


# ---------------------------------------------------------------- 1. names that are not UTF-8
def test_a_file_name_that_is_not_utf8_is_published_under_an_escaped_name(ops, tmp_path):
    source = ops.write(tmp_path / "src", ops.GOOD_ARTICLES)
    with open(os.path.join(os.fsencode(source), b"bad\xff name.txt"), "wb") as fh:
        fh.write(b"Nilotinib is a tyrosine kinase inhibitor for chronic myeloid leukemia.\n")
    warehouse = tmp_path / "wh"
    run_pipeline(source, warehouse)
    ops.check_warehouse(warehouse)
    assert "bad\\xff name.txt" in _source_paths(ops, warehouse)
    assert run_pipeline(source, warehouse).summary["n_articles_processed"] == 0


# ---------------------------------------------------------------- 3. what the user keeps in the warehouse
def test_a_user_folder_named_parquet_in_the_warehouse_is_never_moved_or_deleted(ops, tmp_path):
    source = ops.write(tmp_path / "src", ops.GOOD_ARTICLES)
    warehouse = tmp_path / "wh"
    mine = ops.write(warehouse / "parquet", {"mine/data.csv": "a,b\n1,2\n"})
    for _ in range(2):
        with pytest.raises(RunFailed, match="parquet is a folder without an oncocurate manifest"):
            run_pipeline(source, warehouse)
    assert (mine / "mine" / "data.csv").read_text() == "a,b\n1,2\n"
    assert not (warehouse / ".versions").exists()


def test_other_folders_beside_the_warehouse_files_survive_runs(ops, tmp_path):
    source = ops.write(tmp_path / "src", ops.GOOD_ARTICLES)
    warehouse = tmp_path / "wh"
    notes = ops.write(warehouse / "notes", {"todo.txt": "keep me\n"})
    run_pipeline(source, warehouse)
    ops.write(source, {"good/more.txt": "Bosutinib is used for chronic myeloid leukemia.\n"})
    run_pipeline(source, warehouse)
    assert (notes / "todo.txt").read_text() == "keep me\n"


# ---------------------------------------------------------------- 4. empty, shrunken, unreadable sources
def test_an_empty_source_folder_is_not_published(ops, tmp_path):
    source = ops.write(tmp_path / "src", ops.GOOD_ARTICLES)
    warehouse = tmp_path / "wh"
    run_pipeline(source, warehouse)
    before = _manifest(warehouse)["run_id"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(RunFailed, match="no article files under .*refusing to publish an empty dataset"):
        run_pipeline(empty, warehouse)
    assert _manifest(warehouse)["run_id"] == before
    assert len(_source_paths(ops, warehouse)) == len(ops.GOOD_ARTICLES)
    with pytest.raises(RunFailed, match="no article files"):
        run_pipeline(empty, tmp_path / "fresh")


def test_the_cli_exits_non_zero_on_an_empty_source_and_says_why(ops, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    done = ops.cli("run", "--source", str(empty), "--warehouse", str(tmp_path / "wh"))
    assert done.returncode != 0
    assert "no article files under" in done.stderr and "allow-shrink" in done.stderr
    assert not (tmp_path / "wh" / "current").exists()
    forced = ops.cli("run", "--source", str(empty), "--warehouse", str(tmp_path / "wh"), "--allow-shrink")
    assert forced.returncode == 0, forced.stderr
    assert ops.query(tmp_path / "wh", "select count(*) from articles") == [(0,)]


def test_a_source_that_lost_most_articles_needs_the_flag(ops, tmp_path):
    source = ops.write(tmp_path / "src", {**ops.GOOD_ARTICLES, **ops.generated_articles(5)})
    warehouse = tmp_path / "wh"
    run_pipeline(source, warehouse)
    shutil.rmtree(source / "gen")
    with pytest.raises(RunFailed, match=r"5 of the 8 published articles are gone"):
        run_pipeline(source, warehouse)
    assert len(_source_paths(ops, warehouse)) == 8
    run_pipeline(source, warehouse, allow_shrink=True)
    assert _source_paths(ops, warehouse) == set(ops.GOOD_ARTICLES)
    (source / "good" / "imatinib.txt").unlink()  # 1 of 3 is over the share too: the environment allows it
    os.environ["ONCOCURATE_ALLOW_SHRINK"] = "1"
    try:
        run_pipeline(source, warehouse)
    finally:
        del os.environ["ONCOCURATE_ALLOW_SHRINK"]
    assert len(_source_paths(ops, warehouse)) == 2


def test_an_unreadable_sub_folder_keeps_its_articles_and_is_quarantined(ops, tmp_path, monkeypatch):
    source = ops.write(tmp_path / "src", ops.GOOD_ARTICLES)
    warehouse = tmp_path / "wh"
    run_pipeline(source, warehouse)
    real_scandir, locked = os.scandir, os.path.realpath(source / "good" / "notes")

    def scandir(path="."):
        if not isinstance(path, int) and os.path.realpath(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(discover.os, "scandir", scandir)
    again = run_pipeline(source, warehouse)
    assert again.summary["n_articles_removed"] == 0
    assert _source_paths(ops, warehouse) == set(ops.GOOD_ARTICLES)
    assert _rejections(ops, warehouse)["good/notes/"] == "rejected:unreadable_folder"


def test_an_unreadable_file_keeps_its_article_and_is_quarantined(ops, tmp_path, monkeypatch):
    from warehouse import file_hashes

    source = ops.write(tmp_path / "src", ops.GOOD_ARTICLES)
    warehouse = tmp_path / "wh"
    run_pipeline(source, warehouse)
    real, locked = file_hashes.file_sha256, os.path.realpath(source / "good" / "imatinib.txt")

    def file_sha256(path):
        if os.path.realpath(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(file_hashes, "file_sha256", file_sha256)
    os.utime(locked, (1, 1))  # its stat changed: the cached hash is not reused
    again = run_pipeline(source, warehouse)
    assert again.summary["n_articles_removed"] == 0
    assert _source_paths(ops, warehouse) == set(ops.GOOD_ARTICLES)
    assert _rejections(ops, warehouse)["good/imatinib.txt"] == "rejected:unreadable"


def test_a_source_folder_that_cannot_be_listed_stops_the_run(ops, tmp_path, monkeypatch):
    source = ops.write(tmp_path / "src", ops.GOOD_ARTICLES)
    warehouse = tmp_path / "wh"
    run_pipeline(source, warehouse)
    before = _manifest(warehouse)["run_id"]
    real_scandir, locked = os.scandir, os.path.realpath(source)

    def scandir(path="."):
        if not isinstance(path, int) and os.path.realpath(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(discover.os, "scandir", scandir)
    with pytest.raises(RunFailed, match="cannot list the source folder .*Permission denied"):
        run_pipeline(source, warehouse)
    assert _manifest(warehouse)["run_id"] == before


# ---------------------------------------------------------------- 10. a warehouse inside the source
def test_a_warehouse_inside_the_source_is_not_read_back(ops, tmp_path):
    source = ops.write(tmp_path / "src", ops.GOOD_ARTICLES)
    warehouse = source / "out"
    run_pipeline(source, warehouse)
    (warehouse / "report.html").write_text("<html><body><p>Imatinib report page.</p></body></html>")
    again = run_pipeline(source, warehouse)
    assert again.summary["n_articles_processed"] == 0
    assert again.summary["n_articles_seen"] == len(ops.GOOD_ARTICLES)
    assert _source_paths(ops, warehouse) == set(ops.GOOD_ARTICLES)


# ---------------------------------------------------------------- 5. overlapping runs
def test_a_run_never_publishes_over_a_version_published_after_it_read_the_warehouse(ops, tmp_path,
                                                                                     monkeypatch):
    source = ops.write(tmp_path / "src", ops.GOOD_ARTICLES)
    warehouse = tmp_path / "wh"
    run_pipeline(source, warehouse)
    from pipelines.assets import ingest

    def load_then_another_run_publishes(path):
        base = load_base(path)
        tables = load_previous(path)
        publish(path, tables, {"run_id": "newer-run", "pipeline_version": "x", "vocabulary_versions": {}})
        return base

    monkeypatch.setattr(ingest, "load_base", load_then_another_run_publishes)
    ops.write(source, {"good/more.txt": "Bosutinib is used for chronic myeloid leukemia.\n"})
    with pytest.raises(RunFailed, match="run newer-run published .* after this run read it"):
        run_pipeline(source, warehouse)
    assert _manifest(warehouse)["run_id"] == "newer-run"


def test_publish_with_a_stale_base_changes_nothing(ops, tmp_path):
    source = ops.write(tmp_path / "src", ops.GOOD_ARTICLES)
    warehouse = tmp_path / "wh"
    run_pipeline(source, warehouse)
    base = load_base(warehouse)
    meta = {"pipeline_version": "x", "vocabulary_versions": {}}
    publish(warehouse, base.tables, {**meta, "run_id": "first"}, expected_base=base.token)
    with pytest.raises(StaleBase):
        publish(warehouse, base.tables, {**meta, "run_id": "second"}, expected_base=base.token)
    assert _manifest(warehouse)["run_id"] == "first"


# ---------------------------------------------------------------- 7. analysts' edits of a published version
def test_a_checkpointed_edit_of_the_database_is_not_carried_into_the_next_version(ops, tmp_path, monkeypatch):
    monkeypatch.setattr(duckdb_file, "PATCH_MAX_SHARE", 1.0)  # a tiny corpus: allow patching a copy
    source = ops.write(tmp_path / "src", {**ops.GOOD_ARTICLES, **ops.generated_articles(4)})
    warehouse = tmp_path / "wh"
    run_pipeline(source, warehouse)
    con = duckdb.connect(str(warehouse / "oncocurate.duckdb"))
    con.execute("update articles set title = 'EDITED BY HAND'")
    con.execute("create table analyst_notes (note varchar)")
    con.execute("checkpoint")
    con.close()
    ops.write(source, {"gen/batch_00/note_0000.txt": "Imatinib is taken once daily with food.\n"})
    run_pipeline(source, warehouse)
    ops.check_warehouse(warehouse)
    assert ops.query(warehouse, "select count(*) from articles where title = 'EDITED BY HAND'") == [(0,)]
    tables = {r[0] for r in ops.query(warehouse, "select table_name from information_schema.tables")}
    assert "analyst_notes" not in tables


def test_a_parquet_file_rewritten_in_place_harms_neither_version_and_is_not_reused(ops, tmp_path):
    source = ops.write(tmp_path / "src", {**ops.GOOD_ARTICLES, **ops.generated_articles(6)})
    warehouse = tmp_path / "wh"
    run_pipeline(source, warehouse)
    old_version = (warehouse / "current").resolve()
    ops.write(source, {"gen/batch_00/note_0000.txt": "Imatinib is taken once daily with food.\n"})
    run_pipeline(source, warehouse)
    live = (warehouse / "current").resolve()
    shared = [p.relative_to(live) for p in sorted((live / "parquet").rglob("*.parquet"))
              if p.parent.name == "sentences" and (old_version / p.relative_to(live)).is_file()
              and (old_version / p.relative_to(live)).read_bytes() == p.read_bytes()]
    assert shared, "no file was carried over unchanged"
    before_old = (old_version / shared[0]).read_bytes()
    table = pq.read_table(live / shared[0])
    pq.write_table(table.slice(0, 1), live / shared[0])  # an analyst "fixes" the live file in place
    assert (old_version / shared[0]).read_bytes() == before_old, "the fallback version changed with the live one"
    ops.write(source, {"gen/batch_00/note_0001.txt": "Dasatinib is taken once daily.\n"})
    run_pipeline(source, warehouse)
    ops.check_warehouse(warehouse)
    rebuilt = tmp_path / "rebuilt"
    run_pipeline(source, rebuilt)
    count = "select count(*) from sentences"
    assert ops.query(warehouse, count) == ops.query(rebuilt, count)


# ---------------------------------------------------------------- 11. messages
def test_a_failed_publish_says_the_previous_warehouse_is_left_in_place(ops, tmp_path, monkeypatch):
    import errno

    from warehouse import layout

    source = ops.write(tmp_path / "src", ops.GOOD_ARTICLES)
    warehouse = tmp_path / "wh"
    run_pipeline(source, warehouse)

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(layout, "start_staging", disk_full)
    ops.write(source, {"good/more.txt": "Bosutinib is used for chronic myeloid leukemia.\n"})
    with pytest.raises(RunFailed, match="previous warehouse left in place: .*No space left on device"):
        run_pipeline(source, warehouse)
    ops.check_warehouse(warehouse)


def test_a_full_disk_when_the_run_starts_is_not_an_internal_error(tmp_path, monkeypatch):
    import errno
    import pathlib

    from warehouse.lock import warehouse_lock

    real = pathlib.Path.write_text

    def write_text(self, *args, **kwargs):
        if self.name == ".lock.owner":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "write_text", write_text)
    with warehouse_lock(tmp_path / "wh") as held:
        assert held == tmp_path / "wh"


def test_ctrl_c_ends_the_cli_with_one_line_and_the_warehouse_whole(ops, tmp_path):
    import signal
    import time

    source = ops.write(tmp_path / "src", ops.GOOD_ARTICLES)
    warehouse = tmp_path / "wh"
    run_pipeline(source, warehouse)
    ops.write(source, {"good/more.txt": "Bosutinib is used for chronic myeloid leukemia.\n"})
    proc = ops.cli_popen_held_at_publish(tmp_path / "never", "run", "--source", str(source),
                                         "--warehouse", str(warehouse))
    try:
        deadline = time.monotonic() + 240
        while not (warehouse / ".lock.owner").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(2)
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode != 0
    assert "Traceback" not in err and "DagsterExecutionInterruptedError" not in err, err
    assert "interrupted" in err.strip().splitlines()[-1]
    ops.check_warehouse(warehouse)
