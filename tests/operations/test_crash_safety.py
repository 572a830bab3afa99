"""Crashes and concurrency: the published warehouse survives anything a run can suffer.

A run killed with SIGKILL at any moment, a second run started on the same warehouse, or a
full disk during publish must leave the previous warehouse complete, readable and
self-consistent (manifest, Parquet and DuckDB agree), and the next run must succeed.
"""
from __future__ import annotations

import errno
import json
import multiprocessing
import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from pipelines.in_process import RunFailed, run_pipeline
from warehouse import layout
from warehouse.publish import PublishError, publish
from warehouse.state import load_previous

POOL_SIZED = 60  # enough files to make the pipeline start its worker pool


@pytest.fixture(scope="module")
def published(tmp_path_factory, ops) -> dict:
    """A warehouse holding one published version, and the tables of a different, later run."""
    root = tmp_path_factory.mktemp("published")
    source = ops.write(root / "src", ops.GOOD_ARTICLES)
    warehouse = root / "wh"
    run_pipeline(source, warehouse)
    old = ops.check_warehouse(warehouse)
    other = ops.write(root / "src2", {**ops.GOOD_ARTICLES, **ops.generated_articles(8)})
    run_pipeline(other, root / "wh2")
    new = ops.check_warehouse(root / "wh2")
    return {"warehouse": warehouse, "manifest": old, "new_tables": load_previous(root / "wh2"),
            "new_manifest": new, "root": root}


def fresh_copy(published: dict, dest: Path) -> Path:
    shutil.copytree(published["warehouse"], dest, symlinks=True)
    return dest


def rows_by_table(manifest: dict) -> dict[str, int]:
    return {e["table"]: e["rows"] for e in manifest["tables"]}


# ---------------------------------------------------------------- kill -9 inside publish, step by step
_STEP_CALLS = ("replace", "rename", "symlink", "link", "unlink", "fsync", "mkdir", "rmdir")


def _count_steps(on_step) -> None:
    """Wrap the file-system calls publish makes so `on_step(n)` runs before the n-th one."""
    count = [0]

    def counting(fn):
        def wrapper(*args, **kwargs):
            count[0] += 1
            on_step(count[0])
            return fn(*args, **kwargs)
        return wrapper

    for name in _STEP_CALLS:
        setattr(os, name, counting(getattr(os, name)))
    shutil.rmtree = counting(shutil.rmtree)


def _publish_killed_at(warehouse: Path, tables: dict, run_id: str, kill_at: int) -> None:
    """Child process: publish, but SIGKILL ourselves just before the `kill_at`-th file-system step."""
    _count_steps(lambda n: os.kill(os.getpid(), signal.SIGKILL) if n == kill_at else None)
    publish(warehouse, tables, {"run_id": run_id, "pipeline_version": "test"})
    os._exit(0)


def _publish_steps(published: dict, tmp_path: Path, prepare) -> int:
    """How many file-system steps one publish takes (counted in this process, then unwrapped)."""
    steps = []
    warehouse = prepare(fresh_copy(published, tmp_path / "count"))
    saved = {name: getattr(os, name) for name in _STEP_CALLS} | {"rmtree": shutil.rmtree}
    try:
        _count_steps(steps.append)
        publish(warehouse, published["new_tables"], {"run_id": "count", "pipeline_version": "test"})
    finally:
        for name in _STEP_CALLS:
            setattr(os, name, saved[name])
        shutil.rmtree = saved["rmtree"]
    shutil.rmtree(warehouse)
    return len(steps)


def _same_run_everywhere(ops, warehouse: Path, rows: dict[str, dict[str, int]]) -> str:
    """The manifest and the DuckDB tables are those of one and the same run; returns its id."""
    manifest = json.loads((warehouse / "parquet" / "manifest.json").read_text())
    assert manifest["run_id"] in rows
    assert ops.duckdb_rows(warehouse) == rows[manifest["run_id"]]
    assert ops.query(warehouse, "select run_id from runs order by started_at desc limit 1")[0][0] == \
        manifest["run_id"]
    return manifest["run_id"]


