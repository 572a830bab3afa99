"""Text folding shared by the entity recognisers.

The recognisers match a *folded* copy of the text: lower-case, with hyphens, dashes, line breaks and
other spacing turned into one plain space. Folding keeps every character at its offset (one char in,
one char out), so a match in the folded text is a match at the same offsets in `clean_text`; this
lets "Ara-C", "ara c" and "ara-\nc" hit the same dictionary entry without an offset map.
"""
from __future__ import annotations

import re
from functools import lru_cache

_SPACE_LIKE = "-\u2010\u2011\u2012\u2013\u2014\u2212\n\r\t\f\v\u00a0\u2009\u202f"
_FOLD_TABLE = str.maketrans({ch: " " for ch in _SPACE_LIKE})
_MULTI_SPACE = re.compile(r" {2,}")


def fold(text: str) -> str:
    """Lower-cased copy of `text`, same length, with hyphen and space variants turned into " "."""
    low = text.lower()
    if len(low) != len(text):  # a few code points grow when lower-cased (e.g. "İ"); keep offsets
        low = "".join(ch.lower()[0] for ch in text)
    return low.translate(_FOLD_TABLE)


def fold_key(name: str) -> str:
    """Dictionary key of a name: folded, runs of spaces collapsed, trimmed."""
    return _MULTI_SPACE.sub(" ", fold(name)).strip()


@lru_cache(maxsize=4)  # drugs and conditions squeeze the same folded article text
def squeeze(folded: str) -> tuple[str, tuple[int, ...] | None]:
    """Collapse runs of spaces ("ara  c" → "ara c"); returns the text and a map to old offsets.

    The map is None when nothing was collapsed (the common case), so most articles pay nothing.
    It is a tuple because the result is cached and shared: no caller can alter another's copy.
    """
    if "  " not in folded:
        return folded, None
    out: list[str] = []
    index: list[int] = []
    last = 0
    for m in _MULTI_SPACE.finditer(folded):
        out.append(folded[last:m.start() + 1])
        index.extend(range(last, m.start() + 1))
        last = m.end()
    out.append(folded[last:])
    index.extend(range(last, len(folded)))
    index.append(len(folded))  # end offsets map past the last char
    return "".join(out), tuple(index)


def is_word_char(ch: str) -> bool:
    return ch.isalnum()


def at_word_boundaries(text: str, start: int, end: int) -> bool:
    """True when [start, end) is not glued to letters or digits on either side."""
    if start > 0 and is_word_char(text[start - 1]):
        return False
    if end < len(text) and is_word_char(text[end]):
        return False
    return True
