"""publish: a self-contained DuckDB file and a Parquet export that agree, byte-stable on re-publish."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from schemas.registry import TABLES
from warehouse import duckdb_file
from warehouse.publish import PublishError, publish
from warehouse.state import load_previous

REPO = Path(__file__).resolve().parents[2]


def parquet_digests(warehouse: Path) -> dict[str, str]:
    return {p.relative_to(warehouse / "parquet").as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted((warehouse / "parquet").glob("*/*.parquet"))}


def test_round_trip_duckdb_parquet_and_manifest(tmp_path, tables, samples):
    meta, sample_tables = samples.meta, samples.sample_tables
    result = publish(tmp_path, tables, meta())
    con = duckdb.connect(str(tmp_path / "oncocurate.duckdb"), read_only=True)
    found = {r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()}
    assert set(TABLES) <= found
    assert con.execute("select count(*) from indications where negated").fetchone() == (1,)
    assert con.execute("select brand_names from drugs").fetchone() == (["Gleevec", "Glivec"],)
    comment = con.execute("select comment from duckdb_tables() where table_name = 'indications'").fetchone()[0]
    assert comment.startswith("One row per")
    con.close()

    manifest = json.loads((tmp_path / "parquet" / "manifest.json").read_text())
    assert manifest == {k: result[k] for k in manifest}
    assert manifest["run_id"] == "run-1" and manifest["vocabulary_versions"] == {"example-vocab": "2026-01"}
    by_table = {e["table"]: e for e in manifest["tables"]}
    assert set(by_table) == set(TABLES) and by_table["indications"]["rows"] == 2
    for entry in manifest["tables"]:
        for f in entry["files"]:
            assert hashlib.sha256((tmp_path / "parquet" / f["path"]).read_bytes()).hexdigest() == f["sha256"]
    assert (tmp_path / "parquet" / "README.md").read_text() == "# Test dataset\n"
    assert pd.read_parquet(tmp_path / "parquet" / "trial_results").loc[0, "hazard_ratio"] == 0.7


def test_republishing_identical_tables_gives_identical_parquet_bytes(tmp_path, tables, samples):
    meta, sample_tables = samples.meta, samples.sample_tables
    publish(tmp_path, tables, meta("run-1"))
    first = parquet_digests(tmp_path)
    again = load_previous(tmp_path)  # as an incremental run would: read back, publish again
    again["runs"] = tables["runs"]
    publish(tmp_path, again, meta("run-2"))
    assert parquet_digests(tmp_path) == first


def test_parquet_does_not_depend_on_input_row_order(tmp_path, tables, samples):
    meta, sample_tables = samples.meta, samples.sample_tables
    publish(tmp_path / "a", tables, meta())
    shuffled = {t: df.iloc[::-1].reset_index(drop=True) for t, df in tables.items()}
    publish(tmp_path / "b", shuffled, meta())
    assert parquet_digests(tmp_path / "a") == parquet_digests(tmp_path / "b")


def test_only_current_and_previous_versions_are_kept(tmp_path, tables, samples):
    meta, sample_tables = samples.meta, samples.sample_tables
    for n in range(4):
        publish(tmp_path, sample_tables(f"run-{n}", extra_indication=n % 2 == 1), meta(f"run-{n}"))
    assert len(list((tmp_path / ".versions").iterdir())) == 2
    assert list((tmp_path / ".staging").iterdir()) == []
    con = duckdb.connect(str(tmp_path / "oncocurate.duckdb"), read_only=True)
    assert con.execute("select count(*) from indications").fetchone() == (3,)


def test_unvalidated_frame_is_refused_before_anything_changes(tmp_path, tables, samples):
    meta, sample_tables = samples.meta, samples.sample_tables
    publish(tmp_path, tables, meta())
    before = parquet_digests(tmp_path)
    broken = dict(tables, indications=tables["indications"].drop(columns=["negated"]))
    with pytest.raises(PublishError, match="negated"):
        publish(tmp_path, broken, meta("run-2"))
    assert parquet_digests(tmp_path) == before


def test_unknown_table_is_refused(tmp_path, tables, samples):
    meta, sample_tables = samples.meta, samples.sample_tables
    with pytest.raises(ValueError, match="unknown tables"):
        publish(tmp_path, {**tables, "misc": tables["drugs"]}, meta())


def test_analyst_views_run_on_a_published_warehouse(tmp_path, tables, samples):
    meta, sample_tables = samples.meta, samples.sample_tables
    publish(tmp_path, tables, meta())
    con = duckdb.connect(str(tmp_path / "oncocurate.duckdb"), read_only=True)
    views = {r[0] for r in con.execute("select view_name from duckdb_views() where not internal").fetchall()}
    expected = {p.stem for p in (REPO / "warehouse" / "views").glob("*.sql")}
    assert {name[:-4] for name, _ in duckdb_file.view_files()} == expected
    assert expected <= views
    for view in expected:
        con.execute(f"select * from {view}").fetchall()


def test_failing_view_names_its_file(tmp_path, tables, samples, monkeypatch):
    meta, sample_tables = samples.meta, samples.sample_tables
    monkeypatch.setattr(duckdb_file, "view_files", lambda: [("zz_broken.sql", "create view v as select nope")])
    with pytest.raises(PublishError, match="zz_broken.sql"):
        publish(tmp_path, tables, meta())


def test_a_plain_parquet_folder_is_adopted_then_replaced(tmp_path, tables, samples):
    meta, sample_tables = samples.meta, samples.sample_tables
    (tmp_path / "parquet" / "old").mkdir(parents=True)  # a warehouse written without the versioned layout
    (tmp_path / "parquet" / "manifest.json").write_text('{"schema_version": "0", "tables": []}')
    publish(tmp_path, tables, meta())
    assert (tmp_path / "parquet").is_symlink()
    assert json.loads((tmp_path / "parquet" / "manifest.json").read_text())["run_id"] == "run-1"
    publish(tmp_path, tables, meta("run-2"))
    publish(tmp_path, tables, meta("run-3"))
    assert len(list((tmp_path / ".versions").iterdir())) == 2  # the adopted folder is collected in time
