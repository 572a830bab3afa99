"""Main text of small hand-written pages: boilerplate goes, every content sentence stays."""
import re
from pathlib import Path

import pytest
import yaml

from sources.blocks import text_blocks
from sources.boilerplate import mark_blocks, select_content
from sources.html_text import html_blocks, scan_blocks
from sources.parse import parse_bytes
FIXTURES = Path(__file__).parent / "fixtures"
TEXT_PAGE = (FIXTURES / "news_page.txt").read_text(encoding="utf-8")
HTML_PAGE = (FIXTURES / "news_page.html").read_text(encoding="utf-8")
SNIPPETS = yaml.safe_load((FIXTURES / "snippets.yaml").read_text(encoding="utf-8"))
TEXT_CONTENT, TEXT_BOILERPLATE = SNIPPETS["news_page.txt"]["content"], SNIPPETS["news_page.txt"]["boilerplate"]
HTML_CONTENT, HTML_BOILERPLATE = SNIPPETS["news_page.html"]["content"], SNIPPETS["news_page.html"]["boilerplate"]


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


@pytest.fixture(scope="module")
def text_article():
    return parse_bytes(TEXT_PAGE.encode("utf-8"), "news/dasatinib.txt")


@pytest.fixture(scope="module")
def html_article():
    return parse_bytes(HTML_PAGE.encode("utf-8"), "news/venetoclax.html")


@pytest.mark.parametrize("snippet", TEXT_CONTENT)
def test_text_page_keeps_content(text_article, snippet):
    assert _norm(snippet) in _norm(text_article.clean_text)


@pytest.mark.parametrize("snippet", TEXT_BOILERPLATE)
def test_text_page_drops_boilerplate(text_article, snippet):
    assert _norm(snippet) not in _norm(text_article.clean_text)


@pytest.mark.parametrize("snippet", HTML_CONTENT)
def test_html_page_keeps_content(html_article, snippet):
    assert _norm(snippet) in _norm(html_article.clean_text)


@pytest.mark.parametrize("snippet", HTML_BOILERPLATE)
def test_html_page_drops_boilerplate(html_article, snippet):
    assert _norm(snippet) not in _norm(html_article.clean_text)


def test_html_headings_and_list_items_are_separate_lines(html_article):
    lines = html_article.clean_text.split("\n")
    assert "Safety" in lines
    assert "• Neutropenia was the most common grade 3 event." in lines
    assert "References" in lines


def test_citation_superscripts_do_not_glue_to_sentences(html_article):
    assert "leukemia. Median" in html_article.clean_text.replace("\n", " ")
    assert "leukemia.1" not in html_article.clean_text


def test_reference_list_stays_and_forms_the_references_section(html_article, text_article):
    for article, first_author in ((html_article, "Example E"), (text_article, "Example A")):
        refs = [s for s in article.sentences if s.section == "references" and not s.is_heading]
        assert len(refs) == 2
        assert refs[0].text.startswith(first_author)


def test_unbulleted_list_after_a_colon_is_kept():
    page = ("Side effects of imatinib\n\nThe most common side effects are:\nNausea\nOedema\nMuscle cramps\n\n"
            "Most of them are mild and improve with time.\n")
    article = parse_bytes(page.encode(), "side-effects.txt")
    for item in ("Nausea", "Oedema", "Muscle cramps"):
        assert item in article.clean_text


def test_short_capitalised_runs_without_a_lead_in_are_dropped():
    page = ("Imatinib in chronic phase CML\n\nStatus\nDraft\nIn Review\nPublished\n\n"
            "Imatinib remains a standard first-line option for chronic phase chronic myeloid leukemia.\n")
    article = parse_bytes(page.encode(), "status.txt")
    assert "In Review" not in article.clean_text
    assert "Imatinib remains a standard first-line option" in article.clean_text


def test_disclaimer_section_at_the_end_is_dropped_but_closing_content_stays():
    page = ("Ruxolitinib for myelofibrosis\n\nRuxolitinib reduces spleen size in most patients with myelofibrosis.\n\n"
            "Treatment choices still depend on clinical judgment about anemia and platelet counts.\n\n"
            "Medical disclaimer\n\nThis page is for general information and is not a substitute for advice from "
            "your doctor.\n\nWe cannot guarantee the information is complete.\n")
    article = parse_bytes(page.encode(), "rux.txt")
    assert "Treatment choices still depend on clinical judgment" in article.clean_text
    assert "Medical disclaimer" not in article.clean_text
    assert "not a substitute" not in article.clean_text