def _kill_publish_at_steps(ops, published: dict, tmp_path: Path, stride: int, prepare=lambda wh: wh,
                           every_step_up_to: int = 0) -> None:
    """SIGKILL publish before file-system steps 1, 1+stride, ... (and every step up to
    `every_step_up_to`) and the last few, on a copy of the published warehouse made ready by
    `prepare`: each time the manifest, the Parquet export and the DuckDB file all belong to the
    same run (old or new), and the next publish cleans up, succeeds and leaves the current layout."""
    fork = multiprocessing.get_context("fork")
    old_run, new_run = published["manifest"]["run_id"], published["new_manifest"]["run_id"]
    rows = {old_run: rows_by_table(published["manifest"]), new_run: rows_by_table(published["new_manifest"])}
    n_steps = _publish_steps(published, tmp_path, prepare)
    assert n_steps > 5, "publish should have several steps to interrupt"
    points = sorted(set(range(1, n_steps + 1, stride)) | set(range(1, min(every_step_up_to, n_steps) + 1))
                    | set(range(max(1, n_steps - 8), n_steps + 1)))
    seen = set()
    for kill_at in points:
        warehouse = prepare(fresh_copy(published, tmp_path / f"wh{kill_at}"))
        child = fork.Process(target=_publish_killed_at, args=(warehouse, published["new_tables"], new_run, kill_at))
        child.start()
        child.join(120)
        assert child.exitcode == -signal.SIGKILL, (kill_at, child.exitcode)
        try:
            seen.add(_same_run_everywhere(ops, warehouse, rows))
        except AssertionError as err:
            raise AssertionError(f"killed before step {kill_at} of {n_steps}: {err}") from err
        if kill_at in (points[0], points[-1]) or kill_at % 5 == 0:
            publish(warehouse, published["new_tables"], {"run_id": new_run, "pipeline_version": "test"})
            assert ops.check_warehouse(warehouse)["run_id"] == new_run
            ops.assert_new_layout(warehouse)
            assert not any((warehouse / layout.STAGING).iterdir())
            assert len(list((warehouse / layout.VERSIONS).iterdir())) <= layout.KEEP_VERSIONS
        shutil.rmtree(warehouse)
    assert seen == {old_run, new_run}


@pytest.mark.slow
def test_kill_9_during_publish_leaves_whole_versions(ops, published, tmp_path):
    _kill_publish_at_steps(ops, published, tmp_path, stride=7)


@pytest.mark.slow
def test_kill_9_before_every_file_system_step_of_publish(ops, published, tmp_path):
    _kill_publish_at_steps(ops, published, tmp_path, stride=1)


def _publish_killed_just_before_the_switch(warehouse: Path, tables: dict, run_id: str) -> None:
    def die(*_args):
        os.kill(os.getpid(), signal.SIGKILL)

    layout.switch_current = die  # the new database and Parquet are both in .versions/<id>/ by now
    publish(warehouse, tables, {"run_id": run_id, "pipeline_version": "test"})
    os._exit(0)


def test_kill_9_just_before_the_switch_never_mixes_versions(ops, published, tmp_path):
    warehouse = fresh_copy(published, tmp_path / "wh")
    new_run = published["new_manifest"]["run_id"]
    child = multiprocessing.get_context("fork").Process(
        target=_publish_killed_just_before_the_switch, args=(warehouse, published["new_tables"], new_run))
    child.start()
    child.join(120)
    assert child.exitcode == -signal.SIGKILL
    unfinished = [v for v in (warehouse / layout.VERSIONS).iterdir() if (v / layout.DUCKDB_NAME).is_file()]
    assert len(unfinished) == 2, "the killed publish had moved its database into .versions/"
    assert ops.check_warehouse(warehouse) == published["manifest"]
    publish(warehouse, published["new_tables"], {"run_id": new_run, "pipeline_version": "test"})
    assert ops.check_warehouse(warehouse)["run_id"] == new_run
    assert len(list((warehouse / layout.VERSIONS).iterdir())) == layout.KEEP_VERSIONS


# ---------------------------------------------------------------- warehouses of the layout before `current`
@pytest.mark.slow
def test_an_old_layout_warehouse_is_migrated_by_the_next_publish(ops, published, tmp_path):
    """A regular oncocurate.duckdb and `parquet` linked into .versions/ (no `current`) stay readable
    as they are, and the next publish moves them into the layout with one switch."""
    warehouse = ops.to_old_layout(fresh_copy(published, tmp_path / "wh"))
    assert not (warehouse / "oncocurate.duckdb").is_symlink()
    assert ops.check_warehouse(warehouse) == published["manifest"]
    assert load_previous(warehouse)
    new_run = published["new_manifest"]["run_id"]
    publish(warehouse, published["new_tables"], {"run_id": new_run, "pipeline_version": "test"})
    ops.assert_new_layout(warehouse)
    assert ops.check_warehouse(warehouse)["run_id"] == new_run
    old_version = warehouse / layout.VERSIONS / layout.current_version(published["warehouse"]).name
    assert (old_version / layout.DUCKDB_NAME).is_file(), "the old database is kept as the previous version's"
    publish(warehouse, published["new_tables"], {"run_id": new_run, "pipeline_version": "test"})
    assert ops.check_warehouse(warehouse)["run_id"] == new_run
    assert not old_version.exists(), "a migrated version is collected like any other"
    assert len(list((warehouse / layout.VERSIONS).iterdir())) == layout.KEEP_VERSIONS


