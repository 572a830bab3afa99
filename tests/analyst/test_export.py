"""`oncocurate export`: every table as CSV or TSV that a spreadsheet or `csv` module reads back exactly."""
from __future__ import annotations

import csv
import json

import duckdb
import pytest
from typer.testing import CliRunner

from pipelines.cli import app
from schemas.registry import COLUMNS, TABLES
from warehouse.export import export_tables

csv.field_size_limit(1 << 30)  # clean_text of a long article is one field


@pytest.fixture(scope="module", params=["csv", "tsv"])
def exported(request, pipeline_warehouse, tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / request.param
    export_tables(pipeline_warehouse, out, request.param)
    return request.param, out


def _read(path, fmt):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="," if fmt == "csv" else "\t"))


def test_every_table_is_exported_with_its_columns_and_rows(exported, pipeline_warehouse):
    fmt, out = exported
    con = duckdb.connect(str(pipeline_warehouse / "oncocurate.duckdb"), read_only=True)
    try:
        for table in TABLES:
            path = out / f"{table}.{fmt}"
            with open(path, encoding="utf-8", newline="") as fh:
                header = next(csv.reader(fh, delimiter="," if fmt == "csv" else "\t"))
            assert header == list(COLUMNS[table])
            n_rows = con.execute(f'select count(*) from "{table}"').fetchone()[0]
            assert len(_read(path, fmt)) == n_rows, table
    finally:
        con.close()


def test_text_lists_and_nulls_read_back_exactly(exported, pipeline_warehouse):
    fmt, out = exported
    con = duckdb.connect(str(pipeline_warehouse / "oncocurate.duckdb"), read_only=True)
    try:
        expected = {row[0]: row[1:] for row in con.execute(
            "select indication_id, evidence, combination, biomarker, negated from indications").fetchall()}
    finally:
        con.close()
    rows = _read(out / f"indications.{fmt}", fmt)
    assert rows and any("," in r["evidence"] for r in rows)
    for row in rows:
        evidence, combination, biomarker, negated = expected[row["indication_id"]]
        assert row["evidence"] == evidence
        assert json.loads(row["combination"]) == list(combination)
        assert row["biomarker"] == (biomarker or "")
        assert row["negated"] == str(negated).lower()


def test_datapackage_describes_every_file(exported):
    fmt, out = exported
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    assert set(resources) == set(TABLES)
    drugs = resources["drugs"]
    assert drugs["path"] == f"drugs.{fmt}" and drugs["dialect"]["delimiter"] == ("," if fmt == "csv" else "\t")
    assert [f["name"] for f in drugs["schema"]["fields"]] == list(COLUMNS["drugs"])
    assert drugs["schema"]["primaryKey"] == ["drug_id"]


def test_cli_export_writes_the_default_folder_and_replaces_it(pipeline_warehouse, tmp_path):
    out = tmp_path / "export"
    runner = CliRunner()
    first = runner.invoke(app, ["export", "--warehouse", str(pipeline_warehouse), "--format", "tsv",
                                "--out", str(out)])
    assert first.exit_code == 0, first.output
    assert "14 TSV files" in first.output and (out / "drugs.tsv").is_file()
    (out / "stale.txt").write_text("left from an older export")
    again = runner.invoke(app, ["export", "--warehouse", str(pipeline_warehouse), "--format", "tsv",
                                "--out", str(out)])
    assert again.exit_code == 0 and not (out / "stale.txt").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["export"]  # no staging folder left behind


def test_cli_export_without_a_warehouse_is_one_line_and_exit_2(tmp_path):
    result = CliRunner().invoke(app, ["export", "--warehouse", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "no published warehouse" in result.output and "Traceback" not in result.output


def test_cli_rejects_an_unknown_format(pipeline_warehouse):
    result = CliRunner().invoke(app, ["export", "--warehouse", str(pipeline_warehouse), "--format", "xlsx"])
    assert result.exit_code == 2
