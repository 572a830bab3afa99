"""Phrase patterns shared by the lexicon loaders: whole-token alternations of literal phrases, and the
length-preserving case and hyphen folding they are matched against (offsets stay valid)."""
from __future__ import annotations

import re


WORD_START = r"(?:(?<![A-Za-z0-9])(?=[A-Za-z0-9])|(?=[^A-Za-z0-9]))"
WORD_END = r"(?:(?<=[A-Za-z0-9])(?![A-Za-z0-9])|(?<=[^A-Za-z0-9]))"


def phrase_pattern(phrases, *, ignore_case: bool) -> str:
    """Alternation of literal phrases, longest first, spaces and hyphens interchangeable."""
    alts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        if ignore_case:
            esc = r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", p.strip()))
        else:
            esc = re.escape(p)
        alts.append(esc)
    inner = "|".join(alts)
    flags = "(?i)" if ignore_case else ""
    # Whole tokens: no letter or digit glued on either side of an alphanumeric edge
    # (a phrase such as "/day" or "≥CR" may follow a letter).
    return rf"{flags}{WORD_START}(?:{inner}){WORD_END}"


def folded_pattern(phrases) -> re.Pattern:
    """Whole-word alternation of folded phrases, matched against `fold_text(text)` (fast: no
    IGNORECASE, literal spaces)."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    alts = "|".join(" +".join(map(re.escape, p.split(" "))) for p in ordered)
    return re.compile(rf"(?<![a-z0-9])(?:{alts})(?![a-z0-9])")


def fold_text(text: str) -> str:
    """Lower-case copy of `text` with hyphens as spaces, same length (offsets stay valid)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower()[0] for ch in text)
    return low.replace("-", " ").replace("\u2010", " ").replace("\u2011", " ").replace("\n", " ")


def fold_phrase(text: str) -> str:
    """A lexicon key: lower case, runs of spaces and hyphens as one space."""
    return re.sub(r"[\s\-]+", " ", text.lower()).strip()
