"""A payer's listing: "X is reimbursed / funded / subsidised / covered for A" says the drug is used
for A (the approval is the regulator's, stated elsewhere), and "X is not / no longer reimbursed for B"
is a restriction. Payer and formulary pages state most of their claims this way.

Cases in several wordings (blood cancer and solid tumour, a formulary line and plain words); the first
three and the restriction gave no row at all before the payer cues were added.
"""
from __future__ import annotations

import pytest


CASES = [
    ("subsidised-blood-formulary",
     "Under the national formulary, ibrutinib is subsidised for adults with relapsed mantle cell lymphoma.",
     {("ibrutinib", "mantle-cell-lymphoma", False): "used"}),
    ("funded-solid-first-line",
     "Osimertinib is funded for the first-line treatment of EGFR-mutated non-small cell lung cancer.",
     {("osimertinib", "non-small-cell-lung-cancer", False): "used"}),
    ("covered-two-drugs-solid-plain",
     "Pembrolizumab is covered for melanoma after surgery, and nivolumab is also covered for melanoma.",
     {("pembrolizumab", "melanoma", False): "used", ("nivolumab", "melanoma", False): "used"}),
    ("reimbursed-and-a-restriction-blood",
     "Acalabrutinib is reimbursed for chronic lymphocytic leukaemia. Acalabrutinib is not reimbursed for "
     "follicular lymphoma.",
     {("acalabrutinib", "chronic-lymphocytic-leukemia", False): "used",
      ("acalabrutinib", "follicular-lymphoma", True): "not_indicated"}),
    ("no-longer-funded-solid",
     "Since the review, sorafenib is no longer funded for advanced hepatocellular carcinoma.",
     {("sorafenib", "hepatocellular-carcinoma", True): "not_indicated"}),
]



@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_payer_listing_shapes_give_exactly_the_expected_claims(case_id, text, expected, claim_statuses):
    assert claim_statuses(text) == expected


@pytest.mark.parametrize("text", [
    "Laboratory research on bortezomib in myeloma cells is funded by the national institute.",
    "Carfilzomib is funded by the manufacturer's access programme while the myeloma appraisal is pending.",
])
def test_who_pays_for_research_or_access_is_no_claim(text, claim_statuses):
    assert claim_statuses(text) == {}
