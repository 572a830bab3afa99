"""Ingest layer: what is in the source folder and what changed since the last run."""

import datetime as dt

import dagster as dg

from pipelines.inventory import CHANGED, NEW, UNCHANGED, plan_sources
from pipelines.resources import OncocurateSettings
from pipelines.version import pipeline_version
from warehouse.state import load_previous


@dg.asset(group_name="ingest", kinds={"python", "filesystem"})
def source_inventory(context: dg.AssetExecutionContext, settings: OncocurateSettings) -> dg.Output:
    """One entry per article file under the source folder: path, sha256 and new / changed / unchanged.

    Also carries the previous warehouse's tables, so later assets can reuse the rows of
    unchanged articles instead of re-extracting them.
    """
    started_at = dt.datetime.now(dt.timezone.utc)
    previous = load_previous(settings.warehouse_path)
    plan = plan_sources(settings.source_path, settings.warehouse_path, previous,
                        pipeline_version(), started_at)
    context.log.info(f"{len(plan.files)} files: {plan.count(NEW)} new, {plan.count(CHANGED)} changed, "
                     f"{plan.count(UNCHANGED)} unchanged, {len(plan.removed_paths)} removed")
    return dg.Output(plan, metadata={
        "source_dir": dg.MetadataValue.path(str(plan.source_dir)),
        "n_files": len(plan.files), "n_new": plan.count(NEW), "n_changed": plan.count(CHANGED),
        "n_unchanged": plan.count(UNCHANGED), "n_removed": len(plan.removed_paths),
        "n_unreadable_or_duplicate": len(plan.quarantine),
        "pipeline_version": plan.pipeline_version,
    })
