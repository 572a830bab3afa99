"""Article metadata: title, publisher, audience, dates and URL from page text and HTML head."""
import datetime as dt
from pathlib import Path

import pytest

from sources.audience import find_audience
from sources.dates import dates_from_text, parse_date
from sources.html_head import html_head_metadata, strip_site_suffix
from sources.parse import parse_bytes

FIXTURES = Path(__file__).parent / "fixtures"
TEXT_PAGE = (FIXTURES / "news_page.txt").read_text(encoding="utf-8")
HTML_PAGE = (FIXTURES / "news_page.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("text, expected", [
    ("July 21, 2023", dt.date(2023, 7, 21)),
    ("21 July 2023", dt.date(2023, 7, 21)),
    ("Sept. 5, 2022", dt.date(2022, 9, 5)),
    ("2024-10-22T08:43:36.000Z", dt.date(2024, 10, 22)),
    ("2020/03/03", dt.date(2020, 3, 3)),
    ("02/22/2024", dt.date(2024, 2, 22)),
    ("22/02/2024", dt.date(2024, 2, 22)),
    ("Oct 22, 2024", dt.date(2024, 10, 22)),
    ("not a date", None),
    ("February 30, 2024", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_labelled_dates_and_next_review_is_ignored():
    lines = ["Some Site | Menu", "Last updated: 2 September 2024", "Medical review date: May 17, 2023",
             "Next Review: 02/13/2025", "Published: July 21, 2023",
             "1. Author A. A long reference that was Published October 28, 2019 in a journal with many words "
             "in its title so that it is clearly not a byline."]
    dates = dates_from_text(lines, 30)
    assert (dates.published, dates.updated, dates.reviewed) == (
        dt.date(2023, 7, 21), dt.date(2024, 9, 2), dt.date(2023, 5, 17))


def test_unlabelled_byline_date_is_published_but_body_dates_are_not():
    assert dates_from_text(["Title here", "May 7, 2018 | Staff writer"], 30).published == dt.date(2018, 5, 7)
    body = ["Title", "The data cutoff date for the final analysis of the trial was March 3, 2023."]
    assert dates_from_text(body, 30).published is None


def test_text_page_metadata():
    article = parse_bytes(TEXT_PAGE.encode(), "dasatinib.txt")
    assert article.title == "Dasatinib approved for children with Ph-positive ALL"
    assert article.publisher == "Northwind Health News"  # masthead, not the company in the © line
    assert article.published_date == dt.date(2024, 3, 4)


def test_html_page_metadata():
    article = parse_bytes(HTML_PAGE.encode(), "venetoclax.html")
    assert article.title == "Venetoclax combination extends survival in older adults with AML"
    assert article.publisher == "Riverbend Oncology Review"
    assert article.published_date == dt.date(2023, 11, 5)
    assert article.source_url == "https://example.org/news/venetoclax-aml"


def test_html_title_falls_back_to_title_tag_without_site_suffix():
    html = ("<html><head><title>Blinatumomab for MRD-positive B-ALL - Lakeside Leukemia Notes</title></head>"
            "<body><p>Blinatumomab is a bispecific T-cell engager used for MRD-positive B-cell ALL in adults. "
            "It is given as a continuous infusion in 28-day cycles with a 14-day break.</p>"
            "<p>© 2022 Lakeside Leukemia Notes</p></body></html>")
    article = parse_bytes(html.encode(), "blina.html")
    assert article.title == "Blinatumomab for MRD-positive B-ALL"
    assert article.publisher == "Lakeside Leukemia Notes"


def test_strip_site_suffix():
    assert strip_site_suffix("Headline about imatinib | Some Site", ["Some Site"]) == "Headline about imatinib"
    assert strip_site_suffix("Azacitidine (Vidaza) - Bulletins | Insurer", []) == "Azacitidine (Vidaza) - Bulletins"
    assert strip_site_suffix("A title without a suffix", []) == "A title without a suffix"


@pytest.mark.parametrize("page, publisher", [
    ("How TKIs work\n\nTKIs block a kinase.\n\nExample Answers assumes no liability for decisions based on this page.",
     "Example Answers"),
    ("How TKIs work\n\nTKIs block a kinase.\n\nThe Maple Cancer Foundation is not responsible for the quality of "
     "linked sites.", "Maple Cancer Foundation"),
    ("How TKIs work\n\nTKIs block a kinase.\n\nCopyright © 2019-2021 Blue Harbor Health, Inc.", "Blue Harbor Health"),
    ("PHA Guides for Patients®\nAcute leukemia, edition 2\n\nHow TKIs work\n\nTKIs block a kinase and PHA Guides for "
     "Patients explain how.\n\n© 2020 Pacific Hematology Association. All rights reserved.",
     "Pacific Hematology Association"),
])
def test_publisher_from_text_cues(page, publisher):
    assert parse_bytes(page.encode(), "p.txt").publisher == publisher


def test_breadcrumb_ending_in_a_phrase_names_the_page():
    page = ("Health Home > What Is Nilotinib Used For?\n\nChronic Myeloid Leukemia\n"
            "Nilotinib is approved for adults with newly diagnosed chronic phase CML.\n")
    article = parse_bytes(page.encode(), "n.txt")
    assert article.title == "What Is Nilotinib Used For?"
    assert "Health Home" not in article.clean_text


@pytest.mark.parametrize("page, clean, audience", [
    ("This content is intended for healthcare professionals only.", "Median OS was 9.3 months (HR 0.64).",
     "professional"),
    ("Summary for Clinicians", "Give 50 mg twice daily on days 8 to 21.", "professional"),
    ("Talk to your doctor about side effects.", "You may feel tired. Your healthcare team will check your blood.",
     "patient"),
    ("Patient guide to leukemia", "Leukemia is a cancer of the blood.", "patient"),
    ("", "Imatinib is a kinase inhibitor.", "unknown"),
])
def test_audience(page, clean, audience):
    assert find_audience(page + "\n" + clean, clean) == audience


def test_head_metadata_reads_json_ld_and_citation_tags():
    html = ('<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-06-14",'
            '"dateModified":"2025-07-01","publisher":{"@type":"Organization","name":"Example Dispatch"}}</script>'
            '<meta name="citation_publication_date" content="2020/03/03"></head><body><h1>A <em>bold</em> title</h1>'
            '</body></html>')
    meta = html_head_metadata(html)
    assert meta.site_name == "Example Dispatch"
    assert meta.updated == dt.date(2025, 7, 1)
    assert meta.published in (dt.date(2025, 6, 14), dt.date(2020, 3, 3))
    assert meta.h1 == "A bold title"


def test_title_below_the_breadcrumb_wins_over_navigation_and_the_trail():
    page = ("Skip to main content\nHealth A to Z\nLive Well\nCare and support\nHome > Conditions > Chronic myeloid "
            "leukaemia\n\nChronic myeloid leukaemia - Treatment\n\nTreatment depends on the phase of the disease and "
            "usually starts with a tyrosine kinase inhibitor taken by mouth.\n")
    article = parse_bytes(page.encode(), "cml.txt")
    assert article.title == "Chronic myeloid leukaemia - Treatment"
    assert "Health A to Z" not in article.clean_text and "Live Well" not in article.clean_text


def test_label_and_date_on_separate_lines():
    dates = dates_from_text(["Body text.", "Content current as of:", "03/19/2024"], 30)
    assert dates.updated == dt.date(2024, 3, 19) and dates.published is None
