"""A claim whose subject is left out because the heading names it: "## Ibrutinib" then "Approved for
relapsed mantle cell lymphoma." Formularies, monographs and drug lists are written this way; every case
below gave no row before (0/4).
"""
from __future__ import annotations

import pytest


CASES = [
    ("monograph-approved-and-indicated-blood",
     "# Blood cancer medicines\n\n## Ibrutinib\n\nApproved for relapsed mantle cell lymphoma in adults.\n\n"
     "## Pomalidomide\n\nIndicated for multiple myeloma after two earlier treatments.\n",
     {("ibrutinib", "mantle-cell-lymphoma", False): "approved", ("pomalidomide", "multiple-myeloma", False): "approved"}),
    ("formulary-reimbursed-funded-and-a-restriction-solid",
     "# Lung and liver cancer listings\n\n## Osimertinib\n\nListing A - advanced disease. Reimbursed for "
     "EGFR-mutated non-small cell lung cancer as first treatment.\n\n## Sorafenib\n\nFunded for advanced "
     "hepatocellular carcinoma when surgery is not possible. Not funded for early liver cancer.\n",
     {("osimertinib", "non-small-cell-lung-cancer", False): "used",
      ("sorafenib", "hepatocellular-carcinoma", False): "used",
      ("sorafenib", "hepatocellular-carcinoma", True): "not_indicated"}),
    ("drug-list-used-patient",
     "# Medicines you may hear about\n\n## Imatinib\n\nUsed for chronic myeloid leukaemia in the chronic phase.\n",
     {("imatinib", "chronic-myeloid-leukemia", False): "used"}),
]



@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_the_heading_names_the_subject_of_an_elided_claim(case_id, text, expected, claim_statuses):
    assert claim_statuses(text) == expected


@pytest.mark.parametrize("text", [
    "# Two drugs\n\n## Imatinib and nilotinib\n\nUsed for chronic myeloid leukaemia.\n",
    "# Living with myeloma\n\n## Tiredness\n\nRecommended for anyone with multiple myeloma who feels tired.\n",
])
def test_no_subject_when_the_heading_names_several_drugs_or_none(text, claim_statuses):
    assert claim_statuses(text) == {}
