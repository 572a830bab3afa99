"""A closing clause naming the setting's usual choice ("X is not indicated for A, where Y remains the standard",
"..., in which Y is the preferred option", "..., while Y is still the usual first choice") names an alternative:
Y takes neither the negation nor any part of X's claim.

Texts written for this test (own words), blood cancers and solid tumours, clinician and patient register.
Expected: the (drug_id, condition_id, negated) claims of the whole page.
"""
from __future__ import annotations

import pytest

CASES = [
    ("where-remains-standard-solid-clinician",
     "Kidney cancer notes\n\n"
     "Cabozantinib is not indicated as first-line therapy for renal cell carcinoma, where pembrolizumab with "
     "axitinib remains the standard.\n",
     {("cabozantinib", "renal-cell-carcinoma", True)}),
    ("where-usual-choice-blood-patient",
     "Your CML tablets\n\n"
     "Bosutinib is not approved as a first treatment for chronic myeloid leukaemia, where imatinib is still the "
     "usual choice.\n",
     {("bosutinib", "chronic-myeloid-leukemia", True)}),
    ("in-which-preferred-blood-clinician",
     "Relapsed lymphoma\n\n"
     "Polatuzumab vedotin is not recommended for relapsed diffuse large B-cell lymphoma in people fit for "
     "transplant, in which axicabtagene ciloleucel remains the preferred option.\n",
     {("polatuzumab-vedotin", "diffuse-large-b-cell-lymphoma", True)}),
    ("while-standard-solid-patient",
     "Treating ovarian cancer\n\n"
     "Niraparib is not licensed as the first drug for ovarian cancer in this country, while carboplatin is the "
     "standard first treatment.\n",
     {("niraparib", "ovarian-cancer", True)}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_the_usual_choice_named_aside_is_not_negated(case_id, text, expected, claim_statuses):
    assert set(claim_statuses(text)) == expected