@pytest.mark.slow
def test_kill_9_while_an_old_layout_warehouse_is_migrated_leaves_it_readable(ops, published, tmp_path):
    _kill_publish_at_steps(ops, published, tmp_path, stride=7, prepare=ops.to_old_layout, every_step_up_to=40)


def test_a_write_ahead_log_beside_an_old_layout_database_moves_with_it(ops, published, tmp_path):
    """Changes only in oncocurate.duckdb.wal stay visible once the file is a link into .versions/
    (DuckDB opens the link's target and looks for the log beside it), and the next version starts clean."""
    import duckdb

    warehouse = ops.to_old_layout(fresh_copy(published, tmp_path / "wh"))
    con = duckdb.connect(str(warehouse / "oncocurate.duckdb"))
    con.execute("PRAGMA disable_checkpoint_on_shutdown")
    con.execute("create table analyst_notes as select 1 as n")
    con.close()
    assert (warehouse / "oncocurate.duckdb.wal").is_file()
    layout.adopt_old_layout(warehouse)
    ops.assert_new_layout(warehouse)
    assert ops.query(warehouse, "select n from analyst_notes") == [(1,)]
    assert ops.check_warehouse(warehouse) == published["manifest"]
    new_run = published["new_manifest"]["run_id"]
    publish(warehouse, published["new_tables"], {"run_id": new_run, "pipeline_version": "test"})
    assert not (warehouse / "oncocurate.duckdb.wal").exists()
    assert ops.check_warehouse(warehouse)["run_id"] == new_run
    assert not ops.query(warehouse, "select * from information_schema.tables where table_name = 'analyst_notes'")


# ---------------------------------------------------------------- kill -9 of the CLI
def _wait_for(predicate, proc, timeout: float = 240) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.01)
    return False


def _children(pid: int) -> list[int]:
    kids = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                kids.extend(int(k) for k in fh.read().split())
    except OSError:
        pass
    return kids


def _staging_started(warehouse: Path):
    return lambda: any(p.is_dir() for p in (warehouse / layout.STAGING).glob("*"))


