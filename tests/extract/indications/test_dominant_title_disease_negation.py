"""A restriction without a disease ("X is no longer used in front-line protocols") on a page whose title names
two diseases takes the one the page is clearly about (named far more often than any other); when the title's
diseases share the page, it takes none (a neighbouring sentence's disease is no evidence for a negation).

Texts written for this test (own words), a blood cancer and a solid tumour, patient and clinician register.
Expected: the (drug_id, condition_id, negated) claims of the whole page.
"""
from __future__ import annotations

import pytest

CASES = [
    ("dominant-blood-patient",
     "# Hodgkin lymphoma and non-Hodgkin lymphoma in teenagers: first treatment\n\n"
     "Hodgkin lymphoma is one of the commonest cancers in teenagers. Most teenagers with Hodgkin lymphoma are "
     "cured. Brentuximab vedotin is approved for Hodgkin lymphoma in children from 6 years of age. Dacarbazine "
     "is no longer used in front-line protocols.\n",
     {("brentuximab-vedotin", "hodgkin-lymphoma", False), ("dacarbazine", "hodgkin-lymphoma", True)}),
    ("dominant-solid-clinician",
     "# Colorectal and anal cancer: the chemotherapy review\n\n"
     "Colorectal cancer is treated in stages. In metastatic colorectal cancer, capecitabine is approved with "
     "oxaliplatin. Most colorectal cancer units follow this pathway. Raltitrexed is no longer used as a first "
     "treatment.\n",
     {("capecitabine", "colorectal-cancer", False), ("oxaliplatin", "colorectal-cancer", False),
      ("raltitrexed", "colorectal-cancer", True)}),
    ("guard-shared-title",
     "# Breast and ovarian cancer: PARP inhibitors\n\n"
     "Olaparib is approved for breast cancer. Olaparib is approved for ovarian cancer. Niraparib is no longer "
     "used as a first treatment.\n",
     {("olaparib", "breast-cancer", False), ("olaparib", "ovarian-cancer", False)}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_bare_restriction_takes_the_dominant_title_disease(case_id, text, expected, claim_statuses):
    assert set(claim_statuses(text)) == expected
