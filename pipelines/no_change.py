"""A run with nothing to do: record it without running the asset graph.

When every source file is unchanged since the live version (same paths, same bytes, nothing
removed, no unreadable folder, no duplicate to re-decide) and the code that turns files into rows
and rows into the release is the one that published it (`pipelines.version.release_fingerprint`,
kept in the manifest), the graph would re-assemble the very same tables. The run then only appends
its `runs` row and publishes the new version the usual way (`warehouse.publish.publish`: atomic,
commit-conflict checked, every other file copied from the live version), so the warehouse, its
release list and the change feed read exactly as after a full run, at about start-up cost.

Not taken when the run records into a Dagster instance (DAGSTER_HOME): there the run must appear
in Dagster's own history, so the graph runs. Plain Python: no Dagster here.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipelines import progress
from pipelines.inventory import SourcePlan, plan_sources

log = logging.getLogger(__name__)
LOCK_TIMEOUT_S = 10  # as the warehouse asset
DISABLE_ENV = "ONCOCURATE_ALWAYS_RUN_GRAPH"  # "1": never take the short cut (benchmarks, debugging)
PLAN_TABLES = ("articles", "quarantine")  # what plan_sources reads of the previous version


@dataclass
class NoChangeOutcome:
    run_id: str
    summary: dict = field(default_factory=dict)
    table_rows: dict = field(default_factory=dict)


@dataclass
class _NoBatch:  # what run_summary reads of an extraction batch: nothing was processed
    processed_article_ids: tuple = ()


def _recording() -> bool:
    """Does this run record into a Dagster instance (DAGSTER_HOME)? Then Dagster must see it."""
    from pipelines.dagster_instance import recording_home

    return recording_home() is not None


def _nothing_to_do(plan: SourcePlan) -> bool:
    """No file to read or drop, and no quarantine row the graph would re-decide: a quarantine row is
    carried over only for an unchanged article (pipelines.curation.stamp_quarantine), so a row of no
    kept article (a folder or file unreadable last time, readable now) means the graph has work."""
    if not plan.n_listed or plan.to_process or plan.removed_paths or plan.quarantine or plan.unreadable_folders:
        return False
    previous = plan.previous.get("quarantine")
    return previous is None or not len(previous) or bool(previous["article_id"].isin(plan.kept_article_ids).all())


def unchanged_plan(source_dir: Path, warehouse_dir: Path):
    """(plan, live version) when nothing changed since the live version, else None.

    Only the two tables the plan needs are read; any doubt (no warehouse, another schema or code
    version, an unreadable file) answers None and the full graph decides, with its own messages.
    """
    from pipelines.version import pipeline_version, release_fingerprint
    from warehouse.layout import check_foreign
    from warehouse.state import load_base

    if not (Path(warehouse_dir) / "parquet" / "manifest.json").exists():
        return None
    check_foreign(warehouse_dir)
    base = load_base(warehouse_dir, only=PLAN_TABLES)
    if base.token is None or set(base.tables) != set(PLAN_TABLES) \
            or base.manifest.get("release_fingerprint") != release_fingerprint():
        return None
    plan = plan_sources(source_dir, warehouse_dir, base.tables, pipeline_version(),
                        dt.datetime.now(dt.timezone.utc))
    plan.base_token = base.token
    return (plan, base) if _nothing_to_do(plan) else None


def run_without_graph(source_dir: Path, warehouse_dir: Path, lock_warehouse: bool = False) -> NoChangeOutcome | None:
    """Record and publish a run with nothing to re-read, or None when there is something (or any doubt).

    Raises warehouse.publish.PublishError (StaleBase included) when the publish itself fails.
    """
    import os

    if os.environ.get(DISABLE_ENV, "").strip() not in ("", "0"):
        return None
    if _recording():
        return None
    try:
        found = unchanged_plan(Path(source_dir), Path(warehouse_dir))
    except Exception as err:  # noqa: BLE001 - the graph will meet the same problem and say it properly
        log.debug("no short cut for an unchanged source: %s", err)
        return None
    if found is None:
        return None
    plan, base = found
    return _publish_run_row(plan, base, Path(warehouse_dir), lock_warehouse)


def _publish_run_row(plan: SourcePlan, base, warehouse_dir: Path, lock_warehouse: bool) -> NoChangeOutcome | None:
    from pipelines import fragment_store
    from pipelines.run_record import publish_meta, run_summary, runs_row
    from schemas.registry import TABLES
    from warehouse.lock import warehouse_lock
    from warehouse.publish import publish
    from warehouse.state import load_base
    from warehouse.validate import validate_rows

    full = load_base(warehouse_dir)
    if full.token != base.token or set(full.tables) != set(TABLES):
        return None  # published meanwhile, or unreadable now: let the graph decide
    plan.previous = full.tables
    run_id = str(uuid.uuid4())  # the form of a Dagster run id
    tables = dict(full.tables)
    quarantine = tables["quarantine"]
    # The same counts, in the same order, as the `runs` asset: curated tables, then changes, quarantine.
    counts = {t: len(tables[t]) for t in TABLES if t not in ("changes", "quarantine", "runs")} | {
        "changes": len(tables["changes"]), "quarantine": len(quarantine)}
    summary = run_summary(plan, _NoBatch(), quarantine, run_id)
    row = runs_row(run_id, plan, dt.datetime.now(dt.timezone.utc), summary, counts)
    frames = [f for f in (tables["runs"], pd.DataFrame([row])) if len(f)]
    runs, failed = validate_rows("runs", pd.concat(frames, ignore_index=True), run_id)
    if len(failed):
        return None
    tables["runs"] = runs
    meta = publish_meta(run_id, plan.pipeline_version, tables)
    lock = warehouse_lock(warehouse_dir, LOCK_TIMEOUT_S) if lock_warehouse else contextlib.nullcontext()
    progress.report("publish", 0, 1)
    with lock:
        publish(warehouse_dir, tables, meta, touched={t: set() for t in TABLES if t != "runs"},
                expected_base=full.token)
    progress.report("publish", 1, 1)
    fragment_store.prune(fragment_store.store_dir(warehouse_dir), older_than=plan.run_started_at.timestamp())
    return NoChangeOutcome(run_id, summary, {**counts, "runs": len(runs)})
