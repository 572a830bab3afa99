"""A plain-text page's pipe table keeps its header row when a rule line ("|------|------|", no spaces around the
pipes) sits under it: before stop 28 the rule broke the table run, and the lone header line was dropped as page
furniture, so a table's column names (and a grade column) were lost."""
from __future__ import annotations

import pytest

from sources.parse import parse_bytes

PAGES = [
    ("Situation | Action | Strength\n|-----------|--------|----------|\nGrade 2 rash | Hold the drug for a week | Strong\n"
     "Grade 3 rash | Stop the drug | Strong\n", "Situation | Action | Strength"),
    ("Line | Preferred | Alternative\n|---|---|---|\nFirst | Drug A | Drug B\nSecond | Drug C | Drug D\n",
     "Line | Preferred | Alternative"),
    ("| Disease | Regimen | Cycles |\n|:------|:------:|------:|\n| Myeloma | DRd | 12 |\n| Lymphoma | R-CHOP | 6 |\n",
     "Disease | Regimen | Cycles"),
]


@pytest.mark.parametrize("table, header", PAGES, ids=["action", "lines", "aligned"])
def test_the_header_row_of_a_text_pipe_table_is_kept(table, header):
    page = ("Guideline at a glance\n\nThis page summarises the advice of a working group on how to act in each "
            "situation below, with the strength of each statement.\n\n" + table +
            "\nThe working group will review this advice next year.\n")
    article = parse_bytes(page.encode("utf-8"), "glance.txt")
    words = header.replace("|", " ").split()
    assert any(all(w in s.text for w in words) for s in article.sentences), [s.text for s in article.sentences]
