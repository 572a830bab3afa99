"""The writer lock, and reading the previous warehouse back for incremental runs."""
from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time

import pytest

from schemas.registry import COLUMNS, TABLES
from warehouse.lock import WarehouseLocked, warehouse_lock
from warehouse.publish import publish
from warehouse.state import load_previous


def test_second_writer_is_refused_with_the_holders_pid(tmp_path):
    with warehouse_lock(tmp_path, timeout_s=0):
        with pytest.raises(WarehouseLocked) as err:
            with warehouse_lock(tmp_path, timeout_s=0.2):
                pass
    message = str(err.value)
    assert f"pid {os.getpid()}" in message and "try again later" in message and "\n" not in message
    with warehouse_lock(tmp_path, timeout_s=0):  # released after the block
        pass


def test_lock_of_a_killed_run_is_released(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c",
                               "import sys, time\nfrom warehouse.lock import warehouse_lock\n"
                               f"with warehouse_lock({str(tmp_path)!r}, 0):\n"
                               "    print('held', flush=True)\n    time.sleep(60)\n"],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(WarehouseLocked, match=f"pid {holder.pid}"):
        with warehouse_lock(tmp_path, timeout_s=0.1):
            pass
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    deadline = time.time() + 5
    with warehouse_lock(tmp_path, timeout_s=max(0.0, deadline - time.time())):
        pass


def test_no_previous_warehouse_gives_empty_state(tmp_path):
    assert load_previous(tmp_path / "missing") == {}
    assert load_previous(tmp_path) == {}


def test_unreadable_previous_warehouse_gives_empty_state_and_a_warning(tmp_path, tables, samples, caplog):
    meta = samples.meta
    publish(tmp_path, tables, meta())
    (tmp_path / "parquet" / "manifest.json").write_text("{not json")
    with caplog.at_level(logging.WARNING):
        assert load_previous(tmp_path) == {}
    assert "unreadable" in caplog.text


def test_previous_tables_come_back_as_validated(tmp_path, tables, samples):
    meta = samples.meta
    publish(tmp_path, tables, meta())
    previous = load_previous(tmp_path)
    assert set(previous) == set(TABLES)
    for name, frame in tables.items():
        back = previous[name]
        assert list(back.columns) == list(COLUMNS[name])
        assert back.dtypes.to_dict() == frame.dtypes.to_dict(), name
        assert back.astype(str).equals(frame.reset_index(drop=True).astype(str)), name


def test_warehouse_of_other_schemas_gives_empty_state(tmp_path, tables, samples, caplog):
    meta = samples.meta
    publish(tmp_path, tables, meta())
    manifest_path = tmp_path / "parquet" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["schema_fingerprint"] = "0" * 16  # as if a column had been added since
    manifest_path.write_text(json.dumps(manifest))
    with caplog.at_level(logging.WARNING):
        assert load_previous(tmp_path) == {}
    assert "processing every article" in caplog.text
