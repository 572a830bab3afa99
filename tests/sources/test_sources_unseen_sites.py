"""Pages from site styles the cleaner was not tuned on: faults seen on the project's own
sample corpus (each shown with a small page written for this test) and six full pages in
new styles (`fixtures/pages/*`, each with its expectations in a YAML file next to it)."""
import datetime as dt
import html
import re
from pathlib import Path

import pytest
import yaml

from sources.parse import parse_bytes

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _parse(text: str, name: str = "page.txt"):
    return parse_bytes(text.encode("utf-8"), name)


def _norm(text) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip().casefold()


# ---------------------------------------------------------------- faults, one page each

QUESTION_FIRST = """Should adults with relapsed multiple myeloma receive daratumumab with their doublet?

MyelomaDesk for Clinicians
For healthcare professionals only.
Sign in with your professional account to save answers.
Home | Ask | Topics | About

Last updated: February 2, 2024

Short answer

Yes. Adding daratumumab to lenalidomide and dexamethasone lengthened progression-free survival in the POLLUX trial.

Was this answer helpful? Yes / No
"""


def test_a_question_on_the_first_line_is_the_title_and_stays_in_the_text():
    article = _parse(QUESTION_FIRST)
    question = QUESTION_FIRST.splitlines()[0]
    assert article.title == question
    assert article.clean_text.startswith(question)
    assert "MyelomaDesk for Clinicians" not in article.clean_text
    assert "Sign in" not in article.clean_text
    assert "helpful" not in article.clean_text
    assert "POLLUX trial." in article.clean_text


def test_publisher_from_a_copyright_line_stops_at_the_organisation_name():
    page = ("Lenalidomide maintenance after transplant\n\n"
            "Lenalidomide maintenance after autologous transplantation lengthens progression-free "
            "survival in multiple myeloma and is usually continued until progression.\n\n"
            "© 2023 Marrow Times Media Group. Newsroom: +1 555 010 2020. All rights reserved.\n")
    assert _parse(page).publisher == "Marrow Times Media Group"


CHROME_LINES = [
    "Tell us what you think: was this page useful? [Yes] [No]",
    "Quick poll",
    "Did this page answer your questions? Yes / No",
    "Support line: 0300 555 0147 (free from UK landlines). Registered charity in England and Wales.",
    "Helpline 0808 555 0100, Monday to Friday",
    "Disclaimer: Example News reports on research for a professional audience and does not endorse any treatment.",
    "Example News is an independent news service for haematology professionals.",
    "Related: Dose reduction of ponatinib | Stopping a TKI safely",
    "By Example News staff writers",
]


@pytest.mark.parametrize("line", CHROME_LINES)
def test_poll_support_line_disclaimer_and_byline_lines_are_removed(line):
    page = ("Ponatinib dose reduction in chronic-phase CML\n\n"
            f"{line}\n\n"
            "In the OPTIC trial, starting ponatinib at 45 mg daily and reducing it to 15 mg once the "
            "BCR::ABL1 level fell to 1% or less kept responses while lowering arterial occlusive events.\n\n"
            f"{line}\n")
    article = _parse(page)
    assert _norm(line) not in _norm(article.clean_text)
    assert "kept responses while lowering arterial occlusive events." in article.clean_text


def test_a_reviewer_byline_does_not_borrow_the_next_sentences_date():
    page = ("Acalabrutinib for CLL\n\n"
            "Written by the editorial team. Medically reviewed by our nurse advisers. "
            "Published 14 April 2025, updated 2 September 2025.\n\n"
            "Acalabrutinib is a second-generation BTK inhibitor taken twice daily for chronic "
            "lymphocytic leukemia.\n")
    article = _parse(page)
    assert article.reviewed_date is None
    assert article.published_date == dt.date(2025, 4, 14)
    assert article.updated_date == dt.date(2025, 9, 2)


