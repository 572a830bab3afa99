"""Reading numbers as articles write them: ".009", "0·78", "1,234", "three", "an hour".

Shared by the trial-result and regimen extractors, which both turn prose figures into floats.
"""
from __future__ import annotations

import re

# A decimal as written in results: "74.7", ".009", "0·78" (middle dot), "1,234" (thousands).
NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:[.·]\d+)?|[.·]\d+)"

WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "twenty-one": 21,
    "twenty-eight": 28,
}
WORD_NUMBER = r"(?:" + "|".join(sorted(map(re.escape, WORD_NUMBERS), key=len, reverse=True)) + r")"


def to_float(text: str) -> float | None:
    """The value of one written number, or None when it is not a number."""
    t = text.strip().lower().replace("·", ".").replace(",", "")
    if t in WORD_NUMBERS:
        return float(WORD_NUMBERS[t])
    try:
        return float(t)
    except ValueError:
        return None


def to_int(text: str) -> int | None:
    """A whole count ("14", "fourteen"); None for fractions and non-numbers."""
    v = to_float(text)
    return int(v) if v is not None and v == int(v) else None
