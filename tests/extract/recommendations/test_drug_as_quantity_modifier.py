"""A drug name that only counts or measures ("the remaining X doses", "X activity", "X levels") is not a treatment
the directive names: "switch to Y for all remaining X doses" recommends Y, not X (stop 28: a guideline table's
switch row made the replaced enzyme a recommended drug, and the claim made from it a polarity flip)."""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("switch-blood", "# Myeloma: managing infusion reactions\n\nAfter a severe reaction, switch to subcutaneous "
     "daratumumab for all remaining isatuximab doses in multiple myeloma.\n", "daratumumab", "isatuximab"),
    ("doses-solid", "# Colorectal cancer: neuropathy advice\n\nIn metastatic colorectal cancer, irinotecan should be "
     "used once the cumulative oxaliplatin doses reach the neuropathy threshold.\n", "irinotecan", "oxaliplatin"),
    ("activity-blood", "# Childhood ALL\n\nChildren with acute lymphoblastic leukaemia should be given pegaspargase, "
     "and asparaginase activity should be checked a week later.\n", "pegaspargase", "asparaginase"),
]


@pytest.mark.parametrize("case_id, text, given, measured", CASES, ids=[c[0] for c in CASES])
def test_a_counted_or_measured_drug_is_not_recommended(case_id, text, given, measured):
    article = parse_bytes(text.encode("utf-8"), f"{case_id}.md")
    rows = extract_guideline_recommendations(article, recognize(article))
    named = {i for r in rows if r["direction"] == "recommended" for i in r["interventions"]}
    assert given in named, rows
    assert measured not in named, rows