def test_a_reviewer_with_initials_keeps_the_review_date():
    page = ("Zanubrutinib for CLL\n\nReviewed by Dr. J. Okafor on 3 March 2024\n\n"
            "Zanubrutinib is a BTK inhibitor taken once or twice daily for chronic lymphocytic leukemia.\n")
    assert _parse(page).reviewed_date == dt.date(2024, 3, 3)


GUIDE_PAGE = """Example Guides for Patients®
Chronic Lymphocytic Leukemia, Version 2.2019
Home | Table of contents | Search this book | Download PDF

Part 4 Treatment guide

First-line treatment without del(17p)

Your treatment team may suggest a BTK inhibitor such as ibrutinib, or venetoclax with obinutuzumab for a fixed length of time.
"""


def test_head_lines_removed_above_the_title_are_kept_as_header_lines():
    article = _parse(GUIDE_PAGE)
    assert article.title == "First-line treatment without del(17p)"
    assert "Version 2.2019" not in article.clean_text
    assert "Chronic Lymphocytic Leukemia, Version 2.2019" in article.header_lines
    assert not any("Download PDF" in line for line in article.header_lines)  # widgets are not metadata


def test_header_lines_are_empty_when_nothing_stands_above_the_title():
    page = "Imatinib in CML\n\nImatinib was the first tyrosine kinase inhibitor approved for chronic myeloid leukemia.\n"
    assert _parse(page).header_lines == []


def test_a_breadcrumb_step_that_shortens_the_headline_gives_way_to_the_headline():
    page = ("Home > Myeloma > Treatment > Drugs for myeloma\n\n"
            "Drugs for multiple myeloma\n\n"
            "Most people with multiple myeloma take a combination of three or four drugs, such as "
            "bortezomib, lenalidomide and dexamethasone.\n")
    assert _parse(page).title == "Drugs for multiple myeloma"


def test_a_notice_sentence_is_cut_from_a_content_paragraph_without_losing_the_prose():
    page = ("# What changed in the 2022 classification\n\n"
            "The 2022 international consensus classification of myeloid neoplasms moves several "
            "genetic groups of acute myeloid leukemia into new categories and lowers the blast "
            "threshold for some of them. This summary is intended for healthcare professionals.\n")
    article = _parse(page, "page.md")
    assert "lowers the blast threshold for some of them." in article.clean_text
    assert "intended for healthcare professionals" not in article.clean_text


def test_a_line_made_only_of_review_sentences_is_page_metadata():
    page = ("Tablets that control myelofibrosis\n\n"
            "Reviewed by our patient information panel. Page last reviewed: 8 January 2025. "
            "Next review due: January 2028.\n\n"
            "Ruxolitinib is a tablet that shrinks the spleen and eases symptoms in many people with "
            "myelofibrosis.\n")
    article = _parse(page)
    assert "Reviewed by" not in article.clean_text
    assert article.reviewed_date == dt.date(2025, 1, 8)


def test_masthead_with_a_tagline_above_the_menu_is_not_the_title():
    page = ("Marrow Weekly\n"
            "The briefing for transplant physicians\n"
            "News | Meetings | Jobs | Log in\n\n"
            "Guidelines / Transplant\n\n"
            "Post-transplant cyclophosphamide becomes a standard option for GVHD prophylaxis\n\n"
            "A randomised trial found that post-transplant cyclophosphamide with tacrolimus and "
            "mycophenolate mofetil improved GVHD-free, relapse-free survival after reduced-intensity "
            "transplantation.\n\n"
            "(c) 2023 Marrow Weekly Publishing. Registered in England and Wales.\n")
    article = _parse(page)
    assert article.title == "Post-transplant cyclophosphamide becomes a standard option for GVHD prophylaxis"
    assert article.publisher == "Marrow Weekly"
    for chrome in ("briefing for transplant physicians", "Guidelines / Transplant", "Registered in England"):
        assert chrome not in article.clean_text
    assert "improved GVHD-free, relapse-free survival" in article.clean_text


