"""Main text of HTML pages from sites never seen: what trafilatura finds must reach clean_text
whole, and site furniture around it must not. Pages are written for these tests."""
from sources.blocks import LIST_ITEM, PARAGRAPH, Block
from sources.link_furniture import mark_link_furniture
from sources.parse import parse_bytes


def _parse_html(body: str, title: str = "Tafasitamab combination approved for relapsed lymphoma"):
    page = (f"<!doctype html><html><head><title>{title}</title></head><body>"
            f"<header><a href='/'>Home</a> <a href='/news'>News</a></header>{body}"
            f"<footer>Copyright 2025 Example Health News. All rights reserved.</footer></body></html>")
    return parse_bytes(page.encode("utf-8"), "page.html")


LOOSE_TEXT_UNDER_HEADINGS = """<article><h1>Tafasitamab combination approved for relapsed lymphoma</h1>
<h2>What the regulator decided</h2>
The agency approved tafasitamab with lenalidomide for adults with relapsed diffuse large B-cell lymphoma who
cannot receive a stem cell transplant, after a single-arm study showed durable responses in most patients.
<h2>What the study found</h2>
In the study, the overall response rate was 60 percent and responses lasted a median of more than two years,
which the committee judged clinically meaningful for this population with few other options.<br>
Infections and low blood counts were the most common serious side effects reported by investigators.
</article>"""


def test_text_standing_loose_under_headings_is_kept():
    # Text written straight under a heading, without <p>, is returned by trafilatura as the
    # heading's tail (or after a <br>); it was silently dropped.
    text = _parse_html(LOOSE_TEXT_UNDER_HEADINGS).clean_text
    assert "The agency approved tafasitamab with lenalidomide" in text
    assert "the overall response rate was 60 percent" in text
    assert "Infections and low blood counts were the most common" in text


PROMOS_BETWEEN_PARAGRAPHS = """<article><h1>Tafasitamab combination approved for relapsed lymphoma</h1>
<p>The agency approved tafasitamab with lenalidomide for adults with relapsed diffuse large B-cell lymphoma who
cannot receive a stem cell transplant, after a single-arm study showed durable responses in most patients.</p>
<p>READ NEXT: <a href="/news/other-story">Second bispecific antibody reaches the clinic for follicular lymphoma</a></p>
<p>In the study, the overall response rate was 60 percent and responses lasted a median of more than two years,
which the committee judged clinically meaningful for this population with few other options.</p>
<p>Most read</p>
<ul><li><a href="/a">Five questions to ask before starting CAR T-cell therapy</a></li>
<li><a href="/b">How a hospital cut waiting times for infusion chairs in half</a></li>
<li><a href="/c">New guidance on vaccinations after stem cell transplant explained</a></li></ul>
<p>Infections and low blood counts were the most common serious side effects reported by investigators, and
the label advises monitoring blood counts before each cycle of treatment.</p>
<p>Treatment options named in the label: </p>
<ul><li><a href="/drugs/tafasitamab">Tafasitamab</a></li><li><a href="/drugs/lenalidomide">Lenalidomide</a></li>
<li><a href="/drugs/rituximab">Rituximab</a></li></ul>
<p>Read the <a href="/label">full prescribing information</a> for the complete list of warnings.</p>
</article>"""


def test_linked_promo_lines_and_lists_of_linked_headlines_are_not_content():
    text = _parse_html(PROMOS_BETWEEN_PARAGRAPHS).clean_text
    assert "Second bispecific antibody" not in text  # a promo line that is all link
    assert "Five questions to ask" not in text and "infusion chairs" not in text  # a list of linked headlines
    assert "Most read" not in text  # the label of that list
    for kept in ("The agency approved tafasitamab", "the overall response rate was 60 percent",
                 "Infections and low blood counts"):
        assert kept in text


def test_a_sentence_with_a_link_in_it_stays_content():
    text = _parse_html(PROMOS_BETWEEN_PARAGRAPHS).clean_text
    assert "Read the full prescribing information for the complete list of warnings." in text


