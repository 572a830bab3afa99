"""Verbless indication lines under a label section heading worded as monographs and formularies word it.

Shape: "Labeled indications" / "Licensed indications" / "FDA-approved uses" over list items that name only a disease
(and who); each line is the page drug's approved use, as under "INDICATIONS AND USAGE". A classification term in a
line ("not otherwise specified") negates nothing. Pages written for this test (own words), blood cancers and a solid
tumour, HTML, Markdown and plain text. Expected rows are (drug_id, condition_id, negated, status).
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.indications.rows import extract_indications
from sources.parse import parse_bytes

HTML_MONOGRAPH_BLOOD = """<html><head><title>Glofitamab drug monograph</title></head><body><article>
<h1>Glofitamab (Columvi) drug monograph</h1>
<h2>Labeled indications</h2>
<ul>
<li>Diffuse large B-cell lymphoma, not otherwise specified, relapsed or refractory, in adults after two or more lines
of systemic therapy.</li>
</ul>
<h2>Dosage</h2>
<p>Given as an intravenous infusion in 21-day cycles.</p>
</article></body></html>
"""

MD_FORMULARY_SOLID = """# Tucatinib: formulary entry

## Licensed indications

- HER2-positive advanced breast cancer in adults after at least one anti-HER2 regimen.

## Administration

Tablets are taken twice a day.
"""

TXT_APPROVED_USES_BLOOD = """Ibrutinib at a glance

FDA-approved uses

- Chronic lymphocytic leukaemia in adults.
- Waldenstrom macroglobulinaemia in adults.

How to take it

Swallow the capsules whole with water.
"""

CASES = [
    ("labeled-indications-html-nos-blood", HTML_MONOGRAPH_BLOOD, "mono.html",
     {("glofitamab", "diffuse-large-b-cell-lymphoma", False, "approved")}),
    ("licensed-indications-md-solid", MD_FORMULARY_SOLID, "form.md",
     {("tucatinib", "breast-cancer", False, "approved")}),
    ("fda-approved-uses-txt-blood", TXT_APPROVED_USES_BLOOD, "glance.txt",
     {("ibrutinib", "chronic-lymphocytic-leukemia", False, "approved"),
      ("ibrutinib", "waldenstrom-macroglobulinemia", False, "approved")}),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_lines_under_a_label_section_heading_are_the_page_drugs_uses(case_id, text, name, expected):
    article = parse_bytes(text.encode("utf-8"), name)
    rows = extract_indications(article, recognize(article))
    got = {(r["drug_id"], r["condition_id"], r["negated"], r["status"]) for r in rows}
    assert {g for g in got if g[1] != "unknown"} == expected
