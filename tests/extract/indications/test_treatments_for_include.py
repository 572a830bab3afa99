"""Drugs named as a disease's treatments by a plural noun: "Other treatments for A include X and Y", "The
main medicines for A include X, Y and Z", and the patient wording "people will already have had several
treatments for A ..., such as X or Y" (the gold convention records such treatments as used). Before the
change none of the three gave a row (0/3: "treatment ... includes" was read in the singular only); the
guard keeps "side effects of these drugs include ..." silent.
"""
from __future__ import annotations

import pytest

CASES = [
    ('treatments-for-include-blood-md',
     '# Relapsed leukaemia\n\nOther treatments for relapsed acute lymphoblastic leukaemia include blinatumomab and inotuzumab ozogamicin.',
     None,
     {('blinatumomab', 'acute-lymphoblastic-leukemia', False): 'used', ('inotuzumab-ozogamicin', 'acute-lymphoblastic-leukemia', False): 'used'}),
    ('had-treatments-for-such-as-blood-patient-html',
     '<html><head><title>CAR-T for lymphoma | Charity blog</title></head><body><h1>Is CAR-T right for me?</h1>\n<p>Most people will already have had several treatments for follicular lymphoma before CAR-T is discussed, such as rituximab or obinutuzumab with chemotherapy.</p></body></html>',
     None,
     {('rituximab', 'follicular-lymphoma', False): 'used', ('obinutuzumab', 'follicular-lymphoma', False): 'used'}),
    ('medicines-for-include-solid-txt',
     'KIDNEY CANCER: CLINICIAN BRIEF\n\nThe main medicines for advanced renal cell carcinoma include cabozantinib, lenvatinib and axitinib.',
     'brief.txt',
     {('cabozantinib', 'renal-cell-carcinoma', False): 'used', ('lenvatinib', 'renal-cell-carcinoma', False): 'used', ('axitinib', 'renal-cell-carcinoma', False): 'used'}),
    ('guard-side-effects-of-drugs-include',
     '# Guard\n\nSide effects of these drugs include diarrhoea. Imatinib is taken once a day for chronic myeloid leukaemia.\n',
     None,
     # the guard is that no side effect becomes a claim; "X is taken ... for A" is itself a use (test_taken_for)
     {('imatinib', 'chronic-myeloid-leukemia', False): 'used'}),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_drugs_named_as_treatments_for_a_disease_are_used(case_id, text, name, expected, claim_statuses):
    assert claim_statuses(text, name=name) == expected
