"""Directive wordings without "recommend" that guidelines use for advice against, weak advice and alternatives.

Shapes:
- "X has no role / no place in A", "there is no role for X in A" in a guideline: advice against X (not_recommended);
  on a drug information page naming no guideline the same words describe (no row);
- GRADE's weak recommendation, "we suggest X", "the panel suggests X": consider;
- "X is an acceptable / reasonable / suitable alternative (to Y)": X is an option, Y (after "alternative to") is
  the comparator, not recommended by the sentence.
Texts written for this test (own words): blood cancers and solid tumours.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("no-role-blood", "The 2023 iwCLL guideline in brief\n\nChemoimmunotherapy has no role in first-line treatment of CLL with "
     "TP53 aberrations.\n", {("chronic-lymphocytic-leukemia", "not_recommended", frozenset({"chemotherapy"}))}),
    ("there-is-no-role-for-solid", "Renal cancer: the ESMO guideline\n\nThere is no role for adjuvant sunitinib in resected "
     "renal cell carcinoma.\n", {("renal-cell-carcinoma", "not_recommended", frozenset({"sunitinib"}))}),
    ("no-place-solid", "Gastric cancer: NCCN guidelines summary\n\nTrastuzumab has no place in the treatment of HER2-negative "
     "gastric cancer.\n", {("gastric-cancer", "not_recommended", frozenset({"trastuzumab"}))}),
    ("we-suggest-solid", "Breast cancer guideline\n\nWe suggest adding olaparib for one year in high-risk "
     "HER2-negative early breast cancer with a germline BRCA mutation.\n",
     {("breast-cancer", "consider", frozenset({"olaparib"}))}),
    ("we-suggest-blood", "Lymphoma guideline\n\nWe suggest maintenance rituximab for follicular lymphoma "
     "responding to induction.\n", {("follicular-lymphoma", "consider", frozenset({"rituximab"}))}),
    ("panel-suggests-solid", "Kidney cancer guideline\n\nThe panel suggests cabozantinib after progression on "
     "immunotherapy in renal cell carcinoma.\n", {("renal-cell-carcinoma", "consider", frozenset({"cabozantinib"}))}),
    ("acceptable-alternative-to-solid", "Liver cancer guideline\n\nLenvatinib is an acceptable alternative to "
     "sorafenib in advanced hepatocellular carcinoma.\n",
     {("hepatocellular-carcinoma", "option", frozenset({"lenvatinib"}))}),
    ("suitable-alternative-blood", "Myeloma guideline\n\nDaratumumab-based quadruplets are a suitable alternative "
     "for transplant-eligible multiple myeloma.\n", {("multiple-myeloma", "option", frozenset({"daratumumab"}))}),
    ("reasonable-alternative-to-blood", "Hodgkin lymphoma guideline\n\nNivolumab with AVD is a reasonable "
     "alternative to brentuximab vedotin with AVD for advanced classical Hodgkin lymphoma.\n",
     {("hodgkin-lymphoma", "option", frozenset({"nivolumab"}))}),
    ("no-role-on-a-drug-page-blood", "Imatinib: drug information\n\nMepolizumab has no role in hypereosinophilic "
     "syndrome with a PDGFRB rearrangement.\n", set()),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_directive_wording_gives_its_direction(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "guideline.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
