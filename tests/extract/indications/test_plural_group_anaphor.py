"""A restriction whose subject is a plural noun standing for the drugs just named together: "These tablets
are not used as your first treatment", "Both medicines are not approved for ...". The drugs of the
closest sentence before, in the same section, naming two or more, are its subject. All three cases gave
no restriction before (0/3); the last case must give nothing new: "these medicines" there is the subject of
a side effect, and the other drug of the sentence has its own claim.
"""
from __future__ import annotations

import pytest

CASES = [
    ("these-tablets-first-treatment-solid-patient",
     "# Bile duct cancer\n\nFutibatinib and pemigatinib are used for bile duct cancer with an FGFR2 fusion. These "
     "tablets are not used as your first treatment for bile duct cancer.\n",
     {("futibatinib", "biliary-tract-cancer", False): "used", ("pemigatinib", "biliary-tract-cancer", False): "used",
      ("futibatinib", "biliary-tract-cancer", True): "not_indicated",
      ("pemigatinib", "biliary-tract-cancer", True): "not_indicated"}),
    ("both-medicines-blood-clinician",
     "# Myeloma news\n\nTeclistamab and elranatamab are approved for multiple myeloma after four earlier "
     "treatments. Both medicines are not approved for newly diagnosed multiple myeloma.\n",
     {("teclistamab", "multiple-myeloma", False): "approved", ("elranatamab", "multiple-myeloma", False): "approved",
      ("teclistamab", "multiple-myeloma", True): "not_indicated",
      ("elranatamab", "multiple-myeloma", True): "not_indicated"}),
    ("these-drugs-another-disease-solid",
     "# Lung cancer\n\nDoctors use osimertinib or gefitinib for EGFR-mutated non-small cell lung cancer. These "
     "drugs are not used for small cell lung cancer.\n",
     {("osimertinib", "non-small-cell-lung-cancer", False): "used",
      ("gefitinib", "non-small-cell-lung-cancer", False): "used",
      ("osimertinib", "small-cell-lung-cancer", True): "not_indicated",
      ("gefitinib", "small-cell-lung-cancer", True): "not_indicated"}),
    ("these-medicines-side-effect-guard",
     "# Leukaemia\n\nImatinib and nilotinib are used for CML. These medicines can cause swelling, and other drugs "
     "such as dasatinib are used for ALL.\n",
     {("imatinib", "chronic-myeloid-leukemia", False): "used", ("nilotinib", "chronic-myeloid-leukemia", False): "used",
      ("dasatinib", "acute-lymphoblastic-leukemia", False): "used"}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_plural_noun_for_the_drugs_just_named_is_the_subject(case_id, text, expected, claim_statuses):
    assert claim_statuses(text) == expected
