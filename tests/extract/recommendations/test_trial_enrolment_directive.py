"""Offering a place in a clinical trial is a recommendation, whatever noun carries it ("Enrolment in a clinical trial
should be offered", "enrollment in a study is encouraged"), while what a trial's enrolment was ("Enrolment in the
trial was limited to ...") recommends nothing. Texts written for this test (own words): solid tumour and blood
cancer, guideline and patient register.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("enrolment-should-be-offered-solid",
     "Pancreatic cancer guideline summary\n\n"
     "Enrolment in a clinical trial should be offered to every patient with metastatic pancreatic cancer.\n",
     {("pancreatic-cancer", "recommended", frozenset({"clinical-trial"}))}),
    ("enrollment-is-encouraged-blood",
     "Guideline: acute myeloid leukaemia in older adults\n\n"
     "Enrollment in a clinical trial is encouraged for older adults with acute myeloid leukaemia.\n",
     {("acute-myeloid-leukemia", "recommended", frozenset({"clinical-trial"}))}),
    ("enrolment-facts-are-no-directive",
     "Myeloma trial report\n\n"
     "Enrolment in the clinical trial was limited to adults with multiple myeloma and was recommended by no panel.\n",
     set()),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_offering_a_trial_place_is_a_recommendation(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "page.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
