"""A subject list with a serial comma: "A, B, and C are used for X".

Shape: ", and" before the last name of a comma list of drugs does not open a new clause, so the names before it
share the list's predicate (before, "A, B" was left as a clause with no verb and lost). ", and" before a drug
that follows a full clause still starts a new subject. Texts written for this test (own words), solid tumours and
blood cancers, clinician and patient register. Expected: (drug_id, condition_id, negated, status).
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.indications.rows import extract_indications
from sources.parse import parse_bytes

CASES = [
    ("three-hormone-drugs-clinician-solid",
     "Prostate cancer briefing\n\n"
     "Enzalutamide, apalutamide, and darolutamide are already used with hormone therapy for metastatic prostate "
     "cancer.\n",
     {("enzalutamide", "prostate-cancer", False, "used"), ("apalutamide", "prostate-cancer", False, "used"),
      ("darolutamide", "prostate-cancer", False, "used")}),
    ("three-btk-inhibitors-patient-blood",
     "Your CLL treatment\n\n"
     "Ibrutinib, acalabrutinib, and zanubrutinib are all tablets used for chronic lymphocytic leukaemia.\n",
     {("ibrutinib", "chronic-lymphocytic-leukemia", False, "used"),
      ("acalabrutinib", "chronic-lymphocytic-leukemia", False, "used"),
      ("zanubrutinib", "chronic-lymphocytic-leukemia", False, "used")}),
    ("list-then-a-new-subject-keeps-its-own-claim",
     "Myeloma update\n\n"
     "Daratumumab is approved for multiple myeloma, and carfilzomib is used for relapsed multiple myeloma.\n",
     {("daratumumab", "multiple-myeloma", False, "approved"), ("carfilzomib", "multiple-myeloma", False, "used")}),
    ("four-names-with-a-partner-solid",
     "Kidney cancer options\n\n"
     "Sunitinib, pazopanib, cabozantinib, and axitinib with pembrolizumab are used for advanced renal cell "
     "carcinoma.\n",
     {(d, "renal-cell-carcinoma", False, "used") for d in
      ("sunitinib", "pazopanib", "cabozantinib", "axitinib", "pembrolizumab")}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_serial_comma_list_shares_its_predicate(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "page.txt")
    rows = extract_indications(article, recognize(article))
    assert {(r["drug_id"], r["condition_id"], r["negated"], r["status"]) for r in rows} == expected
