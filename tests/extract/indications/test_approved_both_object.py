"""The drugs just named, as the object of an approval: "The FDA and the EMA have approved both for A",
"Health Canada authorised them for A", "The FDA approved them for A". "both" / "them" after an approval
verb stands for the drugs of the closest sentence naming two or more, like "these tablets" as a subject.
Before the change the approval was missed in all three (0/3: the patient page kept only "used").
"""
from __future__ import annotations

import pytest

CASES = [
    ('approved-both-solid-patient-html',
     '<html><head><title>Bile duct cancer | Patient guide</title></head><body><h1>Targeted tablets</h1>\n<p>If bile duct cancer grows again after chemotherapy, your doctor may offer futibatinib or pemigatinib.</p>\n<p>The FDA and the European Medicines Agency have approved both for adults with bile duct cancer with an FGFR2 fusion.</p></body></html>',
     None,
     {('futibatinib', 'biliary-tract-cancer', False): 'approved', ('pemigatinib', 'biliary-tract-cancer', False): 'approved'}),
    ('authorised-them-blood-md',
     '# CLL update\n\nAcalabrutinib and zanubrutinib are BTK inhibitors taken by mouth.\n\nHealth Canada authorised them for chronic lymphocytic leukaemia in adults.',
     None,
     {('acalabrutinib', 'chronic-lymphocytic-leukemia', False): 'approved', ('zanubrutinib', 'chronic-lymphocytic-leukemia', False): 'approved'}),
    ('approved-them-solid-txt',
     'MELANOMA NEWS\n\nNivolumab and relatlimab are given together as one infusion.\nThe FDA approved them for advanced melanoma in 2022.\n',
     'news.txt',
     {('nivolumab', 'melanoma', False): 'approved', ('relatlimab', 'melanoma', False): 'approved'}),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_both_or_them_after_an_approval_verb_are_the_drugs_just_named(case_id, text, name, expected, claim_statuses):
    assert claim_statuses(text, name=name) == expected
