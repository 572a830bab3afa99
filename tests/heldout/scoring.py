"""Shared harness for the held-out-style score tests: run the CLI on a corpus, score it, explain misses.

test_heldout_scores.py runs every set of score_floors.yaml through it, so the way a corpus is run and judged lives in
one place.
"""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCORER = REPO.parent / "shared" / "tools" / "score.py"


def load_scorer():
    """The shared scorer module, imported from its path; skip when ../shared is absent."""
    if not SCORER.is_file():
        pytest.skip(f"shared scorer not found at {SCORER} (clone ../shared beside the repo)")
    spec = importlib.util.spec_from_file_location("oncocurate_shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_and_score(corpus: Path, gold: Path, warehouse: Path, corpus_name: str) -> dict:
    """Run `oncocurate run` on `corpus` into `warehouse` and score it against `gold`."""
    scorer = load_scorer()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "run", "--source", str(corpus),
         "--warehouse", str(warehouse)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, f"oncocurate run failed: {proc.stderr[-2000:]}"
    return scorer.score(warehouse, gold, corpus_name=corpus_name)


def failures(res: dict, table: str) -> str:
    """The scorer's per-article details for one table, to make an assertion message useful."""
    lines = [f"{stem}: {d[table]}" for stem, d in sorted(res["details"].items()) if table in d]
    return "\n".join(lines[:40])


def assert_table_f1(res: dict, table: str, floor: float) -> None:
    f1 = res["tables"][table]["f1"]
    assert f1 >= floor, f"{table} F1 {f1:.3f} < {floor}\n{failures(res, table)}"


def assert_article_attribute(res: dict, attribute: str, floor: float) -> None:
    cell = res["tables"]["articles"]["attributes"][attribute]
    assert cell["total"] > 0
    accuracy = cell["matched"] / cell["total"]
    assert accuracy >= floor, (
        f"articles.{attribute} {cell['matched']}/{cell['total']} < {floor}\n{failures(res, 'articles')}")
