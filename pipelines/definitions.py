"""The Dagster code location: `dagster dev` in the repo root shows exactly what `oncocurate run` runs."""
from __future__ import annotations

import dagster as dg

from pipelines.assets.curate import CURATED_ASSETS
from pipelines.assets.extract import article_extracts
from pipelines.assets.ingest import source_inventory
from pipelines.assets.publish import changes, quarantine, runs, warehouse
from pipelines.automation import daily_refresh, refresh_job, source_folder_sensor
from pipelines.checks import ASSET_CHECKS
from pipelines.resources import OncocurateSettings

ASSETS = [source_inventory, article_extracts, *CURATED_ASSETS, changes, quarantine, runs, warehouse]

defs = dg.Definitions(
    assets=ASSETS,
    asset_checks=ASSET_CHECKS,
    jobs=[refresh_job],
    schedules=[daily_refresh],
    sensors=[source_folder_sensor],
    resources={"settings": OncocurateSettings(source_dir=dg.EnvVar("ONCOCURATE_SOURCE_DIR"),
                                              warehouse_dir=dg.EnvVar("ONCOCURATE_WAREHOUSE_DIR"))},
    executor=dg.in_process_executor,
)
