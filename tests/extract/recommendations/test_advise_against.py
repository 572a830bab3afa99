""""We advise against X" is advice against X, like "we recommend against X".

Shape: an author, panel or group "advises against" (or "would advise against") starting, using or adding a drug,
often for a subgroup. It gave no row. Each sentence gives one not_recommended row of the drug. Sentences written for
this test (own words): blood cancers and a solid tumour, review and panel register.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("review-blood", "# Carfilzomib in relapsed myeloma: a review\n\nWe advise against starting carfilzomib in "
     "patients with multiple myeloma who have uncontrolled heart failure.\n", "multiple-myeloma", "carfilzomib"),
    ("panel-blood", "# Chronic lymphocytic leukaemia: panel statement\n\nThe panel advises against using ibrutinib in "
     "chronic lymphocytic leukaemia with uncontrolled atrial fibrillation.\n", "chronic-lymphocytic-leukemia",
     "ibrutinib"),
    ("group-solid", "# Metastatic colorectal cancer: our approach\n\nOur group would advise against adding "
     "bevacizumab in colorectal cancer when there has been a recent serious bleed.\n", "colorectal-cancer",
     "bevacizumab"),
]


@pytest.mark.parametrize("case_id, text, condition, drug", CASES, ids=[c[0] for c in CASES])
def test_advising_against_a_drug_is_a_not_recommended_row(case_id, text, condition, drug):
    article = parse_bytes(text.encode("utf-8"), f"{case_id}.md")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], tuple(r["interventions"])) for r in rows} == {
        (condition, "not_recommended", (drug,))}
