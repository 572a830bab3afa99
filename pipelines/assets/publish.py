"""Publish layer: quarantine, the change history, the run record, and the atomic write of the warehouse."""

import contextlib
import datetime as dt

import dagster as dg
import pandas as pd

from pipelines import fragment_store, progress
from pipelines.asset_metadata import column_schema, table_metadata
from pipelines.assets.curate import CURATED_TABLES
from pipelines.curation import CuratedTable, quarantine_frame, stamp_quarantine
from pipelines.extraction import ExtractBatch
from pipelines.inventory import SourcePlan
from pipelines.run_record import publish_meta, run_summary, runs_row
from pipelines.resources import OncocurateSettings
from schemas.registry import TABLES
from warehouse.changes import compute_changes
from warehouse.lock import warehouse_lock
from warehouse.publish import publish
from warehouse.validate import sort_rows, validate_rows

LOCK_TIMEOUT_S = 10
CURATED_INS = {t: dg.AssetIn(t) for t in CURATED_TABLES}


@dg.asset(group_name="publish", kinds={"pandas"}, ins=CURATED_INS)
def curated_release(**tables: CuratedTable) -> dict[str, CuratedTable]:
    """The eleven curated tables as one input of the publish layer.

    Quarantine, the change feed, the run record and the warehouse all read every curated table; one
    bundle gives them one edge each instead of eleven, so the asset graph reads as layers.
    """
    return dict(tables)


def conformed(table: str, df: pd.DataFrame, run_id: str) -> pd.DataFrame:
    """Bookkeeping rows typed by their schema; a failure here is a pipeline bug, so it stops the run."""
    valid, failed = validate_rows(table, df, run_id)
    if len(failed):
        raise ValueError(f"{len(failed)} {table} rows fail their schema: {failed['failed_check'].iloc[0]}")
    return valid


@dg.asset(group_name="publish", kinds={"pandas"},
          metadata={"dagster/column_schema": column_schema("quarantine")})
def quarantine(context: dg.AssetExecutionContext, source_inventory: SourcePlan,
               article_extracts: ExtractBatch, curated_release: dict[str, CuratedTable]) -> dg.Output:
    """One row per rejected file or row: nothing that fails validation is dropped silently."""
    tables = curated_release
    new = pd.concat([quarantine_frame(source_inventory.quarantine),
                     quarantine_frame(article_extracts.table("quarantine")),
                     *(t.quarantined for t in tables.values())], ignore_index=True)
    df = stamp_quarantine(new, source_inventory.previous.get("quarantine"),
                          source_inventory.kept_article_ids, context.run_id,
                          dt.datetime.now(dt.timezone.utc))
    df = conformed("quarantine", df, context.run_id)
    by_check = df["failed_check"].str.split(":").str[0].value_counts().to_dict() if len(df) else {}
    return dg.Output(df, metadata={**table_metadata(df, n_new=int((df["run_id"] == context.run_id).sum())),
                                   "by_check": dg.MetadataValue.json(by_check)})


@dg.asset(group_name="publish", kinds={"pandas"},
          metadata={"dagster/column_schema": column_schema("changes")})
def changes(context: dg.AssetExecutionContext, source_inventory: SourcePlan,
            curated_release: dict[str, CuratedTable]) -> dg.Output:
    """One row per fact that a run added, removed or changed; the history of earlier runs is kept."""
    tables = curated_release
    current = {name: t.rows for name, t in tables.items()}
    # Carried-over articles are the same in both versions, unless curation dropped one of their rows.
    dropped = {a for t in tables.values() for a in t.quarantined["article_id"].dropna()}
    unchanged = source_inventory.kept_article_ids - dropped
    df = conformed("changes", compute_changes(source_inventory.previous, current, context.run_id,
                                              source_inventory.run_started_at, unchanged), context.run_id)
    this_run = df[df["run_id"] == context.run_id]
    return dg.Output(df, metadata={**table_metadata(this_run, n_total_rows=len(df)),
                                   "by_change_type": dg.MetadataValue.json(
                                       this_run["change_type"].value_counts().to_dict())})


