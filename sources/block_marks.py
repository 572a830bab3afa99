"""Block classifiers: why a block is boilerplate on its own (None: no evidence yet).

Evidence read from one block, or from a short run of neighbours, site-independent:
- cues: line-level phrases of consent banners, gates, share bars, newsletter boxes,
  polls, footers and disclaimers (`lexicons/boilerplate_cues.yaml`, loaded by `sources.cues`);
- shape: menus (short items separated by | or runs of spaces), breadcrumbs, button
  labels, runs of one-word lines, the masthead above a menu, link furniture
  (`sources.link_furniture`), gallery counters and shortcodes (`sources.block_shapes`).
Position on the page (before the title, after the content) is judged by `sources.boilerplate`.
"""
from __future__ import annotations

import re

from sources.block_shapes import shape_reason
from sources.blocks import LIST_ITEM, Block
from sources.cues import boilerplate_cues
from sources.link_furniture import mark_link_furniture

# "Sections: Leukemia  Lymphoma  Myeloma": a navigation label, then Title-Case items.
_NAV_LABEL = re.compile(r"^\s*(?:sections?|topics?|categories|browse|menu|explore|channels|in\s+this\s+section)\s*:\s*",
                        re.IGNORECASE)
_MENU_SEP = re.compile(r"\s*\|\s*|\s{3,}|\t+|\s+[·•]\s+")
_CRUMB_SEP = re.compile(r"\s+>\s+|\s*[›»]\s*")
_SLASH_SEP = re.compile(r"\s+/\s+")
_HOME_STEP = re.compile(r"^(?:home|homepage|start|main page)$", re.IGNORECASE)
# "[ Search the library ]   [ Sign in ]": a row of bracketed labels is a bar of buttons
_BUTTON_ROW = re.compile(r"^\s*(?:\[[^\[\]]{1,40}\]\s*){2,}$")
_GLUED = re.compile(r"[a-z]{2}[A-Z][a-z]")
_TERMINAL = re.compile(r"[.!;,]['\"”’)\]]*$")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(rf"\b(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
                   rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}})\b", re.IGNORECASE)
_DATE_ONLY = re.compile(rf"^(?:{_DATE.pattern})\s*$", re.IGNORECASE)
_CITATION = re.compile(
    r"^(?:\d{1,3}[.)]\s*|\[\d{1,3}\]\s*)?[A-Z][A-Za-z'’\-]+(?: [A-Z][A-Za-z'’\-]+)? [A-Z]{1,3}\b(?:,| et al\b| \.)"
    r".{10,}\b(?:1[89]|20)\d{2}\b")
