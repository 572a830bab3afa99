"""The partitioned extraction asset: partitions materialized one run each, then one refresh run that
publishes from their fragments, give the release of a single `oncocurate run`."""
from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest

import pipelines.assets.extract as extract_assets
from pipelines import fragment_store
from pipelines.assets.partitions import SHARD_PARTITIONS, extraction_fragments
from pipelines.definitions import PARTITIONS_JOB, defs
from pipelines.fragments import shard_of, split_plan
from pipelines.in_process import run_pipeline
from pipelines.inventory import plan_sources
from pipelines.resources import OncocurateSettings
from pipelines.version import pipeline_version
from tests.pipelines.conftest import ARTICLES, write_corpus
from tests.pipelines.test_pipeline_executors import MORE, release_rows

N = len(SHARD_PARTITIONS.get_partition_keys())


def busy_partitions(source: Path, warehouse: Path) -> list[str]:
    """The partitions that have files to extract."""
    import datetime as dt
    plan = plan_sources(source, warehouse, {}, pipeline_version(), dt.datetime.now(dt.timezone.utc))
    return sorted({f"shard-{shard_of(p, N)}" for p in plan.to_process})


def materialize_partition(source: Path, warehouse: Path, key: str) -> None:
    settings = OncocurateSettings(source_dir=str(source), warehouse_dir=str(warehouse))
    result = dg.materialize([extraction_fragments], partition_key=key, resources={"settings": settings},
                            instance=dg.DagsterInstance.ephemeral())
    assert result.success


def no_extraction(*_args, **_kwargs):
    raise AssertionError("the publishing run extracted files that a partition had already extracted")


def test_the_definitions_hold_a_partitioned_extraction_asset_and_a_backfill_job():
    assert extraction_fragments.partitions_def == SHARD_PARTITIONS
    assert SHARD_PARTITIONS.get_partition_keys() == [f"shard-{i}" for i in range(extract_assets.N_SHARDS)]
    job = defs.resolve_job_def(PARTITIONS_JOB)
    assert job.partitions_def == SHARD_PARTITIONS
    refresh = defs.resolve_job_def("refresh_warehouse")
    assert refresh.partitions_def is None  # the default run stays one unpartitioned run


def test_partitions_materialized_separately_then_published_give_the_single_run_release(tmp_path, monkeypatch):
    source = write_corpus(tmp_path / "source", {**ARTICLES, **MORE})
    monkeypatch.setenv("ONCOCURATE_DAGSTER_EPHEMERAL", "1")
    run_pipeline(source, tmp_path / "single")
    expected = release_rows(tmp_path / "single")

    warehouse = tmp_path / "wh"
    keys = busy_partitions(source, warehouse)
    assert len(keys) >= 2, keys
    for key in keys:  # one run per partition, as a backfill launches them
        materialize_partition(source, warehouse, key)
    store = fragment_store.store_dir(warehouse)
    assert len([p for p in store.iterdir() if not p.name.startswith(".")]) == len(keys)
    assert not (warehouse / "parquet").exists()  # partitions publish nothing

    monkeypatch.setattr(extract_assets, "iter_outcomes", no_extraction)
    run_pipeline(source, warehouse)
    assert release_rows(warehouse) == expected
    assert not any(store.iterdir())  # used fragments are cleared after the publish


def test_a_file_edited_after_its_partition_ran_is_extracted_afresh(tmp_path, monkeypatch):
    source = write_corpus(tmp_path / "source", {**ARTICLES, **MORE})
    monkeypatch.setenv("ONCOCURATE_DAGSTER_EPHEMERAL", "1")
    warehouse = tmp_path / "wh"
    for key in busy_partitions(source, warehouse):
        materialize_partition(source, warehouse, key)
    (source / "imatinib.txt").write_text(ARTICLES["imatinib.txt"] + "Imatinib can cause fluid retention.\n",
                                         encoding="utf-8")
    run_pipeline(source, warehouse)
    run_pipeline(source, tmp_path / "single")
    assert release_rows(warehouse) == release_rows(tmp_path / "single")


def test_the_store_key_follows_the_files_of_the_shard(tmp_path):
    import datetime as dt
    source = write_corpus(tmp_path / "source", {**ARTICLES, **MORE})
    plan = plan_sources(source, tmp_path / "wh", {}, "v1", dt.datetime.now(dt.timezone.utc))
    works = [w for w in split_plan(plan, N) if w.files]
    keys = {fragment_store.shard_key(w) for w in works}
    assert len(keys) == len(works)
    other = split_plan(plan_sources(source, tmp_path / "wh", {}, "v2", dt.datetime.now(dt.timezone.utc)), N)
    assert not keys & {fragment_store.shard_key(w) for w in other if w.files}  # another pipeline version
    assert fragment_store.load(tmp_path / "empty-store", works[0]) is None
