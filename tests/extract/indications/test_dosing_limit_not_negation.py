"""A dosing limit is not a negation of the claim: "repeated no more often than every 28 days", "no sooner than
every 21 days", "no more than once every three weeks". Before, the bare "no" left the whole sentence unread.

Texts written for this test (own words), blood cancers and solid tumours, clinician and patient register.
Expected: the (drug_id, condition_id, negated) claims of the whole page.
"""
from __future__ import annotations

import pytest

CASES = [
    ("no-more-often-than-blood-clinician",
     "MDS treatment summary\n\n"
     "Azacitidine is approved for myelodysplastic syndromes, given for 7 days in each cycle and repeated no more "
     "often than every 28 days.\n",
     {("azacitidine", "myelodysplastic-syndrome", False)}),
    ("no-sooner-than-solid-clinician",
     "HER2 breast cancer note\n\n"
     "Trastuzumab deruxtecan is approved for HER2-positive breast cancer at 5.4 mg/kg, repeated no sooner than "
     "every 21 days.\n",
     {("trastuzumab-deruxtecan", "breast-cancer", False)}),
    ("no-more-than-once-solid-patient",
     "Your prostate cancer drip\n\n"
     "Cabazitaxel is used for prostate cancer that has spread, with one drip no more than once every three weeks.\n",
     {("cabazitaxel", "prostate-cancer", False)}),
    ("no-more-than-doses-blood-patient",
     "Myeloma injections\n\n"
     "Daratumumab is approved for multiple myeloma, and you will have no more than eight doses in the first two "
     "months.\n",
     {("daratumumab", "multiple-myeloma", False)}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_dosing_limit_keeps_the_claim(case_id, text, expected, claim_statuses):
    assert set(claim_statuses(text)) == expected
