"""Boilerplate removal for pages from sites never seen before: which blocks are content.

Each block first gets its own reason, if any (`sources.block_marks.mark_blocks`: cues and
shape); `select_content` then judges position, site-independently: what stands before the
title, page metadata between the title and the first paragraph, boilerplate sections under
a boilerplate heading, copies above the story, the footer walked back from the end, and
headings left without content.

Medical prose is protected: weak cues only count at the head or tail of the page, and
the reference list is content (kept, and flagged `in_references`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sources.block_marks import (JOURNAL_HINT, is_byline, is_short_label, looks_like_citation,
                                 mark_blocks, split_sentences)
from sources.blocks import HEADING, LIST_ITEM, Block
from sources.cues import boilerplate_cues
from sources.page_tail import company_profile, headline_list
from sources.repeated_blocks import mark_repeats

__all__ = ["Cleaned", "mark_blocks", "select_content"]

# Strong categories that can appear inside a reference list only as page chrome.
_REFERENCE_BREAKERS = {"cookie_consent", "login_register", "share_print_bookmark", "newsletter",
                       "copyright_footer", "poll_survey", "navigation", "comments", "site_disclaimer",
                       "follow_up_promo", "personalisation", "related_content"}
_MEASUREMENT = re.compile(r"\d\s*(?:%|mg\b|g/|mL\b|µg|mcg\b|months?\b|years?\b|weeks?\b|days?\b|hours?\b)",
                          re.IGNORECASE)


@dataclass
class Cleaned:
    """Kept blocks (content) and dropped ones with the reason each was dropped."""

    kept: list[Block]
    dropped: list[tuple[Block, str]]



def _is_content_paragraph(block: Block, min_words: int) -> bool:
    return (block.kind != HEADING and block.n_words >= min_words
            and bool(re.search(r"[.!?:)]['\"”’]?\s*(?:\d{1,3}(?:,\s*\d{1,3})*)?$", block.text)))


def _reference_zone(blocks: list[Block], marks: list[str | None]) -> list[bool]:
    """Blocks belonging to the reference list: after a reference heading, or citation lines."""
    cues = boilerplate_cues()
    zone = [False] * len(blocks)
    inside = False
    for i, block in enumerate(blocks):
        if block.kind == HEADING and cues.reference_heading.search(block.text):
            inside = True
            zone[i] = True
            continue
        if inside:
            if (marks[i] in _REFERENCE_BREAKERS or cues.section_heading.search(block.text)
                    or (marks[i] is not None and not looks_like_citation(block.text))
                    or (block.n_words <= 10 and cues.meta_line.search(block.text))):
                inside = False
            else:
                zone[i] = True
                continue
        if marks[i] is None and looks_like_citation(block.text) and (
                block.kind != HEADING or JOURNAL_HINT.search(block.text)):
            zone[i] = True
    return zone


def _weak_footer(block: Block) -> bool:
    """Weak cues mark a footer line only when it is a label, or when several different cues
    co-occur (one "clinical judgment" in a closing sentence of an article is content)."""
    hits = {m.group(0).lower() for m in boilerplate_cues().weak.finditer(block.text)}
    return len(hits) >= 2 or (bool(hits) and block.n_words <= 6)


# A call to action closing a page is a line or two; a longer paragraph that ends with one is prose.
_TAIL_CALL_MAX_WORDS = 40
_POSITION_ONLY = frozenset({"page_tail", "before_title", "orphan_heading"})


def select_content(blocks: list[Block], marks: list[str | None], title_index: int | None) -> Cleaned:
    """Decide which blocks are content, using marks, cues and position around the title."""
    refs = _reference_zone(blocks, marks)
    reason: list[str | None] = [marks[i] if not refs[i] or marks[i] in _REFERENCE_BREAKERS else None
                                for i in range(len(blocks))]
    _drop_before_title(blocks, reason, refs, title_index)
    mark_repeats(blocks, reason, refs, title_index)
    _drop_page_metadata(blocks, reason, refs, title_index)
    _drop_boilerplate_sections(blocks, reason, refs, title_index)
    _drop_page_tail(blocks, reason, refs)
    _drop_orphan_headings(blocks, reason, refs, title_index)
    if all(r is not None for r in reason):
        # Nothing left: position alone ("after the last paragraph") was judged against a page
        # with no paragraph to anchor it (short lines, a script written without spaces). A page
        # with readable text is never emptied by position; cue-marked furniture stays out.
        for i, r in enumerate(reason):
            if r in _POSITION_ONLY and marks[i] is None:
                reason[i] = None
    kept, dropped = [], []
    for i, block in enumerate(blocks):
        if reason[i] is None:
            block.in_references = refs[i]
            kept.append(block)
        else:
            dropped.append((block, reason[i]))
    return Cleaned(kept=kept, dropped=dropped)


def _drop_before_title(blocks, reason, refs, title_index) -> None:
    """Above the title is page chrome, unless a real paragraph without any cue."""
    if title_index is None:
        return
    weak = boilerplate_cues().weak
    for i in range(title_index):
        if reason[i] is None and not refs[i]:
            if not (_is_content_paragraph(blocks[i], 20) and not weak.search(blocks[i].text)):
                reason[i] = "before_title"


def _drop_page_metadata(blocks, reason, refs, title_index) -> None:
    """Bylines, dates and labels between the title and the first content block; short meta
    lines and bylines anywhere."""
    cues = boilerplate_cues()
    n = len(blocks)
    start = (title_index + 1) if title_index is not None else 0
    first_content = next((i for i in range(start, n) if reason[i] is None and not refs[i]
                          and (_is_content_paragraph(blocks[i], 8)
                               or (blocks[i].kind == LIST_ITEM and blocks[i].n_words >= 6))), n)
    for i in range(start, first_content):
        if reason[i] is None and not refs[i]:
            text = blocks[i].text
            if cues.meta_line.search(text) or is_byline(blocks[i]) or cues.weak.search(text):
                reason[i] = "page_metadata"
    for i in range(n):
        if reason[i] is None and not refs[i] and blocks[i].kind != LIST_ITEM:
            if (blocks[i].n_words <= 16 and cues.meta_line.search(blocks[i].text)) or (
                    is_byline(blocks[i]) and blocks[i].n_words <= 10) or _all_meta_sentences(blocks[i]):
                reason[i] = "page_metadata"


_META_LINE_MAX_WORDS = 40


def _all_meta_sentences(block: Block) -> bool:
    """"Reviewed by our panel. Page last reviewed: 8 January 2025. Next review due: 2028.":
    a line made only of byline and date sentences."""
    if block.n_words > _META_LINE_MAX_WORDS or "." not in block.text:
        return False
    parts = split_sentences(block.text)
    meta = boilerplate_cues().meta_line
    return len(parts) >= 2 and all(len(p.split()) <= 16 and meta.search(p.rstrip(". ")) for p in parts)


def _drop_boilerplate_sections(blocks, reason, refs, title_index) -> None:
    """A boilerplate heading (disclaimer, related links, newsletter) and what hangs under it:
    unseparated or indented lines, list items, and blocks that are chrome themselves."""
    cues = boilerplate_cues()
    n = len(blocks)
    i = 0
    while i < n:
        block = blocks[i]
        opens = (block.kind == HEADING or is_short_label(block, 6)) and cues.section_heading.search(block.text)
        if not opens or refs[i] or i == title_index:
            i += 1
            continue
        reason[i] = reason[i] or "boilerplate_section"
        j = i + 1
        while j < n and not refs[j]:
            nxt = blocks[j]
            weak = bool(cues.weak.search(nxt.text))
            if nxt.kind == HEADING and nxt.blank_before and reason[j] is None and not weak:
                break  # a content heading closes the section
            attached = (not nxt.blank_before or nxt.kind == LIST_ITEM or reason[j] is not None or weak
                        or (nxt.raw and nxt.indent > block.indent))
            if not attached:
                break
            reason[j] = reason[j] or "boilerplate_section"
            j += 1
        i = j


def _drop_page_tail(blocks, reason, refs) -> None:
    """Walk back from the end over footer material until real content or the reference list."""
    cues = boilerplate_cues()
    for i in range(len(blocks) - 1, -1, -1):
        if refs[i]:
            break
        if reason[i] is not None:
            continue
        block = blocks[i]
        if headline_list(blocks, i):
            reason[i] = "headline_list"
            continue
        if block.kind == LIST_ITEM and not block.inferred_item and not cues.weak.search(block.text):
            break
        if block.from_table or _MEASUREMENT.search(block.text):
            break  # a table row or a line of numbers is data, not a footer
        if block.inferred_item and is_byline(block):
            reason[i] = "page_tail"
            continue
        if company_profile(blocks, reason, i):
            reason[i] = "company_profile"
            continue
        if _weak_footer(block) or cues.meta_line.search(block.text) or is_short_label(block, 8) \
                or block.n_words <= 3 \
                or (block.n_words <= _TAIL_CALL_MAX_WORDS and cues.tail_call.search(block.text)):
            reason[i] = "page_tail"
            continue
        break


def _drop_orphan_headings(blocks, reason, refs, title_index) -> None:
    """Headings left without content of their own (everything under them was chrome)."""
    next_kept_is_heading_or_end = True
    n = len(blocks)
    for i in range(n - 1, -1, -1):
        if reason[i] is not None:
            continue
        block = blocks[i]
        if block.kind == HEADING and not refs[i] and i != title_index:
            followed_by_chrome = i + 1 < n and reason[i + 1] is not None
            if next_kept_is_heading_or_end and (followed_by_chrome or i + 1 >= n):
                reason[i] = "orphan_heading"
                continue
            next_kept_is_heading_or_end = True
        else:
            next_kept_is_heading_or_end = False
