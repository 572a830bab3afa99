"""Load and validate the recommendation lexicons (class expansion, extra intervention phrases).

The directive cues themselves belong to the shared reading layer (`extract.reading.directive_cues`);
these files are compiled once so that the per-article work is only regex scanning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.reading.directive_cues import LexiconError, check_keys, compile_pattern, load

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
__all__ = ["LexiconError", "kept_classes", "intervention_phrases"]


@dataclass(frozen=True)
class InterventionPhrase:
    intervention_id: str
    regex: re.Pattern


@lru_cache(maxsize=1)
def kept_classes() -> frozenset[str]:
    """Class ids a recommendation keeps as a class (the contract's vocabulary); others become their members."""
    name = "class_expansion.yaml"
    keep = load(__package__, name).get("keep_as_class")
    if not isinstance(keep, list) or not keep or any(not isinstance(c, str) or not SLUG.match(c) for c in keep):
        raise LexiconError(f"{name}: keep_as_class must be a list of slugs")
    return frozenset(keep)


@lru_cache(maxsize=1)
def intervention_phrases() -> tuple[InterventionPhrase, ...]:
    name = "recommendation_interventions.yaml"
    out = []
    for raw in load(__package__, name).get("entries") or []:
        entry = check_keys(name, raw, {"id", "pattern", "case_sensitive", "note"}, {"id", "pattern"})
        if not SLUG.match(str(entry["id"])):
            raise LexiconError(f"{name}: id {entry['id']!r} is not a slug")
        flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
        out.append(InterventionPhrase(entry["id"], compile_pattern(name, entry["pattern"], flags)))
    return tuple(out)
