"""A page whose title names a guideline and its year gives that year even when no body is named.

Shape: "<topic>: 2025 guideline summary", "2023 guidelines for X explained", "Updated recommendations (2024)": the
body is not in the page text (only in a byline or not at all), but the title says which year's guideline the
statements come from. The year is recorded; the body stays null. A title with a year but no guideline word
("Trial results 2024") gives none. Every text is written for this test.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("summary-title-solid", "Later-line therapy of metastatic gastric cancer: 2024 guideline summary\n\n"
     "Trifluridine/tipiracil is recommended in the third line for metastatic gastric cancer.\n", 2024),
    ("guidelines-explained-blood", "The 2023 myeloma guidelines explained\n\n"
     "Daratumumab with lenalidomide and dexamethasone is recommended for multiple myeloma when a transplant is "
     "not planned.\n", 2023),
    ("recommendations-in-brackets-blood", "Follicular lymphoma: updated treatment recommendations (2022)\n\n"
     "Obinutuzumab with bendamustine is an option for follicular lymphoma that relapses within two years.\n", 2022),
    ("no-guideline-word", "Myeloma trial results 2024\n\nDaratumumab is recommended for multiple myeloma when a "
     "transplant is not planned.\n", None),
]


@pytest.mark.parametrize("case_id, text, year", CASES, ids=[c[0] for c in CASES])
def test_the_title_gives_the_year_of_a_guideline_the_page_does_not_name(case_id, text, year):
    article = parse_bytes(text.encode("utf-8"), "summary.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert rows and {(r["guideline_body"], r["guideline_year"]) for r in rows} == {(None, year)}
