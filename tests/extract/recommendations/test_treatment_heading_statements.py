"""Statements under a heading that names the treatment, written without a subject.

Shape: a guideline lists treatments as headings ("## Venetoclax with obinutuzumab") and states its advice below
without repeating them: "Recommended as fixed-duration first-line treatment ...", "Preferred first-line therapy
for ...", "Not recommended as ...", "It is recommended as ...". The treatment is the heading's. A sentence that
has a subject of its own, or a heading that names no treatment, is read as usual. Every text is written for
this test, blood cancers and solid tumours.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("preferred-solid", "# NCCN Guidelines 2024: colorectal cancer\n\n## Pembrolizumab\n\nPreferred first-line "
     "therapy for MSI-high metastatic colorectal cancer (category 1).\n",
     {("colorectal-cancer", "recommended", frozenset({"pembrolizumab"}))}),
    ("recommended-as-blood", "# ESMO guideline 2023: chronic lymphocytic leukaemia\n\n## Venetoclax with "
     "obinutuzumab\n\nRecommended as fixed-duration first-line treatment of chronic lymphocytic leukaemia [I, A].\n",
     {("chronic-lymphocytic-leukemia", "recommended", frozenset({"venetoclax", "obinutuzumab"}))}),
    ("not-recommended-blood", "# ESMO guideline 2023: chronic lymphocytic leukaemia\n\n## Idelalisib\n\nNot "
     "recommended as first-line treatment of chronic lymphocytic leukaemia because of its toxicity.\n",
     {("chronic-lymphocytic-leukemia", "not_recommended", frozenset({"idelalisib"}))}),
    ("it-is-solid", "# NICE guidance 2022: bladder cancer\n\n## Avelumab\n\nIt is recommended as maintenance "
     "treatment for metastatic urothelial cancer that has not progressed after platinum chemotherapy.\n",
     {("urothelial-carcinoma", "recommended", frozenset({"avelumab"}))}),
    ("own-subject-wins", "# ESMO guideline 2023: chronic lymphocytic leukaemia\n\n## Idelalisib\n\nAcalabrutinib is "
     "recommended instead for first-line treatment of chronic lymphocytic leukaemia.\n",
     {("chronic-lymphocytic-leukemia", "recommended", frozenset({"acalabrutinib"}))}),
    ("heading-without-treatment", "# ESMO guideline 2023: chronic lymphocytic leukaemia\n\n## First-line "
     "treatment\n\nRecommended for most patients after a discussion of their goals.\n", set()),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_subjectless_statement_takes_the_treatment_of_its_heading(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "guideline.md")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
