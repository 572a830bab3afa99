"""The chemotherapy that prepares a cell therapy is given for the cell therapy's disease (the gold
convention: lymphodepletion before CAR-T is used): "after lymphodepleting chemotherapy with X and Y",
"two days after a course of conditioning chemotherapy with X" (an "after" phrase whose drugs are
otherwise history), and the patient wording "first you have a few days of chemotherapy, usually X and
Y". Before the change none of the preparing drugs was read (0/3).
"""
from __future__ import annotations

import pytest

CASES = [
    ('after-lymphodepleting-chemo-with-blood-html',
     '<html><head><title>CAR-T for myeloma | News</title></head><body><h1>Two CAR T-cell products for multiple myeloma</h1>\n<p>Idecabtagene vicleucel and ciltacabtagene autoleucel are approved for relapsed multiple myeloma.</p>\n<p>Each product is given as a single infusion after lymphodepleting chemotherapy with fludarabine and cyclophosphamide.</p></body></html>',
     None,
     {('idecabtagene-vicleucel', 'multiple-myeloma', False): 'approved', ('ciltacabtagene-autoleucel', 'multiple-myeloma', False): 'approved', ('fludarabine', 'multiple-myeloma', False): 'used', ('cyclophosphamide', 'multiple-myeloma', False): 'used'}),
    ('patient-have-days-of-chemo-usually-md',
     '# CAR-T for leukaemia: what to expect\n\nTisagenlecleucel is used for relapsed B-cell acute lymphoblastic leukaemia in young people.\n\nFirst you have a few days of chemotherapy, usually fludarabine and cyclophosphamide, to make room for the new cells.',
     None,
     {('tisagenlecleucel', 'acute-lymphoblastic-leukemia', False): 'used', ('fludarabine', 'acute-lymphoblastic-leukemia', False): 'used', ('cyclophosphamide', 'acute-lymphoblastic-leukemia', False): 'used'}),
    ('after-a-course-of-conditioning-txt',
     'LYMPHOMA CELL THERAPY NOTES\n\nAxicabtagene ciloleucel is approved for relapsed diffuse large B-cell lymphoma.\nThe cells are given two days after a three-day course of conditioning chemotherapy with bendamustine.\n',
     'notes.txt',
     {('axicabtagene-ciloleucel', 'diffuse-large-b-cell-lymphoma', False): 'approved', ('bendamustine', 'diffuse-large-b-cell-lymphoma', False): 'used'}),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_chemotherapy_before_a_cell_therapy_is_used(case_id, text, name, expected, claim_statuses):
    assert claim_statuses(text, name=name) == expected