def test_markdown_front_matter_gives_title_site_and_date_and_is_not_content():
    page = ("---\ntitle: 'Luspatercept in lower-risk MDS'\nsite: Marrow Notes\nauthor: A. Writer\n"
            "date: 2023-09-01\n---\n\n# Luspatercept in lower-risk MDS\n\n"
            "In the COMMANDS trial, luspatercept gave more transfusion independence than epoetin alfa in "
            "patients with lower-risk myelodysplastic syndromes who had not had an ESA.\n")
    article = _parse(page, "post.md")
    assert article.title == "Luspatercept in lower-risk MDS"
    assert article.publisher == "Marrow Notes"
    assert article.published_date == dt.date(2023, 9, 1)
    assert "site:" not in article.clean_text and "author:" not in article.clean_text
    assert article.clean_text.startswith("Luspatercept in lower-risk MDS")


def test_page_chrome_after_the_reference_list_is_not_kept_as_references():
    page = ("Asciminib in chronic myeloid leukemia\n\n"
            "Asciminib binds the myristoyl pocket of BCR::ABL1 and is approved for newly diagnosed "
            "chronic-phase chronic myeloid leukemia.\n\n"
            "References\n"
            "1. Hochhaus A, Wang J, Kim DW, et al. Asciminib in newly diagnosed chronic myeloid leukemia. "
            "N Engl J Med. 2024;391(10):885-898.\n\n"
            "Tags: CML, asciminib\n"
            "Most read: Stopping a TKI safely\n"
            "Comments are closed for this article.\n"
            "We are a patient charity. We do not give medical advice.\n"
            "Donate today: 10 pounds could pay for a support call.\n")
    article = _parse(page)
    assert "Hochhaus A" in article.clean_text
    for chrome in ("Tags:", "Most read", "Comments are closed", "medical advice", "Donate today"):
        assert chrome not in article.clean_text


def test_a_privacy_banner_does_not_hide_the_title_below_it():
    page = ("Myeloma Today | News for the myeloma community\n"
            "Sections: Research | Treatment | Events\n"
            "[Sign in] [Create free account]\n\n"
            "Privacy preferences: We and 30 partners store and access information on your device. "
            "Choose Accept to agree or Customize to choose.\n\n"
            "Teclistamab approved for relapsed multiple myeloma\n\n"
            "Teclistamab is a bispecific antibody against BCMA and CD3 for patients whose myeloma has "
            "relapsed after at least four earlier lines of therapy.\n")
    article = _parse(page)
    assert article.title == "Teclistamab approved for relapsed multiple myeloma"
    assert article.publisher == "Myeloma Today"
    assert "partners" not in article.clean_text and "Sign in" not in article.clean_text


def test_json_ld_creation_date_of_a_question_page_is_its_published_date():
    page = ("<html><head><title>Q</title><script type=\"application/ld+json\">"
            "{\"@type\": \"QAPage\", \"dateCreated\": \"2025-05-06\"}</script></head><body>"
            "<h1>Can older adults with AML receive venetoclax?</h1>"
            "<p>Venetoclax with azacitidine is approved for adults aged 75 years or older with newly "
            "diagnosed acute myeloid leukemia.</p></body></html>")
    assert _parse(page, "qa.html").published_date == dt.date(2025, 5, 6)


# ---------------------------------------------------------------- six pages in new styles

def _page_cases():
    return [pytest.param(path, id=path.stem) for path in sorted(PAGES.iterdir()) if path.suffix != ".yaml"]


