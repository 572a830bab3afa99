"""Sentence splitting with exact offsets into clean_text, and section assignment.

A regex splitter tuned for clinical prose: it does not break after abbreviations
("e.g.", "et al.", "vs.", "Dr.", "approx.", "No. 1"), initials, or decimals
("74.7 months", "P = .009"), and keeps citation numbers written after a full stop
("... (HR 0.78, P=0.009). 2, 4") with the sentence they belong to.
"""
from __future__ import annotations

import re

from sources.blocks import HEADING, LIST_ITEM, Block
from sources.cues import boilerplate_cues
from sources.model import Sentence

REFERENCES_SECTION = "references"

_ABBREVIATIONS = frozenset("""
e.g eg i.e ie et al al vs v cf ca approx appr resp incl viz fig figs tab no nos vol vols pp p ed eds
dr drs mr mrs ms prof rev hon sr jr st mt inc ltd co corp bros dept univ assn est
jan feb mar apr jun jul aug sep sept oct nov dec mo mos yr yrs wk wks min max
u.s u.k e.u u.n ph.d m.d d.o b.sc m.sc
""".split())
# Candidate boundary: terminal punctuation, optional closing quote/bracket, whitespace.
_BOUNDARY = re.compile(r"[.!?]+['\"”’)\]]*(?:\[\d{1,3}(?:\s*[,–\-]\s*\d{1,3})*\])*(\s+)")
# "Japan.These": a full stop without a space between two words.
_GLUED_BOUNDARY = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
_CITATION_RUN = re.compile(r"\d{1,3}(?:\s*[,–\-]\s*\d{1,3})*(?=\s*$|\s+[A-Z(“\"'‘])")
_LAST_TOKEN = re.compile(r"(\S+)$")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.){2,}[A-Za-z]?$")
_OPENERS = "\"'“‘([•"


def _is_abbreviation(token: str, next_char: str) -> bool:
    if re.search(r"[)\]]\.$", token):  # "... standard of care [I, A]." closes a bracket, not a name
        return False
    core = token.lstrip("(\"'“‘[").rstrip(".!?)\"'”’]")
    low = core.lower()
    if not core:
        return False
    if low in ("no", "nos", "vol", "p", "pp", "fig", "figs", "tab") and not next_char.isdigit():
        return False
    if low in _ABBREVIATIONS or low.rstrip(".") in _ABBREVIATIONS:
        return True
    if len(core) == 1 and core.isupper():  # an initial: "Shira N. Dinner"
        return True
    return bool(_DOTTED.match(core + "."))


def split_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, whitespace excluded."""
    cuts: list[tuple[int, int]] = []  # (end of sentence, start of next)
    for m in _BOUNDARY.finditer(text):
        end, nxt = m.start(1), m.end(1)
        if nxt >= len(text):
            continue
        next_char = text[nxt]
        token = _LAST_TOKEN.search(text, 0, m.start() + 1)
        token_text = text[token.start():m.start() + 1] if token else ""
        citation = _CITATION_RUN.match(text, nxt)
        if citation and text[m.start()] == ".":
            # Citation numbers after the full stop belong to the sentence before them.
            cit_end = citation.end()
            rest = re.match(r"\s+", text[cit_end:])
            if cit_end >= len(text) or rest is None:
                continue
            cuts.append((cit_end, cit_end + rest.end()))
            continue
        if not (next_char.isupper() or next_char.isdigit() or next_char in _OPENERS):
            continue
        if text[m.start()] == "." and _is_abbreviation(token_text, next_char):
            continue
        cuts.append((end, nxt))
    for m in _GLUED_BOUNDARY.finditer(text):
        token = _LAST_TOKEN.search(text, 0, m.start())
        word = token.group(1) if token else ""
        if "/" in word or "@" in word or _is_abbreviation(word, text[m.start()]):
            continue
        cuts.append((m.start(), m.start()))
    cuts.sort()
    spans: list[tuple[int, int]] = []
    start = 0
    for end, nxt in cuts:
        if end <= start:
            continue
        spans.append((start, end))
        start = nxt
    spans.append((start, len(text)))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s >= e:
            continue
        if out and not re.search(r"[A-Za-z]", text[s:e]):  # a stray "2, 4" joins its sentence
            out[-1] = (out[-1][0], e)
            continue
        out.append((s, e))
    return out


def build_sentences(article_id: str, clean_text: str, blocks: list[Block],
                    spans: list[tuple[int, int]]) -> list[Sentence]:
    """Sentences of the composed clean text; headings and list items are their own sentences."""
    cues = boilerplate_cues()
    sentences: list[Sentence] = []
    section: str | None = None

    def add(start: int, end: int, sec: str | None, heading: bool = False, item: bool = False) -> None:
        ordinal = len(sentences)
        sentences.append(Sentence(
            sentence_id=f"{article_id}:{ordinal}", article_id=article_id, ordinal=ordinal, section=sec,
            char_start=start, char_end=end, text=clean_text[start:end], is_heading=heading, is_list_item=item))

    for block, (b_start, b_end) in zip(blocks, spans):
        if block.kind == HEADING and not (block.in_references and not cues.reference_heading.search(block.text)):
            if cues.reference_heading.search(block.text):
                section = REFERENCES_SECTION
            else:
                section = block.text
            add(b_start, b_end, section, heading=True)
            continue
        if block.in_references:
            add(b_start, b_end, REFERENCES_SECTION, item=block.kind == LIST_ITEM)
            continue
        parts = [(0, b_end - b_start)] if block.from_table else split_spans(clean_text[b_start:b_end])
        for s, e in parts:  # a table row is one sentence ("Arm, No. (%)" is no sentence end)
            add(b_start + s, b_start + e, section, item=block.kind == LIST_ITEM)
    return sentences
