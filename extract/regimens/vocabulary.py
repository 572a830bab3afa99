"""The regimen lexicons (YAML in `lexicons/`: routes, frequencies), loaded and validated once, and the
cheap test that a sentence may state a schedule, built from them so that it cannot drift.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.text.lexicon_files import as_list, load_lexicon
from extract.text.phrases import fold_phrase, folded_pattern, phrase_pattern


@lru_cache(maxsize=None)
def route_patterns() -> tuple[re.Pattern, re.Pattern, dict[str, tuple[str, bool]]]:
    """(pattern over folded text, pattern over the text as written, phrase -> (route, is_form))."""
    lex = load_lexicon(__package__, "regimen_routes.yaml", {"route", "phrases"}, {"abbreviations", "form"})
    routes = {"oral", "intravenous", "subcutaneous", "intrathecal"}
    phrases: dict[str, tuple[str, bool]] = {}
    abbrevs: dict[str, tuple[str, bool]] = {}
    for e in lex.entries:
        if e["route"] not in routes:
            raise ValueError(f"regimen_routes.yaml: unknown route {e['route']!r}")
        for p in as_list(e["phrases"]):
            phrases[fold_phrase(p)] = (e["route"], False)
        for p in as_list(e.get("form")):
            phrases[fold_phrase(p)] = (e["route"], True)
        for a in as_list(e.get("abbreviations")):
            abbrevs[a] = (e["route"], False)
    return (folded_pattern(phrases), re.compile(phrase_pattern(abbrevs, ignore_case=False)),
            {**phrases, **abbrevs})


@lru_cache(maxsize=None)
def frequency_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern over every frequency phrase, and the frequency each maps to."""
    lex = load_lexicon(__package__, "regimen_frequencies.yaml", {"frequency", "phrases"})
    table = {}
    for e in lex.entries:
        for p in as_list(e["phrases"]):
            table[fold_phrase(p)] = e["frequency"]
    return re.compile(phrase_pattern(table, ignore_case=True)), table


def frequency_of(surface: str) -> str | None:
    return frequency_pattern()[1].get(fold_phrase(surface))


_COMMON_WORDS = {"through", "under", "into", "the", "a", "an", "by", "per", "every", "each", "once", "times",
                 "twice", "three", "two", "other", "a", "of"}
_SCHEDULE_WORDS = ("day", "week", "hour", "minute", "month", "cycle", "course", "continuous", "mg", "mcg",
                   "µg", "μg", "units", "iu")


@lru_cache(maxsize=None)
def schedule_prefilter() -> tuple[re.Pattern, re.Pattern]:
    """Cheap test that a text may state a schedule: (pattern over lower-cased text, pattern over
    the text as written). Built from the route and frequency lexicons, so it cannot drift."""
    lower, exact = set(_SCHEDULE_WORDS), set()
    lex = load_lexicon(__package__, "regimen_routes.yaml", {"route", "phrases"}, {"abbreviations", "form"})
    for e in lex.entries:
        for p in as_list(e["phrases"]) + as_list(e.get("form")):
            lower.add(_specific_word(re.split(r"[\s\-]+", p.lower())))
        exact.update(as_list(e.get("abbreviations")))
    for phrase in frequency_pattern()[1]:
        lower.add(_specific_word(phrase.split()))
    alts = "|".join(re.escape(w) for w in sorted(lower, key=len, reverse=True))
    return re.compile(rf"(?<![a-z])(?:{alts})"), re.compile(phrase_pattern(exact, ignore_case=False))


def _specific_word(words: list[str]) -> str:
    """The longest word of a phrase that is not a common function word ("per os" -> "per os":
    a two-letter word alone would let nearly every sentence through)."""
    rare = [w for w in words if w not in _COMMON_WORDS] or words
    best = max(rare, key=len)
    return best if len(best) > 2 or len(words) == 1 else " ".join(words)


def may_state_schedule(text: str) -> bool:
    lower, exact = schedule_prefilter()
    return bool(lower.search(text.lower()) or exact.search(text))
