"""One writer at a time: an exclusive file lock on the warehouse directory.

The lock is an OS-level lock (filelock), so it is released when the holder dies, even by
kill -9; the owner's pid is written beside it only to make the error message useful.
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Iterator

from filelock import FileLock, Timeout

LOCK_NAME = ".lock"
OWNER_NAME = ".lock.owner"


class WarehouseLocked(RuntimeError):
    """Another run holds the warehouse lock."""


def _owner(warehouse: Path) -> str:
    try:
        return (warehouse / OWNER_NAME).read_text(encoding="utf-8").strip() or "unknown"
    except OSError:
        return "unknown"


@contextlib.contextmanager
def warehouse_lock(warehouse_dir: str | os.PathLike, timeout_s: float = 0) -> Iterator[Path]:
    """Hold the warehouse's exclusive lock for the duration of the block (creates the dir if needed)."""
    warehouse = Path(warehouse_dir)
    warehouse.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(warehouse / LOCK_NAME), timeout=timeout_s)
    try:
        lock.acquire()
    except Timeout:
        raise WarehouseLocked(f"warehouse {warehouse} is locked by another run (pid {_owner(warehouse)}); "
                              "try again later") from None
    try:
        with contextlib.suppress(OSError):  # only feeds a message: a full disk must not fail the run here
            (warehouse / OWNER_NAME).write_text(f"{os.getpid()}\n", encoding="utf-8")
        yield warehouse
    finally:
        with contextlib.suppress(OSError):
            (warehouse / OWNER_NAME).unlink()
        lock.release()
