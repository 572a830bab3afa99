"""Parse + extract layer: new and changed files become rows, shard by shard.

`article_extracts` is a graph-backed asset: `plan_shards` deals the run's new and changed files to
N hash shards (pipelines/fragments.py; N from ONCOCURATE_EXTRACT_SHARDS, default 8), one
`extract_shard_<i>` step per shard parses and extracts its files into Parquet fragments, and
`gather_extracts` folds the fragments back into one batch of rows. A shard whose files a partition
run of `extraction_fragments` (pipelines/assets/partitions.py) already extracted loads its stored
fragments instead. Under the in-process executor
(`oncocurate run`) the shards run one after the other, each on every core; under the multiprocess,
Dask or Celery executors they run side by side, on as many machines as the executor has.
"""

import multiprocessing
import os
import socket

import dagster as dg

from pipelines import fragment_store, progress
from pipelines.extraction import iter_outcomes
from pipelines.fragments import ShardFragments, ShardWork, encode, gather, shard_count, split_plan
from pipelines.inventory import SourcePlan
from pipelines.resources import OncocurateSettings

N_SHARDS = shard_count()


@dg.op(out={f"shard_{i}": dg.Out(ShardWork) for i in range(N_SHARDS)},
       description="Deal the new and changed files to the extraction shards by content hash.")
def plan_shards(context: dg.OpExecutionContext, source_inventory: SourcePlan):
    works = split_plan(source_inventory, N_SHARDS)
    context.log.info("files per shard: " + ", ".join(str(len(w.files)) for w in works))
    progress.report("extract", 0, len(source_inventory.to_process))
    for work in works:
        yield dg.Output(work, output_name=f"shard_{work.index}", metadata={
            "n_files": len(work.files), "n_skipped_unchanged": len(source_inventory.files) - work.n_todo})


class DaemonicWorker(RuntimeError):
    """A shard ran in a daemonic process, which may not start the per-file worker processes."""


def run_shard(work: ShardWork, settings: OncocurateSettings) -> ShardFragments:
    """Parse and extract one shard's files (each under the time and memory bounds) into fragments."""
    if not work.files:
        return encode(work.index, [])
    stored = fragment_store.load(fragment_store.store_dir(settings.warehouse_path), work)
    if stored is not None:  # extracted by a partition run (a backfill of `extraction_fragments`)
        progress.report("extract", work.offset + len(work.files), work.n_todo)
        return stored
    if multiprocessing.current_process().daemon:
        raise DaemonicWorker("extract shards start worker processes, which a daemonic process may not: "
                             "run Dask workers with DASK_DISTRIBUTED__WORKER__DAEMON=False (docs/DEPLOY.md)")
    from extract.article_rows import warm_up  # the extractors load only when a shard has files to read

    warm_up()
    files = [planned for _, planned in work.files]
    outcomes = []
    for done, ((position, _), outcome) in enumerate(zip(work.files, iter_outcomes(
            work.source_dir, files, work.pipeline_version, settings.workers or None,
            settings.file_time_limit_s, settings.file_memory_limit_mb)), start=1):
        outcomes.append((position, outcome))
        progress.report("extract", work.offset + done, work.n_todo)
    return ShardFragments(work.index, outcomes=outcomes)


def shard_op(index: int) -> dg.OpDefinition:
    @dg.op(name=f"extract_shard_{index}", description=f"Parse and extract the files of shard {index} "
           "into Parquet fragments (one per table).")
    def _extract_shard(context: dg.OpExecutionContext, settings: OncocurateSettings,
                       work: ShardWork) -> dg.Output:
        fragments = run_shard(work, settings)
        context.log.info(f"shard {index}: {len(work.files)} files")
        return dg.Output(fragments, metadata={"n_files": len(work.files),
                                              "worker": f"{socket.gethostname()}:{os.getpid()}"})

    return _extract_shard


SHARD_OPS = [shard_op(i) for i in range(N_SHARDS)]


# One named input per shard rather than one fan-in list: dagster-dask decides which upstream outputs
# a fan-in input gathers from the run's state when it starts, so it would gather none.
@dg.op(ins={f"shard_{i}": dg.In(ShardFragments) for i in range(N_SHARDS)},
       description="Fold every shard's fragments into one batch of rows per table, in file order.")
def gather_extracts(context: dg.OpExecutionContext, **shards: ShardFragments) -> dg.Output:
    fragments = list(shards.values())
    batch = gather(fragments)
    context.log.info(f"processed {len(batch.processed_article_ids)} articles, "
                     f"rejected {batch.n_rejected} files, {batch.n_extractor_errors} extractor errors")
    return dg.Output(batch, metadata={
        "n_processed": len(batch.processed_article_ids), "n_shards": len(fragments),
        "n_rejected": batch.n_rejected, "n_extractor_errors": batch.n_extractor_errors,
        **{f"new_rows/{table}": len(rows) for table, rows in sorted(batch.rows.items())},
    })


@dg.graph_asset(group_name="extract", kinds={"python", "parquet"})
def article_extracts(source_inventory):
    """Rows per table from every new or changed file (parse_article + extract_article), shard by shard.

    Files that are not articles (empty, binary, too large, unreadable), files that take too
    long or too much memory, and extractors that fail become quarantine rows; the other
    articles are unharmed.
    """
    works = plan_shards(source_inventory)
    if N_SHARDS == 1:  # an op with a single Out hands back that output, not a tuple of one
        works = (works,)
    return gather_extracts(**{f"shard_{i}": SHARD_OPS[i](works[i]) for i in range(N_SHARDS)})
