"""Which Dagster executor runs the graph's steps: one knob, ONCOCURATE_EXECUTOR.

- `in_process` (default): every step in the run's own process, as `oncocurate run` does; the
  extraction shards run one after the other, each on every core (pipelines.workers).
- `multiprocess`: one process per step on this machine, up to one per core at a time, so the
  extraction shards run side by side.
- `dask`: every step is a task on a Dask cluster whose scheduler is ONCOCURATE_DASK_SCHEDULER
  (tcp://host:8786), so the shards run on every machine that has a worker (docs/DEPLOY.md). Needs
  the `dist` extra (`pip install 'oncocurate[dist]'`).

The schedule and the sensor use the chosen executor; the jobs `refresh_warehouse_multiprocess` and
`refresh_warehouse_dask` are there to launch one run on the other executors from the UI.
"""
from __future__ import annotations

import importlib.util
import os

import dagster as dg

EXECUTOR_ENV = "ONCOCURATE_EXECUTOR"
SCHEDULER_ENV = "ONCOCURATE_DASK_SCHEDULER"
EXECUTORS = ("in_process", "multiprocess", "dask")


DEFAULT_SCHEDULER = "tcp://127.0.0.1:8786"  # `dask scheduler` on this machine


def _cluster(config: dict) -> dict:
    """The scheduler of a run: its run config's `address`, else ONCOCURATE_DASK_SCHEDULER, read when the
    run's config is resolved (a plain `{"env": ...}` would also be resolved, and fail, on every worker)."""
    address = config.get("address") or os.environ.get(SCHEDULER_ENV, "").strip() or DEFAULT_SCHEDULER
    return {"cluster": {"existing": {"address": address}}}


def _dask_from_config(init_context: dg.InitExecutorContext):
    """dagster-dask's executor on the scheduler of the run's config; dagster-dask (and with it dask and
    dask.dataframe, about 2 s of imports) is loaded here, when a run uses it, not when the code loads."""
    from dagster_dask.executor import DaskExecutor

    ((cluster_type, cluster_config),) = _cluster(init_context.executor_config)["cluster"].items()
    return DaskExecutor(cluster_type, cluster_config)


def dask_executor() -> dg.ExecutorDefinition | None:
    """The Dask executor bound to an existing scheduler (see `_cluster`), or None when dagster-dask is
    not installed."""
    if importlib.util.find_spec("dagster_dask") is None:
        return None
    return dg.executor(name="dask", requirements=dg.multiple_process_executor_requirements(), config_schema={
        "address": dg.Field(str, is_required=False, description="tcp://host:port of the Dask scheduler "
                            f"(default: {SCHEDULER_ENV}, else {DEFAULT_SCHEDULER})")})(_dask_from_config)


def chosen_executor() -> dg.ExecutorDefinition:
    """The executor ONCOCURATE_EXECUTOR names (in_process when unset)."""
    name = os.environ.get(EXECUTOR_ENV, "").strip() or "in_process"
    if name not in EXECUTORS:
        raise ValueError(f"{EXECUTOR_ENV} must be one of {', '.join(EXECUTORS)}, not {name!r}")
    if name == "multiprocess":
        return dg.multiprocess_executor
    if name == "dask":
        executor = dask_executor()
        if executor is None:
            raise ValueError(f"{EXECUTOR_ENV}=dask needs dagster-dask: pip install 'oncocurate[dist]'")
        return executor
    return dg.in_process_executor
