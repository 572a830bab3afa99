"""A solid tumour that progressed after treatment is advanced disease: its recommendation setting is `metastatic`.

Shape: guideline statements on solid tumours name the disease state by relapse or refractoriness ("that has
relapsed after X", "relapsed or refractory", "refractory A after Y"). For a blood cancer this is
`relapsed-refractory`; for a solid tumour the gold never uses that value on a recommendation and records the
stage, `metastatic` (30 rows over all gold sets, none relapsed-refractory). Texts written for this test (own words),
three solid tumours and a blood-cancer guard.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("relapsed-after-breast",
     "Breast cancer: guideline update\n\nElacestrant is recommended for ESR1-mutated breast cancer that has "
     "relapsed after endocrine therapy.\n", ("breast-cancer", "metastatic")),
    ("relapsed-or-refractory-lung",
     "Lung cancer: guideline update\n\nSotorasib is recommended for relapsed or refractory KRAS G12C-mutated "
     "non-small cell lung cancer.\n", ("non-small-cell-lung-cancer", "metastatic")),
    ("refractory-colorectal",
     "Colorectal cancer: guideline update\n\nRegorafenib is recommended for refractory colorectal cancer after "
     "fluoropyrimidine, oxaliplatin and irinotecan.\n", ("colorectal-cancer", "metastatic")),
    ("relapsed-myeloma-stays",
     "Myeloma: guideline update\n\nCarfilzomib with dexamethasone is recommended for relapsed multiple myeloma.\n",
     ("multiple-myeloma", "relapsed-refractory")),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_progressed_solid_tumour_is_metastatic(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "page.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert rows
    assert {(r["condition_id"], r["setting"]) for r in rows} == {expected}
