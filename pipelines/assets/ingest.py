"""Ingest layer: what is in the source folder and what changed since the last run."""

import datetime as dt

import dagster as dg

from pipelines.inventory import CHANGED, NEW, UNCHANGED, plan_sources
from pipelines.resources import OncocurateSettings
from pipelines.source_guard import check_shrink, shrink_allowed
from pipelines.version import pipeline_version
from warehouse.layout import check_foreign
from warehouse.state import load_base


@dg.asset(group_name="ingest", kinds={"python", "filesystem"})
def source_inventory(context: dg.AssetExecutionContext, settings: OncocurateSettings) -> dg.Output:
    """One entry per article file under the source folder: path, sha256 and new / changed / unchanged.

    Also carries the previous warehouse's tables, so later assets can reuse the rows of
    unchanged articles instead of re-extracting them, and the version they came from, so that
    publish refuses to overwrite a newer one. Stops early when the warehouse folder holds
    something oncocurate would replace, or the source is empty or shrank too much.
    """
    started_at = dt.datetime.now(dt.timezone.utc)
    if settings.warehouse_path.is_dir():
        check_foreign(settings.warehouse_path)
    previous = load_base(settings.warehouse_path)
    plan = plan_sources(settings.source_path, settings.warehouse_path, previous.tables,
                        pipeline_version(), started_at)
    plan.base_token = previous.token
    check_shrink(plan, previous.n_articles, shrink_allowed(settings.allow_shrink))
    context.log.info(f"{len(plan.files)} files: {plan.count(NEW)} new, {plan.count(CHANGED)} changed, "
                     f"{plan.count(UNCHANGED)} unchanged, {len(plan.removed_paths)} removed")
    return dg.Output(plan, metadata={
        "source_dir": dg.MetadataValue.path(str(plan.source_dir)),
        "n_files": len(plan.files), "n_new": plan.count(NEW), "n_changed": plan.count(CHANGED),
        "n_unchanged": plan.count(UNCHANGED), "n_removed": len(plan.removed_paths),
        "n_unreadable_or_duplicate": len(plan.quarantine),
        "pipeline_version": plan.pipeline_version,
    })
