"""The article's headline: the first heading-like line that is not page chrome (text pages),
or <h1> / og:title / <title> (HTML pages), and the index of the block that shows it."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from sources.blocks import HEADING, Block
from sources.block_marks import breadcrumb_parts
from sources.cues import YAML_LOADER, boilerplate_cues
from sources.dates import DATE_PATTERN
from sources.html_head import HtmlMeta, name_key, strip_site_prefix, strip_site_suffix
from sources.publisher import find_publisher, followed_by_header_widget

_TITLE_HEADER = re.compile(r"^title\s*:\s*(\S.{2,300})$", re.IGNORECASE)
_NOT_TITLE = re.compile(r"^(?:part|chapter|section|unit|module|guide)\s+\d+\b|\bversion \d", re.IGNORECASE)


def find_text_title(blocks: list[Block], marks: list[str | None]) -> tuple[str | None, int | None]:
    """Title of a text page: the first heading-like line that is not page chrome.

    A breadcrumb trail whose last step is a phrase ("Home > What Is X Used For?") names
    the page, so its last step wins when no later line repeats it.
    """
    cues = boilerplate_cues()
    site: list[str | None] = []  # the publisher, read only when a short line may be the site's name
    for block in blocks[:6]:
        header = _TITLE_HEADER.match(block.text)
        if header:
            return _shown_headline(_without_brand(header.group(1).strip(), blocks), blocks, marks)
    first = _first_line_h1(blocks, marks)
    if first is not None:
        return blocks[first].text, first
    crumb_title, crumb_steps, start = None, [], 0
    for i, block in enumerate(blocks[:12]):
        if marks[i] == "breadcrumb":
            steps = breadcrumb_parts(block.text)
            if ":" in steps[0]:
                continue  # "Answer status: Submitted > In review": a status bar, not the page's trail
            if steps[-1].endswith("?") or len(steps[-1].split()) >= 6:
                crumb_title = steps[-1]  # a phrase names the page; a short step is its category
            crumb_steps = steps
            start = i + 1  # site navigation stands above the trail, the page below it
            break
    named = _heading_naming_crumb(blocks, marks, start, crumb_steps)
    if named is not None:
        return blocks[named].text, named
    label: tuple[str, int] | None = None  # a skipped label, the title when no better line follows
    value_of_label = False
    for i in range(start, min(len(blocks), 40)):
        block = blocks[i]
        after_label, value_of_label = value_of_label, False
        if marks[i] is None and block.kind != HEADING and block.n_words >= 20 and block.text[-1:] in ".!?":
            break  # body text reached: a heading below it is a section heading, not the title
        if marks[i] is None and block.kind == HEADING and block.text.endswith(":"):
            value_of_label = True  # "Drug name:" over its value: a fact box, not the headline
            continue
        if after_label and not block.blank_before:
            continue
        headline = block.kind == HEADING or _long_headline(block)
        if marks[i] is not None or not headline or (block.n_words < 2 and block.level != 1):
            continue  # a one-word line is a label, unless it is the page's H1 ("# Imatinib")
        text = block.text
        if cues.meta_line.search(text) or _NOT_TITLE.search(text) or cues.weak.search(text) \
                or cues.section_heading.search(text) or cues.reference_heading.search(text):
            continue
        if followed_by_header_widget(blocks, marks, i):
            continue  # a site name standing among header buttons ("Search", "Menu")
        if _is_field_line(text) or _is_fact_bar(text):
            continue  # "Session: Late-Breaking Abstracts", "Abstract 1187 | Oral | Room 4 | 5 May 2024"
        if _may_be_site_name(text) and not site:
            site.append(find_publisher([b.text for b in blocks], blocks, marks, None))
        if site and site[0] and _is_site_name(text, site[0]):
            label = label or (text, i)  # "The Oncology Ledger", "CANCER WIRE - news for clinicians"
            continue
        if _is_category_trail(text) or _stacked_label(blocks, marks, i) or _kicker(blocks, marks, i):
            # "Guidelines / Lymphoma" (the section the page is filed under), or stacked labels
            # ("Patient information leaflet / Haematology Department") above the title
            label = label or (text, i)
            continue
        if crumb_title and name_key(crumb_title) not in name_key(text) and not _same_topic(crumb_title, text) \
                and not _dated_below(blocks, i):
            return crumb_title, None
        return text, i
    if crumb_title or label is None:
        return crumb_title, None
    return label


_ADDED_TAIL = re.compile(r"^\s*(?:\([^()]{1,40}\)|\[[^\[\]]{1,40}\])\s*$")


def _shown_headline(title: str, blocks: list[Block], marks: list[str | None]) -> tuple[str, int | None]:
    """A saved page's 'title:' field can add an identifier to the headline the page shows
    ("Headline (appraisal MA-0412)"): the heading the reader sees is the headline."""
    for i, block in enumerate(blocks[:40]):
        if marks[i] is None and block.kind == HEADING and block.n_words >= 3 and title.startswith(block.text) \
                and _ADDED_TAIL.match(title[len(block.text):]):
            return block.text, i
    return title, None


_WORD = re.compile(r"[^\W_]+")
_TITLE_PARTS = re.compile(r"\s+(?:\||–|—|::)\s+")


def _without_brand(title: str, blocks: list[Block]) -> str:
    """'Headline | Brand' from a saved page's header: the headline, when the brand also
    shows on the page by itself (masthead, menu, footer)."""
    parts = _TITLE_PARTS.split(title)
    if len(parts) < 2 or len(parts[-1].split()) > 5:
        return title
    brand = name_key(parts[-1])
    if any(brand and brand in name_key(b.text) and name_key(b.text) != name_key(title) for b in blocks[1:]):
        return strip_site_suffix(title, [parts[-1]])
    return title
_HEADLINE_MAX_WORDS = 32
_SENTENCE_END = re.compile(r"[.!?;:,]['\"”’)\]]*$")


def _long_headline(block: Block) -> bool:
    """A news headline of 15 to 32 words, alone on its line, without sentence punctuation at
    its end: too long for a heading by shape, yet no paragraph ends that way."""
    return (block.kind != HEADING and block.blank_before and not block.from_table and block.marker == ""
            and block.n_words <= _HEADLINE_MAX_WORDS and not _SENTENCE_END.search(block.text)
            and block.text[:1].isupper())


def _first_line_h1(blocks: list[Block], marks: list[str | None]) -> int | None:
    """A Markdown page that opens with '# Headline' (three words or more) names itself there."""
    if blocks and blocks[0].kind == HEADING and blocks[0].level == 1 and marks[0] is None \
            and blocks[0].n_words >= 3 and not boilerplate_cues().section_heading.search(blocks[0].text):
        return 0
    return None


def _heading_naming_crumb(blocks: list[Block], marks: list[str | None], start: int,
                          steps: list[str]) -> int | None:
    """Below "Home > Drugs > Vyxeos > Dosage", the heading that carries the trail's last step
    ("Vyxeos Prescribing Information: Dosage") or the page's own name ("Tecvayli") is the headline;
    one-word lines count here, since the trail vouches for them."""
    if not steps:
        return None
    last = name_key(steps[-1])
    names = {name_key(s) for s in steps[1:]} - {""}
    candidates = []
    for i in range(start, min(len(blocks), start + 8)):
        block = blocks[i]
        if marks[i] is None and block.kind != HEADING and block.n_words >= 20 and block.text[-1:] in ".!?":
            break  # body text reached
        if marks[i] is None and (block.kind == HEADING or _long_headline(block)):
            candidates.append(i)
    for i in candidates:
        key = name_key(blocks[i].text)
        if last and last in key and key != last:
            return i
    for i in candidates:
        key = name_key(blocks[i].text)
        first_word = name_key(blocks[i].text.split("(")[0])
        if key in names or first_word in names:
            return i
    return None


def _dated_below(blocks: list[Block], i: int) -> bool:
    """A headline stands right above its byline or date line ("Last reviewed: ...", "By X | Published")."""
    return i + 1 < len(blocks) and bool(boilerplate_cues().meta_line.search(blocks[i + 1].text.strip()))


def _same_topic(short: str, full: str) -> bool:
    """A breadcrumb step that shortens the headline ("Tablets that control CML" for
    "Tablets that control chronic myeloid leukemia"): they open with the same words."""
    a = [w.casefold() for w in _WORD.findall(short)]
    b = [w.casefold() for w in _WORD.findall(full)]
    shared = 0
    for x, y in zip(a, b):
        if x != y:
            break
        shared += 1
    return shared >= 3 or (shared >= 2 and shared * 2 >= len(a))


@lru_cache(maxsize=1)
def _headline_cues() -> dict:
    text = resources.files("sources.lexicons").joinpath("headline_cues.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=YAML_LOADER)
    labels = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in data["field_labels"])
    return {"field": re.compile(rf"^(?:{labels})\s*:\s*\S", re.IGNORECASE),
            "bar_parts": int(data["fact_bar_min_parts"]), "bar_words": int(data["fact_bar_part_words"]),
            "kicker_words": int(data["kicker_max_words"])}


def _is_field_line(text: str) -> bool:
    """'Session: Late-Breaking Abstracts': a field that files the page, not its headline."""
    return bool(_headline_cues()["field"].match(text))


_BAR_SEP = re.compile(r"\s+\|\s+")


def _is_fact_bar(text: str) -> bool:
    """'Abstract 1187 | Oral presentation | Room 4 | 5 May 2024': a bar of short facts."""
    cues = _headline_cues()
    parts = _BAR_SEP.split(text)
    return len(parts) >= cues["bar_parts"] and all(len(p.split()) <= cues["bar_words"] for p in parts)


_DATE = re.compile(DATE_PATTERN, re.IGNORECASE)
_BYLINE_START = re.compile(r"^(?:by|posted|published|updated|written by|answered by)\b", re.IGNORECASE)


def _byline_or_date(blocks: list[Block], marks: list[str | None], k: int) -> bool:
    """A short line that dates the article or names its writer ("Posted 2 March 2024 | By ...")."""
    if k >= len(blocks) or blocks[k].n_words > 25:
        return False
    text = blocks[k].text.strip()
    return (marks[k] == "editorial_status" or bool(boilerplate_cues().meta_line.search(text))
            or bool(_BYLINE_START.match(text)) or bool(_DATE.search(text)))


_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_TAGLINE_SEP = re.compile(r"\s+(?:\||-|–|—|::)\s+")


_SITE_NAME_MAX_WORDS = 8


def _may_be_site_name(text: str) -> bool:
    return len(_TAGLINE_SEP.split(text, maxsplit=1)[0].split()) <= _SITE_NAME_MAX_WORDS


def _is_site_name(text: str, site: str) -> bool:
    """The line names the site (the publisher the page gives elsewhere), alone or before a tagline."""
    key = name_key(_LEADING_THE.sub("", site))
    first = _TAGLINE_SEP.split(text, maxsplit=1)[0]
    return bool(key) and name_key(_LEADING_THE.sub("", first)) == key


_NAME_WORD = re.compile(r"^(?:[A-Z0-9&][\w&'’.-]*|of|and|for|the|on|in)$")
_NAME_MAX_WORDS = 4


def _name_shaped(text: str) -> bool:
    """'Gastrointestinal Cancers', 'ONCOLOGY LEDGER': a short name, every word capitalised."""
    words = text.split()
    return 1 <= len(words) <= _NAME_MAX_WORDS and all(_NAME_WORD.match(w) for w in words) \
        and not _SENTENCE_END.search(text)


def _kicker(blocks: list[Block], marks: list[str | None], i: int) -> bool:
    """A short label ("CLINICAL PEARLS", "Schedule changes effective 1 July 2024") stacked right
    above a longer heading that has its byline or date line below it: that heading is the headline.
    A label shaped as a name ("Gastrointestinal Cancers") may stand a blank line above it."""
    j = i + 1
    if j >= len(blocks) or marks[j] is not None or blocks[j].kind != HEADING \
            or (blocks[j].blank_before and not _name_shaped(blocks[i].text)):
        return False
    short, long_ = blocks[i].n_words, blocks[j].n_words
    return (short <= _headline_cues()["kicker_words"] and long_ >= 3 and long_ > short
            and not _byline_or_date(blocks, marks, j) and _byline_or_date(blocks, marks, j + 1))


_TRAIL_SEP = re.compile(r"\s+/\s+")


def _is_category_trail(text: str) -> bool:
    parts = _TRAIL_SEP.split(text)
    return len(parts) >= 2 and all(1 <= len(p.split()) <= 3 and p[:1].isupper() for p in parts)


def _is_label(blocks: list[Block], marks: list[str | None], k: int) -> bool:
    return (0 <= k < len(blocks) and marks[k] is None and blocks[k].kind == HEADING and blocks[k].n_words <= 6
            and not blocks[k].text.endswith("?") and not boilerplate_cues().meta_line.search(blocks[k].text))


def _stacked_label(blocks: list[Block], marks: list[str | None], i: int) -> bool:
    """Short heading lines stacked without a blank line between them are header labels
    (document type, department); a title stands on its own line."""
    if not _is_label(blocks, marks, i):
        return False
    below = i + 1 < len(blocks) and not blocks[i + 1].blank_before and _is_label(blocks, marks, i + 1)
    above = not blocks[i].blank_before and _is_label(blocks, marks, i - 1)
    return below or above


def find_html_title(meta: HtmlMeta, blocks: list[Block], publisher: str | None) -> tuple[str | None, int | None]:
    """<h1> (else og:title, else <title> without its ' | Site' suffix) and the index of the
    block showing it (a heading, or a plain line with the same text among the first blocks)."""
    sites = [publisher or "", meta.site_name or ""]
    candidates = [meta.h1, meta.og_title and strip_site_prefix(strip_site_suffix(meta.og_title, sites[:1]), sites),
                  meta.title and strip_site_prefix(strip_site_suffix(meta.title, sites), sites)]
    title = next((c for c in candidates if c and c.strip()), None)
    if not title:
        for i, block in enumerate(blocks[:10]):
            if block.kind == HEADING:
                return block.text, i
        return None, None
    key = name_key(title)
    for i, block in enumerate(blocks):
        if name_key(block.text) == key and (block.kind == HEADING or i < 10):
            return title, i
    return title, None
