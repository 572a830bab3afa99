""""No new patient should start X" denies the use: a negative quantifier on the people treated (withdrawal notices,
safety communications). Before stop 28 the bare "no" left the whole sentence uncertain, so a withdrawal's own
restriction was lost beside it and a recommendation reader's positive row stood alone (a polarity flip)."""
from __future__ import annotations

import pytest

CASES = [
    ("# Safety notice\n\nMelphalan flufenamide is no longer indicated for multiple myeloma and no new patients should "
     "be started on it.\n", ("melphalan-flufenamide", "multiple-myeloma")),
    ("# Network protocol change\n\nFor gastric cancer, no further patients may be given ramucirumab outside the "
     "existing courses.\n", ("ramucirumab", "gastric-cancer")),
    ("# What this means for you\n\nNo new people can start duvelisib for follicular lymphoma, because the company "
     "withdrew that use.\n", ("duvelisib", "follicular-lymphoma")),
]


@pytest.mark.parametrize("page, pair", CASES, ids=[c[1][0] for c in CASES])
def test_no_new_patients_is_a_restriction(claim_statuses, page, pair):
    claims = claim_statuses(page, whole_article=True)
    assert (*pair, True) in claims, claims
    assert (*pair, False) not in claims, claims


def test_no_new_safety_signal_is_no_restriction(claim_statuses):
    claims = claim_statuses("# Myeloma\n\nDaratumumab is approved for multiple myeloma, and no new safety signal "
                            "was seen.\n", whole_article=True)
    assert ("daratumumab", "multiple-myeloma", False) in claims
    assert ("daratumumab", "multiple-myeloma", True) not in claims
