"""`python -m pipelines.dagster_dev`, started in the background, stops on SIGTERM with all its services.

A script's `cmd &` (a shell without job control) starts cmd with SIGINT ignored; `dagster dev` copies SIGINT's handler onto SIGTERM,
so plain `dagster dev &` ignores SIGTERM too (issue 22). The launcher gives SIGINT its default back.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from pipelines import dagster_dev

REPO = Path(__file__).resolve().parents[2]


def test_launcher_restores_the_signals_a_background_start_ignores(monkeypatch):
    calls = []
    monkeypatch.setattr(dagster_dev.os, "execv", lambda path, argv: calls.append((path, argv)))
    saved = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # as `python -m pipelines.dagster_dev &` inherits it
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        dagster_dev.main(["-p", "3333"])
        assert signal.getsignal(signal.SIGINT) == signal.SIG_DFL
        assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
    finally:
        for signum, handler in saved.items():
            signal.signal(signum, handler)
    (path, argv), = calls
    assert Path(path).name == "dagster" and argv[1:] == ["dev", "-p", "3333"]


def _descendants(pid: int) -> set[int]:
    """Every live process under `pid`, from /proc (zombies excluded)."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":
            parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process tree from /proc")
def test_background_dagster_dev_stops_on_sigterm_and_leaves_no_process(tmp_path):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ONCOCURATE_")}  # no sensor runs
    env.update(DAGSTER_HOME=str(tmp_path), DAGSTER_DISABLE_TELEMETRY="1")
    log = (tmp_path / "dev.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "pipelines.dagster_dev", "-p", str(port)], cwd=REPO,
                            env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    tree: set[int] = set()
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=2)
                break
            except OSError:
                time.sleep(1)
        else:
            pytest.fail("the webserver did not come up: " + (tmp_path / "dev.log").read_text()[-2000:])
        tree = _descendants(proc.pid)
        assert tree, "dagster dev started no services"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=120) == 0
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and any(_alive(p) for p in tree):
            time.sleep(1)
        assert not [p for p in tree if _alive(p)], "services left running after dagster dev exited"
    finally:
        for pid in [proc.pid, *tree]:  # only what this test started (a pid may have been reused)
            if _alive(pid) and b"dagster" in Path(f"/proc/{pid}/cmdline").read_bytes():
                os.kill(pid, signal.SIGKILL)
        proc.wait(timeout=30)
        log.close()
