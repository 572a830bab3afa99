"""Splitting a sentence into clauses, and finding the stretches inside a clause that play a role.

A claim's polarity and its drugs are decided per clause, so that "X is not used for A; it is
approved for B" gives one negated and one positive claim. Offsets here are relative to the
sentence text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Clause boundaries: semicolons, and contrastive conjunctions that start a new assertion.
_CLAUSE_BREAK = re.compile(r";\s*(?:however,?\s*)?|,?\s+\bbut\b\s+"
                           r"|,\s*(?:whereas|while|whilst|although|though|even\s+though|however,?|yet)\s+|\s+(?:whereas|although|even\s+though)\s+"
                           # a second predicate for the same subject: "X does not ... and is used for A"
                           r"|,?\s+and\s+(?=(?:is|are|was|were|has|have|had|can|may|should|will|does|do|did)\s)"
                           # a new subject after ", and": its cues and negations are its own
                           r"|,\s+(?:and|so)\s+(?=(?:you|we|they|he|she|it|there|your|our|their|this|these|"
                           r"doctors|patients|people|most|many|some)\s)"
                           # a new subject that is a short noun phrase with a verb of its own: "..., and live
                           # vaccines are not recommended", "..., and comparisons should be avoided"; words that
                           # continue the first clause ("and for", "and who", "and not") are no subject
                           r"|,\s+(?:and|so)\s+(?=(?:(?!(?:for|in|into|to|with|as|at|after|before|on|by|from|of|"
                           r"when|if|who|which|that|whose|whom|where|than|not|also|then|only|especially|"
                           r"including|is|are|was|were|has|have|had)\b)[A-Za-z][\w\-]*\s+){1,4}"
                           r"(?:should|must|can|cannot|could|may|might|will|would|is|are|was|were|has|have|had)\s)",
                           re.IGNORECASE)
# A sentence that opens with a concession ("Although X is approved for A, it is not ...") has its
# first clause up to the first comma ("While taking X, ..." has no verb of its own and stays whole).
_LEADING_CONCESSION = re.compile(r"^\W*(?:although|though|even\s+though|while|whilst|whereas)\s"
                                 r"(?=[^,;]*\b(?:is|are|was|were|has|have|had|can|may|does|do|did)\b)[^,;]+?(?=,)",
                                 re.IGNORECASE)
_COMMA = re.compile(r",\s*")
# A span that starts at a trigger runs to the next of these (parentheses stay inside) ...
_SPAN_END = re.compile(r"[,;:|]|\s[-\u2013\u2014]\s|\bbut\b", re.IGNORECASE)  # "|": a table cell ends a span
# ... unless a comma only opens examples of what the span names ("three inhibitors, including X").
_EXAMPLES = re.compile(r",\s*(?:including|such\s+as|e\.g\.,?|for\s+example|especially|notably|mainly)\s",
                       re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:and\s+|or\s+|plus\s+|&\s*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    cue_id: str


# ", and fedratinib and pacritinib are also options": a drug starting a new predicate after ", and".
_AND_NEW_SUBJECT = re.compile(r",\s+and\s+")
_PREDICATE_AHEAD = re.compile(r"[^;:.]{0,120}?\s(?:is|are|was|were|has|have|had|can|may|should|will|remains?)\s",
                              re.IGNORECASE)


def _breaks(text: str, pos: int, subject_starts: frozenset[int]):
    """Clause breaks from `pos` on, in order: the fixed ones, and ", and" before a drug that is the
    subject of a predicate of its own."""
    found = list(_CLAUSE_BREAK.finditer(text, pos))
    if subject_starts:
        found += [m for m in _AND_NEW_SUBJECT.finditer(text, pos)
                  if m.end() in subject_starts and _PREDICATE_AHEAD.match(text, m.end())]
        found.sort(key=lambda m: m.start())
    return found


_SERIAL_AND = re.compile(r",\s+and\b")


def _names_only(text: str, start: int, end: int, subject_starts: frozenset[int]) -> bool:
    """True when text[start:end] is a comma list of two or more drug names ("A, B" before ", and C")."""
    items, pos = [], start
    for chunk in text[start:end].split(","):
        items.append((pos + len(chunk) - len(chunk.lstrip()), chunk))
        pos += len(chunk) + 1
    return len(items) >= 2 and all(pos in subject_starts and len(chunk.split()) <= 4 for pos, chunk in items)


def split_clauses(text: str, subject_starts=()) -> list[tuple[int, int]]:
    """(start, end) of each clause of one sentence, in order; never empty for non-empty text.

    `subject_starts`: offsets of drug mentions, which may open a clause after ", and".
    """
    bounds, pos = [], 0
    lead = _LEADING_CONCESSION.match(text)
    if lead:
        bounds.append((0, lead.end()))
        pos = _COMMA.match(text, lead.end()).end()
    starts = frozenset(subject_starts)
    for m in _breaks(text, pos, starts):
        if m.start() < pos:
            continue
        if _SERIAL_AND.match(text, m.start()) and _names_only(text, pos, m.start(), starts):
            continue  # "A, B, and C are used": the last item of a subject list, not a new subject
        if m.start() > pos:
            bounds.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        bounds.append((pos, len(text)))
    return bounds or [(0, len(text))]


_SPAN_END_MEMO: dict = {}  # (text, end) -> (from, first accepted stop or None): a single entry


def span_end(text: str, start: int, end: int) -> int:
    """Where a span starting at `start` stops inside text[:end].

    Remembers the last answer for this text: a start between the last search's start and
    the stop it found gives the same stop (matching at a position does not depend on where
    the search began), so many cues in one long clause cost one scan, not one each.
    """
    key = (text, end)
    known = _SPAN_END_MEMO.get(key)
    if known is not None and known[0] <= start and (known[1] is None or start <= known[1]):
        return end if known[1] is None else known[1]
    m = _SPAN_END.search(text, start, end)
    clean = True
    while m is not None and _EXAMPLES.match(text, m.start(), end):
        clean = False
        m = _SPAN_END.search(text, m.end(), end)
    _SPAN_END_MEMO.clear()
    if clean:
        _SPAN_END_MEMO[key] = (start, m.start() if m else None)
    return m.start() if m else end


def extend_over_list(text: str, span_from: int, span_to: int, end: int, item_starts: list[int]) -> int:
    """Let a span that holds an entity run on over ", Y and Z" when each next item is a mention."""
    if not any(span_from <= s < span_to for s in item_starts):
        return span_to
    while True:
        nxt = next((s for s in item_starts if s >= span_to), None)
        if nxt is None or nxt >= end:
            return span_to
        gap = text[span_to:nxt]
        if not _LIST_JOIN.fullmatch(gap) and not re.fullmatch(r"\s*,\s*", gap):
            return span_to
        span_to = span_end(text, nxt, end)
        if span_to <= nxt:
            return span_to


def mask(text: str, spans) -> str:
    """`text` with the given (start, end) ranges blanked out, offsets unchanged.

    Linear in text length plus spans: overlapping spans are merged once, then the
    text is rebuilt with one join (a per-span character loop was O(spans x length)).
    """
    if not spans:
        return text
    n = len(text)
    merged = []
    for s, e in sorted((max(s, 0), min(e, n)) for s, e in spans):
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1][1] = e
        else:
            merged.append([s, e])
    parts, at = [], 0
    for s, e in merged:
        parts.append(text[at:s])
        parts.append(" " * (e - s))
        at = e
    parts.append(text[at:])
    return "".join(parts)