def test_a_list_of_linked_names_is_content_and_a_list_of_linked_headlines_is_not():
    names = [Block(t, LIST_ITEM, "•", link_share=1.0) for t in ("Tafasitamab", "Lenalidomide", "Rituximab")]
    headlines = [Block(t, LIST_ITEM, "•", link_share=1.0) for t in (
        "Five questions to ask before starting CAR T-cell therapy",
        "How a hospital cut waiting times for infusion chairs in half",
        "New guidance on vaccinations after stem cell transplant explained")]
    lead = Block("Options named in the label include:", PARAGRAPH)
    blocks = [lead, *names, Block("Also on this site", PARAGRAPH), *headlines]
    marks: list = [None] * len(blocks)
    mark_link_furniture(blocks, marks)
    assert marks == [None, None, None, None, "link_label", "link_list", "link_list", "link_list"]


CAPTION = ("Nurses prepare an infusion of the bispecific antibody at the day unit of a regional hospital, "
           "where the first patients were treated this autumn.")
GALLERY_ABOVE_THE_STORY = f"""<article><h1>Tafasitamab combination approved for relapsed lymphoma</h1>
<div class="gallery"><p>{CAPTION}</p><p>Photo 1 of 6</p><p>{CAPTION}</p><p>Back to gallery</p></div>
<p>The agency approved tafasitamab with lenalidomide for adults with relapsed diffuse large B-cell lymphoma who
cannot receive a stem cell transplant, after a single-arm study showed durable responses in most patients.</p>
<p>In the study, the overall response rate was 60 percent and responses lasted a median of more than two years,
which the committee judged clinically meaningful for this population with few other options.</p>
<h2>Plan for each cycle</h2><p>Take the tablet with water at the same time every day of the cycle, with or without food.</p>
<h2>Plan for the next cycle</h2><p>Take the tablet with water at the same time every day of the cycle, with or without food.</p>
</article>"""


def test_a_gallery_caption_repeated_above_the_story_is_not_content_but_repeats_inside_it_are():
    text = _parse_html(GALLERY_ABOVE_THE_STORY).clean_text
    assert "Nurses prepare an infusion" not in text
    assert "Photo 1 of 6" not in text and "Back to gallery" not in text
    assert "The agency approved tafasitamab" in text
    assert text.count("Take the tablet with water at the same time every day") == 2  # a plan repeats its steps


def test_a_list_of_teaser_cards_whose_headline_runs_into_its_summary_is_not_content():
    cards = [Block(t, LIST_ITEM, "•") for t in (
        "Trial news in brief: three readouts this weekWhat the week's phase 3 results mean for practice",
        "Ask the pharmacist about oral chemotherapyOur pharmacist answers readers' questions on dosing",
        "Inside a cell therapy unitA day with the team that prepares CAR T-cell infusions")]
    side_effects = [Block(t, LIST_ITEM, "•") for t in (
        "Neutropenia, reported in most patients during the first cycles of treatment",
        "Infusion reactions with the first dose, usually mild and manageable at the bedside",
        "Fatigue and diarrhoea, mostly of low grade, in about a third of patients")]
    blocks = [*side_effects, Block("More from our newsroom", PARAGRAPH), *cards]
    marks: list = [None] * len(blocks)
    mark_link_furniture(blocks, marks)
    assert marks[:3] == [None, None, None]
    assert marks[4:] == ["teaser_cards"] * 3


def test_link_marks_never_reach_the_text_even_with_broken_anchors_or_private_use_characters():
    body = ("<article><h1>Tafasitamab combination approved for relapsed lymphoma</h1>"
            "<p>The agency approved <a href='/t'>tafasitamab <a href='/l'>with lenalidomide</a></a> for adults "
            "with relapsed diffuse large B-cell lymphoma</a> who cannot receive a transplant, after a study "
            "showed durable responses in most of the patients treated.</p>"
            "<p>Icon \ue000 glyphs\ue001 and <a href='/x'><img src='x.png'></a> image links carry no text, and "
            "the overall response rate was 60 percent in the single-arm study of this combination.</p></article>")
    article = _parse_html(body)
    assert "\ue000" not in article.clean_text and "\ue001" not in article.clean_text
    assert "The agency approved tafasitamab with lenalidomide for adults" in article.clean_text
    assert "the overall response rate was 60 percent" in article.clean_text
