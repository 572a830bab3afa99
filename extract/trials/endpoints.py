"""Endpoint mentions in a sentence, normalised to the contract's endpoint slugs.

Names come from lexicons/endpoints.yaml; this module resolves overlaps, aliases written in
parentheses ("overall survival (OS)") and composites ("CR or CRh").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.text.phrases import fold_text
from extract.trials.vocabulary import endpoint_of, endpoint_patterns, endpoint_phrasings

# "overall survival (OS)", "spleen volume reduction of at least 35% (SVR35)": the alias of the name before
_PAREN_ALIAS = re.compile(r"^[^().;:]{0,30}\(\s*$")
_LAY_HINT = re.compile(r"\b(?:alive|live|lives|living|lived|responses?|responded|risk|remission|survival|shrank|shrunk|smaller|"
                       r"longer|chance|likelihood|growth|grown|disappeared|vanished|went\s+away)\b|transfusion|blast",
                       re.I)  # words every lay phrasing holds (a cheap pre-check)


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
    return _times_and_durations(text, _composites(text, kept))


# "time to complete remission", "median duration of objective response": a time or a duration
# measured on a response is an endpoint of its own, not that response's rate.
_TIME_TO = re.compile(r"\btime\s+(?:it\s+took\s+)?to\s+(?:(?:reach|achieve|attain)\s+)?(?:(?:the\s+)?first\s+|"
                      r"(?:the\s+)?best\s+|an?\s+)?$"
                      # "it took a median of 1.9 months to reach CR": the time to a response, as a clause
                      r"|\btook\s+(?:a\s+)?median\s+(?:of\s+)?(?:[^.;]|\.(?=\d)){0,40}?\bto\s+(?:reach|achieve|attain|get)\s+"
                      r"(?:a\s+|an\s+|their\s+)?(?:first\s+)?$", re.I)
# "complete remissions lasted a median of 8 months": how long the response lasted, as a clause after it
_LASTED = re.compile(r"[^.;:\d%]{0,60}?\b(?:lasted|persisted|(?:was|were)\s+(?:maintained|sustained))\s+"
                     r"(?:for\s+)?(?:a\s+)?median\b", re.I)
_DURATION_OF = re.compile(r"\b(?:duration|length)\s+of\s+(?:the\s+|an?\s+)?$", re.I)
_RESPONSES = {"overall-response": "duration-of-response", "complete-response-or-better": "duration-of-response",
              "very-good-partial-response-or-better": "duration-of-response",
              "major-molecular-response": "duration-of-response",
              "complete-cytogenetic-response": "duration-of-response",
              "complete-hematologic-response": "duration-of-response",
              "intracranial-response": "duration-of-response", "psa-response": "duration-of-response",
              "disease-control": "duration-of-response",
              "complete-remission": "duration-of-remission", "composite-complete-remission": "duration-of-remission",
              "complete-remission-with-incomplete-recovery": "duration-of-remission",
              "complete-remission-with-partial-hematologic-recovery": "duration-of-remission",
              "mrd-negativity": "duration-of-mrd-negativity"}


def _times_and_durations(text: str, mentions: list[EndpointMention]) -> list[EndpointMention]:
    out = []
    for e in mentions:
        before = text[max(0, e.start - 80):e.start]
        if e.endpoint in _RESPONSES and _TIME_TO.search(before):
            e = EndpointMention(e.start, e.end, "time-to-response")
        elif e.endpoint in _RESPONSES and (_DURATION_OF.search(before) or _LASTED.match(text, e.end)):
            e = EndpointMention(e.start, e.end, _RESPONSES[e.endpoint])
        out.append(e)
    return out


_COMPOSITE_JOIN = re.compile(r"^\s*(?:\(\s*CR\s*\)\s*)?(?:or|/|\+|plus|and\s*/\s*or|together\s+with|along\s+with)\s*$",
                             re.I)
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