_CITATION_LABEL = re.compile(r"^(?:source|sources|reference|citation)s?\s*:\s*\S", re.IGNORECASE)
JOURNAL_HINT = re.compile(r"\bet al\b|\bdoi\s*:|\b10\.\d{4,9}/|\b(?:19|20)\d{2}\s*;\s*\d+", re.IGNORECASE)
_LONG_BLOCK_WORDS = 40
_HAS_WORD = re.compile(r"[^\W_]")  # a phone number inside a long paragraph does not make it boilerplate


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])['\"”’)]?\s+(?=[\"“‘(]?[A-Z])")
# Categories whose cue is a self-contained sentence ("This summary is intended for healthcare
# professionals.") that pages append to, or put in front of, a real paragraph.
_TRIMMABLE = frozenset({"professional_gate", "editorial_status", "site_disclaimer", "comments"})
_TRIM_MIN_WORDS = 25
_TRIM_MAX_NOTICE_WORDS = 15
_TRIM_MIN_REST_WORDS = 20
_ABOUT_THE_SITE = re.compile(r"\b(?:this|our) (?:web)?site\b|\bwebsite\b|\bcookies?\b|\bclick\b|\byou are\b",
                             re.IGNORECASE)


def split_sentences(text: str) -> list[str]:
    """Rough sentence split of one block (enough to tell a notice sentence from prose)."""
    return [p for p in _SENTENCE_SPLIT.split(text) if p.strip()]


def _trim_notice_sentences(block: Block) -> bool:
    """Remove short notice sentences at the start or end of a long paragraph whose other
    sentences carry no cue at all; True when the block keeps real prose."""
    cues = boilerplate_cues()
    parts = split_sentences(block.text)
    if len(parts) < 2:
        return False
    flagged = [cues.strong_category(p) is not None for p in parts]
    lo, hi = 0, len(parts)
    while lo < hi and flagged[lo]:
        lo += 1
    while hi > lo and flagged[hi - 1]:
        hi -= 1
    rest = parts[lo:hi]
    notices = parts[:lo] + parts[hi:]
    if (not rest or (lo and hi < len(parts)) or any(flagged[lo:hi])
            or any(len(p.split()) > _TRIM_MAX_NOTICE_WORDS for p in notices)):
        return False  # notices on both sides, or long ones: the whole block is a notice
    rest_text = " ".join(rest)
    if (len(rest_text.split()) < _TRIM_MIN_REST_WORDS or cues.weak.search(rest_text)
            or _ABOUT_THE_SITE.search(rest_text)):
        return False
    block.text = rest_text
    return True



def is_short_label(block: Block, max_words: int) -> bool:
    return block.n_words <= max_words and not _TERMINAL.search(block.text)


def is_menu(block: Block) -> bool:
    """Short items separated by |, · or runs of spaces ("Home | News | Log in")."""
    if block.from_table:
        return False
    source = block.raw or block.text
    nav = _NAV_LABEL.match(source)
    if nav and not _TERMINAL.search(source):
        items = [w for w in re.split(r"[\s|·•]+", source[nav.end():]) if w]
        if len(items) >= 2 and all(w[:1].isupper() or w in ("&", "and", "of") for w in items):
            return True
    if "|" not in source and "·" not in source and "•" not in source and "   " not in source and "\t" not in source:
        return False
    parts = [p for p in _MENU_SEP.split(source) if p.strip()]
    if len(parts) < 2:
        return False
    if any(ch.isdigit() for ch in source) and not any(p.strip().startswith(("©", "Page")) for p in parts):
        return False
    words = [len(p.split()) for p in parts]
    if len(parts) == 2:
        return "|" in source or "·" in source if max(words) <= 5 and not _TERMINAL.search(source) else False
    short = sum(1 for w in words if w <= 3)
    return short / len(parts) >= 0.75 and not source.rstrip().endswith(".")


def is_breadcrumb(block: Block) -> bool:
    """"Home > Drugs > Name" style trails."""
    text = block.text
    if block.n_words <= 16 and " / " in text and ">" not in text:
        parts = [p.strip() for p in _SLASH_SEP.split(text) if p.strip()]  # "Home / Labels / S / Name"
        return len(parts) >= 2 and bool(_HOME_STEP.match(parts[0])) \
            and all(len(p.split()) <= 7 and not p.endswith(".") for p in parts)
    if (">" not in text and "›" not in text and "»" not in text) or "%" in text or "=" in text or "<" in text \
            or block.n_words > 16:
        return False
    parts = [p.strip() for p in _CRUMB_SEP.split(text) if p.strip()]
    if len(parts) < 2:
        return False
    return all(len(p.split()) <= 7 and p[:1].isupper() and not p.endswith(".") for p in parts)


def breadcrumb_parts(text: str) -> list[str]:
    parts = [p.strip() for p in _CRUMB_SEP.split(text) if p.strip()]
    if len(parts) == 1 and " / " in text:
        parts = [p.strip() for p in _SLASH_SEP.split(text) if p.strip()]
    return parts


def is_byline(block: Block) -> bool:
    """A short line carrying a date with separators or a 'By' ("May 7, 2018 | Staff writer")."""
    text = block.text
    if block.n_words > 18:
        return False
    if _DATE_ONLY.match(text):
        return True
    if not _DATE.search(text):
        return False
    return bool(re.search(r"\s[|·•]\s|^by\b|\bstaff\b|\bwriter\b|\bpublished\b", text, re.IGNORECASE))


def looks_like_citation(text: str) -> bool:
    """'Surname AB, Other CD, et al. Title. Journal. 2024;...' or 'Source: ... et al. ...'."""
    if _CITATION.search(text):
        return True
    return bool(_CITATION_LABEL.match(text) and JOURNAL_HINT.search(text))


def mark_blocks(blocks: list[Block]) -> list[str | None]:
    """Reason why each block is boilerplate on its own (None: no evidence yet)."""
    cues = boilerplate_cues()
    marks: list[str | None] = []
    for block in blocks:
        text = block.text
        reason = None
        if block.front_matter:
            marks.append("front_matter")  # title, date, author fields: read as metadata, never content
            continue
        category = cues.strong_category(text)
        if category in _TRIMMABLE and block.n_words >= _TRIM_MIN_WORDS and _trim_notice_sentences(block):
            category = None  # the notice was one sentence of a content paragraph; the rest stays
        if category and not (category in ("contact_address", "phone_or_postcode")
                             and block.n_words >= _LONG_BLOCK_WORDS):
            reason = category
        elif cues.is_button(text):
            reason = "button"
        elif not _HAS_WORD.search(text):
            reason = "no_words"  # "###", "* * *": end-of-release marks and separators
        elif shape := shape_reason(block):
            reason = shape
        elif is_menu(block):
            reason = "menu"
        elif is_breadcrumb(block):
            reason = "breadcrumb"
        elif _BUTTON_ROW.match(text):
            reason = "button_row"
        elif block.n_words <= 8 and len(_GLUED.findall(text)) >= 2 and not _TERMINAL.search(text):
            reason = "glued_menu"
        marks.append(reason)
    mark_link_furniture(blocks, marks)
    _mark_short_runs(blocks, marks)
    _mark_masthead(blocks, marks)
    return marks


def _mark_short_runs(blocks: list[Block], marks: list[str | None]) -> None:
    """Three or more consecutive capitalised one-to-three-word lines (four words in runs of four
    or more): status steps, link lists.

    A run introduced by a line ending in ':' is an unbulleted list ("Side effects include:"),
    and lower-case items are list content too, so neither is marked.
    """
    i, n = 0, len(blocks)
    while i < n:
        j = i
        while (j < n and blocks[j].kind != LIST_ITEM and blocks[j].raw and is_short_label(blocks[j], 4)
               and blocks[j].text[:1].isupper() and (j == i or not blocks[j].blank_before)):
            j += 1
        introduced = i > 0 and blocks[i - 1].text.endswith(":") and not blocks[i].blank_before
        long_labels = any(blocks[k].n_words > 3 for k in range(i, j))
        if j - i >= (4 if long_labels else 3) and not introduced:
            for k in range(i, j):
                marks[k] = marks[k] or "short_line_run"
        i = max(j, i + 1)


_MASTHEAD_MAX_WORDS = 8  # "Example University Hospitals NHS Foundation Trust"


_HEADER_WIDGET_MARKS = ("menu", "glued_menu", "login_register", "accessibility_notice", "search_box", "button_row")
# "Site Name :: tagline", "Site Name | tagline": the name, a separator, a lower-key phrase
_NAME_AND_TAGLINE = re.compile(r"^(?P<name>[^|:]{2,40}?)\s+(?:\||::|–|—)\s+\S")


def _is_tagline(block: Block) -> bool:
    """"Europe's briefing for haematologists": a short unpunctuated line right under the site name."""
    return not block.blank_before and block.n_words <= 10 and not _TERMINAL.search(block.text)


_NOTICES_ABOVE_MASTHEAD = frozenset({"cookie_consent", "navigation", "accessibility_notice", "paywall_meter",
                                     "professional_gate"})


def _mark_masthead(blocks: list[Block], marks: list[str | None]) -> None:
    """A short first line standing above a menu (or carrying ®/™) is the site masthead."""
    # The masthead is the first line the page shows once a consent banner or other notice above it is set aside.
    top = 0
    while top < min(len(blocks), 6) and marks[top] in _NOTICES_ABOVE_MASTHEAD:
        top += 1
    if top >= len(blocks) or marks[top] or not blocks[top].raw:
        return
    first = blocks[top]
    split = _NAME_AND_TAGLINE.match(first.text)
    name_and_tagline = bool(split) and split.group("name").count(" ") < 4
    if (first.n_words > _MASTHEAD_MAX_WORDS and not name_and_tagline) or _TERMINAL.search(first.text):
        return
    cues = boilerplate_cues()
    following = [i for i in range(top + 1, min(len(blocks), top + 5))
                 if not cues.meta_line.search(blocks[i].text) and marks[i] != "cookie_consent"]
    # under "Name :: tagline" a breadcrumb trail also stands for the site's navigation
    widgets = _HEADER_WIDGET_MARKS + ("breadcrumb",) if name_and_tagline else _HEADER_WIDGET_MARKS
    menu_below = bool(following) and marks[following[0]] in widgets
    if not menu_below and len(following) >= 2 and _is_tagline(blocks[following[0]]) \
            and marks[following[1]] in _HEADER_WIDGET_MARKS:  # "Site / tagline / menu"
        menu_below = True
        marks[following[0]] = marks[following[0]] or "masthead"
    if menu_below or ((first.n_words <= 5) and ("®" in first.text or "™" in first.text)):
        marks[top] = "masthead"
