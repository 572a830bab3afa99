"""Patient wording of a needed test: "you will need a test to find out ...", "everyone with A needs genetic tests",
"it is important that the tumour is tested for X".

Shape: patient pages state the test as a need or as important rather than with "should" or "recommend"; the
gold records the test (['molecular-testing'] with its marker). A routine blood count check is no molecular test
and gives no row. Texts written for this test (own words): blood cancers and solid tumours.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("will-need-a-test-solid",
     "Bowel cancer: targeted drugs explained\n\nIf your bowel cancer has spread, you will need a test to find out "
     "whether it has a RAS mutation before you can have cetuximab.\n",
     {("colorectal-cancer", "recommended", ("molecular-testing",), "RAS")}),
    ("needs-genetic-tests-blood",
     "Acute myeloid leukaemia: a guide for families\n\nEveryone diagnosed with acute myeloid leukaemia needs "
     "genetic tests on their leukaemia cells to plan treatment.\n",
     {("acute-myeloid-leukemia", "recommended", ("molecular-testing",), None)}),
    ("it-is-important-tested-solid",
     "Breast cancer: your treatment explained\n\nIt is important that the breast cancer is tested for HER2, because "
     "HER2-targeted drugs only work when HER2 is present.\n",
     {("breast-cancer", "recommended", ("molecular-testing",), "ERBB2")}),
    ("important-to-tell-no-row-solid",
     "Lapatinib for breast cancer: your questions\n\nIt is important to tell your doctor if you take warfarin or "
     "other blood thinners.\n", set()),
    ("blood-count-check-no-row-blood",
     "Myeloma: your treatment explained\n\nYou need to have a blood test before each dose of daratumumab to check "
     "your blood counts.\n", set()),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_needed_test_is_recommended(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "patient.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], tuple(r["interventions"]), r["biomarker"]) for r in rows} == expected
