"""`parquet/manifest.json`: what a published version contains, for people who download the Parquet."""
from __future__ import annotations

import json
import os
from pathlib import Path

from schemas.ddl import schema_fingerprint
from schemas.registry import SCHEMA_VERSION
from warehouse.table_schemas import column_schemas

MANIFEST_NAME = "manifest.json"


def build_manifest(entries: list[dict], meta: dict, created_at: str, extra_files: list[str]) -> dict:
    """The manifest of one version: per-table rows and file checksums, plus run and vocabulary versions."""
    return {
        "schema_version": SCHEMA_VERSION,
        "schema_fingerprint": schema_fingerprint(),
        "pipeline_version": meta.get("pipeline_version"),
        "run_id": meta.get("run_id"),
        "created_at": created_at,
        "vocabulary_versions": dict(sorted((meta.get("vocabulary_versions") or {}).items())),
        "tables": entries,
        "extra_files": sorted(extra_files),
        "column_schemas": column_schemas(),
        **({"release_fingerprint": meta["release_fingerprint"]} if meta.get("release_fingerprint") else {}),
    }


def write_json(path: Path, payload: dict) -> None:
    """Pretty, key-sorted JSON, fsynced."""
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(payload, fh, indent=2, sort_keys=True, ensure_ascii=False)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())


def read_manifest(parquet_dir: Path) -> dict:
    with open(parquet_dir / MANIFEST_NAME, encoding="utf-8") as fh:
        return json.load(fh)


def version_token(manifest: dict | None) -> str | None:
    """What names one published version: its run and the moment it was published."""
    if not manifest:
        return None
    return f"{manifest.get('run_id')}@{manifest.get('created_at')}"


def live_version_token(warehouse: Path) -> str | None:
    """The token of the version published in `warehouse` now (None: nothing readable is published)."""
    try:
        return version_token(read_manifest(Path(warehouse) / "parquet"))
    except (OSError, ValueError):
        return None
