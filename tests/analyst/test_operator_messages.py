"""What an operator sees: CLI runs in the Dagster UI when DAGSTER_HOME is set, automation on by default,
no alarming warning on a normal first run, and a clear word when the source holds no article."""
from __future__ import annotations

import os
import subprocess
import sys

import dagster as dg
import pytest
from typer.testing import CliRunner

from pipelines.cli import app, empty_source_note
from pipelines.dagster_instance import recording_home
from pipelines.definitions import defs

ARTICLE = """Imatinib for chronic myeloid leukaemia

Imatinib is approved for adults with newly diagnosed chronic myeloid leukaemia in chronic phase.
Doctors usually start it at 400 mg once daily by mouth.
"""


def _run_cli(args, env_extra, cwd):
    env = {**os.environ, **env_extra}
    env.pop("ONCOCURATE_DAGSTER_EPHEMERAL", None)
    return subprocess.run([sys.executable, "-m", "pipelines.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_cli_run_is_recorded_in_dagster_home_and_a_first_run_raises_no_warning(repo_root, tmp_path):
    source = tmp_path / "articles"
    source.mkdir()
    (source / "imatinib.txt").write_text(ARTICLE, encoding="utf-8")
    home = tmp_path / "dagster_home"
    result = _run_cli(["run", "--source", str(source), "--warehouse", str(tmp_path / "wh"), "--workers", "1"],
                      {"DAGSTER_HOME": str(home), "PYTHONPATH": str(repo_root)}, repo_root)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr and "warning:" not in result.stderr
    os.environ["DAGSTER_HOME"], previous = str(home), os.environ.get("DAGSTER_HOME")
    try:
        with dg.DagsterInstance.get() as instance:
            runs = instance.get_runs()
            assert len(runs) == 1 and runs[0].status == dg.DagsterRunStatus.SUCCESS
            assert instance.get_latest_materialization_event(dg.AssetKey("warehouse")) is not None
    finally:
        if previous is None:
            del os.environ["DAGSTER_HOME"]
        else:
            os.environ["DAGSTER_HOME"] = previous


def test_runs_use_a_throwaway_instance_unless_dagster_home_is_set(monkeypatch, tmp_path):
    monkeypatch.delenv("ONCOCURATE_DAGSTER_EPHEMERAL", raising=False)
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    assert recording_home() is None
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    assert recording_home() == tmp_path
    monkeypatch.setenv("ONCOCURATE_DAGSTER_EPHEMERAL", "1")
    assert recording_home() is None


def test_schedule_and_sensor_are_on_by_default():
    assert defs.resolve_schedule_def("daily_refresh").default_status == dg.DefaultScheduleStatus.RUNNING
    assert defs.resolve_sensor_def("source_folder_sensor").default_status == dg.DefaultSensorStatus.RUNNING


def test_empty_source_is_named(tmp_path):
    note = empty_source_note(tmp_path, 0)
    assert note and "is empty" in note and str(tmp_path) in note


def test_source_with_only_pdfs_says_what_it_found(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.7")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.PDF").write_bytes(b"%PDF-1.7")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("[core]")
    note = empty_source_note(tmp_path, 0)
    assert "2 .pdf" in note and "1 .docx" in note and ".txt" in note
    assert "no suffix" not in note  # hidden folders are not looked at, as the pipeline does not read them


def test_a_source_with_articles_gets_no_note(tmp_path):
    assert empty_source_note(tmp_path, 3) is None


@pytest.mark.slow
def test_cli_on_a_pdf_only_source_refuses_to_publish_and_says_what_it_found(tmp_path):
    source = tmp_path / "pdfs"
    source.mkdir()
    (source / "paper.pdf").write_bytes(b"%PDF-1.7")
    result = CliRunner().invoke(app, ["run", "--source", str(source), "--warehouse", str(tmp_path / "wh"),
                                      "--workers", "1"])
    # an empty dataset is never published silently (issue 20's shrink policy): exit 1, naming the PDF
    assert result.exit_code == 1, result.output
    assert "refusing to publish an empty dataset" in result.output and "1 .pdf" in result.output


def test_report_on_a_locked_database_says_so_in_one_line(tmp_path, monkeypatch):
    import duckdb

    import warehouse.report

    (tmp_path / "oncocurate.duckdb").write_bytes(b"")

    def locked(folder, out):
        raise duckdb.IOException("IO Error: Could not set lock on file: Conflicting lock is held by pid 42\nmore")

    monkeypatch.setattr(warehouse.report, "write_report", locked)
    result = CliRunner().invoke(app, ["report", "--warehouse", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "error: cannot read the warehouse database: IO Error: Could not set lock on file: Conflicting lock is "
        "held by pid 42"]
