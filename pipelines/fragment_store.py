"""Parquet fragments of extraction partitions, kept on disk until a run publishes them.

Why: on a cluster, a backfill of the partitioned asset `extraction_fragments` runs one Dagster run
per hash shard, each on whatever machine is free; each run leaves its shard's fragments here. The
next refresh run (`oncocurate run` or the `refresh_warehouse` job) finds every shard already
extracted, loads the fragments instead of extracting again, and publishes the release in one
atomic step, exactly as if it had extracted the files itself.

An entry is keyed by what the shard's output depends on: the pipeline version and the shard's
files (path and content hash, in order). A file edited after its partition ran changes the key,
so that shard is extracted afresh by the publishing run; a stale entry is never used. Entries are
written to a temporary folder and renamed into place, so a reader never sees half of one. Plain
Python: no Dagster here.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from pathlib import Path

from pipelines.fragments import FILE_INDEX, FILES_TABLE, ShardFragments, ShardWork, _read_parquet

STORE_NAME = ".fragments"  # under the warehouse folder (or ONCOCURATE_FRAGMENTS_DIR: shared storage)
STORE_ENV = "ONCOCURATE_FRAGMENTS_DIR"


def store_dir(warehouse: Path) -> Path:
    """Where partitions leave their fragments: ONCOCURATE_FRAGMENTS_DIR, else WAREHOUSE/.fragments."""
    configured = os.environ.get(STORE_ENV, "").strip()
    return Path(configured) if configured else warehouse / STORE_NAME


def shard_key(work: ShardWork) -> str:
    """A hash of everything a shard's fragments depend on: pipeline version, shard count, its files."""
    digest = hashlib.sha256(f"{work.pipeline_version}\0{work.n_shards}\0{work.index}\n".encode())
    for _, planned in work.files:
        digest.update(planned.rel_path.encode("utf-8", "surrogateescape"))
        digest.update(f"\0{planned.sha256}\n".encode())
    return digest.hexdigest()[:32]


def save(store: Path, work: ShardWork, fragments: ShardFragments) -> Path:
    """Write a shard's fragments as `<store>/<key>/<table>.parquet`, all or nothing."""
    final = store / shard_key(work)
    if final.is_dir():
        return final  # the same key holds the same rows
    tmp = store / f".tmp-{uuid.uuid4().hex}"
    tmp.mkdir(parents=True)
    try:
        for table, data in fragments.parquet.items():
            with open(tmp / f"{table}.parquet", "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        os.rename(tmp, final)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        if not final.is_dir():
            raise
    return final


def load(store: Path, work: ShardWork) -> ShardFragments | None:
    """The shard's fragments left by a partition run for exactly these files, else None."""
    folder = store / shard_key(work)
    try:
        parquet = {path.name.removesuffix(".parquet"): path.read_bytes() for path in folder.glob("*.parquet")}
        if FILES_TABLE not in parquet:
            return None
        files = _read_parquet(parquet[FILES_TABLE]).to_pylist()
    except OSError:
        return None
    now = {planned.rel_path: position for position, planned in work.files}
    if sorted(f["rel_path"] for f in files) != sorted(now):
        return None
    return ShardFragments(work.index, parquet, relocate={f[FILE_INDEX]: now[f["rel_path"]] for f in files})


def prune(store: Path, older_than: float) -> int:
    """Delete entries written before `older_than` (epoch seconds): a run that published has used them."""
    removed = 0
    try:
        entries = list(os.scandir(store))
    except OSError:
        return 0
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < older_than:
                shutil.rmtree(entry.path)
                removed += 1
        except OSError:
            continue
    return removed
