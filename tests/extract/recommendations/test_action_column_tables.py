"""Graded tables whose action column holds a directive of its own ("Situation | Action | Strength").

Shape: a guideline's at-a-glance table, one row per clinical situation; the situation cell names the drug the
patient had trouble with (context, not advice), the action cell is an imperative with its own direction ("Switch
to Y", "Consider continuing Z", "Do not re-challenge with W"), the last cell grades it. Each row is one row of
advice whose direction is the action cell's verb and whose treatments are the action cell's only. The tables
are written for this test (own words), in pipe text, Markdown and HTML, over blood cancers and a solid tumour,
clinician and patient register.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

PIPE_TEXT_BLOOD = """Haematology Practice Group - guideline summary

Managing intolerance of BTK inhibitors in chronic lymphocytic leukaemia
Haematology Practice Group (HPG), 2024 update

KEY RECOMMENDATIONS

| Situation                                         | Recommended action                                              | Grade             |
|---------------------------------------------------|-----------------------------------------------------------------|-------------------|
| Atrial fibrillation on ibrutinib that is hard to control | Switch to zanubrutinib for all remaining treatment        | Strong / moderate |
| Mild headache in the first weeks of acalabrutinib | Consider continuing acalabrutinib with simple analgesia rather than switching | Conditional / low |
| Intracranial bleeding on ibrutinib                | Do not re-challenge with ibrutinib                              | Strong / low      |
"""

MARKDOWN_SOLID = """# Breast cancer: managing toxicity of targeted therapy (2025)

The Breast Oncology Network (BON) 2025 guidance for advanced breast cancer.

| Situation | Action | Strength |
|---|---|---|
| Grade 3 diarrhoea on abemaciclib | Switch to ribociclib once the diarrhoea has settled | Strong / low |
| Grade 1 rash on alpelisib | Consider continuing alpelisib with an antihistamine rather than stopping | Conditional / low |
| Heart failure that developed on trastuzumab | Do not restart trastuzumab | Strong / moderate |
"""

HTML_PATIENT = """<html><head><title>Myeloma: if a treatment gives you problems</title></head><body>
<h1>Myeloma: if a treatment gives you problems</h1>
<p>This page explains the 2023 guidance of the Myeloma Care Forum (MCF) for people with myeloma.</p>
<table><tr><th>If this happens</th><th>What to do</th><th>Strength</th></tr>
<tr><td>Nerve pain that gets worse on bortezomib</td><td>Switch to carfilzomib</td><td>Strong</td></tr>
<tr><td>A blood clot while taking lenalidomide</td><td>Do not restart lenalidomide</td><td>Strong</td></tr>
</table></body></html>
"""

CASES = [
    ("pipe-text-blood-clinician", PIPE_TEXT_BLOOD, "cll.txt", {
        ("chronic-lymphocytic-leukemia", "recommended", frozenset({"zanubrutinib"})),
        ("chronic-lymphocytic-leukemia", "consider", frozenset({"acalabrutinib"})),
        ("chronic-lymphocytic-leukemia", "not_recommended", frozenset({"ibrutinib"})),
    }),
    ("markdown-solid-clinician", MARKDOWN_SOLID, "breast.md", {
        ("breast-cancer", "recommended", frozenset({"ribociclib"})),
        ("breast-cancer", "consider", frozenset({"alpelisib"})),
        ("breast-cancer", "not_recommended", frozenset({"trastuzumab"})),
    }),
    ("html-blood-patient", HTML_PATIENT, "mm.html", {
        ("multiple-myeloma", "recommended", frozenset({"carfilzomib"})),
        ("multiple-myeloma", "not_recommended", frozenset({"lenalidomide"})),
    }),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_each_action_cell_is_one_row_with_its_own_direction(case_id, text, name, expected):
    article = parse_bytes(text.encode("utf-8"), name)
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
