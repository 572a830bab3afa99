"""A restriction about a second disease, said of the drug's authorisation rather than of the drug:
"It has no approval for B", "The licence does not extend to B", "The listing does not cover B", on a page
whose positive claim is about another disease A. The authorisation (singular, the subject of the denial,
near the clause start) stands for the drug being discussed; "has no approval / holds no licence" and
"<licence> does not cover / include / extend to" are denying cues. Before the change none of the four
restrictions below was read (0/4); the guards must give nothing new: a plural "these listings" may stand for
several drugs, and "the approval rests on a trial in patients who were not suitable for ..." denies nothing.
"""
from __future__ import annotations

import pytest

CASES = [
    ("no-approval-second-lymphoma-blood-clinician-md",
     "# Polatuzumab vedotin\n\nPolatuzumab vedotin is approved in Europe for diffuse large B-cell lymphoma in "
     "adults. It has no approval for Burkitt lymphoma.\n", None,
     {("polatuzumab-vedotin", "diffuse-large-b-cell-lymphoma", False): "approved",
      ("polatuzumab-vedotin", "burkitt-lymphoma", True): "not_indicated"}),
    ("licence-does-not-extend-blood-patient-html",
     "<html><head><title>Daratumumab | Patient leaflets</title></head><body><h1>Daratumumab</h1>"
     "<p>Daratumumab is used to treat multiple myeloma.</p>"
     "<p>The licence does not extend to AL amyloidosis, a related condition of the same cells.</p></body></html>",
     None,
     {("daratumumab", "multiple-myeloma", False): "used",
      ("daratumumab", "light-chain-amyloidosis", True): "not_indicated"}),
    ("listing-does-not-cover-solid-payer-txt",
     "MEDICINES LISTING\n\nITEM 3 - Osimertinib 80 mg tablets\n\nOsimertinib is reimbursed for EGFR-mutated "
     "non-small cell lung cancer after surgery.\nThe listing does not cover small cell lung cancer.\n",
     "listing.txt",
     {("osimertinib", "non-small-cell-lung-cancer", False): "used",
      ("osimertinib", "small-cell-lung-cancer", True): "not_indicated"}),
    ("marketing-authorisation-does-not-include-solid-clinician-md",
     "# Enfortumab vedotin\n\nEnfortumab vedotin is approved for locally advanced urothelial carcinoma.\n\n"
     "## Scope\n\nIn the EU the marketing authorisation currently does not include prostate cancer.\n", None,
     {("enfortumab-vedotin", "urothelial-carcinoma", False): "approved",
      ("enfortumab-vedotin", "prostate-cancer", True): "not_indicated"}),
    ("guard-plural-listings-and-a-trials-patients",
     "# Lung cancer listings\n\nAlectinib and brigatinib are reimbursed for ALK-positive non-small cell lung cancer. "
     "These listings do not cover anaplastic large cell lymphoma.\n\nThe approval rests on a trial in patients "
     "whose cancer was not suitable for surgery.\n", None,
     {("alectinib", "non-small-cell-lung-cancer", False): "used",
      ("brigatinib", "non-small-cell-lung-cancer", False): "used"}),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_what_the_licence_leaves_out_is_a_restriction(case_id, text, name, expected, claim_statuses):
    assert claim_statuses(text, name=name) == expected
