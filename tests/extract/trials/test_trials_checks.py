"""Number checks on trial results: an interval that misses its hazard ratio, a p-value above 1 or a
percentage above 100 is kept on the row, so that validation quarantines the row with its reason
instead of the figure vanishing. Sentences written for these tests (typos on purpose)."""
from __future__ import annotations

import pytest

from warehouse.validate import validate_rows

CASES = [
    ("Median overall survival was 21.3 months with venetoclax versus 11.4 months with placebo "
     "(HR 0.78; 95% CI, 0.80-0.96).", "ci_low <= hazard_ratio <= ci_high",
     {"hazard_ratio": 0.78, "ci_low": 0.80, "ci_high": 0.96}),
    ("Median progression-free survival was 11.0 months with cabozantinib and 3.8 months with placebo "
     "(P = 1.3).", "p_value", {"p_value": 1.3}),
    ("The objective response rate was 112% with trastuzumab deruxtecan versus 60% with trastuzumab emtansine.",
     "percent values within 0-100", {"value": 112.0, "comparator_value": 60.0}),
]


@pytest.mark.parametrize("text,check,numbers", CASES, ids=["ci", "p", "percent"])
def test_an_impossible_number_is_quarantined_with_its_reason(text, check, numbers, sentence_trial_results):
    rows = sentence_trial_results(text)
    assert len(rows) == 1 and {k: rows[0][k] for k in numbers} == numbers
    valid, quarantined = validate_rows("trial_results", rows, "run-test")
    assert valid.empty and len(quarantined) == 1
    assert check in quarantined.iloc[0]["failed_check"]
