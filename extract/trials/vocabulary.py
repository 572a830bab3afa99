"""The trial lexicons (YAML in `lexicons/`: endpoints, comparators, cues), loaded and validated once.

Each loader turns one data file into compiled patterns, so extraction never re-reads YAML.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.text.lexicon_files import as_list, load_lexicon
from extract.text.phrases import fold_phrase, folded_pattern, phrase_pattern


@lru_cache(maxsize=None)
def _endpoint_lexicon():
    return load_lexicon(__package__, "endpoints.yaml", {"id"}, {"names", "abbreviations", "phrasings"})


@lru_cache(maxsize=None)
def endpoint_patterns() -> tuple[tuple[re.Pattern, dict[str, str]], ...]:
    """(pattern, surface-folded -> endpoint slug) for names (any case) and abbreviations (exact)."""
    lex = _endpoint_lexicon()
    names, abbrevs = {}, {}
    for e in lex.entries:
        for n in as_list(e.get("names")):
            names[fold_phrase(n)] = e["id"]
        for a in as_list(e.get("abbreviations")):
            abbrevs[a] = e["id"]
    return ((folded_pattern(names), names),
            (re.compile(phrase_pattern(abbrevs, ignore_case=False)), abbrevs))


@lru_cache(maxsize=None)
def endpoint_phrasings() -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern on folded text, endpoint slug) for lay phrasings a name list cannot hold
    ("alive without their lymphoma getting worse" is progression-free survival)."""
    lex = _endpoint_lexicon()
    return tuple((re.compile(p), e["id"]) for e in lex.entries for p in as_list(e.get("phrasings")))


def endpoint_of(surface: str, table: dict[str, str]) -> str | None:
    return table.get(surface) or table.get(fold_phrase(surface))


@lru_cache(maxsize=None)
def comparator_terms() -> tuple[re.Pattern, dict[str, str]]:
    """Pattern of non-drug comparator arms and the label each name maps to."""
    lex = load_lexicon(__package__, "trial_comparators.yaml", {"label", "names"})
    table = {}
    for e in lex.entries:
        for n in as_list(e["names"]):
            table[fold_phrase(n)] = e["label"]
    return re.compile(phrase_pattern(table, ignore_case=True)), table


def comparator_label(surface: str) -> str | None:
    return comparator_terms()[1].get(fold_phrase(surface))


@lru_cache(maxsize=None)
def cues() -> dict[str, list[dict]]:
    """Cue entries grouped by kind (comparison, not_trial_name, enrolment, relative_effect, setting,
    other_study)."""
    lex = load_lexicon(__package__, "trial_cues.yaml", {"kind", "text"}, {"value"})
    kinds = {"comparison", "not_trial_name", "enrolment", "relative_effect", "setting", "other_study"}
    out: dict[str, list[dict]] = {k: [] for k in kinds}
    for e in lex.entries:
        if e["kind"] not in kinds:
            raise ValueError(f"trial_cues.yaml: unknown kind {e['kind']!r}")
        if e["kind"] == "setting" and not e.get("value"):
            raise ValueError(f"trial_cues.yaml: setting cue {e['text']!r} has no value")
        out[e["kind"]].append(e)
    return out


@lru_cache(maxsize=None)
def cue_pattern(kind: str, ignore_case: bool = True) -> re.Pattern:
    return re.compile(phrase_pattern([str(e["text"]) for e in cues()[kind]], ignore_case=ignore_case))


@lru_cache(maxsize=None)
def setting_values() -> dict[str, str]:
    return {fold_phrase(str(e["text"])): e["value"] for e in cues()["setting"]}


def setting_of(surface: str) -> str | None:
    return setting_values().get(fold_phrase(surface))
