"""Reading the published warehouse back, so an incremental run can reuse unchanged articles' rows.

Every file is checked against its manifest checksum as it is read: a Parquet file rewritten in
place (by hand, by another tool) is never taken as the previous rows; the run starts afresh.
"""
from __future__ import annotations

import hashlib
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection

import pandas as pd

from schemas.ddl import schema_fingerprint
from schemas.registry import SCHEMA_VERSION, TABLES
from warehouse import layout
from warehouse.manifest import read_manifest, version_token
from warehouse.parquet_files import read_parquet

log = logging.getLogger(__name__)
READ_THREADS = 2


@dataclass
class Previous:
    """The published version a run starts from: its token (warehouse.manifest.version_token; None
    when nothing is published) and its tables ({} when they cannot be reused)."""

    token: str | None = None
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    n_articles: int = 0  # articles the live version publishes, per its manifest
    manifest: dict = field(default_factory=dict)  # the live version's manifest ({} when unreadable)


class ChecksumMismatch(ValueError):
    """A published file's bytes are not those its manifest lists."""


def _verified(table: str, files: list[tuple[Path, str | None]]) -> pd.DataFrame:
    for path, sha in files:
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        if sha is not None and digest.hexdigest() != sha:
            raise ChecksumMismatch(f"{path.name} does not match its manifest checksum (changed in place?)")
    return read_parquet(table, [path for path, _sha in files])


def load_base(warehouse_dir: str | os.PathLike, only: Collection[str] | None = None) -> Previous:
    """The live version's token and every table of its Parquet export (or the tables named in
    `only`), typed as `validate_rows` returns them.

    The tables are {} (full rebuild) when there is no warehouse yet, when it cannot be read, when a
    file fails its checksum, or when it was written with other schemas (version or DDL fingerprint);
    the reason is logged as a warning. The version is resolved once, so a publish switching
    `current` meanwhile cannot mix two versions.
    """
    link = Path(warehouse_dir) / layout.PARQUET_LINK
    if not (link / "manifest.json").exists():
        if Path(warehouse_dir).exists():
            log.info("no previous warehouse in %s; processing every article", warehouse_dir)  # normal first run
        return Previous()
    parquet_dir = Path(os.path.realpath(link))
    previous = Previous()
    try:
        manifest = read_manifest(parquet_dir)
        previous.token = version_token(manifest)
        previous.manifest = manifest
        previous.n_articles = next((int(e.get("rows") or 0) for e in manifest.get("tables", [])
                                    if e.get("table") == "articles"), 0)
        found = (manifest.get("schema_version"), manifest.get("schema_fingerprint"))
        if found != (SCHEMA_VERSION, schema_fingerprint()):
            log.warning("previous warehouse was written with schema %s/%s, this pipeline has %s/%s; "
                        "processing every article", *found, SCHEMA_VERSION, schema_fingerprint())
            return previous
        wanted = [(e["table"], [(parquet_dir / f["path"], f.get("sha256")) for f in e["files"]])
                  for e in manifest["tables"] if e["table"] in TABLES and (only is None or e["table"] in only)]
        # Arrow reads and converts outside the GIL for the most part: two threads keep both cores busy.
        with ThreadPoolExecutor(max_workers=READ_THREADS) as pool:
            frames = pool.map(lambda item: _verified(*item), wanted)
            previous.tables = {table: frame for (table, _files), frame in zip(wanted, frames)}
    except Exception as err:  # noqa: BLE001 - any unreadable state means a full rebuild, never a crash
        log.warning("previous warehouse in %s is unreadable (%s); processing every article", warehouse_dir, err)
    return previous


def load_previous(warehouse_dir: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """The live version's tables (see load_base); {} when there is nothing to reuse."""
    return load_base(warehouse_dir).tables
