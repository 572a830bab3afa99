"""Qualifiers of an indication claim read from text: setting, population, ages, regulators."""
from __future__ import annotations

import re
from functools import lru_cache

from extract.indications.cues import QUALIFIER_CUES

_BY_FIELD = {f: tuple(c for c in QUALIFIER_CUES if c.kind == f) for f in ("setting", "population", "regulator")}

_YEARS = r"\s*(?:years?|yrs?|y)(?:\s+(?:of\s+age|old))?"
_AGE_RANGE = re.compile(r"\b(?:aged?|ages)\s+(\d{1,3})\s*(?:-|\u2013|\u2014|to)\s*(\d{1,3})\b", re.IGNORECASE)
_AGE_MIN = re.compile(
    r"(?:\u2265|>=|>|\bat\s+least\s+|\bolder\s+than\s+|\bover\s+)\s*(\d{1,3})" + _YEARS
    + r"|\b(\d{1,3})" + _YEARS + r"\s+(?:or|and)\s+(?:older|over|above)\b", re.IGNORECASE)
_AGE_MAX = re.compile(r"(?:<|\u2264|<=|\byounger\s+than\s+|\bunder\s+|\bbelow\s+)\s*(\d{1,3})" + _YEARS,
                      re.IGNORECASE)


@lru_cache(maxsize=8192)
def first_value(field: str, text: str) -> str | None:
    """The value of the first lexicon entry of `field` that matches `text`."""
    for cue in _BY_FIELD[field]:
        if cue.regex.search(text):
            return cue.value
    return None


def setting(text: str) -> str | None:
    return first_value("setting", text)


def population(text: str) -> str | None:
    return first_value("population", text)


@lru_cache(maxsize=8192)
def regulators(text: str) -> tuple[str, ...]:
    """Every regulator the text names, in lexicon order, once each."""
    return tuple(c.value for c in _BY_FIELD["regulator"] if c.regex.search(text))


@lru_cache(maxsize=8192)
def ages(text: str) -> tuple[int | None, int | None]:
    """(age_min, age_max) in years stated in `text`; a strict bound ("<25 years") is made inclusive."""
    m = _AGE_RANGE.search(text)
    if m:
        lo, hi = int(m.group(1)), int(m.group(2))
        return (lo, hi) if lo <= hi <= 120 else (None, None)
    lo = hi = None
    m = _AGE_MIN.search(text)
    if m:
        lo = int(m.group(1) or m.group(2))
    m = _AGE_MAX.search(text)
    if m:
        hi = int(m.group(1)) - (1 if m.group(0).lstrip().startswith(("<", "younger", "under", "below"))
                                and not m.group(0).lstrip().startswith("<=") else 0)
    return lo, hi
