"""What a drug was first made for ("X, a tablet first developed for other cancers") describes the drug; it is
not a new disease that stops the clause from taking the page's disease.

Texts written for this test (own words), blood cancers and solid tumours, patient and clinician register.
Expected: the (drug_id, condition_id, negated) claims of the whole page.
"""
from __future__ import annotations

import pytest

WM = "waldenstrom-macroglobulinemia"
CASES = [
    ("first-made-for-solid-patient",
     "Living with soft tissue sarcoma\n\n"
     "Soft tissue sarcomas are rare cancers of connective tissue. Some people are given pazopanib, a tablet first "
     "made for other cancers.\n",
     {("pazopanib", "soft-tissue-sarcoma", False)}),
    ("originally-developed-blood-clinician",
     "Systemic mastocytosis\n\n"
     "Advanced systemic mastocytosis is a rare myeloid neoplasm. Patients are often treated with midostaurin, a "
     "kinase inhibitor originally developed for other leukaemias.\n",
     {("midostaurin", "systemic-mastocytosis", False)}),
    ("first-developed-mid-list-blood-patient",
     "Waldenstrom macroglobulinaemia\n\n"
     "Waldenstrom macroglobulinaemia is a slow-growing lymphoma. Many people are given ibrutinib, a tablet first "
     "developed for other blood cancers, or zanubrutinib.\n",
     {("ibrutinib", WM, False), ("zanubrutinib", WM, False)}),
    # guard: other diseases the drug is approved for are a new referent, not the page's disease
    ("guard-approved-for-other",
     "Waldenstrom macroglobulinaemia\n\n"
     "Waldenstrom macroglobulinaemia is a slow-growing lymphoma. Ibrutinib is also approved for several other "
     "lymphomas.\n",
     set()),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_drug_origin_aside_keeps_the_page_disease(case_id, text, expected, claim_statuses):
    assert set(claim_statuses(text)) == expected
