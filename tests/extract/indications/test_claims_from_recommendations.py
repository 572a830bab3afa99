"""A guideline's treatment choice is an indication claim: a table whose columns are "Preferred" and "Alternative", or one whose rows give a graded regimen, say
what a curator records as "<drug> is recommended for <disease>". The recommendations reader reads these
tables; the claims come from its rows. Each table case gave no claim before (0/3).
"""
from __future__ import annotations

import pytest


CASES = [
    ("markdown-table-preferred-and-alternative-solid",
     "# Colon cancer guideline summary (2025 update)\n\nThe panel's choices for adjuvant treatment are shown "
     "below.\n\n| Setting | Preferred | Alternative |\n|---|---|---|\n| Stage III after surgery | capecitabine "
     "with oxaliplatin | fluorouracil |\n| Stage II with high-risk features | capecitabine | fluorouracil |\n",
     {("capecitabine", "colorectal-cancer", False): "recommended",
      ("oxaliplatin", "colorectal-cancer", False): "recommended",
      ("fluorouracil", "colorectal-cancer", False): "recommended"}),
    ("html-table-preferred-and-other-columns-blood",
     "<html><head><title>Follicular lymphoma guideline 2024</title></head><body><h1>Follicular lymphoma "
     "guideline 2024</h1><p>The working group lists its treatment choices for follicular lymphoma needing "
     "treatment.</p><table><tr><th>Situation</th><th>Preferred treatment</th><th>Other recommended</th></tr>"
     "<tr><td>First treatment, high tumour burden</td><td>obinutuzumab with bendamustine</td><td>rituximab "
     "with bendamustine</td></tr><tr><td>Low tumour burden</td><td>rituximab alone</td><td>watchful waiting"
     "</td></tr></table><p>The group reviews these choices every year.</p></body></html>",
     {("obinutuzumab", "follicular-lymphoma", False): "recommended",
      ("bendamustine", "follicular-lymphoma", False): "recommended",
      ("rituximab", "follicular-lymphoma", False): "recommended"}),
    ("graded-table-blood",
     "# Myeloma guideline (2024)\n\n| Treatment | Grade |\n|---|---|\n| daratumumab with lenalidomide and "
     "dexamethasone | 1A |\n| bortezomib with lenalidomide and dexamethasone | 1B |\n\nThese apply to newly "
     "diagnosed multiple myeloma in people who cannot have a transplant.\n",
     {(d, "multiple-myeloma", False): "recommended"
      for d in ("daratumumab", "lenalidomide", "dexamethasone", "bortezomib")}),
]



@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_guideline_treatment_choice_is_a_recommended_claim(case_id, text, expected, claim_statuses):
    assert claim_statuses(text, whole_article=True) == expected


def test_a_premedication_directive_is_no_claim_on_the_disease(claim_statuses):
    text = ("# Myeloma guideline, 2024\n\nPremedicate with dexamethasone and paracetamol before each dose of "
            "daratumumab in multiple myeloma.\n")
    assert not any(d in ("dexamethasone", "paracetamol") for d, _, _ in claim_statuses(text, whole_article=True))


def test_the_claim_reader_keeps_its_own_claim_and_polarity(claim_statuses):
    text = ("# Leukaemia guideline, 2024\n\nImatinib is not recommended for chronic myeloid leukaemia in blast "
            "phase.\n\n| Phase | Preferred |\n|---|---|\n| Chronic phase | imatinib |\n")
    claims = claim_statuses(text, whole_article=True)
    assert claims.get(("imatinib", "chronic-myeloid-leukemia", True)) == "not_recommended"
    assert ("imatinib", "chronic-myeloid-leukemia", False) not in claims
