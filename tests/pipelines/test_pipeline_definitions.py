"""The code location loads, shows every contract table, and its sensor reacts to the folder."""
from __future__ import annotations

import dagster as dg

from pipelines.automation import listing_fingerprint
from pipelines.checks import ASSET_CHECKS
from pipelines.definitions import defs
from pipelines.resources import OncocurateSettings
from schemas.registry import TABLES

PUBLISHED_TABLES = ["articles", "sentences", "drug_mentions", "condition_mentions", "drugs", "conditions",
                   "indications", "trial_results", "guideline_recommendations", "regimens", "references",
                   "changes", "quarantine", "runs"]


def test_definitions_load():
    dg.Definitions.validate_loadable(defs)


def test_graph_has_one_asset_per_contract_table_and_publishes_last():
    graph = defs.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    assert set(PUBLISHED_TABLES) <= keys
    assert {"source_inventory", "article_extracts", "warehouse"} <= keys
    # The warehouse reads changes, quarantine and runs itself, and the curated tables through their bundle.
    parents = {k.to_user_string() for k in graph.get(dg.AssetKey("warehouse")).parent_keys}
    bundled = {k.to_user_string() for k in graph.get(dg.AssetKey("curated_release")).parent_keys}
    assert {"changes", "quarantine", "runs", "curated_release"} <= parents
    assert set(PUBLISHED_TABLES) <= parents | bundled
    assert set(PUBLISHED_TABLES) == set(TABLES)


def test_fact_tables_have_blocking_referential_checks():
    checks = {(spec.asset_key.to_user_string(), spec.name): spec
              for definition in ASSET_CHECKS for spec in definition.check_specs}
    for table in ("indications", "trial_results", "regimens", "drug_mentions", "sentences"):
        assert checks[(table, "keys_resolve")].blocking
        assert (table, "matches_schema") in checks


def test_schedule_and_sensor_target_the_whole_graph():
    assert defs.resolve_schedule_def("daily_refresh").cron_schedule == "0 3 * * *"
    assert defs.resolve_sensor_def("source_folder_sensor") is not None


def test_sensor_requests_a_run_only_when_the_listing_changes(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    (source / "a.txt").write_text("Imatinib treats chronic myeloid leukemia.\n")
    settings = OncocurateSettings(source_dir=str(source), warehouse_dir=str(tmp_path / "wh"))
    sensor = defs.resolve_sensor_def("source_folder_sensor")
    first = listing_fingerprint(settings)

    def tick(cursor):
        context = dg.build_sensor_context(cursor=cursor, resources={"settings": settings}, definitions=defs)
        return sensor(context), context.cursor

    result, cursor = tick(None)
    assert isinstance(result, dg.RunRequest) and cursor == first
    result, _ = tick(cursor)
    assert isinstance(result, dg.SkipReason)
    (source / "b.md").write_text("# Dasatinib\n\nDasatinib is a kinase inhibitor.\n")
    result, cursor = tick(cursor)
    assert isinstance(result, dg.RunRequest) and cursor != first


def test_executor_is_chosen_by_the_environment_and_a_typo_is_named(monkeypatch):
    from pipelines.executors import chosen_executor

    monkeypatch.delenv("ONCOCURATE_EXECUTOR", raising=False)
    assert chosen_executor().name == "in_process"
    monkeypatch.setenv("ONCOCURATE_EXECUTOR", "multiprocess")
    assert chosen_executor().name == "multiprocess"
    monkeypatch.setenv("ONCOCURATE_EXECUTOR", "celery")
    try:
        chosen_executor()
    except ValueError as err:
        assert "ONCOCURATE_EXECUTOR" in str(err) and "dask" in str(err)
    else:
        raise AssertionError("an unknown executor was accepted")


def test_extraction_is_spread_over_one_step_per_shard():
    from pipelines.fragments import shard_count

    nodes = {n.name for n in defs.resolve_job_def("refresh_warehouse").graph.nodes}
    assert {f"extract_shard_{i}" for i in range(shard_count())} <= {
        n.name for n in defs.resolve_assets_def("article_extracts").node_def.nodes}
    assert "article_extracts" in nodes


def test_any_allowed_shard_count_builds_the_graph(tmp_path):
    """One shard is a valid setting (a single machine, no fan-out): the definitions must load with it."""
    import os
    import subprocess
    import sys

    probe = ("from pipelines.definitions import defs\n"
             "nodes = defs.resolve_assets_def('article_extracts').node_def.nodes\n"
             "print(sorted(n.name for n in nodes if n.name.startswith('extract_shard_')))\n")
    for n in (1, 3):
        env = {**os.environ, "ONCOCURATE_EXTRACT_SHARDS": str(n), "DAGSTER_HOME": str(tmp_path)}
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        assert done.stdout.strip() == str([f"extract_shard_{i}" for i in range(n)])
