"""Verbless bullets under a heading that says they are the recommendation ("Board recommendation", "Our
recommendations", "MDT recommendation").

Shape: a tumour-board or multidisciplinary-meeting summary ends with a heading naming the recommendation, then
bullets that name a treatment and its setting without any verb ("X as first-line therapy, <dose>"; "Y in first
remission"). Each such bullet is one 'recommended' row; a bullet with a verb of its own keeps its own direction.
Pages written for this test (own words): blood cancers and a solid tumour, clinician and patient register.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("tumour-board-blood", """# Case 12: a young man with mantle cell lymphoma

The patient is 52 and fit, with newly diagnosed mantle cell lymphoma.

## Board recommendation

- Acalabrutinib with bendamustine and rituximab as first-line therapy, for six cycles.
- Autologous stem cell transplant in first remission if he remains fit.
- Lenalidomide is not recommended as maintenance outside a trial.
""", "mcl.md", {
        ("mantle-cell-lymphoma", "recommended", frozenset({"acalabrutinib", "bendamustine", "rituximab"})),
        ("mantle-cell-lymphoma", "recommended", frozenset({"autologous-hsct"})),
        ("mantle-cell-lymphoma", "not_recommended", frozenset({"lenalidomide"})),
    }),
    ("mdt-solid", """# MDT summary: pancreatic cancer, case 7

A 61-year-old woman with metastatic pancreatic cancer and good performance status.

## MDT recommendations

- Gemcitabine with nab-paclitaxel as first-line therapy, with dose review after two cycles.
""", "pdac.md", {
        ("pancreatic-cancer", "recommended", frozenset({"gemcitabine", "paclitaxel"})),
    }),
    ("patient-blood", """# Your myeloma treatment plan

You have multiple myeloma that has come back after lenalidomide.

## Our recommendation

- Daratumumab with pomalidomide and dexamethasone, every four weeks.
""", "mm.md", {
        ("multiple-myeloma", "recommended", frozenset({"daratumumab", "pomalidomide", "dexamethasone"})),
    }),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_each_bullet_under_a_recommendation_heading_is_recommended(case_id, text, name, expected):
    article = parse_bytes(text.encode("utf-8"), name)
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
