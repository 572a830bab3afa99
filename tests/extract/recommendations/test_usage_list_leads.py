"""A list introduced as what is commonly used describes practice; it recommends nothing.

Shape: "Common choices are:", "Treatments often used include:", "The usual options are:" over bullets naming
treatments. A frequency word (common, often, usual, typical) says how treatment is used, not what a guideline or
the author advises, so the bullets give no option rows; "The main choices are:" (a set of options) still does.
Pages written for this test (own words): a blood cancer and a solid tumour, patient and clinician register.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("patient-blood", """# Follicular lymphoma: treatment at our clinic

When follicular lymphoma causes symptoms, we start treatment. Common choices are:

- rituximab on its own, given as a drip;
- bendamustine with rituximab;
- obinutuzumab with chemotherapy.
""", "fl.md"),
    ("clinician-solid", """# Metastatic breast cancer: systemic treatment overview

For hormone receptor-positive disease after endocrine therapy, treatments often used include:

- capecitabine;
- eribulin;
- paclitaxel.
""", "mbc.md"),
    ("patient-solid", """# Kidney cancer that has spread: what happens next

The usual options are:

- pembrolizumab with axitinib;
- nivolumab with ipilimumab.
""", "rcc.md"),
]


@pytest.mark.parametrize("case_id, text, name", CASES, ids=[c[0] for c in CASES])
def test_a_list_of_commonly_used_treatments_gives_no_rows(case_id, text, name):
    article = parse_bytes(text.encode("utf-8"), name)
    assert extract_guideline_recommendations(article, recognize(article)) == []


def test_a_list_of_the_main_choices_still_gives_option_rows():
    text = CASES[0][1].replace("Common choices are:", "The main choices are:")
    article = parse_bytes(text.encode("utf-8"), "fl2.md")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {r["direction"] for r in rows} == {"option"} and len(rows) == 3
