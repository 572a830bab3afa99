"""Endpoint mentions in a sentence, normalised to the contract's endpoint slugs.

Names come from lexicons/endpoints.yaml; this module resolves overlaps, aliases written in
parentheses ("overall survival (OS)") and composites ("CR or CRh").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.text.phrases import fold_text
from extract.trials.vocabulary import endpoint_of, endpoint_patterns, endpoint_phrasings

_PAREN_ALIAS = re.compile(r"^\s*\(\s*$")
_LAY_HINT = re.compile(r"\b(?:alive|live|lives|living|lived|response|responded|risk)\b", re.I)  # words every lay phrasing holds (a cheap pre-check)


@dataclass(frozen=True)
class EndpointMention:
    start: int
    end: int
    endpoint: str


def endpoint_mentions(text: str) -> list[EndpointMention]:
    """Endpoint mentions, longest match first, "overall survival (OS)" counted once."""
    found = []
    (names, name_table), (abbrevs, abbrev_table) = endpoint_patterns()
    for pat, table, haystack in ((names, name_table, fold_text(text)), (abbrevs, abbrev_table, text)):
        for m in pat.finditer(haystack):
            slug = endpoint_of(m.group(), table)
            if slug:
                found.append(EndpointMention(m.start(), m.end(), slug))
    phrasings = endpoint_phrasings()
    if phrasings and _LAY_HINT.search(text):
        folded = fold_text(text)
        for pat, slug in phrasings:
            found.extend(EndpointMention(m.start(), m.end(), slug) for m in pat.finditer(folded))
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    kept: list[EndpointMention] = []
    for e in found:
        if kept and e.start < kept[-1].end:
            continue
        if kept and e.start - kept[-1].end <= 1 and not text[kept[-1].end:e.start].strip():
            # "TSS50 response rate": a generic name right after a specific one is part of it.
            kept[-1] = EndpointMention(kept[-1].start, e.end, kept[-1].endpoint)
            continue
        if kept and kept[-1].endpoint == e.endpoint and _PAREN_ALIAS.match(text[kept[-1].end:e.start]):
            kept[-1] = EndpointMention(kept[-1].start, e.end + (1 if text[e.end:e.end + 1] == ")" else 0),
                                       e.endpoint)
            continue
        kept.append(e)
    return _composites(text, kept)


_COMPOSITE_JOIN = re.compile(r"^\s*(?:or|/|\+|plus)\s*$", re.I)
_PARTIAL_REMISSIONS = {"complete-remission-with-incomplete-recovery",
                       "complete-remission-with-partial-hematologic-recovery"}


def _composites(text: str, mentions: list[EndpointMention]) -> list[EndpointMention]:
    """"CR or CRh", "complete remission/CRi": one composite complete remission endpoint."""
    out: list[EndpointMention] = []
    for e in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.endpoint == "complete-remission" and e.endpoint in _PARTIAL_REMISSIONS
                and _COMPOSITE_JOIN.match(text[prev.end:e.start])):
            out[-1] = EndpointMention(prev.start, e.end, "composite-complete-remission")
        else:
            out.append(e)
    return out
