"""When the graph runs by itself: daily, and whenever the source folder's listing changes."""

import hashlib

import dagster as dg

from pipelines.resources import OncocurateSettings
from sources.discover import discover_files

refresh_job = dg.define_asset_job("refresh_warehouse", selection=dg.AssetSelection.all(),
                                  description="Re-read the source folder and publish the warehouse.")

daily_refresh = dg.ScheduleDefinition(name="daily_refresh", job=refresh_job, cron_schedule="0 3 * * *",
                                      execution_timezone="UTC")


def listing_fingerprint(settings: OncocurateSettings) -> str:
    """sha256 over every article file's path, size and mtime: changes when any file does."""
    digest = hashlib.sha256()
    for f in discover_files(settings.source_path):
        digest.update(f"{f.rel_path}\0{f.size}\0{f.mtime_ns}\n".encode())
    return digest.hexdigest()


@dg.sensor(job=refresh_job, minimum_interval_seconds=60)
def source_folder_sensor(context: dg.SensorEvaluationContext, settings: OncocurateSettings):
    """Requests a run when a file under the source folder is added, changed or removed."""
    fingerprint = listing_fingerprint(settings)
    if fingerprint == context.cursor:
        return dg.SkipReason("source folder unchanged")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint)
