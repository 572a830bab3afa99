"""An insurer's coverage criteria: "X is considered medically necessary for A" is a use, "X is (considered) not
medically necessary for B" its exclusion, a restriction beside it (stop 28: a medical policy's exclusions were
missed beside the covered uses)."""
from __future__ import annotations

import pytest

CASES = [
    ("# Medical policy: lenvatinib\n\nLenvatinib is considered medically necessary for differentiated thyroid cancer "
     "that no longer responds to radioactive iodine. Lenvatinib is considered not medically necessary for anaplastic "
     "thyroid cancer.\n", ("lenvatinib", "thyroid-cancer"), True),
    ("# Coverage criteria\n\nPembrolizumab is medically necessary for cervical cancer when the tumour expresses PD-L1. "
     "It is not medically necessary for small cell lung cancer.\n", ("pembrolizumab", "small-cell-lung-cancer"),
     False),
    ("# Policy bulletin: CAR-T therapy\n\nTisagenlecleucel is considered experimental and not medically necessary for "
     "chronic lymphocytic leukaemia.\n", ("tisagenlecleucel", "chronic-lymphocytic-leukemia"), False),
]


@pytest.mark.parametrize("page, pair, also_positive", CASES, ids=[c[1][0] for c in CASES])
def test_not_medically_necessary_is_a_restriction(claim_statuses, page, pair, also_positive):
    claims = claim_statuses(page, whole_article=True)
    assert (*pair, True) in claims, claims
    assert ((*pair, False) in claims) is also_positive, claims
