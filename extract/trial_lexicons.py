"""The trial and regimen lexicons (YAML in extract/lexicons/), loaded and validated once.

Each loader turns one data file into compiled patterns, so extraction never re-reads YAML.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.entity_lexicons import as_list, load_lexicon


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


@lru_cache(maxsize=None)
def _endpoint_lexicon():
    return load_lexicon("endpoints.yaml", {"id"}, {"names", "abbreviations", "phrasings"})


@lru_cache(maxsize=None)
def endpoint_patterns() -> tuple[tuple[re.Pattern, dict[str, str]], ...]:
    """(pattern, surface-folded -> endpoint slug) for names (any case) and abbreviations (exact)."""
    lex = _endpoint_lexicon()
    names, abbrevs = {}, {}
    for e in lex.entries:
        for n in as_list(e.get("names")):
            names[_fold(n)] = e["id"]
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


def _fold(text: str) -> str:
    return re.sub(r"[\s\-]+", " ", text.lower()).strip()


def endpoint_of(surface: str, table: dict[str, str]) -> str | None:
    return table.get(surface) or table.get(_fold(surface))


@lru_cache(maxsize=None)
def comparator_terms() -> tuple[re.Pattern, dict[str, str]]:
    """Pattern of non-drug comparator arms and the label each name maps to."""
    lex = load_lexicon("trial_comparators.yaml", {"label", "names"})
    table = {}
    for e in lex.entries:
        for n in as_list(e["names"]):
            table[_fold(n)] = e["label"]
    return re.compile(phrase_pattern(table, ignore_case=True)), table


def comparator_label(surface: str) -> str | None:
    return comparator_terms()[1].get(_fold(surface))


@lru_cache(maxsize=None)
def cues() -> dict[str, list[dict]]:
    """Cue entries grouped by kind (comparison, not_trial_name, enrolment, relative_effect, setting)."""
    lex = load_lexicon("trial_cues.yaml", {"kind", "text"}, {"value"})
    kinds = {"comparison", "not_trial_name", "enrolment", "relative_effect", "setting"}
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
    return {_fold(str(e["text"])): e["value"] for e in cues()["setting"]}


def setting_of(surface: str) -> str | None:
    return setting_values().get(_fold(surface))


@lru_cache(maxsize=None)
def route_patterns() -> tuple[re.Pattern, re.Pattern, dict[str, tuple[str, bool]]]:
    """(pattern over folded text, pattern over the text as written, phrase -> (route, is_form))."""
    lex = load_lexicon("regimen_routes.yaml", {"route", "phrases"}, {"abbreviations", "form"})
    routes = {"oral", "intravenous", "subcutaneous", "intrathecal"}
    phrases: dict[str, tuple[str, bool]] = {}
    abbrevs: dict[str, tuple[str, bool]] = {}
    for e in lex.entries:
        if e["route"] not in routes:
            raise ValueError(f"regimen_routes.yaml: unknown route {e['route']!r}")
        for p in as_list(e["phrases"]):
            phrases[_fold(p)] = (e["route"], False)
        for p in as_list(e.get("form")):
            phrases[_fold(p)] = (e["route"], True)
        for a in as_list(e.get("abbreviations")):
            abbrevs[a] = (e["route"], False)
    return (folded_pattern(phrases), re.compile(phrase_pattern(abbrevs, ignore_case=False)),
            {**phrases, **abbrevs})


@lru_cache(maxsize=None)
def frequency_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern over every frequency phrase, and the frequency each maps to."""
    lex = load_lexicon("regimen_frequencies.yaml", {"frequency", "phrases"})
    table = {}
    for e in lex.entries:
        for p in as_list(e["phrases"]):
            table[_fold(p)] = e["frequency"]
    return re.compile(phrase_pattern(table, ignore_case=True)), table


def frequency_of(surface: str) -> str | None:
    return frequency_pattern()[1].get(_fold(surface))


_COMMON_WORDS = {"through", "under", "into", "the", "a", "an", "by", "per", "every", "each", "once", "times",
                 "twice", "three", "two", "other", "a", "of"}
_SCHEDULE_WORDS = ("day", "week", "hour", "minute", "month", "cycle", "course", "continuous", "mg", "mcg",
                   "µg", "μg", "units", "iu")


@lru_cache(maxsize=None)
def schedule_prefilter() -> tuple[re.Pattern, re.Pattern]:
    """Cheap test that a text may state a schedule: (pattern over lower-cased text, pattern over
    the text as written). Built from the route and frequency lexicons, so it cannot drift."""
    lower, exact = set(_SCHEDULE_WORDS), set()
    lex = load_lexicon("regimen_routes.yaml", {"route", "phrases"}, {"abbreviations", "form"})
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