@pytest.mark.parametrize("path", _page_cases())
def test_page_in_a_new_site_style(path):
    expected = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
    raw = path.read_bytes()
    article = parse_bytes(raw, path.name)
    page, text = _norm(html.unescape(raw.decode("utf-8"))), _norm(article.clean_text)
    assert article.title == expected["title"]
    assert article.publisher == expected["publisher"]
    assert article.audience == expected["audience"]
    for field in ("published_date", "updated_date", "reviewed_date"):
        assert getattr(article, field) == expected[field], field
    for sentence in expected["content"]:
        assert _norm(sentence) in page, f"expectation not on the page: {sentence}"
        assert _norm(sentence) in text, f"content lost: {sentence}"
    for snippet in expected["boilerplate"]:
        assert _norm(snippet) in page, f"expectation not on the page: {snippet}"
        assert _norm(snippet) not in text, f"boilerplate kept: {snippet}"
    for line in expected.get("header_lines") or []:
        assert line in article.header_lines
    for sentence in article.sentences:
        assert sentence.text == article.clean_text[sentence.char_start:sentence.char_end]



# ---------------------------------------------------------------- header lines and small widgets

NEWS_HEADER = """ONCOLOGY WIRE  |  Sign in  |  Subscribe
Topics: Leukemia  Lymphoma  Myeloma  Transplant

Ponatinib with chemotherapy for Philadelphia chromosome-positive ALL
By Tomas Lindqvist | Published 3 May 2025

Ponatinib is a third-generation tyrosine kinase inhibitor that is active against the T315I mutation. It is given by mouth once a day.
"""

PATIENT_TRAIL = """Riverside Blood Cancer Charity
Home > Leukaemia > Tablets for CML

Living with chronic myeloid leukaemia on tablet treatment

Last reviewed: 2 June 2025

Most people with chronic myeloid leukaemia take a tyrosine kinase inhibitor tablet every day. The tablets keep the leukaemia under control for many years.

This website uses a few analytics cookies to count visits. [Accept] [Reject]
Test yourself: Take our CML quiz
Join our email list to hear about research news.
This page is not a substitute for the full guideline or for advice from your team.
"""


def test_a_topics_label_line_is_navigation_and_the_line_above_the_byline_is_the_title():
    article = _parse(NEWS_HEADER)
    assert article.title == "Ponatinib with chemotherapy for Philadelphia chromosome-positive ALL"
    assert "Topics:" not in article.clean_text


def test_the_headline_above_its_date_line_wins_over_a_shorter_breadcrumb_step():
    article = _parse(PATIENT_TRAIL)
    assert article.title == "Living with chronic myeloid leukaemia on tablet treatment"


@pytest.mark.parametrize("widget", ["analytics cookies", "CML quiz", "email list", "not a substitute"])
def test_small_notices_at_the_foot_of_a_page_are_removed(widget):
    article = _parse(PATIENT_TRAIL)
    assert widget not in article.clean_text
    assert "take a tyrosine kinase inhibitor tablet every day" in article.clean_text


@pytest.mark.parametrize("text, audience", [
    ("Lymphoma Help\n\nWhich treatment will I have?\n\nMost people have chemotherapy. In the trial the hazard ratio "
     "was 0.77 (95% CI 0.60-0.98).\n\nHow long will my treatment last?\n\nUsually six months.\n", "patient"),
    ("Haem Bulletin\n\nNelarabine results\n\nIn the randomized phase 3 trial the hazard ratio was 0.7.\n\n"
     "Poll: Has your centre adopted this regimen?\n", "professional"),
    ("Ward notes\n\nThese notes are written by trainees for trainees.\n\nAspirin is used in most patients with "
     "essential thrombocythaemia.\n", "professional"),
])
def test_audience_from_first_person_questions_or_clinician_address(text, audience):
    assert _parse(text).audience == audience


def test_a_one_word_markdown_h1_is_the_title_and_the_text_under_it_is_kept():
    article = _parse("# Ruxolitinib\n\nRuxolitinib is a JAK1 and JAK2 inhibitor taken by mouth twice a day.\n\n"
                     "## Myelofibrosis\n\nThe usual starting dose depends on the platelet count.\n", "drug.md")
    assert article.title == "Ruxolitinib"
    assert "JAK1 and JAK2 inhibitor" in article.clean_text