def test_marks_name_the_reason():
    blocks = text_blocks("Home | News | Drugs | Contact\nWe use cookies on this site.\nImatinib is a TKI.\n")
    marks = mark_blocks(blocks)
    assert marks[:2] == ["menu", "cookie_consent"]
    assert marks[2] is None
    cleaned = select_content(blocks, marks, None)
    assert [b.text for b in cleaned.kept] == ["Imatinib is a TKI."]
    assert {reason for _, reason in cleaned.dropped} == {"menu", "cookie_consent"}


def test_deeply_nested_html_does_not_crash_and_keeps_text():
    inner = "<p>Nilotinib is taken twice daily on an empty stomach for chronic myeloid leukemia.</p>"
    html = ("<html><head><title>Nested | Site</title></head><body><h1>Nilotinib dosing basics</h1>"
            + "<div>" * 6000 + inner + "</div>" * 6000 + "</body></html>")
    article = parse_bytes(html.encode(), "deep.html")
    assert "Nilotinib is taken twice daily" in article.clean_text
    spans = "<span>" * 50000 + "Bosutinib is another option." + "</span>" * 50000
    article = parse_bytes(f"<html><body><h1>Bosutinib basics</h1><p>{spans}</p></body></html>".encode(), "d2.html")
    assert "Bosutinib is another option." in article.clean_text


def test_fallback_scanner_skips_scripts_and_page_chrome():
    html = ("<html><head><style>p{}</style></head><body><nav>Home | Log in</nav><script>var x = '<p>no</p>';"
            "</script><h2>Dosing</h2><p>Take it with food.</p><ul><li>Once daily</li></ul><footer>© 2020 X</footer>"
            "</body></html>")
    blocks = scan_blocks(html, skip_chrome=True)
    assert [(b.kind, b.text) for b in blocks] == [("heading", "Dosing"), ("paragraph", "Take it with food."),
                                                  ("list_item", "Once daily")]


def test_html_blocks_reports_the_extractor():
    blocks, extractor = html_blocks(HTML_PAGE)
    assert extractor == "trafilatura"
    assert any(b.kind == "heading" and b.text == "Safety" for b in blocks)


def test_markdown_markers_are_stripped():
    md = ("# Azacitidine dosing\n\nAzacitidine is given **subcutaneously** or [intravenously](https://example.org) "
          "for 7 days.\n\n## Cycle length\n\n- Cycles repeat every 28 days.\n- At least 4 to 6 cycles are given.\n")
    article = parse_bytes(md.encode(), "aza.md")
    assert article.source_format == "md"
    assert article.title == "Azacitidine dosing"
    assert "**" not in article.clean_text and "](" not in article.clean_text and "#" not in article.clean_text
    assert "Azacitidine is given subcutaneously or intravenously for 7 days." in article.clean_text
    items = [s.text for s in article.sentences if s.is_list_item]
    assert items == ["Cycles repeat every 28 days.", "At least 4 to 6 cycles are given."]
    assert all(s.section == "Cycle length" for s in article.sentences if s.is_list_item)


def test_text_table_rows_are_kept_at_the_end_of_a_page():
    page = ("Hydroxyurea dosing\n\nThe starting dose is 15 mg/kg once daily.\n\n"
            "Dose | Frequency | Route\n500 mg | once daily | oral\n1000 mg | once daily | oral\n")
    article = parse_bytes(page.encode(), "hu.txt")
    assert "500 mg | once daily | oral" in article.clean_text
    assert "1000 mg | once daily | oral" in article.clean_text


def test_html_table_rows_become_lines():
    html = ("<html><body><article><h1>Zanubrutinib versus ibrutinib</h1><p>Progression-free survival was longer "
            "with zanubrutinib than with ibrutinib in relapsed chronic lymphocytic leukemia.</p><table>"
            "<tr><th>Endpoint</th><th>Zanubrutinib</th><th>Ibrutinib</th></tr>"
            "<tr><td>ORR</td><td>83.5%</td><td>74.2%</td></tr></table></article></body></html>")
    article = parse_bytes(html.encode(), "zanu.html")
    assert "ORR | 83.5% | 74.2%" in article.clean_text


def test_site_name_among_header_buttons_is_neither_title_nor_content():
    page = ("Skip to main content\nNational Example Agency\nSearch\nMenu\n"
            "Agency approves a new BCL-2 inhibitor for CLL\nShare\nEmail\nPrint\n\n"
            "The agency approved the drug for adults with chronic lymphocytic leukemia after at least one prior "
            "therapy.\n")
    article = parse_bytes(page.encode(), "agency.txt")
    assert article.title == "Agency approves a new BCL-2 inhibitor for CLL"
    assert article.publisher == "National Example Agency"
    assert "Search" not in article.clean_text and "National Example Agency" not in article.clean_text
