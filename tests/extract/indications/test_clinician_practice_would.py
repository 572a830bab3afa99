"""A clinician's own practice in the conditional mood: "most of us would give X", "we would start X",
"most haematologists would now use X", often after a biomarker condition ("if an FLT3 mutation is
found, ..."). That is what they do (a use), not a hypothesis; a biomarker "if" qualifies the claim.
Before the change all three were read as hypothetical and gave nothing (0/3); the guards keep a
real hypothesis ("if the patient relapses, we could ...", "if approved, X would be used") silent.
"""
from __future__ import annotations

import pytest

CASES = [
    ("most-of-us-would-give-after-marker-if-blood-txt",
     "ASK THE EXPERT\n\nQ: Which drug comes next when acute myeloid leukaemia relapses?\nA: If an FLT3 mutation is "
     "found at relapse, most of us would give gilteritinib for acute myeloid leukaemia.\n", "qa.txt",
     {("gilteritinib", "acute-myeloid-leukemia", False): "used"}),
    ("we-would-start-solid-md",
     "# EGFR lung cancer\n\nFor EGFR-mutated non-small cell lung cancer, we would start osimertinib.\n", None,
     {("osimertinib", "non-small-cell-lung-cancer", False): "used"}),
    ("haematologists-would-now-use-blood-html",
     "<html><head><title>Mantle cell lymphoma | Clinician notes</title></head><body><h1>Second-line choices</h1>"
     "<p>In relapsed mantle cell lymphoma most haematologists would now use zanubrutinib.</p></body></html>", None,
     {("zanubrutinib", "mantle-cell-lymphoma", False): "used"}),
    ("guard-real-hypotheses",
     "# Outlook\n\nIf the patient relapses, we could give azacitidine for acute myeloid leukaemia. If approved, "
     "imetelstat would be used for myelofibrosis.\n", None, {}),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_a_clinicians_would_is_their_practice(case_id, text, name, expected, claim_statuses):
    assert claim_statuses(text, name=name) == expected
