"""Extraction as a partitioned asset: one hash shard per partition, for backfills on a cluster.

`extraction_fragments` has one static partition per extraction shard (`shard-0` ... `shard-<N-1>`,
N = ONCOCURATE_EXTRACT_SHARDS). A backfill launches one run per partition, on any machine that
sees the source folder and the fragment store (docs/DEPLOY.md); each run lists the source folder
against the live warehouse exactly as a refresh run does, parses and extracts the new and changed
files of its shard, and leaves them as Parquet fragments in the store (pipelines/fragment_store.py).
Nothing is published by a partition run: the next refresh run (`oncocurate run`, or the
`refresh_warehouse` job) loads the stored fragments in its shard steps and publishes the release
from them in one atomic step, the same release as extracting everything itself.
"""

import datetime as dt

import dagster as dg

from pipelines import fragment_store
from pipelines.assets.extract import N_SHARDS, run_shard
from pipelines.fragments import split_plan
from pipelines.inventory import plan_sources
from pipelines.resources import OncocurateSettings
from pipelines.version import pipeline_version
from warehouse.state import load_base

SHARD_PARTITIONS = dg.StaticPartitionsDefinition([f"shard-{i}" for i in range(N_SHARDS)])


def partition_index(key: str) -> int:
    return int(key.removeprefix("shard-"))


@dg.asset(group_name="extract", kinds={"python", "parquet"}, partitions_def=SHARD_PARTITIONS)
def extraction_fragments(context: dg.AssetExecutionContext, settings: OncocurateSettings) -> dg.MaterializeResult:
    """Parquet fragments of one hash shard's new and changed files, for the next refresh run to publish.

    Backfill every partition (one run each, anywhere), then run `refresh_warehouse` (or
    `oncocurate run`): it publishes the release from these fragments, atomically.
    """
    previous = load_base(settings.warehouse_path)
    plan = plan_sources(settings.source_path, settings.warehouse_path, previous.tables, pipeline_version(),
                        dt.datetime.now(dt.timezone.utc))
    work = split_plan(plan, N_SHARDS)[partition_index(context.partition_key)]
    fragments = run_shard(work, settings)
    folder = fragment_store.save(fragment_store.store_dir(settings.warehouse_path), work, fragments)
    context.log.info(f"{context.partition_key}: {len(work.files)} files into {folder}")
    return dg.MaterializeResult(metadata={
        "n_files": len(work.files), "n_bytes": fragments.n_bytes,
        "fragments": dg.MetadataValue.path(str(folder)), "base_version": str(previous.token)})
