"""Who a trial result is about: condition, biomarker, setting and ages of the population.

Read from the result sentence first, then from the sentences that frame it (list lead-in,
previous sentence, the trial description, the title), nearest first.
"""
from __future__ import annotations

import re

from extract.entities.mentions import either_way
from extract.text.numbers import NUMBER
from extract.trials.vocabulary import cue_pattern, setting_of

_D = r"(?:-|–|—|to)"
_AGE_RANGE = re.compile(rf"\b(?:aged?|ages)\s+(?:between\s+)?({NUMBER})\s*(?:{_D}|and)\s*({NUMBER})\s*years?"
                        rf"|\b({NUMBER})\s*{_D}\s*({NUMBER})\s*years?\s*(?:of\s+age|old)", re.I)
_AGE_MIN = re.compile(rf"(?:≥|>=|\bat\s+least)\s*({NUMBER})\s*years?"
                      rf"|\b({NUMBER})\s*years?\s*(?:of\s+age\s*)?(?:or|and)\s+(?:older|over|above)", re.I)
_AGE_MAX = re.compile(rf"(?:<|≤|\byounger\s+than|\bunder)\s*({NUMBER})\s*years?"
                      rf"|\b({NUMBER})\s*years?\s*(?:of\s+age\s*)?(?:or|and)\s+(?:younger|under|below)", re.I)


def ages(text: str) -> tuple[float | None, float | None]:
    """(age_min, age_max) stated in `text`, else (None, None)."""
    m = _AGE_RANGE.search(text)
    if m:
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        lo, hi = float(a), float(b)
        if 0 <= lo <= hi <= 130:
            return lo, hi
    lo = hi = None
    m = _AGE_MIN.search(text)
    if m:
        lo = float(m.group(1) or m.group(2))
    m = _AGE_MAX.search(text)
    if m:
        hi = float(m.group(1) or m.group(2))
    if lo is not None and hi is not None and lo > hi:
        return lo, None
    return lo, hi


def setting(text: str) -> str | None:
    m = cue_pattern("setting").search(text)
    return setting_of(m.group()) if m else None


def population(sources, mentions) -> dict:
    """condition_id, biomarker, setting, age_min, age_max from the first source stating each."""
    out = {"condition_id": None, "biomarker": None, "setting": None, "age_min": None, "age_max": None}
    for s in sources:
        if s is None:
            continue
        if out["condition_id"] is None:
            conds = mentions.of(s, "condition")
            if conds:
                out["condition_id"] = conds[0].id
        if out["biomarker"] is None:
            bms = [m for m in mentions.of(s, "biomarker") if not either_way(s.text, m.start - s.char_start)]
            if bms:
                out["biomarker"] = bms[0].id
        if out["setting"] is None:
            out["setting"] = setting(s.text)
        if out["age_min"] is None and out["age_max"] is None:
            out["age_min"], out["age_max"] = ages(s.text)
    return out
