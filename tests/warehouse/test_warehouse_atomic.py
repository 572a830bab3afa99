"""A publish that dies at any point leaves the previous warehouse complete and readable."""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from warehouse import duckdb_file, layout, parquet_files
from warehouse import publish as publish_module
from warehouse.publish import PublishError, publish
from warehouse.state import load_previous

REPO = Path(__file__).resolve().parents[2]


def assert_complete(warehouse: Path, run_id: str | None = None) -> None:
    """The DuckDB file opens with every table, and the Parquet export matches its manifest."""
    con = duckdb.connect(str(warehouse / "oncocurate.duckdb"), read_only=True)
    runs = [r[0] for r in con.execute("select run_id from runs").fetchall()]
    con.close()
    manifest = json.loads((warehouse / "parquet" / "manifest.json").read_text())
    for entry in manifest["tables"]:
        for f in entry["files"]:
            assert parquet_files.sha256_file(warehouse / "parquet" / f["path"]) == f["sha256"]
    assert load_previous(warehouse)
    if run_id is not None:
        assert runs == [run_id] and manifest["run_id"] == run_id


def explode(*_args, **_kwargs):
    raise RuntimeError("simulated crash")


@pytest.mark.parametrize("target", [
    (parquet_files, "write_parquet"),  # while writing Parquet
    (publish_module, "build_duckdb"),  # while building the database
    (layout, "switch_current"),  # just before the switch: the new version complete in .versions/
])
def test_crash_before_switch_keeps_previous_warehouse(samples, tmp_path, monkeypatch, target):
    meta, sample_tables = samples.meta, samples.sample_tables
    publish(tmp_path, sample_tables("run-1"), meta("run-1"))
    module, name = target
    if module is parquet_files:
        monkeypatch.setattr(publish_module, "write_parquet", explode)
    else:
        monkeypatch.setattr(module, name, explode)
    with pytest.raises(PublishError, match="previous warehouse left in place"):
        publish(tmp_path, sample_tables("run-2"), meta("run-2"))
    assert_complete(tmp_path, "run-1")
    monkeypatch.undo()
    publish(tmp_path, sample_tables("run-3"), meta("run-3"))
    assert_complete(tmp_path, "run-3")
    assert list((tmp_path / ".staging").iterdir()) == []


def test_disk_full_keeps_previous_warehouse(samples, tmp_path, monkeypatch):
    meta, sample_tables = samples.meta, samples.sample_tables
    publish(tmp_path, sample_tables("run-1"), meta("run-1"))

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(publish_module, "build_duckdb", full)
    with pytest.raises(PublishError, match="No space left"):
        publish(tmp_path, sample_tables("run-2"), meta("run-2"))
    assert_complete(tmp_path, "run-1")


def test_crash_just_before_current_is_renamed_leaves_the_previous_version_whole(samples, tmp_path, monkeypatch):
    """The new database and Parquet are both in .versions/<id>/ but `current` is not switched yet."""
    meta, sample_tables = samples.meta, samples.sample_tables
    publish(tmp_path, sample_tables("run-1"), meta("run-1"))
    real = layout._replace_symlink

    def explode_at_current(link, target):
        if link.name == layout.CURRENT:
            explode()
        real(link, target)
    monkeypatch.setattr(layout, "_replace_symlink", explode_at_current)
    with pytest.raises(PublishError, match="previous warehouse left in place"):
        publish(tmp_path, sample_tables("run-2"), meta("run-2"))
    assert_complete(tmp_path, "run-1")
    assert len(list((tmp_path / ".versions").iterdir())) == 1  # the unfinished version was removed
    monkeypatch.undo()
    publish(tmp_path, sample_tables("run-3"), meta("run-3"))
    assert_complete(tmp_path, "run-3")


