"""Run the asset graph in this process, as the CLI and the tests do.

Same assets and checks as `dagster dev` (pipelines.definitions), with the in-process
executor, an in-memory IO manager and an ephemeral instance: nothing is left behind
but the warehouse, and no process is started per step. A run with nothing new to read
records its run row without the graph (pipelines/no_change.py); Dagster is imported only
when the graph runs.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from pipelines import progress


class RunFailed(Exception):
    """The graph did not publish; the message is the one-line reason."""


class RunInterrupted(RunFailed):
    """Ctrl-C (or SIGINT): the run stopped; the warehouse holds its last complete version."""


INTERRUPTED = ("interrupted; nothing half-written was left: the warehouse holds its last complete "
               "version")
_INTERRUPTS = {"KeyboardInterrupt", "DagsterExecutionInterruptedError"}
# Errors whose message is written for the user: shown without their class name.
_USER_ERRORS = {"SourceShrank", "SourceUnreadable", "ForeignContent", "StaleBase", "PublishError"}


@dataclass
class RunOutcome:
    run_id: str
    summary: dict = field(default_factory=dict)  # n_articles_* and n_quarantined
    table_rows: dict = field(default_factory=dict)  # table -> rows published


def _quiet_run_config(verbose: bool) -> dict:
    level = "DEBUG" if verbose else "CRITICAL"
    return {"loggers": {"console": {"config": {"log_level": level}}}}


def run_pipeline(source_dir: Path, warehouse_dir: Path, workers: int = 0, verbose: bool = False,
                 on_progress: progress.ProgressCallback | None = None,
                 lock_warehouse: bool = False, allow_shrink: bool = False,
                 **limits: float) -> RunOutcome:
    """Materialize every asset and check (or, with nothing new to read, only record the run: see
    pipelines/no_change.py); raise RunFailed with one line when the run fails.

    `lock_warehouse=False` because the CLI already holds the warehouse lock for the run.
    `limits`: file_time_limit_s / file_memory_limit_mb (OncocurateSettings), to override the defaults.
    """
    os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
    if not verbose:
        logging.getLogger("dagster").setLevel(logging.CRITICAL)
    try:  # Ctrl-C at any point, imports of Dagster included, ends with one line
        progress.set_sink(on_progress)
        try:
            quick = _run_without_graph(source_dir, warehouse_dir, lock_warehouse)
        finally:
            progress.set_sink(None)
        if quick is not None:
            return RunOutcome(quick.run_id, quick.summary, quick.table_rows)
        return _run_graph(source_dir, warehouse_dir, workers, verbose, on_progress, lock_warehouse,
                          allow_shrink, **limits)
    except KeyboardInterrupt:
        raise RunInterrupted(INTERRUPTED) from None


def _run_without_graph(source_dir: Path, warehouse_dir: Path, lock_warehouse: bool):
    from pipelines.no_change import run_without_graph
    from warehouse.publish import PublishError

    try:
        return run_without_graph(source_dir, warehouse_dir, lock_warehouse)
    except PublishError as exc:  # the message the graph's publish step would end with
        raise RunFailed(f"step warehouse failed: {exc}") from None


def _run_graph(source_dir: Path, warehouse_dir: Path, workers: int, verbose: bool,
               on_progress: progress.ProgressCallback | None, lock_warehouse: bool, allow_shrink: bool,
               **limits: float) -> RunOutcome:
    import dagster as dg

    from pipelines.dagster_instance import run_instance
    from pipelines.definitions import ASSET_CHECKS, ASSETS
    from pipelines.resources import OncocurateSettings

    settings = OncocurateSettings(source_dir=str(source_dir), warehouse_dir=str(warehouse_dir),
                                  workers=workers, lock_warehouse=lock_warehouse,
                                  allow_shrink=allow_shrink, **limits)
    progress.set_sink(on_progress)
    try:
        with run_instance() as instance:  # DAGSTER_HOME set: recorded there (pipelines/dagster_instance.py)
            result = dg.materialize(
                [*ASSETS, *ASSET_CHECKS], instance=instance, raise_on_error=verbose,
                resources={"settings": settings, "io_manager": dg.mem_io_manager},
                run_config=_quiet_run_config(verbose))
            _raise_unless_published(result)
            runs = result.output_for_node("runs")
    except (KeyboardInterrupt, dg.DagsterExecutionInterruptedError):
        raise RunInterrupted(INTERRUPTED) from None
    finally:
        progress.set_sink(None)
    metadata = result.asset_materializations_for_node("runs")[-1].metadata
    return RunOutcome(
        run_id=result.run_id,
        summary={k: v.value for k, v in metadata.items() if k.startswith("n_")},
        table_rows={**metadata["table_rows"].value, "runs": len(runs)})


def _raise_unless_published(result) -> None:  # a dagster ExecuteInProcessResult
    failed_checks = [e for e in result.get_asset_check_evaluations() if not e.passed]
    for event in result.get_step_failure_events():
        error = event.step_failure_data.error
        # Dagster wraps the user code's exception: report that one, not its own cause (a
        # PublishError says which version is live; the OSError under it does not).
        while error is not None and error.cause is not None and error.cls_name.startswith("Dagster"):
            error = error.cause
        if error is not None and error.cls_name in _INTERRUPTS:
            raise RunInterrupted(INTERRUPTED)
        message = (error.message if error else "").strip().splitlines() or ["unknown error"]
        first = message[0]
        if error is not None and error.cls_name in _USER_ERRORS and f"{error.cls_name}: " in first:
            first = first.split(f"{error.cls_name}: ", 1)[1]
        raise RunFailed(f"step {event.step_key} failed: {first}")
    if not result.asset_materializations_for_node("warehouse"):
        names = ", ".join(f"{e.asset_key.to_user_string()}.{e.check_name}" for e in failed_checks)
        raise RunFailed(f"warehouse not published; failed checks: {names or 'none reported'}")
