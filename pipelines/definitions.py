"""The Dagster code location: `dagster dev` in the repo root shows exactly what `oncocurate run` runs."""
from __future__ import annotations

import dagster as dg

from pipelines.assets.curate import CURATED_ASSETS
from pipelines.assets.extract import article_extracts
from pipelines.assets.ingest import source_inventory
from pipelines.assets.publish import changes, curated_release, quarantine, runs, warehouse
from pipelines.assets.partitions import SHARD_PARTITIONS, extraction_fragments
from pipelines.automation import REFRESH_SELECTION, daily_refresh, refresh_job, source_folder_sensor
from pipelines.checks import ASSET_CHECKS
from pipelines.executors import chosen_executor, dask_executor
from pipelines.resources import OncocurateSettings

ASSETS = [source_inventory, article_extracts, *CURATED_ASSETS, curated_release, changes, quarantine, runs, warehouse]

MULTIPROCESS_JOB = "refresh_warehouse_multiprocess"
DASK_JOB = "refresh_warehouse_dask"
PARTITIONS_JOB = "extract_partitions"
_SCALE_OUT_JOBS = [dg.define_asset_job(PARTITIONS_JOB, selection=[extraction_fragments], partitions_def=SHARD_PARTITIONS,
                                       description="One hash shard's extraction per run, for backfills; "
                                                   "then refresh_warehouse publishes (docs/DEPLOY.md)."),
                   dg.define_asset_job(MULTIPROCESS_JOB, selection=REFRESH_SELECTION,
                                       executor_def=dg.multiprocess_executor,
                                       description="refresh_warehouse, one process per step (shards side by side).")]
if (_dask := dask_executor()) is not None:
    _SCALE_OUT_JOBS.append(dg.define_asset_job(DASK_JOB, selection=REFRESH_SELECTION, executor_def=_dask,
                                               description="refresh_warehouse on the Dask cluster named by "
                                                           "ONCOCURATE_DASK_SCHEDULER."))

defs = dg.Definitions(
    assets=[*ASSETS, extraction_fragments],
    asset_checks=ASSET_CHECKS,
    jobs=[refresh_job, *_SCALE_OUT_JOBS],
    schedules=[daily_refresh],
    sensors=[source_folder_sensor],
    resources={"settings": OncocurateSettings(source_dir=dg.EnvVar("ONCOCURATE_SOURCE_DIR"),
                                              warehouse_dir=dg.EnvVar("ONCOCURATE_WAREHOUSE_DIR"))},
    executor=chosen_executor(),
)


def multiprocess_refresh_job() -> dg.JobDefinition:
    """The whole graph on the multiprocess executor (for `dg.reconstructable`, which these executors need)."""
    return defs.resolve_job_def(MULTIPROCESS_JOB)


def dask_refresh_job() -> dg.JobDefinition:
    """The whole graph on the Dask executor (for `dg.reconstructable`)."""
    return defs.resolve_job_def(DASK_JOB)
