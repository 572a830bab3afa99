"""When the graph runs by itself: daily, and whenever the source folder's listing changes.

Both are on by default (`default_status=RUNNING`): wherever a Dagster daemon runs (`dagster dev`, or
`dagster-daemon run` in production) they fire without anyone switching them on in the UI. Stop them
there, or with `dagster schedule stop daily_refresh` / `dagster sensor stop source_folder_sensor`
(docs/dagster.md). Nothing fires under `oncocurate run`, which runs the graph once and exits.
"""

import hashlib

import dagster as dg

from pipelines.resources import OncocurateSettings
from sources.discover import discover_files

# Every asset but the partitioned one (pipelines/assets/partitions.py), which backfills run by partition.
REFRESH_SELECTION = dg.AssetSelection.all() - dg.AssetSelection.assets("extraction_fragments")
refresh_job = dg.define_asset_job("refresh_warehouse", selection=REFRESH_SELECTION,
                                  description="Re-read the source folder and publish the warehouse.")

daily_refresh = dg.ScheduleDefinition(name="daily_refresh", job=refresh_job, cron_schedule="0 3 * * *",
                                      execution_timezone="UTC",
                                      default_status=dg.DefaultScheduleStatus.RUNNING)


def listing_fingerprint(settings: OncocurateSettings) -> str:
    """sha256 over every article file's path, size and mtime: changes when any file does."""
    digest = hashlib.sha256()
    for f in discover_files(settings.source_path):
        digest.update(f"{f.rel_path}\0{f.size}\0{f.mtime_ns}\n".encode())
    return digest.hexdigest()


@dg.sensor(job=refresh_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.RUNNING)
def source_folder_sensor(context: dg.SensorEvaluationContext, settings: OncocurateSettings):
    """Requests a run when a file under the source folder is added, changed or removed."""
    fingerprint = listing_fingerprint(settings)
    if fingerprint == context.cursor:
        return dg.SkipReason("source folder unchanged")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint)
