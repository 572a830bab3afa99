"""A restriction worded as a noun: "... is not a labeled use", "is not an approved indication", "is not a licensed use".

Shape: the negation sits on a noun phrase ("a labeled use") rather than on the verb; without the cue the clause's
bare "not" left the whole sentence unread, so a restriction beside it was lost too. Texts written for this test
(own words), a solid tumour and a blood cancer, label and patient register. Expected: (drug_id, condition_id,
negated) over the page.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.indications.rows import extract_indications
from sources.parse import parse_bytes

CASES = [
    ("labeled-use-beside-a-restriction-solid",
     "Pralsetinib label excerpt\n\n"
     "Pralsetinib is indicated for adults with metastatic NSCLC with a RET gene fusion.\n\n"
     "Pharmacist note: pralsetinib is not approved for NSCLC without a RET fusion, and a RET point mutation in a lung "
     "tumour is not a labeled use.\n",
     {("pralsetinib", "non-small-cell-lung-cancer", False), ("pralsetinib", "non-small-cell-lung-cancer", True)}),
    ("approved-indication-blood-clinician",
     "Ibrutinib prescribing notes\n\n"
     "Ibrutinib is approved for chronic lymphocytic leukaemia.\n\n"
     "Use of ibrutinib in hairy cell leukaemia is not an approved indication.\n",
     {("ibrutinib", "chronic-lymphocytic-leukemia", False), ("ibrutinib", "hairy-cell-leukemia", True)}),
    ("licensed-use-patient",
     "Olaparib and your prostate cancer\n\n"
     "Olaparib is used to treat prostate cancer that has a BRCA change.\n\n"
     "Taking olaparib for breast cancer that has come back is not a licensed use in this country.\n",
     {("olaparib", "prostate-cancer", False), ("olaparib", "breast-cancer", True)}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_noun_restriction_gives_a_negated_claim(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "page.txt")
    rows = extract_indications(article, recognize(article))
    assert {(r["drug_id"], r["condition_id"], r["negated"]) for r in rows} == expected
