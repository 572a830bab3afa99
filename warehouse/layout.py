"""On-disk layout of a warehouse and the one rename that switches it atomically to a new version.

    WAREHOUSE/
      current -> .versions/<id>   symlink; the only thing a publish switches (a fresh symlink
                                  renamed over it)
      oncocurate.duckdb -> current/oncocurate.duckdb
      parquet -> current/parquet  fixed symlinks, created once, never switched
      .versions/<id>/oncocurate.duckdb, .versions/<id>/parquet/
                                  one complete, immutable version (database and Parquet export)
      .staging/<id>/              build area of a publish in progress (or one that crashed)
      .lock, .lock.owner          the writer lock (warehouse.lock)

Readers follow `oncocurate.duckdb` and `parquet` through `current`, so both always belong to the
same complete version: the database and the export change together, in one rename(2) within one
filesystem. Warehouses written before `current` existed (a regular database file, `parquet`
linked straight into .versions/, or a plain `parquet` folder) are moved into this layout by the
next publish, every intermediate state readable (adopt_plain_parquet_dir, adopt_old_layout).
Anything else the user keeps under these names is never moved or deleted: publish refuses, naming
it (check_foreign). Other files and folders in the warehouse folder are not touched.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
from pathlib import Path

log = logging.getLogger(__name__)

DUCKDB_NAME = "oncocurate.duckdb"
PARQUET_LINK = "parquet"
CURRENT = "current"
FIXED_LINKS = (PARQUET_LINK, DUCKDB_NAME)  # each -> current/<name>
VERSIONS = ".versions"
STAGING = ".staging"
KEEP_VERSIONS = 2  # the current one and the one before it
DB_CHECKSUM = "oncocurate.duckdb.sha256"  # beside a version's database: its sha256 when published


class ForeignContent(RuntimeError):
    """The warehouse folder holds, under a name publish manages, something publish did not write."""


def fsync_dir(path: Path) -> None:
    """Persist a directory's entries (renames, new files) before relying on them."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def current_version(warehouse: Path) -> Path | None:
    """The version directory `current` points at, if any."""
    link = warehouse / CURRENT
    if not link.is_symlink():
        return None
    return (warehouse / os.readlink(link)).resolve()


def _replace_symlink(link: Path, target: str) -> None:
    """Point `link` at `target` with one rename of a fresh symlink: readers see the old or the new one."""
    tmp = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.symlink(target, tmp)
    os.replace(tmp, link)


OWNER_FILE = "owner.pid"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def _abandoned(stage: Path) -> bool:
    """A staging folder whose publishing process is gone (or unknown)."""
    try:
        pid = int((stage / OWNER_FILE).read_text().strip())
    except (OSError, ValueError):
        return True
    return pid != os.getpid() and not _alive(pid)


def start_staging(warehouse: Path, version_id: str) -> Path:
    """Create this publish's build folder, marked with our pid so no other run removes it."""
    stage = warehouse / STAGING / version_id
    stage.mkdir(parents=True)
    (stage / OWNER_FILE).write_text(f"{os.getpid()}\n")
    return stage


def recover_leftovers(warehouse: Path) -> None:
    """Remove what a crashed publish left behind; the published version is never touched."""
    staging = warehouse / STAGING
    for leftover in sorted(staging.iterdir()) if staging.is_dir() else []:
        if leftover.is_dir() and not _abandoned(leftover):
            continue  # a live publish (callers should hold warehouse_lock, but never break another run)
        log.warning("removing leftover of an interrupted publish: %s", leftover)
        shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else leftover.unlink()
    for name in (CURRENT, *FIXED_LINKS):  # temp symlinks of _replace_symlink
        for tmp in warehouse.glob(f".{name}.*.tmp"):
            tmp.unlink()
    for tmp in warehouse.glob(f"{VERSIONS}/*/.{DUCKDB_NAME}*.tmp"):  # of _link_file
        tmp.unlink()


def _own_export(folder: Path) -> bool:
    """A `parquet` folder an earlier publish wrote: its manifest lists tables under a schema version."""
    try:
        with open(folder / "manifest.json", encoding="utf-8") as fh:
            manifest = json.load(fh)
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and "schema_version" in manifest and isinstance(manifest.get("tables"), list)


def _refuse(warehouse: Path, name: str, what: str) -> None:
    raise ForeignContent(f"{warehouse / name} is {what}, which oncocurate did not write; nothing was "
                         f"changed: move it elsewhere or choose another --warehouse")


