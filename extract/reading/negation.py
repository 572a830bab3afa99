"""Polarity of a clause, ConText-style (Chapman et al.): negation triggers with a direction and a scope.

Triggers are the entries of `lexicons/negation_cues.yaml` by kind: `benign` entries are ConText's
pseudo-triggers ("not only", "with or without": they hide the negation word they contain), `predicate`
entries deny the clause's claim, `constituent` ones only the phrase after them, `hypothetical` ones
make the clause claim nothing. A scope runs from its trigger to the clause end or to a termination
cue (`lexicons/negation_terminations.yaml`), whichever comes first; what ended it is recorded.
"""
from __future__ import annotations

import re

from extract.reading.cues import NEGATION_CUES, NEGATION_HINT, entries, compile_entry
from extract.reading.frames import NegationScope
from extract.text.clauses import span_end


def _terminations() -> tuple[tuple[str, re.Pattern], ...]:
    name = "negation_terminations.yaml"
    return tuple((e["id"], compile_entry(name, e)) for e in entries(__package__, name, {"id", "pattern"}))


TERMINATIONS = _terminations()
_ANY_TERMINATION = re.compile("|".join(f"(?:{rx.pattern})" for _, rx in TERMINATIONS), re.IGNORECASE)
# Stops inside a constituent scope: the negated phrase is the noun phrase right after the trigger.
SCOPE_STOP = re.compile(r"\s(?:for|in|as|at|after|before|because|since|if|when|to\s+treat)\s", re.IGNORECASE)


def termination_at(text: str, pos: int) -> str | None:
    """Id of the termination cue that starts at `pos` (leading blanks allowed), if any."""
    for cue_id, rx in TERMINATIONS:
        if rx.match(text, pos):
            return cue_id
    return None


def cue_matches(masked: str, start: int, end: int, possible: set[int], first: int, raw: str | None = None
                ) -> dict[str, list]:
    """Negation cue matches by kind; pseudo-triggers (benign) hide the words they explain.

    `masked` is the sentence with stretches blanked; `possible` the indices of a `CueIndex` that may
    match in the unblanked clause, where the negation cues start at index `first`. Pseudo-triggers are
    matched on the unblanked sentence `raw` when given: "with no prior therapy" stays idiomatic although
    its history words are blanked as a role span.
    """
    found = {"benign": [], "predicate": [], "constituent": [], "hypothetical": []}
    if not any(i >= first for i in possible) or not NEGATION_HINT.search(masked, start, end):
        return found
    for i, cue in enumerate(NEGATION_CUES):
        if first + i not in possible:
            continue
        for m in cue.regex.finditer(raw if raw is not None and cue.kind == "benign" else masked, start, end):
            found[cue.kind].append((m.start(), m.end(), cue))
    taken = [(s, e) for s, e, _ in found["benign"] + found["predicate"]]
    found["constituent"] = [(s, e, c) for s, e, c in found["constituent"]
                            if not any(ts <= s < te or s <= ts < e for ts, te in taken)]
    found["predicate"] = [(s, e, c) for s, e, c in found["predicate"]
                          if not any(bs <= s < be for bs, be, _ in found["benign"])]
    # "most of us would give X", "if a FLT3 mutation is present": a pseudo-trigger hides the hypothetical
    # word it explains too (a cue that is both benign and hypothetical keeps its own hypothetical reading)
    found["hypothetical"] = [(s, e, c) for s, e, c in found["hypothetical"]
                             if not any(bs <= s < be and b.id != c.id for bs, be, b in found["benign"])]
    return found


def _closing(text: str, end: int) -> str:
    """What ended a clause at `end`: the termination cue that follows it, or the clause (sentence) end."""
    return termination_at(text, end) or "clause-end"


def predicate_scope(text: str, s: int, e: int, cue, start: int, end: int) -> NegationScope:
    """The scope of a claim-denying trigger text[s:e] in the clause text[start:end]: backward to the clause
    start (the subject), forward to the first termination cue after the trigger or the clause end."""
    lo = s if cue.direction == "forward" else start
    hi, by = end, None
    if cue.direction != "backward":
        m = _ANY_TERMINATION.search(text, e, end)
        if m is not None and m.start() < end:
            hi, by = m.start(), termination_at(text, m.start())
    else:
        hi = e
    return NegationScope(text[s:e], cue.id, "predicate", cue.direction, lo, hi, by or _closing(text, hi))


def constituent_scope(masked: str, s: int, e: int, cue, end: int, first_entity: int | None) -> NegationScope:
    """The scope of a phrase-negating trigger masked[s:e]: the noun phrase after it, up to the next span
    end (comma, "but", a cell...) and, once an entity has been named, before a following preposition."""
    stop = span_end(masked, e, end)
    inner = SCOPE_STOP.search(masked, first_entity, stop) if first_entity is not None else None
    if inner:
        return NegationScope(masked[s:e].strip(" ,;("), cue.id, "constituent", cue.direction or "forward", e,
                             inner.start(), "phrase-end")
    return NegationScope(masked[s:e].strip(" ,;("), cue.id, "constituent", cue.direction or "forward", e, stop,
                         _closing(masked, stop) if stop < end else _closing(masked, end))
