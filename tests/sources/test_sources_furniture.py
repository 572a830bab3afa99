"""Site furniture classified by its wording and position, on pages written for these tests
(issue 19): metering prompts, search boxes, newsletter blurbs, related lists, share and tool
buttons, press-release notices, accessibility notices, guidance disclaimers, helplines."""
import pytest

from sources.parse import parse_bytes

HEADLINE = "Asciminib approved for newly diagnosed chronic-phase CML"
PROSE = [
    "Regulators approved asciminib for adults with newly diagnosed Philadelphia chromosome-positive chronic "
    "myeloid leukaemia in chronic phase.",
    "In the ASC4FIRST trial, major molecular response at week 48 was 68% with asciminib and 49% with "
    "investigator-selected tyrosine kinase inhibitors.",
    "Adverse events led to stopping treatment less often with asciminib than with the comparators.",
]


def _page(head: list[str], tail: list[str], middle: list[str] = ()) -> str:
    body = [PROSE[0], *middle, PROSE[1], PROSE[2]]
    return "\n\n".join(["Marrow Ledger", "News | Trials | Meetings | Jobs", *head, HEADLINE, *body, *tail]) + "\n"


def _clean(page: str) -> str:
    article = parse_bytes(page.encode("utf-8"), "page.txt")
    for sentence in PROSE:
        assert sentence in article.clean_text, "content lost"
    assert article.title == HEADLINE
    return article.clean_text


@pytest.mark.parametrize("line", [
    "You have 2 free stories left this month. Subscribe or sign in to keep reading.",
    "Register for free to read unlimited Marrow Ledger articles and get our daily bulletin.",
    "Search drugs, trials, companies...",
    "Listen to this page  |  Text size: A A A  |  High contrast",
])
def test_prompts_above_the_headline_are_removed(line):
    assert line not in _clean(_page([line], []))


@pytest.mark.parametrize("line", [
    "Sign in to follow this topic and get an alert whenever new results are posted.",
    "Tweet this quote",
    "Get Permission",
    "Scroll down for data in the second cohort",
])
def test_widgets_between_paragraphs_are_removed(line):
    assert line not in _clean(_page([], [], [line]))


@pytest.mark.parametrize("tail", [
    ["Related on Marrow Ledger", "> Stopping a TKI: who can try it", "> Dose reduction after a response"],
    ["Marrow Ledger Weekly", "Every Thursday: the approvals and trial read-outs in blood cancers. [Your email] [Sign up]"],
    ["Forward-Looking Statements",
     "This release contains forward-looking statements. Actual results may differ materially from those "
     "expressed or implied, and the company undertakes no obligation to update them."],
    ["Share this release: Email | X | LinkedIn", "Get news like this by RSS or by email alert.",
     "The issuer is solely responsible for the content of this release."],
    ["Marrow Ledger works to make its website accessible to everyone, including people with disabilities."],
    ["Your responsibility",
     "This summary reflects the view of the committee. Clinicians are expected to take it fully into account "
     "when exercising their clinical judgement."],
    ["Abstracts are published as submitted by the authors and have not been edited by the society."],
    ["Please see the full Important Safety Information and the Prescribing Information for the product."],
    ["Need to talk? Our helpline nurses are here Monday to Friday, 9am to 5pm."],
    ["Fingerprint\nDive into the research topics of 'Asciminib in CML'. Together they form a unique fingerprint."],
    ["Asciminib prices\nPrices for specialty medicines vary. Ask your pharmacy about savings programs."],
])
def test_furniture_after_the_last_paragraph_is_removed(tail):
    text = _clean(_page([], tail))
    for line in "\n".join(tail).splitlines():  # a heading and the text right under it
        assert line not in text
    assert text.rstrip().endswith(PROSE[2])


def test_a_company_description_in_a_news_paragraph_is_kept():
    sentence = ("Northbay Oncology is a biotechnology company that develops treatments for blood cancers, and it "
                "plans to file for approval in Europe next year after the trial read-out in March.")
    assert sentence in _clean(_page([], [], [sentence]))


@pytest.mark.parametrize("sentence", [
    "The charity is committed to making CAR-T therapy accessible to all eligible patients across the region, "
    "including people with disabilities who live far from a treatment centre.",
    "The interim results have not been peer reviewed by other scientists and were presented at a meeting in June.",
    "Under the early access scheme, the drug is available to members of the national insurance fund who meet "
    "the trial criteria.",
])
def test_prose_that_shares_words_with_site_notices_is_kept(sentence):
    assert sentence in _clean(_page([], [], [sentence]))


def test_prompts_above_the_headline_are_not_kept_as_header_lines():
    head = ["You have 2 free stories left this month. Subscribe to keep reading.", "Search drugs, trials, companies...",
            "Listen to this page  |  Text size: A A A  |  High contrast"]
    article = parse_bytes(_page(head, []).encode("utf-8"), "page.txt")
    assert article.title == HEADLINE
    assert not any(line in article.header_lines for line in head), article.header_lines
