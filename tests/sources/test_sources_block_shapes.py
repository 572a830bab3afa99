"""Furniture known by its shape (gallery counters, unrendered shortcodes) and calls to action
that close a page. Pages are written for these tests."""
import pytest

from sources.blocks import LIST_ITEM, PARAGRAPH, Block
from sources.block_shapes import shape_reason
from sources.parse import parse_bytes

STORY = ("<p>The hospital trust opened a second radiotherapy bunker on Monday, which it said would let the "
         "department treat about forty more patients a day and end the evening waiting list for breast cases.</p>"
         "<p>Staff spent six months commissioning the new linear accelerator, and the first patients were "
         "treated on it last week without delays, according to the head of radiotherapy physics.</p>"
         "<p>The trust expects the waiting time for a first treatment to fall below two weeks by the spring.</p>")


def _page(before: str = "", after: str = "") -> str:
    html = (f"<!doctype html><html><head><title>Second radiotherapy bunker opens</title></head><body>"
            f"<article><h1>Second radiotherapy bunker opens</h1>{before}{STORY}{after}</article>"
            f"<footer>Copyright 2026 Example County News.</footer></body></html>")
    return parse_bytes(html.encode("utf-8"), "page.html").clean_text


@pytest.mark.parametrize("counter", ["1 / 8", "1of/8", "Image 3 of 12", "Foto 2/5"])
def test_a_gallery_slide_counter_is_not_content(counter):
    text = _page(before=f"<p>{counter}</p><p>The new bunker seen from the car park.</p>")
    assert counter not in text
    assert "forty more patients a day" in text


@pytest.mark.parametrize("text,kind,expected", [
    ("1 / 8", PARAGRAPH, "gallery_counter"),
    ("Grade 3/4", LIST_ITEM, None),  # a list item is data
    ("Grade 3/4", PARAGRAPH, None),  # a count after a word that is no gallery label
    ("9 / 8", PARAGRAPH, None),  # not a counter: the slide would be past the last
    ("Dose 10 of 12 mg", PARAGRAPH, None),
    ('[button link="https://x.example/r" type="big"] Send us your story[/button]', PARAGRAPH, "shortcode"),
    ("[1] Smith AB. A trial. J Example. 2020;1:1-2.", PARAGRAPH, None),  # a reference, no attributes
])
def test_shape_reason(text, kind, expected):
    assert shape_reason(Block(text, kind)) == expected


@pytest.mark.parametrize("tail", [
    "<p>Listen to the Ward Round podcast live on Fridays at noon - or <a href='/l'>listen back here</a>.</p>",
    "<p>Get County Health Monthly through your letterbox. 12 issues for £10. "
    "<a href='/s'>Click here</a> for more information.</p>",
    "<p>Have a tip? Our health reporter may be reached at health@example.org.</p>",
    "<p>[button link=\"https://x.example/submit\" type=\"big\"] Send us YOUR story[/button]</p>",
])
def test_a_call_to_action_after_the_last_paragraph_is_not_content(tail):
    text = _page(after=tail)
    for gone in ("listen back", "Click here", "may be reached", "Send us"):
        assert gone not in text
    assert "below two weeks by the spring" in text


def test_the_same_words_inside_the_story_are_kept():
    sentence = ("Patients who want a slot can click here on the booking page, the nurse said, and most "
                "of them managed it without help from the reception staff.")
    text = _page(after=f"<p>{sentence}</p><p>The trust will publish its waiting times every month.</p>")
    assert sentence in text


def test_a_closing_paragraph_that_ends_with_a_comment_prompt_keeps_its_prose():
    closing = ("<p>Choosing which treatments to cover in a short guide is hard, and we surely left out some that "
               "readers rely on every day, from older chemotherapy schedules to newer tablets taken at home. "
               "Leave a comment and tell us which ones we missed.</p>")
    text = _page(after=closing)
    assert "we surely left out some that readers rely on every day" in text
    assert "Leave a comment" not in text


def test_a_paragraph_repeating_the_headline_above_the_story_is_a_caption_not_content():
    text = _page(before="<p>Second radiotherapy bunker opens</p><p>1 / 6</p>")
    assert text.count("Second radiotherapy bunker opens") == 1  # the headline line itself
    assert "forty more patients a day" in text


def test_the_headline_repeated_inside_the_story_is_kept():
    text = _page(after="<p>Second radiotherapy bunker opens</p><p>The trust thanked the donors who paid "
                       "for part of the building work.</p>")
    assert text.count("Second radiotherapy bunker opens") == 2


@pytest.mark.parametrize("line", ["Mary Example, Ap Health Writer", "Jo Roe, Senior Science Correspondent",
                                  "5:45 AM PST 11/19/2026 by Mary Example"])
def test_a_byline_with_a_desk_title_or_a_clock_time_is_not_content(line):
    text = _page(before=f"<p>{line}</p>")
    assert line not in text
    assert "forty more patients a day" in text


@pytest.mark.parametrize("line", ["8:00 am take two tablets with breakfast", "6:30 pm Infusion of the second dose"])
def test_a_schedule_line_opening_with_a_clock_time_is_kept(line):
    assert line in _page(before=f"<p>Dose schedule for day one</p><p>{line}</p>")


def test_a_sentence_naming_a_writer_is_kept():
    sentence = "The report was written by Mary Example, a former ward sister who became a health writer."
    assert sentence in _page(after=f"<p>{sentence}</p><p>The trust will publish its waiting times monthly.</p>")


def test_a_long_closing_paragraph_that_mentions_clicking_is_kept():
    closing = ("<p>Patients who were offered an evening slot but would rather keep a weekend appointment can still "
               "ask for one, the trust said, although weekend sessions will run only twice a month from June and "
               "will be reserved for people who travel more than an hour; to ask for one, click here or call the "
               "booking office.</p>")
    assert "would rather keep a weekend appointment" in _page(after=closing)
