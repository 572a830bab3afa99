"""On-disk layout of a warehouse and the renames that switch it atomically to a new version.

    WAREHOUSE/
      oncocurate.duckdb           regular file; replaced with os.replace (atomic rename)
      parquet -> .versions/<id>/parquet
                                  symlink; replaced by renaming a fresh symlink over it
      .versions/<id>/parquet/     one complete, immutable Parquet export per published version
      .staging/<id>/              build area of a publish in progress (or one that crashed)
      .lock, .lock.owner          the writer lock (warehouse.lock)

Readers only ever see a path that points to a complete version, because every switch is one
rename(2) within one filesystem.
"""
from __future__ import annotations

import contextlib
import logging
import os
import shutil
from pathlib import Path

log = logging.getLogger(__name__)

DUCKDB_NAME = "oncocurate.duckdb"
PARQUET_LINK = "parquet"
VERSIONS = ".versions"
STAGING = ".staging"
KEEP_VERSIONS = 2  # the current one and the one before it


def fsync_dir(path: Path) -> None:
    """Persist a directory's entries (renames, new files) before relying on them."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def current_version(warehouse: Path) -> Path | None:
    """The version directory the `parquet` link points at, if any."""
    link = warehouse / PARQUET_LINK
    if not link.is_symlink():
        return None
    return (warehouse / os.readlink(link)).parent.resolve()


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
    for tmp in warehouse.glob(f".{PARQUET_LINK}.*.tmp"):
        tmp.unlink()


def adopt_plain_parquet_dir(warehouse: Path) -> None:
    """Move a `parquet` directory written without this layout into .versions/, then link it."""
    link = warehouse / PARQUET_LINK
    if link.is_dir() and not link.is_symlink():
        target = warehouse / VERSIONS / "00000000-adopted"
        target.mkdir(parents=True, exist_ok=True)
        os.replace(link, target / PARQUET_LINK)
        os.symlink(os.path.relpath(target / PARQUET_LINK, warehouse), link)
        fsync_dir(warehouse)


def switch_parquet(warehouse: Path, version_dir: Path) -> None:
    """Point `parquet` at `version_dir/parquet` with one atomic rename of a new symlink."""
    tmp = warehouse / f".{PARQUET_LINK}.{version_dir.name}.tmp"
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.symlink(os.path.relpath(version_dir / PARQUET_LINK, warehouse), tmp)
    os.replace(tmp, warehouse / PARQUET_LINK)
    fsync_dir(warehouse)


def switch_duckdb(warehouse: Path, staged: Path) -> None:
    """Replace the database file in one rename; a stale write-ahead log must not replay onto it."""
    with contextlib.suppress(FileNotFoundError):
        (warehouse / f"{DUCKDB_NAME}.wal").unlink()
    os.replace(staged, warehouse / DUCKDB_NAME)
    fsync_dir(warehouse)


def collect_old_versions(warehouse: Path, keep: list[Path]) -> None:
    """Delete versions other than `keep` (the current and the previous one)."""
    versions = warehouse / VERSIONS
    keep_resolved = {p.resolve() for p in keep if p is not None}
    for version in sorted(versions.iterdir()) if versions.is_dir() else []:
        if version.resolve() not in keep_resolved:
            shutil.rmtree(version, ignore_errors=True)