@dg.asset(group_name="publish", kinds={"pandas"},
          metadata={"dagster/column_schema": column_schema("runs")})
def runs(context: dg.AssetExecutionContext, source_inventory: SourcePlan, article_extracts: ExtractBatch,
         quarantine: pd.DataFrame, changes: pd.DataFrame, curated_release: dict[str, CuratedTable]) -> dg.Output:
    """One row per pipeline run that published the warehouse; history is kept."""
    tables = curated_release
    counts = {name: len(tables[name].rows) for name in TABLES if name in tables} | {
        "changes": len(changes), "quarantine": len(quarantine)}
    summary = run_summary(source_inventory, article_extracts, quarantine, context.run_id)
    row = runs_row(context.run_id, source_inventory, dt.datetime.now(dt.timezone.utc), summary, counts)
    previous = source_inventory.previous.get("runs")
    frames = [f for f in (previous, pd.DataFrame([row])) if f is not None and len(f)]
    df = conformed("runs", pd.concat(frames, ignore_index=True), context.run_id)
    return dg.Output(df, metadata={**table_metadata(df.tail(1)), **summary,
                                   "table_rows": dg.MetadataValue.json(counts)})


SMALL_TABLE_ROWS = 50_000  # other tables up to this size are compared with the previous version


def touched_articles(curated: dict[str, CuratedTable], frames: dict[str, pd.DataFrame],
                     previous: dict[str, pd.DataFrame]) -> dict[str, set]:
    """{table: article ids whose rows may differ from the previous version}, for publish to reuse the rest.

    Per-article tables know it from curation; other tables are compared whole with the previous
    version when small (dimensions, quarantine, changes), and listed with no ids when equal.
    """
    touched: dict[str, set] = {}
    for name, frame in frames.items():
        table = curated.get(name)
        if table is not None and table.touched_article_ids is not None:
            touched[name] = table.touched_article_ids
            continue
        before = previous.get(name)
        if before is not None and len(before) == len(frame) and len(frame) <= SMALL_TABLE_ROWS \
                and _same_rows(name, frame, before):
            touched[name] = set()
    return touched


def _same_rows(table: str, frame: pd.DataFrame, before: pd.DataFrame) -> bool:
    try:
        return sort_rows(table, frame).reset_index(drop=True).equals(sort_rows(table, before).reset_index(drop=True))
    except (TypeError, ValueError):
        return False


@dg.asset(group_name="publish", kinds={"duckdb", "parquet"})
def warehouse(context: dg.AssetExecutionContext, settings: OncocurateSettings, source_inventory: SourcePlan,
              changes: pd.DataFrame, quarantine: pd.DataFrame, runs: pd.DataFrame,
              curated_release: dict[str, CuratedTable]) -> dg.MaterializeResult:
    """The published warehouse: oncocurate.duckdb, parquet/<table>/ and parquet/manifest.json."""
    tables = curated_release
    frames = {name: t.rows for name, t in tables.items()} | {
        "changes": changes, "quarantine": quarantine, "runs": runs}
    meta = publish_meta(context.run_id, source_inventory.pipeline_version, frames)
    lock = warehouse_lock(settings.warehouse_path, LOCK_TIMEOUT_S) if settings.lock_warehouse \
        else contextlib.nullcontext()
    progress.report("publish", 0, 1)
    with lock:
        manifest = publish(settings.warehouse_path, frames, meta,
                           touched=touched_articles(tables, frames, source_inventory.previous),
                           expected_base=source_inventory.base_token)
    progress.report("publish", 1, 1)
    # Partition fragments written before this run started were loaded by it, or are stale now.
    fragment_store.prune(fragment_store.store_dir(settings.warehouse_path),
                         older_than=source_inventory.run_started_at.timestamp())
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(settings.warehouse_path)),
        "rows": dg.MetadataValue.json({name: len(df) for name, df in frames.items()}),
        "manifest": dg.MetadataValue.json(manifest if isinstance(manifest, dict) else {}),
    })
