""""Previously treated patients received X or Y": the history adjective describes the subject; the drugs after
the verb are the trial's arms (used for the disease), not the patients' history.

Texts written for this test (own words), blood cancers and a solid tumour, clinician and patient register.
Expected: the (drug_id, condition_id, negated) claims of the whole page.
"""
from __future__ import annotations

import pytest

CASES = [
    ("in-which-received-blood-clinician",
     "Carfilzomib for myeloma\n\n"
     "Carfilzomib is approved for relapsed multiple myeloma. The evidence came from a phase 3 study in which 420 "
     "previously treated patients received carfilzomib or bortezomib.\n",
     {("carfilzomib", "multiple-myeloma", False), ("bortezomib", "multiple-myeloma", False)}),
    ("received-solid-clinician",
     "Kidney cancer trial\n\n"
     "Cabozantinib is approved for advanced renal cell carcinoma. In the pivotal trial, 650 previously treated "
     "patients received cabozantinib or everolimus.\n",
     {("cabozantinib", "renal-cell-carcinoma", False), ("everolimus", "renal-cell-carcinoma", False)}),
    ("adults-received-with-blood-clinician",
     "Lymphoma trial\n\n"
     "Tafasitamab is approved for relapsed diffuse large B-cell lymphoma. The trial in which 80 previously "
     "treated adults received tafasitamab with lenalidomide led to approval.\n",
     {("tafasitamab", "diffuse-large-b-cell-lymphoma", False), ("lenalidomide", "diffuse-large-b-cell-lymphoma", False)}),
    ("were-given-blood-patient",
     "Chronic myeloid leukaemia study\n\n"
     "Ponatinib is used for chronic myeloid leukaemia after other tablets have stopped working. In a study in "
     "which previously treated people were given asciminib or bosutinib, more had a good response with "
     "asciminib.\n",
     {("ponatinib", "chronic-myeloid-leukemia", False), ("asciminib", "chronic-myeloid-leukemia", False),
      ("bosutinib", "chronic-myeloid-leukemia", False)}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_previously_treated_subject_keeps_the_arms(case_id, text, expected, claim_statuses):
    assert set(claim_statuses(text)) == expected
