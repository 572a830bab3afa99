"""Load and validate the recommendation lexicons (directive cues, extra intervention phrases).

Both are data files in `lexicons/` beside this module; they are compiled once at import so that the
per-article work is only regex scanning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from extract.text.lexicon_files import lexicon_text

DIRECTIONS = ("recommended", "consider", "option", "not_recommended")
CUE_NEEDS = (None, "subject", "guideline", "clause_start", "grade")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class LexiconError(ValueError):
    """A lexicon file that does not follow its format."""


@dataclass(frozen=True)
class Cue:
    direction: str
    regex: re.Pattern
    needs: str | None
    triggers: tuple[str, ...]  # lower-case substrings, one of which every match contains
    not_after: re.Pattern | None = None  # vetoes the cue when it matches the words just before it

    def may_match(self, lowered: str) -> bool:
        return any(t in lowered for t in self.triggers)


@dataclass(frozen=True)
class InterventionPhrase:
    intervention_id: str
    regex: re.Pattern


def _load(name: str) -> dict:
    text = lexicon_text(__package__, name)
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or not data.get("source"):
        raise LexiconError(f"{name}: must be a mapping with a 'source' entry")
    return data


def _compile(name: str, pattern: object, flags: int) -> re.Pattern:
    if not isinstance(pattern, str) or not pattern:
        raise LexiconError(f"{name}: empty pattern")
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise LexiconError(f"{name}: bad pattern {pattern!r}: {exc}") from exc


def _check_keys(name: str, entry: object, allowed: set[str], required: set[str]) -> dict:
    if not isinstance(entry, dict):
        raise LexiconError(f"{name}: entry {entry!r} is not a mapping")
    unknown, missing = set(entry) - allowed, required - set(entry)
    if unknown or missing:
        raise LexiconError(f"{name}: entry {entry!r}: unknown keys {sorted(unknown)}, "
                           f"missing keys {sorted(missing)}")
    return entry


@lru_cache(maxsize=1)
def directive_cues() -> tuple[Cue, ...]:
    name = "recommendation_cues.yaml"
    cues = []
    for raw in _load(name).get("cues") or []:
        entry = _check_keys(name, raw, {"direction", "pattern", "needs", "triggers", "note", "not_after"},
                            {"direction", "pattern", "triggers"})
        triggers = entry["triggers"]
        if not isinstance(triggers, list) or not triggers or any(
                not isinstance(t, str) or not t or t != t.lower() for t in triggers):
            raise LexiconError(f"{name}: triggers of {entry['pattern']!r} must be lower-case strings")
        if entry["direction"] not in DIRECTIONS:
            raise LexiconError(f"{name}: unknown direction {entry['direction']!r}")
        if entry.get("needs") not in CUE_NEEDS:
            raise LexiconError(f"{name}: unknown needs {entry.get('needs')!r}")
        not_after = entry.get("not_after")
        cues.append(Cue(entry["direction"], _compile(name, entry["pattern"], re.IGNORECASE),
                        entry.get("needs"), tuple(triggers),
                        _compile(name, not_after + r"$", re.IGNORECASE) if not_after else None))
    if not cues:
        raise LexiconError(f"{name}: no cues")
    return tuple(cues)


@lru_cache(maxsize=1)
def not_a_recommendation() -> re.Pattern | None:
    """One regex over the frames that make a directive clause no clinical recommendation (a regulator's
    opinion on approval, a party's position reported in an appraisal)."""
    name = "recommendation_cues.yaml"
    patterns = []
    for raw in _load(name).get("not_a_recommendation") or []:
        entry = _check_keys(name, raw, {"pattern", "note"}, {"pattern"})
        patterns.append(_compile(name, entry["pattern"], re.IGNORECASE).pattern)
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


@lru_cache(maxsize=1)
def kept_classes() -> frozenset[str]:
    """Class ids a recommendation keeps as a class (the contract's vocabulary); others become their members."""
    name = "class_expansion.yaml"
    keep = _load(name).get("keep_as_class")
    if not isinstance(keep, list) or not keep or any(not isinstance(c, str) or not SLUG.match(c) for c in keep):
        raise LexiconError(f"{name}: keep_as_class must be a list of slugs")
    return frozenset(keep)


@lru_cache(maxsize=1)
def all_triggers() -> tuple[str, ...]:
    """Every cue trigger: a sentence containing none of them holds no directive cue."""
    return tuple(sorted({t for c in directive_cues() for t in c.triggers}))


@lru_cache(maxsize=1)
def intervention_phrases() -> tuple[InterventionPhrase, ...]:
    name = "recommendation_interventions.yaml"
    out = []
    for raw in _load(name).get("entries") or []:
        entry = _check_keys(name, raw, {"id", "pattern", "case_sensitive", "note"}, {"id", "pattern"})
        if not SLUG.match(str(entry["id"])):
            raise LexiconError(f"{name}: id {entry['id']!r} is not a slug")
        flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
        out.append(InterventionPhrase(entry["id"], _compile(name, entry["pattern"], flags)))
    return tuple(out)
