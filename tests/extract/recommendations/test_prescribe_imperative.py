"""An imperative to prescribe, after an opening clause of reason or purpose, is a recommendation.

Shape: label and pharmacy pages tell the prescriber "Because of X, prescribe Y ...", "To prevent X, prescribe Y",
"Given the risk of X, prescribe Y": Y is recommended. A comma after a subject with an appositive ("Two drugs,
X and Y, prescribe ...") is no opening clause. Every text is written for this test.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("to-prevent-solid", "Trastuzumab deruxtecan in gastric cancer: pharmacy notes\n\nTo prevent nausea, prescribe "
     "dexamethasone and ondansetron before each infusion.\n",
     # a side effect as purpose: one supportive-care row (test_supportive_care_directives.py)
     {("gastric-cancer", "recommended", frozenset({"supportive-care", "dexamethasone", "ondansetron"}))}),
    ("given-the-risk-blood", "Venetoclax in chronic lymphocytic leukaemia: starting treatment\n\nGiven the risk of "
     "tumour lysis, prescribe allopurinol from two days before the first dose.\n",
     {("chronic-lymphocytic-leukemia", "recommended", frozenset({"allopurinol"}))}),
    ("because-of-blood", "Obinutuzumab in follicular lymphoma: infusion notes\n\nBecause infusion reactions are "
     "common with the first dose, prescribe methylprednisolone before it.\n",
     {("follicular-lymphoma", "recommended", frozenset({"methylprednisolone"}))}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_prescribe_after_an_opening_clause_recommends_what_it_names(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "notes.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
