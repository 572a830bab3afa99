""""Patients already receiving X may complete their course" is a transitional arrangement for people on treatment
(withdrawal notices, funding decisions), not a use of X for the disease: it gives no positive claim beside the
restriction (stop 28: a withdrawal notice's continuation line was read as a use, a polarity flip)."""
from __future__ import annotations

import pytest

CASES = [
    # clinician register, solid tumour, withdrawal
    ("# Withdrawal notice: trabectedin in liposarcoma\n\nTrabectedin is no longer indicated for liposarcoma. Patients "
     "already receiving trabectedin who are benefiting may complete their current course.\n",
     ("trabectedin", "soft-tissue-sarcoma")),
    # patient register, blood cancer
    ("# Update on idelalisib\n\nIdelalisib is no longer recommended for follicular lymphoma. People who are already "
     "taking idelalisib can carry on until they and their doctor decide to stop.\n",
     ("idelalisib", "follicular-lymphoma")),
    # payer register, solid tumour
    ("# Melanoma funding\n\nNivolumab is not funded for adjuvant melanoma. Patients currently on nivolumab may continue "
     "treatment until it is stopped.\n", ("nivolumab", "melanoma")),
]


@pytest.mark.parametrize("page, pair", CASES, ids=[c[1][0] for c in CASES])
def test_continuing_current_patients_is_no_use(claim_statuses, page, pair):
    claims = claim_statuses(page, whole_article=True)
    assert (*pair, True) in claims
    assert (*pair, False) not in claims, claims


def test_a_plain_use_that_continues_is_still_a_use(claim_statuses):
    claims = claim_statuses("# CML\n\nImatinib is used for chronic myeloid leukaemia, and most people continue it for "
                            "years.\n", whole_article=True)
    assert ("imatinib", "chronic-myeloid-leukemia", False) in claims
