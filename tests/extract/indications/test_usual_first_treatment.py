"""Usual practice and trial arms told in plain words give "used" claims.

Shapes (texts written for this test; blood cancers and solid tumours; patient and clinician register):
- the treatment people start on: "most people start with X", "patients are started on X", "treatment usually
  begins with X" (the disease from the clause or the sentence before);
- a trial's arms as what people took: "people with A took either X or Y" (the clause names the disease).
Wording about doses ("start with a low dose") or time ("it took longer to grow") gives nothing.
Expected rows are (drug_id, condition_id, negated, status).
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.indications.rows import extract_indications
from sources.parse import parse_bytes

CASES = [
    ("most-people-start-with-solid-patient",
     "Kidney cancer: your treatment choices\n\n"
     "Advanced kidney cancer is treated with medicines that act on the whole body. Most people start with "
     "pembrolizumab together with axitinib.\n",
     {("pembrolizumab", "renal-cell-carcinoma", False, "used"), ("axitinib", "renal-cell-carcinoma", False, "used")}),
    ("started-on-blood-clinician",
     "Mantle cell lymphoma in older adults\n\n"
     "Fit older patients with mantle cell lymphoma are usually started on bendamustine and rituximab.\n",
     {("bendamustine", "mantle-cell-lymphoma", False, "used"), ("rituximab", "mantle-cell-lymphoma", False, "used")}),
    ("begins-with-blood-patient",
     "Living with CML\n\n"
     "For most people with chronic myeloid leukaemia, treatment begins with imatinib tablets.\n",
     {("imatinib", "chronic-myeloid-leukemia", False, "used")}),
    ("took-either-solid-patient",
     "What the lung cancer study found\n\n"
     "In the study, people with non-small cell lung cancer took either osimertinib or a placebo tablet.\n",
     {("osimertinib", "non-small-cell-lung-cancer", False, "used")}),
    ("took-either-blood-clinician",
     "Trial digest\n\n"
     "Adults with chronic lymphocytic leukaemia took either zanubrutinib or ibrutinib until progression.\n",
     {("zanubrutinib", "chronic-lymphocytic-leukemia", False, "used"),
      ("ibrutinib", "chronic-lymphocytic-leukemia", False, "used")}),
    ("doses-and-time-give-nothing",
     "Venetoclax: what to expect\n\n"
     "Venetoclax is approved for chronic lymphocytic leukaemia. You will start with a low dose that rises "
     "each week. In the study it took longer for the leukaemia to come back.\n",
     {("venetoclax", "chronic-lymphocytic-leukemia", False, "approved")}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_usual_first_treatment_and_plain_trial_arms_are_used(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "page.md")
    rows = extract_indications(article, recognize(article))
    assert {(r["drug_id"], r["condition_id"], r["negated"], r["status"]) for r in rows} == expected
