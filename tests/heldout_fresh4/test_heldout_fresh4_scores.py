"""Fourth fresh held-out scores: extraction on ten articles nobody tuned on.

The articles and their gold under tests/heldout_fresh4/ were written for this project (see README.md): seven solid
tumours (thyroid/lung, ovarian, liver, prostate, glioma, kidney, endometrial) and three blood cancers (lymphoma,
myeloma, CLL), as a US label excerpt, an EMA-style product summary, a guideline summary with an HTML table, clinician
trial news, a journal abstract, a patient page, a press release, a drug monograph, a Q&A page and an HTA decision.
The test runs `oncocurate run` on them, scores the warehouse with the shared scorer (../shared/tools/score.py,
skipped when absent) and fails when a score falls below its floor. Floors sit a little below the values measured at
first contact, so a regression fails while improvements pass; raise them as the extractors get better.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout.scoring import assert_article_attribute, assert_table_f1, failures, run_and_score

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold"

# table -> minimum F1. First contact (main 5b1f2ef, gold committed before the run, then the convention fixes listed in
# README.md): indications 0.750 (42 tp / 5 fp / 23 fn), trial_results 0.750 (15/3/7), guideline_recommendations 0.579
# (11/4/12), drugs 0.970 (48/3/0), regimens 0.889 (20/3/2), references 1.000 (11 DOIs). Floors sit one to three rows
# below, so one changed row fails only when it is a real loss.
# Raised at stop 26, after tuning on this set (it is no longer unseen): indications 0.912, trial_results 0.977,
# guideline_recommendations 0.818, drugs 1.000, regimens 0.889.
F1_FLOORS = {
    "indications": 0.87,
    "trial_results": 0.92,
    "guideline_recommendations": 0.76,
    "drugs": 0.95,
    "regimens": 0.84,
    "references": 0.95,
}
# articles attribute -> minimum accuracy (first contact: title 9/10, publisher 8/10, audience 10/10,
# boilerplate_removed 37/41, content_kept 20/20; after tuning at stop 26: 10/10, 10/10, 10/10, 41/41, 20/20).
ARTICLE_FLOORS = {"title": 0.9, "publisher": 0.9, "audience": 0.95, "boilerplate_removed": 0.95,
                  "content_kept": 1.0}
# First contact: 2 polarity flips (604: abiraterone and prednisone "are already used with ADT in this setting, he
# noted, and trial-to-trial comparisons should be avoided" read as negated). Flips are the one error the dataset must
# never make. Fixed by mechanism (a caution with a subject of its own is its own clause): now 0, and it stays 0.
MAX_POLARITY_FLIPS = 0
# First contact: 6 missed opposite polarities (restrictions of selpercatinib x2, mirvetuximab and vorasidenib missed;
# epcoritamab's DLBCL and FL approvals lost beside their "not approved for previously untreated" restriction).
MAX_MISSED_OPPOSITE_POLARITY = 3  # 6 at first contact, 2 after tuning at stop 26


@pytest.fixture(scope="module")
def result(tmp_path_factory) -> dict:
    """Run the CLI once on the held-out corpus and score it against the held-out gold."""
    return run_and_score(CORPUS, GOLD, tmp_path_factory.mktemp("heldout_fresh4_wh"), "heldout_fresh4")


def test_every_heldout_article_is_ingested(result):
    assert result["n_matched_articles"] == result["n_gold_articles"] == 10


@pytest.mark.parametrize("table", sorted(F1_FLOORS))
def test_table_f1_stays_above_floor(result, table):
    assert_table_f1(result, table, F1_FLOORS[table])


@pytest.mark.parametrize("attribute", sorted(ARTICLE_FLOORS))
def test_article_metadata_and_cleaning_stay_above_floor(result, attribute):
    assert_article_attribute(result, attribute, ARTICLE_FLOORS[attribute])


def test_no_polarity_flips(result):
    assert result["polarity_flips"] <= MAX_POLARITY_FLIPS, failures(result, "indications")


def test_missed_restrictions_do_not_grow(result):
    missed = result["tables"]["indications"]["missed_opposite_polarity"]
    assert missed <= MAX_MISSED_OPPOSITE_POLARITY, failures(result, "indications")
