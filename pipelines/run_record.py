"""The `runs` row: what one run saw, did and left behind. Plain Python: no Dagster here."""
from __future__ import annotations

import datetime as dt
import json
from typing import Mapping

import pandas as pd

from pipelines.extraction import ExtractBatch
from pipelines.inventory import REJECTED_PREFIX, UNCHANGED, SourcePlan
from schemas.registry import COLUMNS


def vocabulary_versions() -> dict[str, str]:
    """Versions of the vocabularies behind the ids, as the catalog reports them."""
    try:
        from extract.entities.catalog import vocabulary_versions as versions
        return dict(versions())
    except Exception:  # noqa: BLE001 - a run record must not fail on a missing catalog
        return {}


def publish_meta(run_id: str, pipeline_version: str, frames: Mapping[str, pd.DataFrame]) -> dict:
    """What `warehouse.publish.publish` records beside the tables: run, versions, the dataset card."""
    from pipelines.version import release_fingerprint
    from warehouse.dataset_card import render_dataset_card

    meta = {"run_id": run_id, "pipeline_version": pipeline_version,
            "created_at": dt.datetime.now(dt.timezone.utc).isoformat(),
            "vocabulary_versions": vocabulary_versions(), "release_fingerprint": release_fingerprint()}
    # The dataset card (parquet/README.md) travels with the files people download.
    meta["extra_files"] = {"README.md": render_dataset_card(frames, meta)}
    return meta


def run_summary(plan: SourcePlan, batch: ExtractBatch, quarantine: pd.DataFrame, run_id: str) -> dict:
    """Article counts of this run (the CLI prints them; the runs row stores them)."""
    rejected = quarantine["failed_check"].astype(str).str.startswith(REJECTED_PREFIX) \
        if len(quarantine) else pd.Series([], dtype=bool)
    return {
        "n_articles_seen": plan.n_listed,
        "n_articles_processed": len(batch.processed_article_ids),
        "n_articles_skipped": plan.count(UNCHANGED),
        "n_articles_removed": len(plan.removed_paths),
        "n_articles_rejected": int(rejected.sum()),
        "n_quarantined": int((quarantine["run_id"] == run_id).sum()) if len(quarantine) else 0,
    }


def runs_row(run_id: str, plan: SourcePlan, finished_at: dt.datetime, summary: Mapping[str, int],
             row_counts: Mapping[str, int]) -> dict:
    """This run's row of `runs`, restricted to the columns the schema declares."""
    row = {"run_id": run_id, "started_at": pd.Timestamp(plan.run_started_at),
           "finished_at": pd.Timestamp(finished_at), "pipeline_version": plan.pipeline_version,
           **summary, **{f"n_rows_{table}": int(n) for table, n in row_counts.items()},
           "vocabulary_versions": json.dumps(vocabulary_versions(), sort_keys=True)}
    return {k: v for k, v in row.items() if k in COLUMNS["runs"]}
