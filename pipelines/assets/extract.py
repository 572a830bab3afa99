"""Parse + extract layer: new and changed files become rows, on every core."""

import dagster as dg

from extract.article_rows import warm_up
from pipelines import progress
from pipelines.extraction import ExtractBatch, extract_files
from pipelines.inventory import SourcePlan
from pipelines.resources import OncocurateSettings


@dg.asset(group_name="extract", kinds={"python"})
def article_extracts(context: dg.AssetExecutionContext, settings: OncocurateSettings,
                     source_inventory: SourcePlan) -> dg.Output:
    """Rows per table from every new or changed file (parse_article + extract_article).

    Files that are not articles (empty, binary, too large, unreadable), files that take too
    long or too much memory, and extractors that fail become quarantine rows; the other
    articles are unharmed.
    """
    todo = source_inventory.to_process
    warm_up()
    done = 0

    def on_file(_outcome) -> None:
        nonlocal done
        done += 1
        progress.report("extract", done, len(todo))

    progress.report("extract", 0, len(todo))
    batch: ExtractBatch = extract_files(source_inventory.source_dir, todo,
                                        source_inventory.pipeline_version,
                                        settings.workers or None, on_file,
                                        settings.file_time_limit_s, settings.file_memory_limit_mb)
    context.log.info(f"processed {len(batch.processed_article_ids)} articles, "
                     f"rejected {batch.n_rejected} files, {batch.n_extractor_errors} extractor errors")
    return dg.Output(batch, metadata={
        "n_processed": len(batch.processed_article_ids),
        "n_skipped_unchanged": len(source_inventory.files) - len(todo),
        "n_rejected": batch.n_rejected, "n_extractor_errors": batch.n_extractor_errors,
        **{f"new_rows/{table}": len(rows) for table, rows in sorted(batch.rows.items())},
    })
