"""A recommendation stated under an "Update" heading carries the update's year, not the base guideline's.

Shape: a page reports a guideline (body and year from its citation or lead), and one section is headed as a
later update of it ("2025 update", "Rapid Update - Recommendation 3.1", "Focused update"). The statements of
that section belong to the update: its year is the one in the heading, else the page's own date when the page
is newer than the base guideline. Statements outside that section keep the base guideline's year. Every text
is written for this test.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

MD_BLOOD = """# Management of chronic myeloid leukaemia

Summary of the European LeukemiaNet 2020 recommendations for chronic myeloid leukaemia.

## First-line treatment

Imatinib is recommended as first-line treatment of chronic phase chronic myeloid leukaemia.

## 2025 update

Asciminib is recommended after two prior kinase inhibitors in chronic myeloid leukaemia.
"""

HTML_SOLID = """<html><head><title>Adjuvant therapy of melanoma: ASCO guideline summary</title>
<meta name="dcterms.date" content="2024-03-12"></head><body>
<h1>Adjuvant therapy of melanoma: ASCO guideline summary</h1>
<p>This summary reports the 2022 ASCO guideline on systemic therapy for melanoma.</p>
<h2>Recommendation 1.1</h2>
<p>Nivolumab is recommended as adjuvant treatment for resected stage III melanoma.</p>
<h2>Rapid Update - Recommendation 1.2</h2>
<p>Pembrolizumab is recommended as adjuvant treatment for resected stage IIB or IIC melanoma.</p>
</body></html>
"""

MD_FOCUSED = """# Myelofibrosis: BSH guideline

The British Society for Haematology guideline on myelofibrosis, 2019.

## Anaemia

Luspatercept is not recommended outside trials for myelofibrosis-associated anaemia.

## Focused update (2023)

Momelotinib is recommended for myelofibrosis with anaemia.
"""

CASES = [
    ("heading-year-blood", MD_BLOOD, "cml.md", {("imatinib",): 2020, ("asciminib",): 2025}),
    ("rapid-update-page-date-solid", HTML_SOLID, "melanoma.html", {("nivolumab",): 2022, ("pembrolizumab",): 2024}),
    ("focused-update-blood", MD_FOCUSED, "mf.md", {("luspatercept",): 2019, ("momelotinib",): 2023}),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_a_statement_under_an_update_heading_carries_the_update_year(case_id, text, name, expected):
    article = parse_bytes(text.encode("utf-8"), name)
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {tuple(r["interventions"]): r["guideline_year"] for r in rows} == expected
