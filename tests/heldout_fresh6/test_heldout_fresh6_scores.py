"""Sixth fresh held-out scores: extraction on ten articles nobody tuned on.

The articles and their gold under tests/heldout_fresh6/ were written for this project (see README.md): five solid
tumours (uveal melanoma, FGFR3-altered urothelial carcinoma, castration-resistant prostate cancer, GIST, desmoid
tumour) and five blood cancers (mycosis fungoides / Sezary syndrome, CLL, multiple myeloma, BPDCN, childhood ALL), as a
public assessment summary, a hospital formulary entry, a pharmacist newsletter column, a company press release with a
forward-looking-statements block, a lay-language trial results summary, a cancer-centre treatment page by stage, a
nurse-moderated patient forum FAQ, a review article's abstract page, a tumour-board case discussion and a guideline
"at a glance" with a pipe-text table. The test runs `oncocurate run` on them, scores the warehouse with the shared
scorer (../shared/tools/score.py, skipped when absent) and fails when a score falls below its floor. Floors sit a
little below the values measured at first contact, so a regression fails while improvements pass; raise them as the
extractors get better.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout.scoring import assert_article_attribute, assert_table_f1, failures, run_and_score

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold"

# table -> minimum F1. First contact (main 43726e9, gold committed before the run as ca3d2e4, then the one gold fix
# listed in README.md): indications 0.656 (41 tp / 12 fp / 31 fn), trial_results 0.830 (22/2/7),
# guideline_recommendations 0.391 (9/13/15; 0.356 with the gold as first committed), drugs 0.978 (45/1/1), regimens
# 0.812 (13/4/2), references 0.800 (8 of 12 DOIs). Solid-tumour pages alone (801-805): indications 0.711, trial_results
# 0.786, guideline_recommendations 0.167, regimens 0.923, references 0.727. Blood-cancer pages alone (806-810):
# indications 0.625, trial_results 0.880, guideline_recommendations 0.471, regimens 0.737. Floors sit one to three rows
# below, so one changed row fails only when it is a real loss.
F1_FLOORS = {
    "indications": 0.62,
    "trial_results": 0.78,
    "guideline_recommendations": 0.34,
    "drugs": 0.95,
    "regimens": 0.76,
    "references": 0.72,
}
# articles attribute -> minimum accuracy (first contact: title 6/10, publisher 9/10, audience 8/10,
# boilerplate_removed 34/37, content_kept 20/20).
ARTICLE_FLOORS = {"title": 0.6, "publisher": 0.9, "audience": 0.8, "boilerplate_removed": 0.89,
                  "content_kept": 1.0}
# First contact: 1 polarity flip, and the dataset must never make one, so this is a known defect to drive to 0, not a
# tolerance: 810's "Recombinant crisantaspase (Rylaze) was approved ... in adults and children aged 1 month or older who
# have developed hypersensitivity to E. coli-derived asparaginase" gives native asparaginase an approved ALL claim,
# while the page says native E. coli asparaginase "is no longer used in front-line protocols". Lower this to 0 when
# fixed.
MAX_POLARITY_FLIPS = 1
# First contact: 6 missed opposite polarities (802 erdafitinib's "not recommended for patients who are eligible for a
# PD-1 or PD-L1 inhibitor" / "no longer indicated"; 806 mogamulizumab's "should not be given in the weeks before an
# allogeneic transplant"; 808 selinexor's "Neither myeloma combination is indicated for newly diagnosed disease" and
# DLBCL "has no counterpart in the European authorisation"; 809 venetoclax and azacitidine, "Neither drug is approved
# for BPDCN").
MAX_MISSED_OPPOSITE_POLARITY = 6


@pytest.fixture(scope="module")
def result(tmp_path_factory) -> dict:
    """Run the CLI once on the held-out corpus and score it against the held-out gold."""
    return run_and_score(CORPUS, GOLD, tmp_path_factory.mktemp("heldout_fresh6_wh"), "heldout_fresh6")


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
