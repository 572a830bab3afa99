"""A guideline's masthead line names its body and edition: "Name of the Body (ACR), 2025 update".

Shape: an at-a-glance or quick-reference page under a banner; the body is defined with its acronym on a line of its
own, next to the edition year ("2023 edition", "2024 update", "updated 2022") but with no "guideline" word on that
line. The page's recommendations are that body's of that year. Pages written for this test (own words): pipe-text,
Markdown and HTML, blood cancers and a solid tumour, clinician and patient register.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("txt-blood-clinician", """NMSG - Nordic Myeloma Study Group

KEY POINTS AT A GLANCE

Managing bone disease in multiple myeloma
Nordic Myeloma Study Group (NMSG), 2023 edition

Zoledronic acid is recommended for all patients with multiple myeloma who start treatment.
""", "mm.txt", "NMSG", 2023),
    ("md-solid-clinician", """# Quick reference: adjuvant therapy in colon cancer

Gastrointestinal Oncology Alliance (GOA), 2024 update

Capecitabine with oxaliplatin is recommended after surgery for stage III colon cancer.
""", "crc.md", "GOA", 2024),
    ("html-blood-patient", """<html><head><title>Your child's leukaemia treatment explained</title></head><body>
<h1>Your child's leukaemia treatment explained</h1>
<p>Childhood Leukaemia Care Network (CLCN), updated 2022</p>
<p>Imatinib is recommended for children with Philadelphia chromosome-positive acute lymphoblastic leukaemia.</p>
</body></html>
""", "all.html", "CLCN", 2022),
]


@pytest.mark.parametrize("case_id, text, name, body, year", CASES, ids=[c[0] for c in CASES])
def test_the_masthead_body_and_edition_year_attribute_the_rows(case_id, text, name, body, year):
    article = parse_bytes(text.encode("utf-8"), name)
    rows = extract_guideline_recommendations(article, recognize(article))
    assert rows and {(r["guideline_body"], r["guideline_year"]) for r in rows} == {(body, year)}


MASTHEAD_POPULATIONS = [
    ("txt-blood-childhood", """PLF - Paediatric Leukaemia Forum

GUIDANCE AT A GLANCE

Managing blinatumomab toxicity in childhood acute lymphoblastic leukaemia
Paediatric Leukaemia Forum (PLF), 2024 update

Dexamethasone is recommended before each blinatumomab infusion in acute lymphoblastic leukaemia.
""", "all.txt", "children"),
    ("md-solid-older", """# At a glance

Adjuvant chemotherapy for older adults with colon cancer

Geriatric Oncology Circle (GOC), 2023 edition

Capecitabine alone is recommended after surgery for stage III colon cancer.
""", "crc2.md", "older-adults"),
]


@pytest.mark.parametrize("case_id, text, name, population", MASTHEAD_POPULATIONS,
                         ids=[c[0] for c in MASTHEAD_POPULATIONS])
def test_the_guideline_title_above_the_masthead_says_who_the_rows_are_for(case_id, text, name, population):
    """The line above the masthead is the guideline's title: who it names ("childhood ALL", "older adults")
    qualifies every row, though the page's own title is a banner ("At a glance")."""
    article = parse_bytes(text.encode("utf-8"), name)
    rows = extract_guideline_recommendations(article, recognize(article))
    assert rows and {r["population"] for r in rows} == {population}
