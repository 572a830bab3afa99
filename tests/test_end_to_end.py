"""`oncocurate run` end to end: the contract's promises a user would notice.

Scores on the real seed corpus (read from ../shared, skipped when absent), idempotent
re-runs, incremental runs, hostile input files, and one-line user errors.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipelines.in_process import run_pipeline

REPO = Path(__file__).resolve().parents[1]
# The installed console script when there is one (what a user types), else the module.
_SCRIPT = Path(sys.executable).with_name("oncocurate")
CLI = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "pipelines.cli"]

MY_ARTICLES = {
    "imatinib.txt": ("Imatinib for chronic myeloid leukemia\n\n"
                     "The FDA approved imatinib for adults with chronic myeloid leukemia.\n"
                     "Imatinib is taken by mouth once daily.\n"),
    "dasatinib.md": ("# Dasatinib\n\nDasatinib is a tyrosine kinase inhibitor.\n\n"
                     "Doctors may give dasatinib to people with Philadelphia chromosome-positive acute "
                     "lymphoblastic leukemia.\n"),
    "sub/venetoclax.html": ("<html><head><title>Venetoclax</title></head><body><main>"
                            "<p>Venetoclax with azacitidine is used for older adults with acute myeloid "
                            "leukemia.</p></main></body></html>"),
}


def write(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, body in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    return root


def parquet_hashes(warehouse: Path) -> dict[str, str]:
    root = warehouse / "parquet"
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*.parquet"))}


def query(warehouse: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse / "oncocurate.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("oncocurate_score", shared / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


# ---------------------------------------------------------------- real corpus
def test_cli_on_seed_corpus_gets_article_metadata_and_text_right(shared_dir, tmp_path):
    warehouse = tmp_path / "warehouse"
    done = cli("run", "--source", str(shared_dir / "corpus" / "seeds"), "--warehouse", str(warehouse))
    assert done.returncode == 0, done.stderr
    assert (warehouse / "oncocurate.duckdb").is_file()
    assert (warehouse / "parquet" / "manifest.json").is_file()
    result = load_scorer(shared_dir)(warehouse, shared_dir / "gold" / "seeds")
    articles = result["tables"]["articles"]
    assert result["n_matched_articles"] == result["n_gold_articles"] == 4
    attrs = articles["attributes"]
    for field in ("title", "publisher", "audience"):
        assert attrs[field]["matched"] == attrs[field]["total"], (field, attrs[field])
    assert attrs["boilerplate_removed"]["matched"] >= 0.95 * attrs["boilerplate_removed"]["total"]
    assert attrs["content_kept"]["matched"] == attrs["content_kept"]["total"]
    assert result["polarity_flips"] == 0


# ---------------------------------------------------------------- re-runs
@pytest.mark.slow
def test_second_run_on_same_input_changes_only_runs(tmp_path):
    source, warehouse = write(tmp_path / "src", MY_ARTICLES), tmp_path / "wh"
    first = run_pipeline(source, warehouse)
    before = parquet_hashes(warehouse)
    second = run_pipeline(source, warehouse)
    after = parquet_hashes(warehouse)
    assert second.summary["n_articles_processed"] == 0
    assert second.summary["n_articles_skipped"] == first.summary["n_articles_processed"] == 3
    changed = {name for name in before if before[name] != after.get(name)}
    assert changed == {"runs/runs.parquet"}
    assert query(warehouse, "select count(*) from runs") == [(2,)]


@pytest.mark.slow
def test_changing_one_file_reprocesses_only_it_and_deleting_one_removes_its_rows(tmp_path):
    source, warehouse = write(tmp_path / "src", MY_ARTICLES), tmp_path / "wh"
    run_pipeline(source, warehouse)
    old_id = query(warehouse, "select article_id from articles where source_path = 'imatinib.txt'")[0][0]
    kept_before = query(warehouse, "select article_id, ingested_at from articles "
                                   "where source_path = 'dasatinib.md'")

    (source / "imatinib.txt").write_text(MY_ARTICLES["imatinib.txt"] + "Nilotinib is another option.\n")
    changed = run_pipeline(source, warehouse)
    assert changed.summary["n_articles_processed"] == 1
    assert changed.summary["n_articles_skipped"] == 2
    assert query(warehouse, f"select count(*) from sentences where article_id = '{old_id}'") == [(0,)]
    assert query(warehouse, "select count(*) from drug_mentions m join articles a using (article_id) "
                            "where a.source_path = 'imatinib.txt' and m.drug_id = 'nilotinib'") == [(1,)]
    assert query(warehouse, "select article_id, ingested_at from articles "
                            "where source_path = 'dasatinib.md'") == kept_before

    (source / "dasatinib.md").unlink()
    # 1 of 3 articles is over the share a run may drop unasked (README: an empty or shrunken source)
    removed = run_pipeline(source, warehouse, allow_shrink=True)
    assert removed.summary["n_articles_removed"] == 1
    assert removed.summary["n_articles_processed"] == 0
    gone = kept_before[0][0]
    for table in ("articles", "sentences", "drug_mentions", "condition_mentions", "indications"):
        assert query(warehouse, f"select count(*) from {table} where article_id = '{gone}'") == [(0,)]
    assert "dasatinib" not in {r[0] for r in query(warehouse, "select drug_id from drugs")}


# ---------------------------------------------------------------- hostile input
def hostile_files(size_mb: int = 50) -> dict[str, bytes]:
    deep = "<html><body>" + "<div>" * 5000 + "<p>Imatinib treats chronic myeloid leukemia.</p>" \
           + "</div>" * 5000 + "</body></html>"
    return {
        "bad/empty.txt": b"",
        "bad/image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40,
        "bad/latin1.txt": "Le imatinib est utilisé dans la leucémie myéloïde chronique.\n".encode("latin-1"),
        "bad/nul.txt": b"Imatinib is a kinase inhibitor.\x00\nIt treats chronic myeloid leukemia.\n",
        "bad/deep.html": deep.encode(),
        "bad/huge.txt": b"Imatinib. " * (size_mb * 1024 * 1024 // 10),
    }


def test_hostile_files_each_give_one_quarantine_row_or_an_article_and_harm_no_one(tmp_path):
    source = write(tmp_path / "src", {**MY_ARTICLES, **hostile_files()})
    warehouse = tmp_path / "wh"
    outcome = run_pipeline(source, warehouse)
    assert outcome.summary["n_articles_seen"] == 3 + 6

    articles = {r[0] for r in query(warehouse, "select source_path from articles")}
    quarantined = {}
    for check, raw in query(warehouse, "select failed_check, row_json from quarantine "
                                       "where table_name = 'articles'"):
        path = json.loads(raw).get("source_path")
        if path is not None:
            quarantined.setdefault(path, []).append(check)
    assert set(MY_ARTICLES) <= articles
    for rel in hostile_files(0):
        assert (rel in articles) != (rel in quarantined), rel
        assert len(quarantined.get(rel, [])) <= 1, (rel, quarantined[rel])
    assert "bad/empty.txt" in quarantined and "bad/huge.txt" in quarantined
    assert "bad/image.txt" in quarantined
    assert query(warehouse, "select count(*) from drug_mentions m join articles a using (article_id) "
                            "where a.source_path = 'imatinib.txt' and m.drug_id = 'imatinib'")[0][0] >= 1

    second = run_pipeline(source, warehouse)  # rejected files are not retried while unchanged
    assert second.summary["n_articles_processed"] == 0


@pytest.mark.slow
def test_file_vanishing_after_listing_is_quarantined_and_the_run_completes(tmp_path, monkeypatch):
    from pipelines import inventory

    source = write(tmp_path / "src", {**MY_ARTICLES, "vanishing.txt": "Here for a moment.\n"})
    real_discover = inventory.discover_files

    def discover_then_delete(root, **options):
        for found in real_discover(root, **options):
            if found.rel_path == "vanishing.txt":
                found.path.unlink()
            yield found

    monkeypatch.setattr(inventory, "discover_files", discover_then_delete)
    run_pipeline(source, tmp_path / "wh")
    rows = query(tmp_path / "wh", "select failed_check, row_json from quarantine")
    assert [check for check, raw in rows if json.loads(raw).get("source_path") == "vanishing.txt"] \
        == ["rejected:unreadable"]
    assert query(tmp_path / "wh", "select count(*) from articles") == [(3,)]


# ---------------------------------------------------------------- user errors
def one_line_error(done: subprocess.CompletedProcess) -> str:
    assert done.returncode != 0
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    return lines[0]


def test_missing_source_folder_is_one_line(tmp_path):
    line = one_line_error(cli("run", "--source", str(tmp_path / "nowhere"),
                              "--warehouse", str(tmp_path / "wh")))
    assert "source folder not found" in line and "nowhere" in line


def test_unwritable_warehouse_is_one_line(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    line = one_line_error(cli("run", "--source", str(write(tmp_path / "src", MY_ARTICLES)),
                              "--warehouse", str(blocker / "wh")))
    assert "cannot write to warehouse folder" in line


def test_locked_warehouse_is_one_line(tmp_path):
    from warehouse.lock import warehouse_lock

    source = write(tmp_path / "src", MY_ARTICLES)
    with warehouse_lock(tmp_path / "wh"):
        line = one_line_error(cli("run", "--source", str(source), "--warehouse", str(tmp_path / "wh")))
    assert "locked" in line


@pytest.mark.slow
def test_default_warehouse_is_created_in_the_working_directory(tmp_path):
    source = write(tmp_path / "src", {"imatinib.txt": MY_ARTICLES["imatinib.txt"]})
    done = cli("run", "--source", str(source), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "warehouse-data" / "oncocurate.duckdb").is_file()
    assert "articles seen" in done.stdout
