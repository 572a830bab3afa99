"""The graph runs unchanged on a real Dask cluster (a scheduler and two worker processes) and on
the multiprocess executor, and publishes the same release as the in-process run of `oncocurate run`."""
from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.definitions import dask_refresh_job, defs, multiprocess_refresh_job
from pipelines.extraction import extract_files
from pipelines.in_process import run_pipeline
from tests.pipelines.conftest import ARTICLES, write_corpus

pytestmark = pytest.mark.slow
# Columns that name the run or its clock: everything else must be equal, row for row.
PER_RUN = {"run_id", "created_at", "ingested_at", "started_at", "finished_at", "change_id"}
MORE = {  # several shards get work, and one file is not an article (a quarantine row)
    "cml/nilotinib.txt": "Nilotinib\n\nNilotinib is approved for chronic myeloid leukemia in chronic phase.\n",
    "cll/ibrutinib.txt": "Ibrutinib\n\nIbrutinib is used for chronic lymphocytic leukemia.\n",
    "broken.txt": b"\x00\x01\x02binary\x00" * 40,
}


def release_rows(warehouse: Path) -> dict[str, list[tuple]]:
    """Every published table but `runs`, sorted, without the per-run columns."""
    con = duckdb.connect()
    tables = {}
    for folder in sorted(p for p in (warehouse / "parquet").iterdir() if p.is_dir() and p.name != "runs"):
        files = f"'{folder}/*.parquet'"
        columns = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM read_parquet({files})").fetchall()]
        kept = ", ".join(f'"{c}"' for c in columns if c not in PER_RUN)
        tables[folder.name] = con.execute(f"SELECT {kept} FROM read_parquet({files}) ORDER BY ALL").fetchall()
    return tables


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> tuple[Path, dict]:
    """The source folder, and the release of the in-process run over it (made once for both tests)."""
    root = tmp_path_factory.mktemp("reference")
    source = write_corpus(root / "source", {**ARTICLES, **MORE})
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ONCOCURATE_DAGSTER_EPHEMERAL", "1")
        run_pipeline(source, root / "in_process")
    rows = release_rows(root / "in_process")
    assert rows["articles"] and rows["indications"] and rows["quarantine"]
    return source, rows


def _shard_workers(instance: dg.DagsterInstance, run_id: str) -> set[str]:
    """The processes the extraction shards with files ran in (from their output metadata)."""
    workers = set()
    for record in instance.all_logs(run_id, of_type=dg.DagsterEventType.STEP_OUTPUT):
        event = record.dagster_event
        if event.step_key.startswith("article_extracts.extract_shard_"):
            meta = event.step_output_data.metadata
            if meta["n_files"].value:
                workers.add(meta["worker"].value)
    return workers


def _folders(monkeypatch, source: Path, warehouse: Path) -> None:
    """The folders of the code location's settings: every process (worker) must see them."""
    monkeypatch.setenv("ONCOCURATE_SOURCE_DIR", str(source))
    monkeypatch.setenv("ONCOCURATE_WAREHOUSE_DIR", str(warehouse))


def _execute(job_fn, tmp_path: Path, warehouse: Path, **kwargs) -> tuple:
    home = tmp_path / f"dagster-{warehouse.name}"
    home.mkdir()
    with dg.instance_for_test(temp_dir=str(home)) as instance:
        result = dg.execute_job(dg.reconstructable(job_fn), instance=instance, **kwargs)
        failures = [e.step_failure_data.error.message for e in result.all_events if e.is_step_failure]
        assert result.success, failures
        return result, _shard_workers(instance, result.run_id)


def test_dask_cluster_with_two_workers_publishes_the_in_process_release(reference, tmp_path, monkeypatch):
    pytest.importorskip("dagster_dask", reason="the `dist` extra is not installed")
    import dask
    from distributed import Client, LocalCluster

    source, expected = reference
    monkeypatch.setenv("ONCOCURATE_EXTRACT_SHARDS", "8")  # the default, as every worker must see it
    _folders(monkeypatch, source, tmp_path / "dask")
    # Dask starts its workers as daemonic processes, which may not fork the per-file workers.
    with dask.config.set({"distributed.worker.daemon": False}), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        monkeypatch.setenv("ONCOCURATE_DASK_SCHEDULER", cluster.scheduler_address)
        _result, workers = _execute(dask_refresh_job, tmp_path, tmp_path / "dask")
    assert release_rows(tmp_path / "dask") == expected
    # The steps ran in the cluster's worker processes, not in the test. Dask may place every shard on
    # one of the two workers when the other is busy, so the count is not asserted (CI saw one).
    assert 1 <= len(workers) <= 2, workers


def test_multiprocess_executor_runs_the_shards_side_by_side_and_gathers_the_same_rows(reference, tmp_path,
                                                                                    monkeypatch):
    """The extraction part only (11 of the graph's steps; each step is a new process, seconds apiece):
    the dask test above runs the whole graph, which also runs unchanged on this executor."""
    source, _expected = reference
    _folders(monkeypatch, source, tmp_path / "multiprocess")
    config = {"execution": {"config": {"max_concurrent": 2, "start_method": {
        "forkserver": {"preload_modules": ["pipelines.definitions"]}}}}}
    home = tmp_path / "dagster-multiprocess"
    home.mkdir()
    with dg.instance_for_test(temp_dir=str(home)) as instance:
        result = dg.execute_job(dg.reconstructable(multiprocess_refresh_job), instance=instance, run_config=config,
                                asset_selection=[dg.AssetKey("source_inventory"), dg.AssetKey("article_extracts")])
        assert result.success
        workers = _shard_workers(instance, result.run_id)
        batch = defs.load_asset_value("article_extracts", instance=instance)
        plan = defs.load_asset_value("source_inventory", instance=instance)
    one_process = extract_files(plan.source_dir, plan.to_process, plan.pipeline_version)
    assert batch.rows == one_process.rows and batch.rows["articles"]
    assert batch.processed_article_ids == one_process.processed_article_ids
    assert (batch.n_rejected, batch.n_extractor_errors) == (one_process.n_rejected, 0)
    assert len(workers) >= 2, workers  # one process per shard step
