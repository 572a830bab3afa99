"""Subjectless restriction bullets on a drug's own page ("## Restrictions / - X is not recommended when ... /
- Not funded for B / - Not for use as a first treatment for metastatic disease"): each bullet's subject is the
page's drug, also after a bullet that names that drug itself; "metastatic disease" is the page's disease.

Texts written for this test (own words), blood cancers and solid tumours, clinician (formulary) and patient
register. Expected: the (drug_id, condition_id, negated) claims of the whole page.
"""
from __future__ import annotations

import pytest

CASES = [
    ("funded-after-named-bullet-solid",
     "# Olaparib (Lynparza): formulary entry\n\n"
     "## Approved use\n\n"
     "Olaparib is approved for BRCA-mutated ovarian cancer.\n\n"
     "## Restrictions\n\n"
     "- Olaparib is not recommended before platinum chemotherapy has been tried.\n"
     "- Not funded for pancreatic cancer: requests are sent to the oncology pharmacist.\n",
     {("olaparib", "ovarian-cancer", False), ("olaparib", "pancreatic-cancer", True)}),
    ("not-for-use-in-blood",
     "# Ibrutinib: formulary monograph\n\n"
     "## Approved use\n\n"
     "Ibrutinib is approved for chronic lymphocytic leukaemia.\n\n"
     "## Restrictions\n\n"
     "- Ibrutinib is not recommended for patients with uncontrolled atrial fibrillation.\n"
     "- Not for use in hairy cell leukaemia.\n",
     {("ibrutinib", "chronic-lymphocytic-leukemia", False), ("ibrutinib", "hairy-cell-leukemia", True)}),
    ("not-for-use-generic-disease-solid",
     "# Cabozantinib: formulary entry\n\n"
     "## Approved use\n\n"
     "Cabozantinib is approved for advanced renal cell carcinoma after one earlier treatment.\n\n"
     "## Restrictions\n\n"
     "- Not for use as a first treatment for metastatic disease.\n",
     {("cabozantinib", "renal-cell-carcinoma", False), ("cabozantinib", "renal-cell-carcinoma", True)}),
    ("patient-what-it-is-not-for-blood",
     "# Your medicine: dasatinib\n\n"
     "## What it is for\n\n"
     "Dasatinib is approved for chronic myeloid leukaemia.\n\n"
     "## What it is not for\n\n"
     "- Dasatinib is not a good choice if you have fluid around the lungs.\n"
     "- Not used for acute myeloid leukaemia.\n",
     {("dasatinib", "chronic-myeloid-leukemia", False), ("dasatinib", "acute-myeloid-leukemia", True)}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_restriction_bullets_take_the_page_drug(case_id, text, expected, claim_statuses):
    assert set(claim_statuses(text)) == expected
