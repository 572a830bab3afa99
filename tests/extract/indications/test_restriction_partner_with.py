"""A restriction on "X ... with Y" falls on the subject X, the combination's own drug: Y, named after "with"
that follows the predicate, is X's partner and gets no negated claim (stop 28: a podcast's "not recommended with
azacitidine" negated azacitidine on a page that calls it the standard, a polarity flip). Positive sentences of the
same shape keep a claim for both drugs."""
from __future__ import annotations

import pytest

NEGATED = [
    # clinician register, solid tumour
    ("# Endometrial cancer update\n\nPembrolizumab is not approved with lenvatinib for endometrial cancer in this region.\n",
     ("pembrolizumab", "endometrial-cancer"), "lenvatinib"),
    # payer register, solid tumour, "when used with"
    ("# Prostate cancer listings\n\nFor men with prostate cancer, olaparib is not reimbursed when used with abiraterone.\n",
     ("olaparib", "prostate-cancer"), "abiraterone"),
    # patient register, blood cancer
    ("# Your treatment for mantle cell lymphoma\n\nIbrutinib is not used with venetoclax for mantle cell lymphoma at our "
     "hospital.\n", ("ibrutinib", "mantle-cell-lymphoma"), "venetoclax"),
    # guideline register, blood cancer, two "with" phrases
    ("# AML in older adults\n\nIvosidenib is not recommended with intensive induction or with decitabine in acute "
     "myeloid leukaemia.\n", ("ivosidenib", "acute-myeloid-leukemia"), "decitabine"),
]


@pytest.mark.parametrize("page, subject, partner", NEGATED, ids=[c[1][0] for c in NEGATED])
def test_the_restriction_falls_on_the_subject_not_on_its_partner(claim_statuses, page, subject, partner):
    claims = claim_statuses(page, whole_article=True)
    assert (*subject, True) in claims
    assert not any(drug == partner and negated for drug, _, negated in claims), claims


def test_a_positive_use_with_a_partner_keeps_both_drugs(claim_statuses):
    claims = claim_statuses("# Myeloma\n\nDaratumumab is approved with bortezomib for multiple myeloma.\n",
                            whole_article=True)
    assert ("daratumumab", "multiple-myeloma", False) in claims
    assert ("bortezomib", "multiple-myeloma", False) in claims


def test_used_with_caution_names_no_partner(claim_statuses):
    claims = claim_statuses("# Breast cancer\n\nAbemaciclib is not recommended with caution words alone; it is "
                            "approved for breast cancer.\n", whole_article=True)
    assert ("abemaciclib", "breast-cancer", False) in claims
