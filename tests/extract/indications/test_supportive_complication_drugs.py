"""Drugs given for a complication of the cancer treatment are supportive care, not a claim for the cancer:
"give dexamethasone ... to reduce oedema and effusions", "If you suspect it [differentiation syndrome], start
dexamethasone ... until the signs resolve", "tocilizumab is used for grade 2 or higher [cytokine release
syndrome] events" (the gold convention: CRS and premedication drugs are named but have no claim). Before the
change each of the three gave a false claim for the cancer (0/3), from the claim reader or from a
recommendation turned claim.
"""
from __future__ import annotations

import pytest

CASES = [
    ('premedication-to-reduce-oedema-blood-md',
     '# Loncastuximab tesirine\n\nLoncastuximab tesirine is approved for relapsed diffuse large B-cell lymphoma. Unless contraindicated, give dexamethasone by mouth for 3 days around each infusion to reduce oedema and effusions.',
     None,
     {('loncastuximab-tesirine', 'diffuse-large-b-cell-lymphoma', False): 'approved'}),
    ('if-you-suspect-until-signs-resolve-blood-txt',
     'ASK THE EXPERT: IDH inhibitors\n\nQ: Which drug do you use for relapsed acute myeloid leukaemia with an IDH2 mutation?\nA: Enasidenib is approved for relapsed acute myeloid leukaemia with an IDH2 mutation.\nQ: What should I watch for?\nA: Differentiation syndrome. If you suspect it, start dexamethasone twice a day and continue until the signs resolve.',
     'qa.txt',
     {('enasidenib', 'acute-myeloid-leukemia', False): 'approved'}),
    ('crs-treatment-after-cell-therapy-md',
     '# Epcoritamab monograph\n\nEpcoritamab is approved for relapsed diffuse large B-cell lymphoma after two earlier treatments.\n\nTreat cytokine release syndrome according to grade; tocilizumab is used for grade 2 or higher events.\n',
     None,
     {('epcoritamab', 'diffuse-large-b-cell-lymphoma', False): 'approved'}),
    ('guard-patient-html-crs',
     '<html><head><title>CAR-T side effects | Patient guide</title></head><body><h1>Ciltacabtagene autoleucel</h1>\n<p>Ciltacabtagene autoleucel is used for multiple myeloma that has come back.</p>\n<p>Your team may give tocilizumab to treat cytokine release syndrome, a common reaction in the first week.</p></body></html>',
     None,
     {('ciltacabtagene-autoleucel', 'multiple-myeloma', False): 'used'}),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_drugs_for_a_treatment_complication_make_no_claim(case_id, text, name, expected, claim_statuses):
    assert claim_statuses(text, name=name, whole_article=True) == expected
