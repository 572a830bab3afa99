"""A listing still in force beside a withdrawn one: "X is no longer reimbursed for A. The listing for B continues
unchanged.", "Its funding for B remains in place", "The coverage for B stays as before". The listing (singular,
with "for B" and a verb of continuing) stands for the drug being discussed and is a payer's use of it. Before
the change only the withdrawn listing was read (0/3 positive claims).
"""
from __future__ import annotations

import pytest

CASES = [
    ('listing-continues-solid-txt',
     'LISTING CHANGES\n\nITEM 4 - Crizotinib 250 mg capsules\nCrizotinib is no longer reimbursed for ALK-positive non-small cell lung cancer.\nThe listing for ROS1-positive non-small cell lung cancer continues unchanged.',
     'changes.txt',
     {('crizotinib', 'non-small-cell-lung-cancer', False): 'used', ('crizotinib', 'non-small-cell-lung-cancer', True): 'not_indicated'}),
    ('its-funding-remains-blood-md',
     '# Funding update: lenalidomide\n\nLenalidomide is no longer funded for myelodysplastic syndrome with a 5q deletion.\n\nIts funding for multiple myeloma remains in place.',
     None,
     {('lenalidomide', 'multiple-myeloma', False): 'used', ('lenalidomide', 'myelodysplastic-syndrome', True): 'not_indicated'}),
    ('the-coverage-stays-blood-html',
     '<html><head><title>Formulary update | Health board</title></head><body><h1>Ruxolitinib: formulary update</h1>\n<p>Ruxolitinib is no longer covered for graft-versus-host disease.</p>\n<p>The coverage for myelofibrosis stays as before.</p></body></html>\n',
     None,
     {('ruxolitinib', 'myelofibrosis', False): 'used', ('ruxolitinib', 'graft-versus-host-disease', True): 'not_indicated'}),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_a_listing_that_continues_is_a_use(case_id, text, name, expected, claim_statuses):
    assert claim_statuses(text, name=name) == expected
