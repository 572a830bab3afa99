"""A trial's arms after a long description of its patients: "randomly assigned adults with previously
untreated, BRAF V600E-mutant, metastatic disease to X plus Y or to Z", "randomised 480 adults with newly
diagnosed, transplant-ineligible, standard-risk disease to ...". The words between the verb and "to"
(hyphenated and dotted qualifiers, counts, places) may be many; the arms are still the drugs after "to",
used for the page's disease (the chemotherapy partners of both arms too: the gold convention of trial
backbones). Before the change none of the three pages gave a row (0/3).
"""
from __future__ import annotations

import pytest

CASES = [
    ('long-qualified-patients-solid-html',
     '<html><head><title>Colorectal cancer trial results | Oncology news</title></head><body><h1>BRAF-mutant colorectal cancer: first-line trial</h1>\n<p>Metastatic colorectal cancer with a BRAF V600E mutation has a poor outlook.</p>\n<p>The trial randomly assigned adults with previously untreated, BRAF V600E-mutant, metastatic disease to encorafenib plus cetuximab with FOLFOX or to FOLFOX with or without bevacizumab.</p></body></html>',
     None,
     {('encorafenib', 'colorectal-cancer', False): 'used', ('cetuximab', 'colorectal-cancer', False): 'used', ('bevacizumab', 'colorectal-cancer', False): 'used'}),
    ('randomised-n-adults-blood-md',
     '# Myeloma trial update\n\nMultiple myeloma in older adults is often treated without a transplant.\n\nThe study randomised 480 adults with newly diagnosed, transplant-ineligible, standard-risk disease to daratumumab plus lenalidomide and dexamethasone or to lenalidomide and dexamethasone alone.',
     None,
     {('daratumumab', 'multiple-myeloma', False): 'used', ('lenalidomide', 'multiple-myeloma', False): 'used', ('dexamethasone', 'multiple-myeloma', False): 'used'}),
    ('allocated-at-centres-blood-txt',
     'ABSTRACT 4411 - Hodgkin lymphoma\n\nBackground: Hodgkin lymphoma in adults is usually cured with chemotherapy.\nMethods: Investigators allocated 994 adults with untreated, advanced-stage, classical disease at 218 centres to brentuximab vedotin with doxorubicin, vinblastine and dacarbazine or to bleomycin with the same three drugs.\n',
     'abstract.txt',
     {('brentuximab-vedotin', 'hodgkin-lymphoma', False): 'used', ('doxorubicin', 'hodgkin-lymphoma', False): 'used', ('vinblastine', 'hodgkin-lymphoma', False): 'used', ('dacarbazine', 'hodgkin-lymphoma', False): 'used', ('bleomycin', 'hodgkin-lymphoma', False): 'used'}),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_arms_after_a_long_patient_description_are_used(case_id, text, name, expected, claim_statuses):
    assert claim_statuses(text, name=name) == expected
