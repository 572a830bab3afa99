"""A label's instruction to select or confirm patients by a marker test in a specimen is a testing recommendation.

Shape: an imperative at the start of a sentence ("Select patients ... on the basis of a <marker> in tumour or
plasma specimens", "Confirm the <marker> result on tumour tissue ...") names a test by its specimen rather than by
the word "test". Dose selection by weight names no test and gives nothing. Texts written for this test (own words):
a solid tumour, a blood cancer, a label and a pharmacist note.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("select-on-the-basis-of-solid",
     "Alectinib prescribing information\n\n"
     "Select patients with non-small cell lung cancer for treatment on the basis of an ALK rearrangement in tumour "
     "specimens.\n",
     {("non-small-cell-lung-cancer", "recommended", frozenset({"molecular-testing"}))}),
    ("select-in-marrow-samples-blood",
     "Gilteritinib prescribing information\n\n"
     "Select patients with acute myeloid leukaemia for treatment on the basis of a FLT3 mutation in bone marrow "
     "or blood samples.\n",
     {("acute-myeloid-leukemia", "recommended", frozenset({"molecular-testing"}))}),
    ("confirm-the-result-pharmacist-note",
     "Trastuzumab deruxtecan for breast cancer: pharmacist notes\n\n"
     "Confirm the HER2 result on tumour tissue before the first infusion.\n",
     {("breast-cancer", "recommended", frozenset({"molecular-testing"}))}),
    ("dose-by-weight-is-no-test",
     "Carboplatin for ovarian cancer: pharmacist notes\n\n"
     "Select the dose on the basis of kidney function and body weight.\n",
     set()),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_selection_by_a_specimen_test_recommends_testing(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "label.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
