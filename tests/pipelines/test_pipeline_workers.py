"""Worker processes: a file that stalls, balloons or crashes its worker is stopped and reported,
the others still come back in order, and no worker outlives a killed parent."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pipelines.workers import Bounded, bounded_map

REPO = Path(__file__).resolve().parents[2]


def _work(item):
    kind, value = item
    if kind == "sleep":
        time.sleep(value)
    elif kind == "grow":
        hog = bytearray(value * 2**20)  # touched below, so it is resident
        for i in range(0, len(hog), 4096):
            hog[i] = 1
        time.sleep(60)
    elif kind == "exit":
        os._exit(value)
    elif kind == "raise":
        raise ValueError(value)
    return value


def test_a_stalled_item_is_stopped_and_the_others_come_back_in_order():
    items = [("ok", 1), ("sleep", 600), ("ok", 3), ("ok", 4)]
    results = list(bounded_map(_work, items, workers=2, time_limit_s=1, poll_s=0.05))
    assert results[0] == 1 and results[2:] == [3, 4]
    assert isinstance(results[1], Bounded) and results[1].check == "too_slow"


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs /proc to read memory use")
def test_an_item_that_balloons_memory_is_stopped():
    results = list(bounded_map(_work, [("grow", 400), ("ok", 2)], workers=1, memory_limit_mb=100, poll_s=0.05))
    assert isinstance(results[0], Bounded) and results[0].check == "too_much_memory"
    assert results[1] == 2


def test_a_crashing_or_raising_item_is_reported_and_the_run_goes_on():
    results = list(bounded_map(_work, [("exit", 3), ("raise", "boom"), ("ok", 5)], workers=1))
    assert results[0].check == "worker_crashed"
    assert results[1].check == "internal_error" and "boom" in results[1].reason
    assert results[2] == 5


_PARENT = textwrap.dedent("""
    import os, sys, time
    from pipelines.workers import bounded_map
    marks = sys.argv[1]
    def stall(i):
        open(os.path.join(marks, str(os.getpid())), "w").close()
        time.sleep(600)
    for _ in bounded_map(stall, [1, 2], workers=2, time_limit_s=600):
        pass
""")


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as fh:
            return not any(line.startswith("State:") and "Z" in line for line in fh)
    except FileNotFoundError:
        return False


def test_workers_die_when_the_main_process_is_killed(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    parent = subprocess.Popen([sys.executable, "-c", _PARENT, str(tmp_path)], cwd=REPO, env=env)
    try:
        deadline = time.monotonic() + 60
        while len(os.listdir(tmp_path)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        workers = [int(name) for name in os.listdir(tmp_path)]
        assert len(workers) == 2, "the workers never started"
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 30
        while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in workers if _running(pid)], "worker processes outlived their parent"
    finally:
        if parent.poll() is None:
            parent.kill()
        for name in os.listdir(tmp_path):
            try:
                os.kill(int(name), signal.SIGKILL)
            except ProcessLookupError:
                pass


def test_a_file_that_stalls_a_run_is_quarantined_and_not_read_again(tmp_path, monkeypatch):
    from pipelines.in_process import run_pipeline
    from sources import parse
    from warehouse.state import load_previous

    from .conftest import ARTICLES, write_corpus

    real = parse.parse_bytes

    def parse_bytes(raw, rel_path):
        if b"STALL" in raw:  # stands for an input that sends a parser into a very long search
            time.sleep(600)
        return real(raw, rel_path)

    monkeypatch.setattr(parse, "parse_bytes", parse_bytes)
    source = write_corpus(tmp_path / "src", {**ARTICLES, "stall.txt": "STALL imatinib\n"})
    warehouse = tmp_path / "wh"
    run_pipeline(source, warehouse, file_time_limit_s=2)
    previous = load_previous(warehouse)
    assert set(previous["articles"]["source_path"]) == set(ARTICLES)
    [row] = previous["quarantine"].query("failed_check == 'rejected:too_slow'").to_dict("records")
    assert "stall.txt" in row["row_json"]
    again = run_pipeline(source, warehouse, file_time_limit_s=2)
    assert again.summary["n_articles_skipped"] == len(ARTICLES) + 1  # the stalled file is not retried



_CTRL_C_DURING_FORK = textwrap.dedent("""
    import os, signal
    from pipelines.workers import bounded_map

    armed = True

    def sigint_during_fork_hooks():  # a fork hook (logging has one) running when Ctrl-C comes
        global armed
        if armed:
            armed = False
            os.kill(os.getpid(), signal.SIGINT)
            sum(range(10_000))  # Python code after the signal: where an unheld handler would run

    os.register_at_fork(after_in_parent=sigint_during_fork_hooks)
    try:
        list(bounded_map(abs, [1, -2], workers=1, poll_s=0.05))
    except KeyboardInterrupt:
        print("interrupted")
    else:
        print("ran to the end")
""")


def test_ctrl_c_while_a_worker_is_forked_reaches_the_caller_instead_of_being_swallowed():
    for _ in range(3):
        done = subprocess.run([sys.executable, "-c", _CTRL_C_DURING_FORK], capture_output=True, text=True,
                              cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
        assert done.stdout.strip() == "interrupted", done.stdout + done.stderr
