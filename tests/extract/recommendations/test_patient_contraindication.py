"""A patient page telling a group of readers not to take the medicine: "You should not take X if ...".

Shape: patient register, the reader as subject or an imperative, a verb of taking, and a condition of the reader
("if you are pregnant", "while you are breastfeeding", "if you have severe liver problems"): a directive against
the medicine in that group - a not_recommended row, as for "Do not give X to patients with ...". The medicine is
named or is the page's ("it"). Advice on how to take it ("not with grapefruit juice", "not a double dose") is no
row. Every text is written for this test, blood cancers and solid tumours.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("should-not-take-named-solid",
     "Olaparib for ovarian cancer: a guide for patients\n\nOlaparib is a tablet used to treat ovarian cancer. "
     "You should not take olaparib if you are breastfeeding.\n",
     {("ovarian-cancer", "not_recommended", frozenset({"olaparib"}))}),
    ("do-not-take-imperative-blood",
     "Ibrutinib: what you need to know\n\nIbrutinib treats chronic lymphocytic leukaemia. Do not take ibrutinib if "
     "you have severe liver problems.\n",
     {("chronic-lymphocytic-leukemia", "not_recommended", frozenset({"ibrutinib"}))}),
    ("must-not-take-it-blood",
     "Lenalidomide for myeloma\n\nLenalidomide is a treatment for multiple myeloma. You must not take it while "
     "you are pregnant.\n",
     {("multiple-myeloma", "not_recommended", frozenset({"lenalidomide"}))}),
    ("how-to-take-is-no-row",
     "Ibrutinib: what you need to know\n\nIbrutinib treats chronic lymphocytic leukaemia. Do not take ibrutinib "
     "with grapefruit juice. You should not take a double dose to make up for a missed one.\n",
     set()),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_not_to_take_the_medicine_in_a_group_of_readers_is_a_row_against_it(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "patient.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
