"""Second fresh held-out scores: extraction on four articles nobody tuned on.

The articles and their gold under tests/heldout_fresh2/ were written for this project (see README.md):
hairy cell leukaemia, AL amyloidosis, peripheral T-cell lymphoma and KMT2A-rearranged acute leukaemia,
on other site layouts than the other corpora. The test runs `oncocurate run` on them, scores the
warehouse with the shared scorer (../shared/tools/score.py, skipped when absent) and fails when a score
falls below its floor. Floors sit a little below the values measured when the corpus was added, so a
regression fails while improvements pass; raise them as the extractors get better.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout.scoring import assert_article_attribute, assert_table_f1, failures, run_and_score

pytestmark = pytest.mark.slow  # runs the pipeline on a held-out corpus; CI runs it (pytest -m "")

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold"

# table -> minimum F1 (measured at the first run: indications 0.698, trial_results 0.667,
# drugs 1.000, regimens 0.909, references 1.000; the corpus has no guideline recommendations). The first
# run used the code of 5984bef; on main 23745c1 (+ the '(AL) amyloidosis' name): indications 0.857, trials 0.769.
# On main 6c87134 ("responded", a figure before "had a <endpoint>"): trials 0.857.
F1_FLOORS = {
    "indications": 0.82,
    "trial_results": 0.80,
    "drugs": 0.95,
    "regimens": 0.85,
    "references": 0.95,
}
# articles attribute -> minimum accuracy (measured: title 4/4, publisher 4/4, audience 3/4,
# boilerplate_removed 11/12, content_kept 8/8).
ARTICLE_FLOORS = {"title": 0.95, "publisher": 0.95, "audience": 0.70, "boilerplate_removed": 0.85,
                  "content_kept": 1.0}
# Polarity flips measured at the first run: 3 (moxetumomab "is no longer approved or available" for HCL read
# as positive; daratumumab's NYHA IIIB/IV restriction kept but the positive approval lost; romidepsin's
# confirmatory-trial claim lost beside its withdrawal). The contract wants 0: the zero test is an expected
# failure until they are fixed, and the ceiling test stops them from getting worse.
MAX_POLARITY_FLIPS = 1  # 3 at the first run; 1 left (romidepsin: withdrawn approval vs the trial's use)


@pytest.fixture(scope="module")
def result(tmp_path_factory) -> dict:
    """Run the CLI once on the held-out corpus and score it against the held-out gold."""
    return run_and_score(CORPUS, GOLD, tmp_path_factory.mktemp("heldout_fresh2_wh"), "heldout_fresh2")


def test_every_heldout_article_is_ingested(result):
    assert result["n_matched_articles"] == result["n_gold_articles"] == 4


@pytest.mark.parametrize("table", sorted(F1_FLOORS))
def test_table_f1_stays_above_floor(result, table):
    assert_table_f1(result, table, F1_FLOORS[table])


@pytest.mark.parametrize("attribute", sorted(ARTICLE_FLOORS))
def test_article_metadata_and_cleaning_stay_above_floor(result, attribute):
    assert_article_attribute(result, attribute, ARTICLE_FLOORS[attribute])


def test_polarity_flips_do_not_grow(result):
    assert result["polarity_flips"] <= MAX_POLARITY_FLIPS, failures(result, "indications")


@pytest.mark.xfail(reason="1 polarity flip left (see MAX_POLARITY_FLIPS); remove once fixed",
                   strict=False)
def test_no_polarity_flips(result):
    assert result["polarity_flips"] == 0, failures(result, "indications")
