"""A progress sink the CLI plugs in; assets report to it, `dagster dev` leaves it silent.

Assets run in-process under the CLI, so a module-level sink is enough and keeps the
assets free of any presentation code.
"""
from __future__ import annotations

from typing import Callable

# (stage, done, total) -> None
ProgressCallback = Callable[[str, int, int], None]

_sink: ProgressCallback | None = None
_done: dict[str, int] = {}


def set_sink(callback: ProgressCallback | None) -> None:
    global _sink
    _sink = callback
    _done.clear()


def report(stage: str, done: int, total: int) -> None:
    if _sink is not None:
        _sink(stage, done, total)


def advance(stage: str, total: int) -> None:
    """One more of `total` steps of `stage` finished (e.g. one more table curated)."""
    _done[stage] = _done.get(stage, 0) + 1
    report(stage, _done[stage], total)
