"""A re-run with nothing changed records its run and publishes the same release, without the graph."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from pipelines import extraction, in_process, version
from pipelines.in_process import run_pipeline
from warehouse.releases import list_releases

from .conftest import ARTICLES, write_corpus


def _tables(warehouse: Path) -> dict[str, list[tuple]]:
    """Every table's rows; `runs` without its run id and clock times, and only its last row."""
    con = duckdb.connect(str(warehouse / "oncocurate.duckdb"), read_only=True)
    try:
        names = [r[0] for r in con.execute("select table_name from information_schema.tables "
                                           "where table_type = 'BASE TABLE' order by 1").fetchall()]
        out = {}
        for name in names:
            if name == "runs":
                out[name] = con.execute("select * exclude (run_id, started_at, finished_at) from runs "
                                        "order by started_at desc limit 1").fetchall()
            else:
                out[name] = con.execute(f'select * from "{name}" order by all').fetchall()
        return out
    finally:
        con.close()


def _run_ids(warehouse: Path) -> list[str]:
    con = duckdb.connect(str(warehouse / "oncocurate.duckdb"), read_only=True)
    try:
        return [r[0] for r in con.execute("select run_id from runs order by started_at").fetchall()]
    finally:
        con.close()


@pytest.fixture
def graph_runs(monkeypatch):
    """Count the runs that went through the asset graph."""
    calls = []
    real = in_process._run_graph
    monkeypatch.setattr(in_process, "_run_graph", lambda *a, **k: (calls.append(1), real(*a, **k))[1])
    return calls


def test_a_rerun_with_nothing_changed_records_its_run_without_reading_any_article(tmp_path, graph_runs,
                                                                                   monkeypatch):
    source = write_corpus(tmp_path / "src")
    warehouse = tmp_path / "wh"
    first = run_pipeline(source, warehouse)
    assert graph_runs == [1]
    full = tmp_path / "full"
    shutil.copytree(warehouse, full, symlinks=True)

    def no_extraction():
        raise AssertionError("nothing changed: no article should be parsed")
    monkeypatch.setattr(extraction, "load_extractors", no_extraction)
    second = run_pipeline(source, warehouse)
    assert graph_runs == [1], "nothing changed: the asset graph should not run"
    assert second.run_id != first.run_id
    assert second.summary["n_articles_processed"] == 0
    assert second.summary["n_articles_skipped"] == len(ARTICLES)
    assert second.table_rows["runs"] == 2 and second.table_rows["articles"] == first.table_rows["articles"]
    assert _run_ids(warehouse) == [first.run_id, second.run_id]
    assert [r.live for r in list_releases(warehouse)] == [True, False]  # a new release, the old one kept

    monkeypatch.undo()  # the same re-run through the whole graph ends with the same tables
    monkeypatch.setenv("ONCOCURATE_ALWAYS_RUN_GRAPH", "1")
    run_pipeline(source, full)
    assert _tables(warehouse) == _tables(full)


def test_a_changed_release_code_or_file_runs_the_graph(tmp_path, graph_runs, monkeypatch):
    source = write_corpus(tmp_path / "src")
    warehouse = tmp_path / "wh"
    run_pipeline(source, warehouse)
    monkeypatch.setattr(version, "release_fingerprint", lambda: "0.0.0+curation-changed")
    run_pipeline(source, warehouse)  # same files, other release code: the tables are assembled again
    assert graph_runs == [1, 1]
    run_pipeline(source, warehouse)  # nothing changed since that release
    assert graph_runs == [1, 1]
    (source / "imatinib.txt").write_text(ARTICLES["imatinib.txt"] + "Imatinib is taken with food.\n")
    third = run_pipeline(source, warehouse)
    assert graph_runs == [1, 1, 1] and third.summary["n_articles_processed"] == 1


def test_a_run_recorded_in_a_dagster_instance_runs_the_graph(tmp_path, graph_runs, monkeypatch):
    from pipelines import no_change

    source = write_corpus(tmp_path / "src")
    warehouse = tmp_path / "wh"
    run_pipeline(source, warehouse)
    monkeypatch.setattr(no_change, "_recording", lambda: True)  # DAGSTER_HOME: Dagster's history needs the run
    run_pipeline(source, warehouse)
    assert graph_runs == [1, 1]


def test_a_quarantine_row_of_no_kept_article_sends_the_run_through_the_graph(tmp_path):
    """A folder unreadable last run and readable now: the graph drops its quarantine row, so it must run."""
    import datetime as dt

    import pandas as pd

    from pipelines.inventory import UNCHANGED, PlannedFile, SourcePlan
    from pipelines.no_change import _nothing_to_do

    kept = PlannedFile("a.txt", tmp_path / "a.txt", 10, "ab" * 32, UNCHANGED)
    plan = SourcePlan(tmp_path, tmp_path / "wh", dt.datetime.now(dt.timezone.utc), "0+x", [kept], [], n_listed=1)
    plan.previous = {"quarantine": pd.DataFrame({"article_id": [kept.article_id]})}
    assert _nothing_to_do(plan)
    plan.previous = {"quarantine": pd.DataFrame({"article_id": [kept.article_id, None]})}
    assert not _nothing_to_do(plan)
