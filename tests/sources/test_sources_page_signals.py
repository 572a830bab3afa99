"""Headline and publisher from the signals a saved page gives (issue 19): the masthead, the
trail, fact-box labels, the page's own header fields, the site header of an HTML page.
Every page here is written for these tests; the sites are fictional."""
import pytest

from sources.parse import parse_bytes


def _parse(text: str, name: str = "page.txt"):
    return parse_bytes(text.encode("utf-8"), name)


BODY = ("Venetoclax with azacitidine lengthened overall survival compared with azacitidine alone in adults "
        "with newly diagnosed acute myeloid leukaemia who could not receive intensive chemotherapy.\n")


def test_a_masthead_that_spells_out_its_acronym_names_the_publisher_in_full():
    page = ("Skip to content\n\n"
            "Cookies on the RCCP website\n\n"
            "We use analytics cookies to count visits and to improve the website for you.\n\n"
            "[Accept all cookies] [Reject optional cookies] [Cookie settings]\n\n"
            "RCCP Royal College of Cancer Pharmacists\n\n"
            "Search RCCP...\n\n"
            "Standards | Education | Membership | About RCCP\n\n"
            "Venetoclax for untreated acute myeloid leukaemia\n\n" + BODY +
            "\n© RCCP 2025. All rights reserved.\n")
    article = _parse(page)
    assert article.publisher == "Royal College of Cancer Pharmacists"
    assert article.title == "Venetoclax for untreated acute myeloid leukaemia"
    assert "Cookies on the RCCP website" not in article.clean_text


def test_a_section_named_in_the_masthead_and_listed_in_the_menu_is_not_part_of_the_name():
    page = ("Marrowline Leukemia/Lymphoma\n"
            "Leukemia  |  Lymphoma  |  Myeloma  |  Meetings  |  Search\n\n"
            "Venetoclax combination extends survival in older adults with AML\n\n" + BODY +
            "\nMarrowline newsletters arrive every Tuesday.\n")
    assert _parse(page).publisher == "Marrowline"


@pytest.mark.parametrize("masthead, publisher", [
    ("Haem Signal | News for blood cancer specialists", "Haem Signal"),
    ("The Marrow Post", "The Marrow Post"),
    ("AML Forum 2024 Annual Meeting", "AML Forum 2024 Annual Meeting"),
])
def test_the_masthead_line_is_the_publisher_as_the_page_spells_it(masthead, publisher):
    page = (f"{masthead}\nNews | Meetings | Jobs | Subscribe\n\n"
            "Venetoclax combination extends survival in older adults with AML\n\n" + BODY +
            "\n© 2024 Marrow Media Holdings LLC. All rights reserved.\n")
    assert _parse(page).publisher == publisher


def test_a_saved_title_field_loses_the_brand_the_page_shows_elsewhere():
    page = ("---\ntitle: \"Venetoclax in unfit AML | Marrow Summaries\"\nsaved_on: 2025-01-14\n---\n\n"
            "[Marrow Summaries](https://example.org/) · [Summaries](#) · [Sign In](#)\n\n"
            "# Venetoclax in unfit AML\n\n" + BODY)
    assert _parse(page, "saved.md").title == "Venetoclax in unfit AML"


def test_a_title_field_keeps_a_dash_that_is_part_of_the_headline():
    page = "title: Venetoclax – what to expect\n\n" + BODY
    assert _parse(page).title == "Venetoclax – what to expect"


def test_the_heading_that_carries_the_trails_last_step_is_the_headline():
    page = ("Home > Drugs > Venclexta > Dosing\n\n"
            "Venclexta (venetoclax) tablets\n"
            "Venclexta Prescribing Information: Dosing\n\n"
            "Overview | Indications | Dosing | Warnings | Interactions\n\n" + BODY)
    assert _parse(page).title == "Venclexta Prescribing Information: Dosing"


def test_a_one_word_heading_repeating_the_trails_last_step_is_the_headline():
    page = ("Home > Drugs > Venclexta\n\n"
            "Venclexta\n"
            "venetoclax\n\n"
            "Manufacturer: Example Pharma\n\n"
            "Concise Prescribing Info\n\n" + BODY)
    assert _parse(page).title == "Venclexta"


def test_a_drug_name_heading_below_a_question_step_is_the_headline():
    page = ("Home > Drugs > Venclexta > What is Venclexta?\n\n"
            "Venclexta (venetoclax)\n"
            "Tablet | BCL-2 inhibitor | Prescription only\n\n"
            "What is Venclexta?\n" + BODY)
    assert _parse(page).title == "Venclexta (venetoclax)"


def test_a_category_as_the_trails_last_step_gives_way_to_the_headline_below():
    page = ("Home > Patients > Progress Against Blood Cancer\n\n"
            "A New Option for Older Adults With AML\n\n"
            "A tablet taken with a standard injection helps some people live longer.\n\n" + BODY)
    assert _parse(page).title == "A New Option for Older Adults With AML"


def test_a_status_bar_shaped_like_a_trail_does_not_hide_the_question_above_it():
    page = ("AskHaem · Clinical answers\n\n"
            "Should venetoclax be combined with azacitidine in adults with AML who cannot have intensive chemotherapy?\n\n"
            "Answer status:  Drafted  >  Checked  >  Published\n\n"
            "Make this answer yours\n\n" + BODY)
    assert _parse(page).title.startswith("Should venetoclax be combined with azacitidine")


