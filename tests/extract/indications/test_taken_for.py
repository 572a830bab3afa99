"""Patient-register use: tablets are "taken" ("X is taken with Y for A", "it is taken by mouth for A", "X is
usually taken once a day to treat A"). The drug and its partner are used for the disease.

Texts written for this test (own words), blood cancers and solid tumours, patient and clinician register.
Expected: the (drug_id, condition_id, negated) -> status claims of the whole page.
"""
from __future__ import annotations

import pytest

CASES = [
    ("taken-together-with-blood-patient",
     "CLL forum\n\n"
     "Idelalisib is taken together with rituximab for relapsed CLL.\n",
     {("idelalisib", "chronic-lymphocytic-leukemia", False): "used",
      ("rituximab", "chronic-lymphocytic-leukemia", False): "used"}),
    ("taken-with-solid-patient",
     "Breast cancer tablets\n\n"
     "Palbociclib is taken with letrozole for advanced breast cancer.\n",
     {("palbociclib", "breast-cancer", False): "used", ("letrozole", "breast-cancer", False): "used"}),
    ("pronoun-taken-by-mouth-blood",
     "Myelofibrosis medicines\n\n"
     "Ruxolitinib is a JAK inhibitor. It is taken by mouth for myelofibrosis.\n",
     {("ruxolitinib", "myelofibrosis", False): "used"}),
    ("taken-once-a-day-solid-clinician",
     "Prostate cancer hormone tablets\n\n"
     "Abiraterone is usually taken once a day to treat metastatic prostate cancer.\n",
     {("abiraterone", "prostate-cancer", False): "used"}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_taken_for_is_a_use(case_id, text, expected, claim_statuses):
    assert claim_statuses(text) == expected
