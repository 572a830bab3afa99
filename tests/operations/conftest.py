"""Shared pieces of the operations tests: articles written for them (our own sentences, real
facts), a CLI runner, and a check that a warehouse is complete, readable and self-consistent.

Tests reach the helpers through the `ops` fixture (pytest runs with --import-mode=importlib,
so test modules cannot import this file by name).
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

REPO = Path(__file__).resolve().parents[2]

GOOD_ARTICLES = {
    "good/imatinib.txt": (
        "Imatinib in chronic myeloid leukemia\n\n"
        "Imatinib blocks the BCR::ABL1 tyrosine kinase.\n"
        "The FDA approved imatinib for adults with newly diagnosed chronic myeloid leukemia.\n"
        "Patients usually take imatinib by mouth once a day with food.\n"),
    "good/venetoclax.html": (
        "<!doctype html><html><head><title>Venetoclax for older adults with AML</title></head>"
        "<body><main><h1>Venetoclax for older adults with AML</h1>"
        "<p>Venetoclax is a BCL2 inhibitor taken as a tablet.</p>"
        "<p>Venetoclax plus azacitidine is used for adults aged 75 or older with acute myeloid "
        "leukemia who cannot have intensive chemotherapy.</p></main></body></html>"),
    "good/notes/dasatinib.md": (
        "# Dasatinib\n\n"
        "Dasatinib is a second-generation tyrosine kinase inhibitor.\n\n"
        "Doctors may prescribe dasatinib for Philadelphia chromosome-positive acute lymphoblastic "
        "leukemia.\n"),
}

_DRUGS = ("imatinib", "dasatinib", "nilotinib", "bosutinib", "ponatinib")
_DOSES = (100, 140, 300, 400, 500, 600)


def generated_articles(n: int, prefix: str = "gen") -> dict[str, str]:
    """`n` distinct small articles (enough of them to make the pipeline start its worker pool)."""
    files = {}
    for i in range(n):
        drug, dose = _DRUGS[i % len(_DRUGS)], _DOSES[i % len(_DOSES)]
        files[f"{prefix}/batch_{i // 20:02d}/note_{i:04d}.txt"] = (
            f"{drug.capitalize()} note {i}\n\n"
            f"{drug.capitalize()} is a tyrosine kinase inhibitor used in chronic myeloid leukemia.\n"
            f"The usual dose of {drug} is {dose} mg by mouth once daily.\n"
            f"This is note number {i} of the operations test corpus.\n")
    return files


def write(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, body in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    return root


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "pipelines.cli", *args], capture_output=True, text=True,
                          cwd=REPO, env=env, timeout=timeout)


def cli_popen(*args: str) -> subprocess.Popen:
    """The CLI in its own session (so a test can kill it with or without its worker pool)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "pipelines.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=REPO, env=env, start_new_session=True)


_SLOW_PUBLISH = """
import os, sys, time
from warehouse import layout
real, release = layout.start_staging, sys.argv[1]
def slow_start_staging(*args, **kwargs):
    deadline = time.monotonic() + 300
    while not os.path.exists(release) and time.monotonic() < deadline:
        time.sleep(0.05)
    return real(*args, **kwargs)
layout.start_staging = slow_start_staging
from pipelines.cli import app
sys.argv = ["oncocurate", *sys.argv[2:]]
app()
"""


def cli_popen_held_at_publish(release: Path, *args: str) -> subprocess.Popen:
    """The real CLI, but publish waits until the file `release` exists: a run that holds the lock
    for as long as the test needs."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", _SLOW_PUBLISH, str(release), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=REPO, env=env, start_new_session=True)


def query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(warehouse / "oncocurate.duckdb"), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def duckdb_rows(warehouse: Path) -> dict[str, int]:
    """Rows per table in the DuckDB file (opened read-only; every table must be there)."""
    from schemas.registry import TABLES

    con = duckdb.connect(str(warehouse / "oncocurate.duckdb"), read_only=True)
    try:
        return {table: con.execute(f'select count(*) from "{table}"').fetchone()[0] for table in TABLES}
    finally:
        con.close()


def check_warehouse(warehouse: Path) -> dict:
    """Assert the warehouse is whole: DuckDB opens read-only with every table, every Parquet file
    reads and matches its manifest checksum, and manifest, Parquet and DuckDB agree on row counts
    and on the last run. Returns the manifest."""
    from schemas.registry import TABLES

    parquet_dir = warehouse / "parquet"
    manifest = json.loads((parquet_dir / "manifest.json").read_text(encoding="utf-8"))
    entries = {e["table"]: e for e in manifest["tables"]}
    assert set(TABLES) <= set(entries), f"manifest lacks tables {set(TABLES) - set(entries)}"
    con = duckdb.connect(str(warehouse / "oncocurate.duckdb"), read_only=True)
    try:
        present = {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}
        assert set(TABLES) <= present, f"DuckDB lacks tables {set(TABLES) - present}"
        for table in TABLES:
            n_parquet = 0
            for f in entries[table]["files"]:
                path = parquet_dir / f["path"]
                assert hashlib.sha256(path.read_bytes()).hexdigest() == f["sha256"], f"{path} checksum"
                n_parquet += pq.read_table(path).num_rows
            n_duckdb = con.execute(f'select count(*) from "{table}"').fetchone()[0]
            assert entries[table]["rows"] == n_parquet == n_duckdb, \
                f"{table}: manifest {entries[table]['rows']}, parquet {n_parquet}, duckdb {n_duckdb}"
        last_run = con.execute("select run_id from runs order by started_at desc limit 1").fetchall()
    finally:
        con.close()
    assert last_run and last_run[0][0] == manifest["run_id"], \
        f"manifest is run {manifest['run_id']} but the database's last run is {last_run}"
    return manifest


def to_old_layout(warehouse: Path) -> Path:
    """Rewrite a warehouse as publishes before `current` existed left it: a regular oncocurate.duckdb
    beside a `parquet` symlink straight into .versions/<id>/parquet, and no `current`."""
    version = (warehouse / "current").resolve()
    os.replace(version / "oncocurate.duckdb", warehouse / "oncocurate.duckdb")
    os.symlink(os.path.relpath(version / "parquet", warehouse), warehouse / ".parquet.old.tmp")
    os.replace(warehouse / ".parquet.old.tmp", warehouse / "parquet")
    (warehouse / "current").unlink()
    return warehouse


def assert_new_layout(warehouse: Path) -> None:
    """`current` links to a version; `parquet` and `oncocurate.duckdb` are the fixed links through it."""
    assert (warehouse / "current").is_symlink()
    assert os.readlink(warehouse / "current").startswith(".versions/")
    assert os.readlink(warehouse / "parquet") == "current/parquet"
    assert os.readlink(warehouse / "oncocurate.duckdb") == "current/oncocurate.duckdb"


@pytest.fixture(scope="session")
def ops() -> types.SimpleNamespace:
    return types.SimpleNamespace(GOOD_ARTICLES=GOOD_ARTICLES, generated_articles=generated_articles,
                                 write=write, cli=cli, cli_popen=cli_popen,
                                 cli_popen_held_at_publish=cli_popen_held_at_publish, query=query,
                                 check_warehouse=check_warehouse, duckdb_rows=duckdb_rows,
                                 to_old_layout=to_old_layout, assert_new_layout=assert_new_layout, REPO=REPO)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: long-running operations test (kill -9 at many moments); "
                                       "deselect with -m 'not slow'")
