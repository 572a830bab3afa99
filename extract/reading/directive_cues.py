"""The directive cues of guideline statements (`lexicons/directive_cues.yaml`), validated and compiled once.

Directive language ("is recommended", "should receive", an imperative "Give ...", an evidence grade)
with the direction it carries; `not_a_recommendation` lists the frames that share the words but
recommend nothing clinically (a regulator's opinion on approval, a party's reported position).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.text.lexicon_files import LexiconError, read_yaml

DIRECTIONS = ("recommended", "consider", "option", "not_recommended")
CUE_NEEDS = (None, "subject", "guideline", "clause_start", "grade")
_NAME = "directive_cues.yaml"


@dataclass(frozen=True)
class Cue:
    direction: str
    regex: re.Pattern
    needs: str | None
    triggers: tuple[str, ...]  # lower-case substrings, one of which every match contains
    not_after: re.Pattern | None = None  # vetoes the cue when it matches the words just before it

    def may_match(self, lowered: str) -> bool:
        return any(t in lowered for t in self.triggers)


def load(package: str, name: str) -> dict:
    """A lexicon mapping with its `source` (the shared check of the directive and recommendation files), read once
    per process by the shared loader (do not mutate it)."""
    data = read_yaml(package, name)
    if not data.get("source"):
        raise LexiconError(f"{name}: must be a mapping with a 'source' entry")
    return data


def compile_pattern(name: str, pattern: object, flags: int) -> re.Pattern:
    if not isinstance(pattern, str) or not pattern:
        raise LexiconError(f"{name}: empty pattern")
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise LexiconError(f"{name}: bad pattern {pattern!r}: {exc}") from exc


def pattern_list(name: str, data: dict, key: str) -> list[str]:
    """The non-empty list of patterns a lexicon keeps under `key`."""
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise LexiconError(f"{name}: {key} must be a non-empty list of patterns")
    return value


def alternation(package: str, name: str, key: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """One compiled alternation of the patterns a lexicon file keeps under `key` (cue lists read as data)."""
    patterns = pattern_list(name, load(package, name), key)
    return compile_pattern(name, "|".join(f"(?:{p})" for p in patterns), flags)


def check_keys(name: str, entry: object, allowed: set[str], required: set[str]) -> dict:
    if not isinstance(entry, dict):
        raise LexiconError(f"{name}: entry {entry!r} is not a mapping")
    unknown, missing = set(entry) - allowed, required - set(entry)
    if unknown or missing:
        raise LexiconError(f"{name}: entry {entry!r}: unknown keys {sorted(unknown)}, "
                           f"missing keys {sorted(missing)}")
    return entry


@lru_cache(maxsize=1)
def directive_cues() -> tuple[Cue, ...]:
    cues = []
    for raw in load(__package__, _NAME).get("cues") or []:
        entry = check_keys(_NAME, raw, {"direction", "pattern", "needs", "triggers", "note", "not_after"},
                           {"direction", "pattern", "triggers"})
        triggers = entry["triggers"]
        if not isinstance(triggers, list) or not triggers or any(
                not isinstance(t, str) or not t or t != t.lower() for t in triggers):
            raise LexiconError(f"{_NAME}: triggers of {entry['pattern']!r} must be lower-case strings")
        if entry["direction"] not in DIRECTIONS:
            raise LexiconError(f"{_NAME}: unknown direction {entry['direction']!r}")
        if entry.get("needs") not in CUE_NEEDS:
            raise LexiconError(f"{_NAME}: unknown needs {entry.get('needs')!r}")
        not_after = entry.get("not_after")
        cues.append(Cue(entry["direction"], compile_pattern(_NAME, entry["pattern"], re.IGNORECASE),
                        entry.get("needs"), tuple(triggers),
                        compile_pattern(_NAME, not_after + r"$", re.IGNORECASE) if not_after else None))
    if not cues:
        raise LexiconError(f"{_NAME}: no cues")
    return tuple(cues)


@lru_cache(maxsize=1)
def not_a_recommendation() -> re.Pattern | None:
    """One regex over the frames that make a directive clause no clinical recommendation (a regulator's
    opinion on approval, a party's position reported in an appraisal)."""
    patterns = []
    for raw in load(__package__, _NAME).get("not_a_recommendation") or []:
        entry = check_keys(_NAME, raw, {"pattern", "note"}, {"pattern"})
        patterns.append(compile_pattern(_NAME, entry["pattern"], re.IGNORECASE).pattern)
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


@lru_cache(maxsize=1)
def all_triggers() -> tuple[str, ...]:
    """Every cue trigger: a sentence containing none of them holds no directive cue."""
    return tuple(sorted({t for c in directive_cues() for t in c.triggers}))
