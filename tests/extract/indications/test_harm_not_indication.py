"""A harm the drug brings is no indication: "X raises the risk of severe C", "it can cause C", "it slightly
increases the risk of C". C is an adverse effect; it takes neither the drug's claim nor its restriction.

Texts written for this test (own words), blood cancers and solid tumours, clinician and patient register.
Expected: the (drug_id, condition_id, negated) claims of the whole page.
"""
from __future__ import annotations

import pytest

CASES = [
    ("raises-risk-blood-clinician",
     "Ipilimumab after transplant in Hodgkin lymphoma\n\n"
     "Ipilimumab is used for relapsed Hodgkin lymphoma. Because ipilimumab raises the risk of severe "
     "graft-versus-host disease, it should not be given shortly before an allogeneic transplant.\n",
     {("ipilimumab", "hodgkin-lymphoma", False)}),
    ("increases-risk-solid-patient",
     "Breast cancer tablets\n\n"
     "Tamoxifen is used for breast cancer, but it slightly increases the risk of endometrial cancer.\n",
     {("tamoxifen", "breast-cancer", False)}),
    ("can-cause-blood-clinician",
     "Blinatumomab in ALL\n\n"
     "Blinatumomab is approved for B-cell acute lymphoblastic leukaemia. It can cause cytokine release syndrome "
     "and should not be given to people with active infections.\n",
     {("blinatumomab", "acute-lymphoblastic-leukemia", False)}),
    ("may-cause-blood-patient",
     "Older CLL tablets\n\n"
     "Chlorambucil is used for chronic lymphocytic leukaemia, but it may cause acute myeloid leukaemia years "
     "later.\n",
     {("chlorambucil", "chronic-lymphocytic-leukemia", False)}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_harm_named_is_not_an_indication(case_id, text, expected, claim_statuses):
    assert set(claim_statuses(text)) == expected