def check_foreign(warehouse: Path) -> None:
    """Raise ForeignContent when a name publish manages (`current`, `parquet`, `oncocurate.duckdb`)
    holds something that is not an earlier publish's output, which publish would otherwise replace."""
    current, parquet, db = (warehouse / n for n in (CURRENT, PARQUET_LINK, DUCKDB_NAME))
    if os.path.lexists(current) and not current.is_symlink():
        _refuse(warehouse, CURRENT, "a folder" if current.is_dir() else "a file")
    if os.path.lexists(parquet) and not parquet.is_symlink():
        if not parquet.is_dir():
            _refuse(warehouse, PARQUET_LINK, "a file")
        if not _own_export(parquet):
            _refuse(warehouse, PARQUET_LINK, "a folder without an oncocurate manifest.json")
    if os.path.lexists(db) and not db.is_symlink():
        if current.is_symlink():
            ours = (current / DUCKDB_NAME).is_file() and db.is_file() and os.path.samefile(db, current / DUCKDB_NAME)
        else:  # the layout before `current`: the database beside a `parquet` an earlier publish wrote
            ours = db.is_file() and (_old_parquet_version(warehouse) is not None
                                     or (parquet.is_dir() and not parquet.is_symlink()))
        if not ours:
            _refuse(warehouse, DUCKDB_NAME, "a folder" if db.is_dir() else "a database")


def adopt_plain_parquet_dir(warehouse: Path) -> None:
    """Move a `parquet` directory an earlier publish wrote without this layout into .versions/, then link it."""
    link = warehouse / PARQUET_LINK
    if link.is_dir() and not link.is_symlink():
        if not _own_export(link):
            _refuse(warehouse, PARQUET_LINK, "a folder without an oncocurate manifest.json")
        target = warehouse / VERSIONS / "00000000-adopted"
        target.mkdir(parents=True, exist_ok=True)
        os.replace(link, target / PARQUET_LINK)
        os.symlink(os.path.relpath(target / PARQUET_LINK, warehouse), link)
        fsync_dir(warehouse)


def _old_parquet_version(warehouse: Path) -> Path | None:
    """The version a warehouse without `current` publishes: the one `parquet` links straight into."""
    link = warehouse / PARQUET_LINK
    if not link.is_symlink():
        return None
    target = warehouse / os.readlink(link)
    if target.parent.parent.resolve() != (warehouse / VERSIONS).resolve() or not target.is_dir():
        return None
    return target.parent.resolve()


def _link_file(source: Path, dest: Path) -> None:
    """Give `source` the second name `dest` (a hard link, else a copy); `source` stays valid meanwhile."""
    if dest.exists() and os.path.samefile(source, dest):
        return
    tmp = dest.with_name(f".{dest.name}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        os.link(source, tmp)
    except OSError:
        shutil.copyfile(source, tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
    os.replace(tmp, dest)
    fsync_dir(dest.parent)


def adopt_old_layout(warehouse: Path) -> None:
    """Move a warehouse published before `current` existed into this layout, readable after every step.

    Its regular database file gets a second name in the version `parquet` links to (the old
    name still works), then `current` is created, then the fixed links replace the old names.
    A write-ahead log beside the file goes with it: DuckDB opens a link's target and looks for
    the log beside that.
    """
    version = None if (warehouse / CURRENT).is_symlink() else _old_parquet_version(warehouse)
    if version is not None:
        db, wal = warehouse / DUCKDB_NAME, warehouse / f"{DUCKDB_NAME}.wal"
        if db.is_file() and not db.is_symlink():
            if wal.is_file():
                _link_file(wal, version / wal.name)
            _link_file(db, version / DUCKDB_NAME)
        _replace_symlink(warehouse / CURRENT, os.path.relpath(version, warehouse))
        fsync_dir(warehouse)
    if (warehouse / CURRENT).is_symlink():
        ensure_fixed_links(warehouse)


def ensure_fixed_links(warehouse: Path) -> None:
    """Make `parquet` and `oncocurate.duckdb` links to current/<name> (a no-op once they are).

    A regular `oncocurate.duckdb` still there is the current version's under a second name (left
    by adopt_old_layout); anything else there was refused by check_foreign before publishing.
    """
    changed = False
    for name in FIXED_LINKS:
        link, target = warehouse / name, f"{CURRENT}/{name}"
        if not (link.is_symlink() and os.readlink(link) == target):
            _replace_symlink(link, target)
            changed = True
    if changed:
        fsync_dir(warehouse)


def switch_current(warehouse: Path, version_dir: Path) -> None:
    """Make `version_dir` (database and Parquet, both complete) live with one rename of `current`.

    A stale WAREHOUSE/oncocurate.duckdb.wal (left beside the regular file of the old layout, or
    by a DuckDB that logs beside the path it was given rather than the link's target) belongs to
    the previous database and must not replay onto the new one.
    """
    ensure_fixed_links(warehouse)
    with contextlib.suppress(FileNotFoundError):
        (warehouse / f"{DUCKDB_NAME}.wal").unlink()
    _replace_symlink(warehouse / CURRENT, os.path.relpath(version_dir, warehouse))
    fsync_dir(warehouse)


def collect_old_versions(warehouse: Path, keep: list[Path]) -> None:
    """Delete versions other than `keep` (the current and the previous one)."""
    versions = warehouse / VERSIONS
    keep_resolved = {p.resolve() for p in keep if p is not None}
    for version in sorted(versions.iterdir()) if versions.is_dir() else []:
        if version.resolve() not in keep_resolved:
            shutil.rmtree(version, ignore_errors=True)
