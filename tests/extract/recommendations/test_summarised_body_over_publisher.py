"""A digest site summarising another body's guideline: the body the page names, not the site, is the source.

Shape: a site whose own name contains a guidance word ("... Guideline Digest", "Guidance Notes") publishes a
summary of a guideline that a body it names wrote ("The X Collaborative (XC) has released its 2024 guideline",
"Summary of the X Group (XG) consensus recommendations"). Every statement of the page is that body's; the site
only reports it. The site's own name stays the body when the page names no other. Pages written for this test
(own words, fictional bodies), blood cancers and solid tumours, Markdown and HTML.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

HTML_SOLID = """<html><head><title>Metastatic prostate cancer: the 2024 PCGC guideline at a glance</title>
<meta property="og:site_name" content="Cancer Guideline Roundup">
<meta name="citation_publication_date" content="2024/05/12"></head><body>
<h1>Metastatic prostate cancer: the 2024 PCGC guideline at a glance</h1>
<p>The Prostate Cancer Guideline Collaborative (PCGC) has released its 2024 guideline on hormone-sensitive
disease. Below we list what matters for clinicians.</p>
<h2>Key points</h2>
<p>Enzalutamide with androgen deprivation is recommended for metastatic hormone-sensitive prostate cancer.</p>
</body></html>
"""

HTML_BLOOD = """<html><head><title>Transplant-ineligible myeloma: consensus summary</title>
<meta property="og:site_name" content="Haematology Guidance Notes">
<meta name="citation_publication_date" content="2023/09/01"></head><body>
<h1>Transplant-ineligible myeloma: consensus summary</h1>
<p>This page summarises the Nordic Myeloma Study Group (NMSG) consensus recommendations, 2023 edition, for
adults who cannot have a transplant.</p>
<h2>Recommendations</h2>
<p>Daratumumab with lenalidomide and dexamethasone is recommended as first-line treatment of multiple myeloma
in patients who are not eligible for transplant.</p>
</body></html>
"""

HTML_BLOOD_TITLE = """<html><head><title>Follicular lymphoma: what the 2025 ILCG recommendations say</title>
<meta property="og:site_name" content="Lymphoma Guideline Review">
<meta name="citation_publication_date" content="2025/02/03"></head><body>
<h1>Follicular lymphoma: what the 2025 ILCG recommendations say</h1>
<p>The International Lymphoma Care Group (ILCG) updated its recommendations for follicular lymphoma in 2025.</p>
<h2>Relapsed disease</h2>
<p>Mosunetuzumab is recommended for follicular lymphoma after two or more previous treatments.</p>
</body></html>
"""

HTML_SITE_ONLY = """<html><head><title>Myelofibrosis: our guidance for referring doctors</title>
<meta property="og:site_name" content="Regional Haematology Guidance Panel">
<meta name="citation_publication_date" content="2024/04/01"></head><body>
<h1>Myelofibrosis: our guidance for referring doctors</h1>
<h2>Guidance</h2>
<p>Ruxolitinib is recommended for intermediate-risk myelofibrosis with a large spleen.</p>
</body></html>
"""

CASES = [
    ("html-digest-names-the-body-solid", HTML_SOLID, "prostate.html", "PCGC"),
    ("html-summary-of-consensus-blood", HTML_BLOOD, "myeloma.html", "NMSG"),
    ("html-title-acronym-blood", HTML_BLOOD_TITLE, "fl.html", "ILCG"),
    ("html-site-is-the-only-body-blood", HTML_SITE_ONLY, "mf.html", "Regional Haematology Guidance Panel"),
]


@pytest.mark.parametrize("case_id, text, name, body", CASES, ids=[c[0] for c in CASES])
def test_the_summarised_body_is_the_source_not_the_site(case_id, text, name, body):
    article = parse_bytes(text.encode("utf-8"), name)
    rows = extract_guideline_recommendations(article, recognize(article))
    assert rows
    assert {r["guideline_body"] for r in rows} == {body}
