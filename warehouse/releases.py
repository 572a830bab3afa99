"""Past releases (time travel over the last N) and the change feed between any two of them.

Every publish is a complete, immutable version folder (.versions/<id>/: its DuckDB file and its
Parquet export, warehouse/layout.py). Publish records each version it switches to in
WAREHOUSE/.releases.json, and keeps the last ONCOCURATE_KEEP_RELEASES of them (default 2: the live
one and the one before it); older ones are deleted. A version that never went live (a publish
killed before its switch) is not in the record and is collected too.

The change feed is the `changes` table: every release carries the whole history, one row per fact
added, removed or changed by each run, stamped with that run's id. The changes between two releases
are the rows of the newer one whose run is not among the older one's `runs`.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from warehouse import layout
from warehouse.manifest import read_manifest, write_json

KEEP_ENV = "ONCOCURATE_KEEP_RELEASES"
HISTORY = ".releases.json"


def keep_count() -> int:
    """How many releases publish keeps: ONCOCURATE_KEEP_RELEASES, at least 2 (default 2)."""
    raw = os.environ.get(KEEP_ENV, "").strip()
    try:
        return max(layout.KEEP_VERSIONS, int(raw)) if raw else layout.KEEP_VERSIONS
    except ValueError:
        raise ValueError(f"{KEEP_ENV} must be a whole number (releases to keep), not {raw!r}") from None


def _history(warehouse: Path) -> list[dict]:
    try:
        entries = json.loads((warehouse / HISTORY).read_text(encoding="utf-8"))["releases"]
        return [e for e in entries if isinstance(e, dict) and isinstance(e.get("version"), str)]
    except (OSError, ValueError, KeyError, TypeError):
        return []  # no record (older warehouse) or unreadable: publish keeps the live and previous ones


def record_release(warehouse: Path, version_id: str, run_id: str | None, created_at: str) -> None:
    """Note that `version_id` went live (called right after the switch; atomic rewrite of the record)."""
    entries = [e for e in _history(warehouse) if e["version"] != version_id]
    entries.append({"version": version_id, "run_id": run_id, "created_at": created_at})
    write_json(warehouse / HISTORY, {"releases": entries[-100:]})


def kept_versions(warehouse: Path, n: int, previous: Path | None, new: Path) -> list[Path]:
    """The version folders of the last `n` releases: `new`, the `previous` live one (even when a crash
    kept it off the record), then the newest on record."""
    live = [p.name for p in (previous, new) if p is not None]
    names = [e["version"] for e in _history(warehouse) if e["version"] not in live] + live
    return [warehouse / layout.VERSIONS / name for name in names[-n:]]


@dataclass(frozen=True)
class Release:
    version: str
    run_id: str | None
    created_at: str | None
    path: Path  # .versions/<id>/: oncocurate.duckdb and parquet/
    live: bool
    rows: dict[str, int]


def list_releases(warehouse: str | os.PathLike) -> list[Release]:
    """The releases still on disk, newest first (the live one is marked)."""
    warehouse = Path(warehouse)
    live = layout.current_version(warehouse)
    found = []
    for entry in reversed(_history(warehouse)):
        folder = warehouse / layout.VERSIONS / entry["version"]
        try:
            manifest = read_manifest(folder / layout.PARQUET_LINK)
        except (OSError, ValueError):
            continue  # collected, or not a release
        found.append(Release(entry["version"], manifest.get("run_id"), manifest.get("created_at"), folder,
                             live is not None and folder.resolve() == live,
                             {t["table"]: t["rows"] for t in manifest.get("tables", [])}))
    return found


def release(warehouse: str | os.PathLike, version: str) -> Release:
    """One release by version id (or a unique prefix of it); KeyError names the ones there are."""
    releases = list_releases(warehouse)
    matches = [r for r in releases if r.version == version] or [r for r in releases if r.version.startswith(version)]
    if len(matches) != 1:
        known = ", ".join(r.version for r in releases) or "none"
        raise KeyError(f"no single release {version!r} in {warehouse} (releases kept: {known})")
    return matches[0]


def read_table(rel: Release, table: str) -> pd.DataFrame:
    """One table of a past release, from its Parquet files."""
    files = sorted(str(p) for p in (rel.path / layout.PARQUET_LINK / table).glob("*.parquet"))
    if not files:
        raise KeyError(f"release {rel.version} has no table {table!r}")
    return duckdb.connect().execute("SELECT * FROM read_parquet(?)", [files]).df()


def changes_between(warehouse: str | os.PathLike, older: str, newer: str | None = None) -> pd.DataFrame:
    """The change feed from release `older` to release `newer` (default: the live one): the `changes`
    rows of the runs published after `older`, up to and including `newer`."""
    old = release(warehouse, older)
    new = release(warehouse, newer) if newer else next(r for r in list_releases(warehouse) if r.live)
    before = set(read_table(old, "runs")["run_id"])
    feed = read_table(new, "changes")
    return feed[~feed["run_id"].isin(before)].sort_values(["created_at", "change_id"]).reset_index(drop=True)
