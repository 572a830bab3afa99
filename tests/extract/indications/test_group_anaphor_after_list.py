"""A plural noun for the drugs of the list just before it: "- X: one tablet a day / - Y: ... / These
tablets are not used as the first treatment". Each item names one drug (an item's second line may name
none); together they are the group "these tablets / both medicines / these drugs" stands for. Before the
change the restriction was missed in all three cases (0/3): the closest sentence naming two drugs was
more than two sentences back. The guard: a side effect said of the group makes no claim.
"""
from __future__ import annotations

import pytest

CASES = [
    ("these-tablets-after-list-solid-patient-html",
     "<html><head><title>Bile duct cancer tablets | Clinic</title></head><body><h1>Targeted tablets for bile "
     "duct cancer</h1><p>If bile duct cancer comes back after chemotherapy, your doctor may offer one of two "
     "targeted tablets.</p><ul><li><strong>Futibatinib</strong>: you take it once a day.</li>"
     "<li><strong>Pemigatinib</strong>: you take it once a day for two weeks, then stop for a week.</li>"
     "<li>Each three-week block is called a cycle.</li></ul>"
     "<p>These tablets are not used as the first treatment for bile duct cancer.</p></body></html>", None,
     {("futibatinib", "biliary-tract-cancer", False): "used", ("pemigatinib", "biliary-tract-cancer", False): "used",
      ("futibatinib", "biliary-tract-cancer", True): "not_indicated",
      ("pemigatinib", "biliary-tract-cancer", True): "not_indicated"}),
    ("both-medicines-after-list-blood-md",
     "# Myeloma: bispecific antibodies\n\nTeclistamab and talquetamab are given for multiple myeloma after several "
     "earlier treatments.\n\n- Teclistamab: an injection under the skin once a week.\n- Talquetamab: an injection "
     "under the skin every two weeks.\n\nBoth medicines are not approved for newly diagnosed multiple myeloma.\n", None,
     {("teclistamab", "multiple-myeloma", False): "used", ("talquetamab", "multiple-myeloma", False): "used",
      ("teclistamab", "multiple-myeloma", True): "not_indicated",
      ("talquetamab", "multiple-myeloma", True): "not_indicated"}),
    ("these-drugs-after-list-solid-clinician-txt",
     "LUNG CANCER: ALK TABLETS\n\nAlectinib and lorlatinib are used for ALK-positive non-small cell lung cancer.\n"
     "- Alectinib: 600 mg twice a day with food.\n- Lorlatinib: 100 mg once a day.\n"
     "These drugs are not used for small cell lung cancer.\n", "alk.txt",
     {("alectinib", "non-small-cell-lung-cancer", False): "used",
      ("lorlatinib", "non-small-cell-lung-cancer", False): "used",
      ("alectinib", "small-cell-lung-cancer", True): "not_indicated",
      ("lorlatinib", "small-cell-lung-cancer", True): "not_indicated"}),
    ("guard-side-effect-of-the-group",
     "# Leukaemia tablets\n\nImatinib and nilotinib are used for chronic myeloid leukaemia.\n\n- Imatinib: once "
     "a day with food.\n- Nilotinib: twice a day on an empty stomach.\n\nThese tablets can cause swelling and "
     "tiredness.\n", None,
     {("imatinib", "chronic-myeloid-leukemia", False): "used", ("nilotinib", "chronic-myeloid-leukemia", False): "used"}),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_a_plural_noun_after_a_list_stands_for_its_drugs(case_id, text, name, expected, claim_statuses):
    assert claim_statuses(text, name=name) == expected
