"""A trial as the subject of "compared": "ZEPHYR-2 compared X, Y and Z with X and Z in 302 people", "The study
compared X with Y in 529 women", "LUMEN-12 directly compared X with Y". The clause gives the trial's arms
(both used, the active comparator too, as the contract says) and the disease is the page's when the clause
names none, as for "were randomised to". Before the change none of the three gave a row (0/3: only the
passive "was compared with" read as arms).
"""
from __future__ import annotations

import pytest

CASES = [
    ('named-trial-compared-blood-md',
     '# Relapsed myeloma: trial news\n\nThis update is about multiple myeloma that has come back after earlier treatment.\n\nZEPHYR-2 compared carfilzomib, isatuximab and dexamethasone with carfilzomib and dexamethasone in 302 people.',
     None,
     {('carfilzomib', 'multiple-myeloma', False): 'used', ('isatuximab', 'multiple-myeloma', False): 'used', ('dexamethasone', 'multiple-myeloma', False): 'used'}),
    ('the-study-compared-solid-html',
     '<html><head><title>Triple-negative breast cancer | News</title></head><body><h1>New results in metastatic triple-negative breast cancer</h1>\n<p>Triple-negative breast cancer that has spread is hard to treat.</p>\n<p>The study compared sacituzumab govitecan with eribulin in 529 women treated at 88 centres.</p></body></html>',
     None,
     {('sacituzumab-govitecan', 'breast-cancer', False): 'used', ('eribulin', 'breast-cancer', False): 'used'}),
    ('trial-directly-compared-solid-txt',
     'LUNG CANCER ABSTRACTS\n\nNon-small cell lung cancer, second line.\nLUMEN-12 directly compared pembrolizumab with docetaxel in 1034 patients.\n',
     'abstracts.txt',
     {('pembrolizumab', 'non-small-cell-lung-cancer', False): 'used', ('docetaxel', 'non-small-cell-lung-cancer', False): 'used'}),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_a_trial_that_compared_arms_gives_its_arms(case_id, text, name, expected, claim_statuses):
    assert claim_statuses(text, name=name) == expected
