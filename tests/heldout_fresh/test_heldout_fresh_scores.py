"""Fresh held-out scores: extraction on eight articles nobody tuned on.

The eight articles and their gold under tests/heldout_fresh/ were written for this project (see
README.md): other diseases (Hodgkin, follicular, mantle cell, Waldenström, HES/CEL, DFSP, ET, T-ALL, B-ALL MRD) and other
site layouts than the shared seed/dev corpora. The test runs `oncocurate run` on them, scores the
warehouse with the shared scorer (../shared/tools/score.py, skipped when absent) and fails when a
score falls below its floor. Floors sit a little below the values measured when the corpus was
added, so a regression fails while improvements pass; raise them as the extractors get better.
"""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CORPUS = HERE / "corpus"
GOLD = HERE / "gold"
SCORER = REPO.parent / "shared" / "tools" / "score.py"

# table -> minimum F1 (measured at the first run: indications 0.889, trial_results 0.417,
# guideline_recommendations 0.786, drugs 0.983, regimens 0.900, references 1.000).
F1_FLOORS = {
    "indications": 0.85,
    "trial_results": 0.38,
    "guideline_recommendations": 0.75,
    "drugs": 0.95,
    "regimens": 0.85,
    "references": 0.95,
}
# articles attribute -> minimum accuracy (measured: title 6/8, publisher 7/8,
# boilerplate_removed 27/31, content_kept 14/14).
ARTICLE_FLOORS = {"title": 0.70, "publisher": 0.80, "boilerplate_removed": 0.82, "content_kept": 1.0}
# Polarity flips measured at the first run: 2 (ibrutinib "no longer approved" for MCL; hydroxycarbamide
# "should not be used in pregnancy" for ET). The contract wants 0: the zero test is an expected failure
# until they are fixed, and the ceiling test stops them from getting worse.
MAX_POLARITY_FLIPS = 2


def load_scorer():
    """The shared scorer module, imported from its path; skip when ../shared is absent."""
    if not SCORER.is_file():
        pytest.skip(f"shared scorer not found at {SCORER} (clone ../shared beside the repo)")
    spec = importlib.util.spec_from_file_location("oncocurate_shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def result(tmp_path_factory) -> dict:
    """Run the CLI once on the held-out corpus and score it against the held-out gold."""
    scorer = load_scorer()
    warehouse = tmp_path_factory.mktemp("heldout_fresh_wh")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "run", "--source", str(CORPUS),
         "--warehouse", str(warehouse)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, f"oncocurate run failed: {proc.stderr[-2000:]}"
    return scorer.score(warehouse, GOLD, corpus_name="heldout_fresh")


def failures(res: dict, table: str) -> str:
    """The scorer's per-article details for one table, to make an assertion message useful."""
    lines = [f"{stem}: {d[table]}" for stem, d in sorted(res["details"].items()) if table in d]
    return "\n".join(lines[:40])


def test_every_heldout_article_is_ingested(result):
    assert result["n_matched_articles"] == result["n_gold_articles"] == 8


@pytest.mark.parametrize("table", sorted(F1_FLOORS))
def test_table_f1_stays_above_floor(result, table):
    f1 = result["tables"][table]["f1"]
    assert f1 >= F1_FLOORS[table], f"{table} F1 {f1:.3f} < {F1_FLOORS[table]}\n{failures(result, table)}"


@pytest.mark.parametrize("attribute", sorted(ARTICLE_FLOORS))
def test_article_metadata_and_cleaning_stay_above_floor(result, attribute):
    cell = result["tables"]["articles"]["attributes"][attribute]
    assert cell["total"] > 0
    accuracy = cell["matched"] / cell["total"]
    assert accuracy >= ARTICLE_FLOORS[attribute], (
        f"articles.{attribute} {cell['matched']}/{cell['total']} < {ARTICLE_FLOORS[attribute]}\n"
        f"{failures(result, 'articles')}")


def test_polarity_flips_do_not_grow(result):
    assert result["polarity_flips"] <= MAX_POLARITY_FLIPS, failures(result, "indications")


@pytest.mark.xfail(reason="2 polarity flips at the first run (see MAX_POLARITY_FLIPS); remove once fixed",
                   strict=False)
def test_no_polarity_flips(result):
    assert result["polarity_flips"] == 0, failures(result, "indications")
