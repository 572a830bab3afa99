"""Reading the published warehouse back, so an incremental run can reuse unchanged articles' rows."""
from __future__ import annotations

import logging
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd

from schemas.ddl import schema_fingerprint
from schemas.registry import SCHEMA_VERSION, TABLES
from warehouse import layout
from warehouse.manifest import read_manifest
from warehouse.parquet_files import read_parquet

log = logging.getLogger(__name__)
READ_THREADS = 2


def load_previous(warehouse_dir: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """Every table of the current Parquet export, typed as `validate_rows` returns them.

    Returns {} (full rebuild) when there is no warehouse yet, when it cannot be read, or when it
    was written with other schemas (version or DDL fingerprint); the reason is logged as a warning.
    """
    parquet_dir = Path(warehouse_dir) / layout.PARQUET_LINK
    if not (parquet_dir / "manifest.json").exists():
        if Path(warehouse_dir).exists():
            log.info("no previous warehouse in %s; processing every article", warehouse_dir)  # normal first run
        return {}
    try:
        manifest = read_manifest(parquet_dir)
        found = (manifest.get("schema_version"), manifest.get("schema_fingerprint"))
        if found != (SCHEMA_VERSION, schema_fingerprint()):
            log.warning("previous warehouse was written with schema %s/%s, this pipeline has %s/%s; "
                        "processing every article", *found, SCHEMA_VERSION, schema_fingerprint())
            return {}
        wanted = [(e["table"], [parquet_dir / f["path"] for f in e["files"]])
                  for e in manifest["tables"] if e["table"] in TABLES]
        # Arrow reads and converts outside the GIL for the most part: two threads keep both cores busy.
        with ThreadPoolExecutor(max_workers=READ_THREADS) as pool:
            frames = pool.map(lambda item: read_parquet(*item), wanted)
            return {table: frame for (table, _files), frame in zip(wanted, frames)}
    except Exception as err:  # noqa: BLE001 - any unreadable state means a full rebuild, never a crash
        log.warning("previous warehouse in %s is unreadable (%s); processing every article", warehouse_dir, err)
        return {}