def test_the_switch_renames_only_current(samples, tmp_path, monkeypatch):
    """After the first publish, `parquet` and `oncocurate.duckdb` are fixed links; only `current` moves."""
    meta, sample_tables = samples.meta, samples.sample_tables
    publish(tmp_path, sample_tables("run-1"), meta("run-1"))
    renamed = []
    real = os.replace
    monkeypatch.setattr(os, "replace", lambda src, dst: (renamed.append(Path(dst)), real(src, dst))[1])
    publish(tmp_path, sample_tables("run-2"), meta("run-2"))
    assert [p.name for p in renamed if p.parent == tmp_path] == [layout.CURRENT]
    assert os.readlink(tmp_path / "oncocurate.duckdb") == "current/oncocurate.duckdb"
    assert os.readlink(tmp_path / "parquet") == "current/parquet"
    assert_complete(tmp_path, "run-2")


def test_a_stale_write_ahead_log_beside_the_link_is_removed_at_the_switch(samples, tmp_path):
    """A log left at WAREHOUSE/oncocurate.duckdb.wal belongs to the previous database, never the new one."""
    publish(tmp_path, samples.sample_tables("run-1"), samples.meta("run-1"))
    (tmp_path / "oncocurate.duckdb.wal").write_bytes(b"not a log of the next version")
    publish(tmp_path, samples.sample_tables("run-2"), samples.meta("run-2"))
    assert not (tmp_path / "oncocurate.duckdb.wal").exists()
    assert_complete(tmp_path, "run-2")


def test_failing_view_keeps_previous_warehouse(samples, tmp_path, monkeypatch):
    meta, sample_tables = samples.meta, samples.sample_tables
    publish(tmp_path, sample_tables("run-1"), meta("run-1"))
    monkeypatch.setattr(duckdb_file, "view_files", lambda: [("bad.sql", "select * from no_such_table")])
    with pytest.raises(PublishError, match="bad.sql"):
        publish(tmp_path, sample_tables("run-2"), meta("run-2"))
    assert_complete(tmp_path, "run-1")


_PUBLISH_FOREVER = textwrap.dedent("""
    import importlib.util
    spec = importlib.util.spec_from_file_location("warehouse_test_samples", {conftest!r})
    samples = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(samples)
    from warehouse.publish import publish
    n = 0
    while True:
        n += 1
        publish({warehouse!r}, samples.sample_tables(f"run-{{n}}", extra_indication=n % 2 == 0),
                samples.meta(f"run-{{n}}"))
        print(n, flush=True)
""")


@pytest.mark.slow
def test_kill_9_at_random_moments_never_breaks_the_warehouse(samples, tmp_path):
    publish(tmp_path, samples.sample_tables("run-0"), samples.meta("run-0"))
    script = _PUBLISH_FOREVER.format(conftest=str(Path(__file__).parent / "conftest.py"), warehouse=str(tmp_path))
    for delay in (0.05, 0.25, 0.45, 0.65):  # after a publish finished: inside the next one
        proc = subprocess.Popen([sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout.readline().strip() == "1"  # one publish done, the next under way
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert_complete(tmp_path)
    publish(tmp_path, samples.sample_tables("run-last"), samples.meta("run-last"))
    assert_complete(tmp_path, "run-last")
    assert len(list((tmp_path / ".versions").iterdir())) <= 2
    assert list((tmp_path / ".staging").iterdir()) == []


def test_leftovers_of_dead_runs_are_removed_but_a_live_run_is_left_alone(samples, tmp_path):
    meta, sample_tables = samples.meta, samples.sample_tables
    publish(tmp_path, sample_tables("run-1"), meta("run-1"))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    for name, pid in (("dead", int(dead.stdout)), ("live", os.getppid())):
        stage = tmp_path / ".staging" / name
        (stage / "parquet").mkdir(parents=True)
        (stage / "owner.pid").write_text(f"{pid}\n")
    publish(tmp_path, sample_tables("run-2"), meta("run-2"))
    assert sorted(p.name for p in (tmp_path / ".staging").iterdir()) == ["live"]
    assert_complete(tmp_path, "run-2")