def test_fact_box_labels_and_their_values_are_not_the_headline():
    page = ("Home > Medicines > Targeted drugs\n\n"
            "Drug name:\nVenetoclax (Venclexta)\nType of drug:\nBCL-2 inhibitor\n\n"
            "Venetoclax: what to expect when you start treatment\n\n" + BODY)
    assert _parse(page).title == "Venetoclax: what to expect when you start treatment"


def test_a_markdown_h1_on_the_first_line_is_the_headline_even_above_the_site_chrome():
    page = ("# Venetoclax with azacitidine for untreated acute myeloid leukaemia\n\n"
            "[Skip to content](#content)\n\n"
            "Home › Guidance › Conditions › Blood and bone marrow cancers\n\n"
            "## Venetoclax with azacitidine for untreated acute myeloid leukaemia\n\n" + BODY)
    assert _parse(page, "clip.md").title == "Venetoclax with azacitidine for untreated acute myeloid leukaemia"


@pytest.mark.parametrize("line", ["Search drugs, conditions, pharmacies...", "Search by expertise, name or affiliation",
                                  "Search abstracts: [            ] Go", "Search the Marrow Post…"])
def test_search_boxes_are_site_furniture(line):
    page = f"Marrow Post\n\n{line}\n\nVenetoclax in AML\n\n" + BODY
    article = _parse(page)
    assert line not in article.clean_text and article.title == "Venetoclax in AML"


def test_a_logo_h1_in_the_site_header_is_not_the_headline_but_an_article_header_h1_is():
    page = ("<html><head><title>Venetoclax in AML - Marrow Index</title></head><body>"
            "<header><h1><a href='/'>Marrow Index</a></h1><nav><a href='/'>Home</a> | <a href='/a'>Drugs</a></nav></header>"
            "<main><article><header class='entry-header'><h1>Venetoclax in AML: dosing and ramp-up</h1></header>"
            f"<p>{BODY}</p><p>{BODY}</p></article></main></body></html>")
    assert _parse(page, "page.html").title == "Venetoclax in AML: dosing and ramp-up"


def test_a_trail_on_the_first_line_whose_first_step_is_the_site_names_the_publisher():
    page = ("Haem Approvals > Approvals > Leukaemia\n"
            "Sign in  |  Subscribe to the weekly digest\n\n"
            "Venetoclax combination extends survival in older adults with AML\n\n" + BODY +
            "\nHaem Approvals summaries are written by our editors for general information.\n"
            "(c) Haem Approvals Media Ltd. All rights reserved.\n")
    assert _parse(page).publisher == "Haem Approvals"


@pytest.mark.parametrize("page", [
    ("Venetoclax with azacitidine for untreated AML\n\nTechnology appraisal guidance. Published: 2 May 2024\n\n"
     "1.1 Venetoclax with azacitidine is recommended as an option for treating untreated acute myeloid leukaemia "
     "in adults who cannot have intensive chemotherapy.\n\nWhy the appraisal committee made these recommendations\n\n"
     "The most likely cost-effectiveness estimates are within the range usually considered acceptable.\n"),
    ("# Venetoclax cleared for AML in Europe\n\n**Example Pharma Wire** · Regulatory news · Haematology\n\n" + BODY),
    ("Venetoclax dosing\n\nThe dose is increased over a ramp-up of 4 days to 400 mg once daily. Hydrate patients "
     "before the first dose and monitor blood chemistry for tumour lysis syndrome.\n\n"
     "The information here does not replace the advice of your doctor or pharmacist.\n"),
])
def test_professional_pages_without_a_professional_gate_are_read_as_professional(page):
    assert _parse(page, "page.md").audience == "professional"


@pytest.mark.parametrize("line, field, value", [
    ("Publication Date: September 23, 2022", "published_date", "2022-09-23"),
    ("By the Marrow Post editors · June 8, 2022 · Updated August 8, 2022", "published_date", "2022-06-08"),
    ("By the Marrow Post editors · June 8, 2022 · Updated August 8, 2022", "updated_date", "2022-08-08"),
    ("Medically reviewed by Ada Brown, PharmD, BCOP | Updated March 18, 2025", "updated_date", "2025-03-18"),
    ("Medically reviewed by Ada Brown, PharmD, BCOP | Updated March 18, 2025", "reviewed_date", None),
])
def test_dates_read_from_bylines_and_labels(line, field, value):
    article = _parse(f"Venetoclax in AML\n\n{line}\n\n" + BODY)
    assert str(getattr(article, field)) == str(value)


def test_a_logo_h1_that_repeats_the_brand_ending_the_title_is_not_the_headline():
    page = ("<html><head><title>Venetoclax ramp-up in CLL | Marrow Journals</title></head><body>"
            "<div class='top'><h1>Marrow Journals</h1></div>"
            "<div class='content'><h2>Venetoclax ramp-up in CLL</h2>"
            f"<p>{BODY}</p><p>{BODY}</p></div></body></html>")
    assert _parse(page, "page.html").title == "Venetoclax ramp-up in CLL"
