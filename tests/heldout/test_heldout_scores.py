"""Held-out-style scores: how extraction generalizes to sites and diseases it was not tuned on.

The twelve articles and their gold under tests/heldout/ were written for this project (see
README.md): other diseases (CLL, myeloma, DLBCL, MPN, MDS, APL, CML, mastocytosis, GIST) and other
site layouts than the shared seed/dev corpora. The test runs `oncocurate run` on them, scores the
warehouse with the shared scorer (../shared/tools/score.py, skipped when absent) and fails when a
score falls below its floor. Floors sit a little below the values measured when the corpus was
added, so a regression fails while improvements pass; raise them as the extractors get better.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout.scoring import assert_article_attribute, assert_table_f1, failures, run_and_score

pytestmark = pytest.mark.slow  # runs the pipeline on a held-out corpus; CI runs it (pytest -m "")

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold"

# table -> minimum F1 (measured when added: indications 0.846, trial_results 0.667,
# guideline_recommendations 0.686, drugs 0.985, regimens 0.755, references 1.000; later indications 0.951,
# guideline_recommendations 0.907, trial_results 0.909, regimens 0.889).
F1_FLOORS = {
    "indications": 0.92,
    "trial_results": 0.90,
    "guideline_recommendations": 0.90,
    "drugs": 0.95,
    "regimens": 0.85,
    "references": 0.95,
}
# articles attribute -> minimum accuracy (measured: title 8/12, publisher 9/12,
# boilerplate_removed 44/54, content_kept 29/29).
ARTICLE_FLOORS = {"title": 0.62, "publisher": 0.70, "boilerplate_removed": 0.78, "content_kept": 1.0}

@pytest.fixture(scope="module")
def result(tmp_path_factory) -> dict:
    """Run the CLI once on the held-out corpus and score it against the held-out gold."""
    return run_and_score(CORPUS, GOLD, tmp_path_factory.mktemp("heldout_wh"), "heldout")


def test_every_heldout_article_is_ingested(result):
    assert result["n_matched_articles"] == result["n_gold_articles"] == 12


@pytest.mark.parametrize("table", sorted(F1_FLOORS))
def test_table_f1_stays_above_floor(result, table):
    assert_table_f1(result, table, F1_FLOORS[table])


@pytest.mark.parametrize("attribute", sorted(ARTICLE_FLOORS))
def test_article_metadata_and_cleaning_stay_above_floor(result, attribute):
    assert_article_attribute(result, attribute, ARTICLE_FLOORS[attribute])


def test_no_polarity_flips(result):
    assert result["polarity_flips"] == 0, failures(result, "indications")
