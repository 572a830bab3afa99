"""A payer's listing decision is not a guideline statement.

Shape: a formulary or benefit-schedule page says "X is reimbursed for A", "X is not reimbursed for B", "X is no
longer funded for C". The gold convention (heldout_fresh5 README, payer listing) reads these as the drug's
status (used / not_indicated, the claims reader's job), not as guideline recommendations: no body recommends
anything. A body that RECOMMENDS (not) funding X still gives a row (test_recommendation_cue_shapes.py), and a
testing directive on the same page ("the tumour must be shown to carry ... by a validated test") is still one.
Texts written for this test: blood cancers and solid tumours, listing and notice layouts.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("listing-not-reimbursed-solid",
     "Benefit schedule: PARP inhibitors for ovarian cancer\n\nItem 2. Niraparib is reimbursed as maintenance after "
     "response to platinum chemotherapy in advanced ovarian cancer.\nNiraparib is not reimbursed for platinum-resistant "
     "disease.\n", set()),
    ("notice-no-longer-funded-blood",
     "Formulary notice: chronic lymphocytic leukaemia\n\nFrom 1 July, ibrutinib will not be funded for previously "
     "untreated chronic lymphocytic leukaemia; patients already on it may continue.\n", set()),
    ("listing-item-with-testing-directive-solid",
     "Medicines listing: EGFR inhibitors in lung cancer\n\nOsimertinib is reimbursed for metastatic EGFR-mutated "
     "non-small cell lung cancer. Erlotinib is not funded for squamous disease. Before the first prescription, "
     "the tumour must be shown to carry an EGFR mutation by a validated test.\n",
     {("non-small-cell-lung-cancer", "recommended", frozenset({"molecular-testing"}))}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_payer_listing_item_gives_no_guideline_row(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "listing.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
