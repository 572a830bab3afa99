"""The guideline body given by the page itself: an appraisal or guidance page published by an institution
the body vocabulary does not know.

Shape: the page's publisher (byline, copyright line or site name) is an institution's formal name
("... Review Council", "... Assessment Board") and the page has a section of its own recommendations or
decision; its statements are that body's, dated by the page. Curators record a body of three or more words
by its initials. A publisher that states no recommendations of its own gives no body. Pages written for this
test (own words, real-world-like facts), blood cancer and solid tumour, Markdown and HTML.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

MD_APPRAISAL_BLOOD = """# Zanubrutinib for relapsed mantle cell lymphoma

**Medicines Value Assessment Board** · Appraisal MV-118 · Published: 4 March 2024

## Decision

Zanubrutinib is recommended as an option for relapsed mantle cell lymphoma in adults who have had at least one
previous treatment.

## Why we decided this

The board judged the extra survival worth its price.

© Medicines Value Assessment Board 2024
"""

HTML_GUIDANCE_SOLID = """<html><head><title>Cabozantinib after one prior treatment for kidney cancer</title>
<meta property="og:site_name" content="Northern Cancer Drugs Review Council">
<meta name="citation_publication_date" content="2023/06/12"></head><body>
<h1>Cabozantinib after one prior treatment for kidney cancer</h1>
<h2>Our recommendations</h2>
<p>Cabozantinib is not recommended for advanced renal cell carcinoma after one previous
treatment, because its cost is too high for the benefit it gives.</p>
</body></html>
"""

MD_NO_OWN_GUIDANCE = """# Living with myeloma: treatments explained

**Myeloma Patients Support Foundation** · Published: 2 May 2024

## Treatments

Doctors often recommend daratumumab with lenalidomide and dexamethasone for myeloma when a transplant is not
possible.
"""

CASES = [
    ("md-appraisal-decision-blood", MD_APPRAISAL_BLOOD, "mcl.md", ("MVAB", 2024)),
    ("html-site-name-recommendations-solid", HTML_GUIDANCE_SOLID, "rcc.html", ("NCDRC", 2023)),
    ("patient-charity-without-own-guidance", MD_NO_OWN_GUIDANCE, "mm.md", (None, None)),
]


@pytest.mark.parametrize("case_id, text, name, body_year", CASES, ids=[c[0] for c in CASES])
def test_the_page_publisher_is_the_body_of_its_own_recommendations(case_id, text, name, body_year):
    article = parse_bytes(text.encode("utf-8"), name)
    rows = extract_guideline_recommendations(article, recognize(article))
    assert rows
    assert {(r["guideline_body"], r["guideline_year"]) for r in rows} == {body_year}
