"""Entry points of the reading layer: a sentence -> its clauses -> one frame each.

`read_sentence` is what the indication extractor reads every sentence with. `link_context` fills a
frame's links to the page (title, main drug and disease, heading, list lead-in) for consumers that
resolve what a clause leaves out from them; `read_article` reads a whole parsed article that way
(list items linked to their lead-in), for tools and tests that want frames with their context.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from extract.entities.mentions import Mention
from extract.reading.frames import ContextLinks, Frame
from extract.reading.roles import read_clause
from extract.text.clauses import split_clauses


def read_sentence(text: str, mentions: list[Mention], sent_start: int = 0,
                  class_members: dict[str, list[str]] | None = None) -> list[Frame]:
    """One frame per clause of `text` (a drug named after ", and" may open a clause); `mentions`
    carry offsets in the article (`sent_start` is the sentence's own)."""
    drug_starts = [m.start - sent_start for m in mentions if m.kind in ("drug", "intervention")]
    members = class_members or {}
    return [read_clause(text, a, b, mentions, sent_start, members) for a, b in split_clauses(text, drug_starts)]


def link_context(frames: list[Frame], page: ContextLinks, heading: str | None = None,
                 lead_in: Frame | None = None) -> list[Frame]:
    """Give each frame the page's links, the heading above it and the lead-in of its list."""
    for f in frames:
        f.links.page_title, f.links.page_drug, f.links.page_disease = page.page_title, page.page_drug, page.page_disease
        f.links.heading, f.links.lead_in = heading, lead_in
    return frames


def read_article(article, entities, class_members: dict[str, list[str]] | None = None) -> list[list[Frame]]:
    """The frames of every sentence of a parsed article, with their context links: the page title, the
    page's main drug and most named disease, the last heading, and for a list item the last frame of
    the sentence that introduces the list."""
    mentions = sorted(entities.mentions, key=lambda m: m.start)
    diseases = Counter(m.id for m in mentions if m.kind == "condition")
    drugs = Counter(m.id for m in mentions if m.kind == "drug")
    page = ContextLinks(page_title=article.title or None,
                        page_drug=getattr(entities, "main_drug_id", None) or (drugs.most_common(1)[0][0] if drugs else None),
                        page_disease=diseases.most_common(1)[0][0] if diseases else None)
    starts = [m.start for m in mentions]
    members = class_members if class_members is not None else entities.class_members
    out: list[list[Frame]] = []
    heading, lead = None, None
    for s in article.sentences:
        own = mentions[bisect_left(starts, s.char_start):bisect_left(starts, s.char_end)]
        frames = read_sentence(s.text, own, s.char_start, members)
        link_context(frames, page, heading, lead if s.is_list_item else None)
        if s.is_heading:
            heading = s.text.strip()
        elif not s.is_list_item:
            lead = frames[-1] if frames and s.text.rstrip().endswith(":") else None
        out.append(frames)
    return out
