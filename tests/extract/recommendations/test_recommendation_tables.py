"""Recommendations stated in the rows of a table, whatever its layout.

Shape: a guideline table row whose cells are read as one line ("cell | cell | cell"). A cell naming who
or when ("After failure of imatinib", "Previously treated with a platinum doublet") is a column of its
own: a restricting phrase in it ends at the cell border, so it must not swallow the treatment the next
cell recommends. Each layout below is written for this test (own words, real-world-like facts), over
blood cancers and solid tumours, HTML and Markdown tables, with the line column first or last.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

HTML_LINE_FIRST = """<html><head><title>Chronic myeloid leukaemia: treatment guideline 2024</title></head><body>
<h1>Chronic myeloid leukaemia: treatment guideline 2024</h1>
<p>The European Haematology Panel (EHP) issued its 2024 guideline on chronic myeloid leukaemia.</p>
<table><thead><tr><th>When</th><th>What the panel advises</th><th>Level</th></tr></thead>
<tbody>
<tr><td>At diagnosis</td><td>Imatinib is recommended.</td><td>I, A</td></tr>
<tr><td>After failure of imatinib</td><td>Dasatinib is an option.</td><td>II, B</td></tr>
<tr><td>Following two or more kinase inhibitors</td><td>Asciminib is recommended.</td><td>I, A</td></tr>
</tbody></table></body></html>
"""

MARKDOWN_LINE_FIRST = """# Urothelial carcinoma: systemic therapy recommendations (2025)

The Bladder Cancer Working Group (BCWG) 2025 recommendations for advanced urothelial carcinoma.

| Patients | Recommendation | Strength |
|---|---|---|
| Not previously treated | Enfortumab vedotin with pembrolizumab is recommended. | strong |
| Previously treated with a platinum doublet and a checkpoint inhibitor | Erdafitinib is recommended for tumours with an FGFR3 alteration. | strong |
| Who progressed on enfortumab vedotin | Sacituzumab govitecan may be considered. | weak |
"""

HTML_LINE_LAST = """<html><head><title>Your myeloma treatment: what the guideline says</title></head><body>
<h1>Your myeloma treatment: what the guideline says</h1>
<p>This page explains the 2023 myeloma guideline of the Myeloma Care Forum (MCF) for patients.</p>
<table><tr><th>Medicine</th><th>Who it is for</th></tr>
<tr><td>Daratumumab with lenalidomide and dexamethasone is recommended</td><td>if you cannot have a stem cell transplant</td></tr>
<tr><td>Carfilzomib with dexamethasone is an option</td><td>after your myeloma comes back following lenalidomide</td></tr>
</table></body></html>
"""

CASES = [
    ("html-line-column-first-blood", HTML_LINE_FIRST, "cml.html", {
        ("chronic-myeloid-leukemia", "recommended", frozenset({"imatinib"})),
        ("chronic-myeloid-leukemia", "option", frozenset({"dasatinib"})),
        ("chronic-myeloid-leukemia", "recommended", frozenset({"asciminib"})),
    }),
    ("markdown-patients-column-first-solid", MARKDOWN_LINE_FIRST, "uc.md", {
        ("urothelial-carcinoma", "recommended", frozenset({"enfortumab-vedotin", "pembrolizumab"})),
        ("urothelial-carcinoma", "recommended", frozenset({"erdafitinib"})),
        ("urothelial-carcinoma", "consider", frozenset({"sacituzumab-govitecan"})),
    }),
    ("html-who-column-last-patient", HTML_LINE_LAST, "mm.html", {
        ("multiple-myeloma", "recommended", frozenset({"daratumumab", "lenalidomide", "dexamethasone"})),
        ("multiple-myeloma", "option", frozenset({"carfilzomib", "dexamethasone"})),
    }),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_every_row_of_a_recommendation_table_gives_its_row(case_id, text, name, expected):
    article = parse_bytes(text.encode("utf-8"), name)
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