def _kill_group(proc) -> None:
    """SIGKILL the run and everything it started (its own session)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(30)


def _after_crash_everything_is_fine(ops, published: dict, warehouse: Path, source: Path) -> None:
    manifest = ops.check_warehouse(warehouse)
    if manifest["run_id"] == published["manifest"]["run_id"]:
        assert rows_by_table(manifest) == rows_by_table(published["manifest"])
    done = ops.cli("run", "--source", str(source), "--warehouse", str(warehouse))
    assert done.returncode == 0, done.stderr
    final = ops.check_warehouse(warehouse)
    assert final["run_id"] != published["manifest"]["run_id"]
    n = ops.query(warehouse, "select count(*) from articles")[0][0]
    assert n == len(ops.GOOD_ARTICLES) + POOL_SIZED


def _crash_source(ops, tmp_path: Path) -> Path:
    return ops.write(tmp_path / "src", {**ops.GOOD_ARTICLES, **ops.generated_articles(POOL_SIZED)})


@pytest.mark.slow
def test_kill_9_of_a_run_while_it_publishes_leaves_the_previous_warehouse(ops, published, tmp_path):
    warehouse = fresh_copy(published, tmp_path / "wh")
    source = _crash_source(ops, tmp_path)
    proc = ops.cli_popen("run", "--source", str(source), "--warehouse", str(warehouse))
    try:
        reached = _wait_for(_staging_started(warehouse), proc)
    finally:
        _kill_group(proc)
    assert reached, "the run ended before publishing: " + proc.stderr.read()[-500:]
    _after_crash_everything_is_fine(ops, published, warehouse, source)


@pytest.mark.slow
@pytest.mark.parametrize("after_s", [0.5, 1, 2, 4, 8, 12])
def test_kill_9_at_any_moment_leaves_the_previous_warehouse(ops, published, tmp_path, after_s):
    warehouse = fresh_copy(published, tmp_path / "wh")
    source = _crash_source(ops, tmp_path)
    proc = ops.cli_popen("run", "--source", str(source), "--warehouse", str(warehouse))
    try:
        time.sleep(after_s)
    finally:
        _kill_group(proc)
    _after_crash_everything_is_fine(ops, published, warehouse, source)


def test_kill_9_of_the_main_process_alone_does_not_leave_the_warehouse_locked(ops, published, tmp_path):
    """`kill -9 PID` hits the CLI process, not its worker pool; the next run must still get the lock."""
    warehouse = fresh_copy(published, tmp_path / "wh")
    source = _crash_source(ops, tmp_path)
    proc = ops.cli_popen("run", "--source", str(source), "--warehouse", str(warehouse))
    try:
        assert _wait_for(lambda: len(_children(proc.pid)) >= 1, proc), "no worker pool started"
        time.sleep(0.3)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
        deadline, done = time.monotonic() + 30, None
        while time.monotonic() < deadline:  # orphaned workers get a moment to notice
            done = ops.cli("run", "--source", str(source), "--warehouse", str(warehouse))
            if done.returncode == 0 or "locked" not in done.stderr:
                break
            time.sleep(2)
    finally:
        _kill_group(proc)  # orphaned workers, if any, are still in the run's session
    assert done.returncode == 0, done.stderr
    ops.check_warehouse(warehouse)


# ---------------------------------------------------------------- two runs at once
@pytest.mark.slow
def test_second_concurrent_run_exits_with_one_line_and_the_first_publishes(ops, published, tmp_path):
    warehouse = fresh_copy(published, tmp_path / "wh")
    source = _crash_source(ops, tmp_path)
    release = tmp_path / "release-first-run"
    first = ops.cli_popen_held_at_publish(release, "run", "--source", str(source), "--warehouse", str(warehouse))
    try:
        assert _wait_for(lambda: (warehouse / ".lock.owner").exists(), first), "first run never took the lock"
        second = ops.cli("run", "--source", str(source), "--warehouse", str(warehouse))
        release.touch()
        out, err = first.communicate(timeout=300)
    finally:
        _kill_group(first)
    assert first.returncode == 0, err
    assert second.returncode != 0
    lines = [line for line in second.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "locked" in lines[0] and "Traceback" not in second.stderr, second.stderr
    manifest = ops.check_warehouse(warehouse)
    assert manifest["run_id"] != published["manifest"]["run_id"]
    assert ops.query(warehouse, "select count(*) from articles")[0][0] == len(ops.GOOD_ARTICLES) + POOL_SIZED


# ---------------------------------------------------------------- full disk during publish
def _no_space(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _assert_untouched(ops, published: dict, warehouse: Path) -> None:
    manifest = ops.check_warehouse(warehouse)
    assert manifest == published["manifest"]
    assert not any((warehouse / layout.STAGING).iterdir()) if (warehouse / layout.STAGING).is_dir() else True
    assert [p.name for p in (warehouse / layout.VERSIONS).iterdir()] == \
        [p.name for p in (published["warehouse"] / layout.VERSIONS).iterdir()]


def test_full_disk_at_the_switch_leaves_the_old_warehouse(ops, published, tmp_path, monkeypatch):
    warehouse = fresh_copy(published, tmp_path / "wh")
    new_run = published["new_manifest"]["run_id"]
    monkeypatch.setattr(os, "replace", _no_space)
    with pytest.raises(PublishError, match="previous warehouse left in place"):
        publish(warehouse, published["new_tables"], {"run_id": new_run, "pipeline_version": "test"})
    monkeypatch.undo()
    _assert_untouched(ops, published, warehouse)
    publish(warehouse, published["new_tables"], {"run_id": new_run, "pipeline_version": "test"})
    assert ops.check_warehouse(warehouse)["run_id"] == new_run


@pytest.mark.slow
def test_full_disk_during_a_run_fails_it_in_one_line_and_keeps_the_old_warehouse(ops, published, tmp_path,
                                                                                 monkeypatch):
    warehouse = fresh_copy(published, tmp_path / "wh")
    source = ops.write(tmp_path / "src", {**ops.GOOD_ARTICLES, **ops.generated_articles(3)})
    monkeypatch.setattr(os, "replace", _no_space)
    with pytest.raises(RunFailed) as failed:
        run_pipeline(source, warehouse)
    monkeypatch.undo()
    assert "\n" not in str(failed.value) and "space" in str(failed.value).lower(), str(failed.value)
    _assert_untouched(ops, published, warehouse)
    run_pipeline(source, warehouse)
    assert ops.query(warehouse, "select count(*) from articles")[0][0] == len(ops.GOOD_ARTICLES) + 3
    ops.check_warehouse(warehouse)


def test_parquet_written_while_disk_fills_never_becomes_current(ops, published, tmp_path, monkeypatch):
    """ENOSPC while writing a Parquet file (before any switch) also leaves the old version current."""
    import warehouse.publish as publish_module

    warehouse = fresh_copy(published, tmp_path / "wh")
    real = publish_module.write_parquet
    calls = [0]

    def fills_up(table, frame, path):
        calls[0] += 1
        if calls[0] == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(table, frame, path)

    monkeypatch.setattr(publish_module, "write_parquet", fills_up)
    with pytest.raises(PublishError):
        publish(warehouse, published["new_tables"], {"run_id": "doomed", "pipeline_version": "test"})
    monkeypatch.undo()
    _assert_untouched(ops, published, warehouse)
