"""Who a page is written for: 'professional', 'patient' or 'unknown', from weighted cues
(`lexicons/audience_cues.yaml`) and how often the main text addresses the reader as "you"."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import ahocorasick
import yaml

from sources.cues import YAML_LOADER, LexiconError


@dataclass(frozen=True)
class AudienceCues:
    # (triggers, pattern, weight, main text only): a cue with scope 'content' is not read in site
    # furniture ("does not replace the advice of your doctor" closes professional pages too)
    professional: tuple[tuple[tuple[str, ...], re.Pattern, float, bool], ...]
    patient: tuple[tuple[tuple[str, ...], re.Pattern, float, bool], ...]
    margin: float
    second_person_rate: float
    second_person_weight: float

    @classmethod
    def from_dict(cls, data: dict) -> "AudienceCues":
        allowed = {"version", "margin", "second_person_per_100_words", "second_person_weight", "professional",
                   "patient"}
        if not isinstance(data, dict) or set(data) - allowed:
            raise LexiconError(f"audience cues: unknown keys {sorted(set(data) - allowed)}")

        def entries(side: str):
            out = []
            for entry in data.get(side) or []:
                if not isinstance(entry, dict) or not {"triggers", "pattern", "weight"} <= set(entry) \
                        or set(entry) - {"triggers", "pattern", "weight", "scope"} \
                        or entry.get("scope", "page") not in ("page", "content"):
                    raise LexiconError(f"audience cues/{side}: each entry needs triggers, pattern and weight "
                                       "(and may have scope: page | content)")
                triggers = entry["triggers"]
                if (not isinstance(triggers, list) or not triggers
                        or not all(isinstance(t, str) and t and t == t.lower() for t in triggers)):
                    raise LexiconError(f"audience cues/{side}: triggers must be lower-case strings")
                try:
                    out.append((tuple(triggers), re.compile(entry["pattern"], re.IGNORECASE | re.MULTILINE),
                                float(entry["weight"]), entry.get("scope", "page") == "content"))
                except re.error as exc:
                    raise LexiconError(f"audience cues/{side}: bad pattern {entry['pattern']!r}: {exc}") from None
            if not out:
                raise LexiconError(f"audience cues: no {side} entries")
            return tuple(out)

        return cls(entries("professional"), entries("patient"), float(data.get("margin", 1.0)),
                   float(data.get("second_person_per_100_words", 1.0)), float(data.get("second_person_weight", 3.0)))


@lru_cache(maxsize=1)
def audience_cues() -> AudienceCues:
    text = resources.files("sources.lexicons").joinpath("audience_cues.yaml").read_text(encoding="utf-8")
    return AudienceCues.from_dict(yaml.load(text, Loader=YAML_LOADER))


_CUE_WINDOW = 160  # characters around a trigger in which its pattern must match
_MAX_TRIGGER_HITS = 40


def _word_starts(low: str, word: str):
    """Indices where `word` starts a word in `low` (a plain find loop: faster than a regex scan)."""
    i = low.find(word)
    hits = 0
    while i != -1 and hits < _MAX_TRIGGER_HITS:
        if i == 0 or not low[i - 1].isalnum():
            hits += 1
            yield i
        i = low.find(word, i + 1)


def _cue_present(text: str, starts: dict[str, list[int]], triggers: tuple[str, ...], pattern: re.Pattern) -> bool:
    """Run `pattern` only in windows around its triggers: each full-page scan costs ~50 µs."""
    for trigger in triggers:
        for i in starts.get(trigger, ()):
            if pattern.search(text, max(0, i - _CUE_WINDOW), i + len(trigger) + _CUE_WINDOW):
                return True
    return False


@lru_cache(maxsize=1)
def _trigger_index() -> ahocorasick.Automaton:
    """Every trigger of every audience cue, found together in one pass over the page."""
    cues = audience_cues()
    automaton = ahocorasick.Automaton()
    for triggers, _, _, _ in (*cues.professional, *cues.patient):
        for trigger in triggers:
            automaton.add_word(trigger, trigger)
    automaton.make_automaton()
    return automaton


def _trigger_starts(low: str) -> dict[str, list[int]]:
    """{trigger: the first word starts where it occurs in `low`}, as `_word_starts` finds them."""
    starts: dict[str, list[int]] = {}
    for last, trigger in _trigger_index().iter(low):
        i = last - len(trigger) + 1
        if i == 0 or not low[i - 1].isalnum():
            found = starts.setdefault(trigger, [])
            if len(found) < _MAX_TRIGGER_HITS:
                found.append(i)
    return starts


def find_audience(page_text: str, clean_text: str) -> str:
    """'professional' | 'patient' | 'unknown' from weighted cues and second-person address."""
    cues = audience_cues()
    starts = _trigger_starts(page_text.lower())
    clean_low = clean_text.lower()
    clean_starts: dict[str, list[int]] | None = None

    def present(triggers, pattern, content_only) -> bool:
        nonlocal clean_starts
        if not content_only:
            return _cue_present(page_text, starts, triggers, pattern)
        if not any(t in starts for t in triggers):
            return False  # the main text is part of the page: no trigger on the page, none in it
        if clean_starts is None:
            clean_starts = _trigger_starts(clean_low)
        return _cue_present(clean_text, clean_starts, triggers, pattern)

    pro = sum(w for t, p, w, c in cues.professional if present(t, p, c))
    pat = sum(w for t, p, w, c in cues.patient if present(t, p, c))
    n_words = max(1, clean_low.count(" ") + 1)
    n_second = sum(1 for i in _word_starts(clean_low, "you")
                   if clean_low[i + 3:i + 4] in ("", " ", ",", ".", ";", ":", "?", "!", ")", "r", "\n"))
    if n_second * 100 / n_words >= cues.second_person_rate:
        pat += cues.second_person_weight
    if pro - pat >= cues.margin:
        return "professional"
    if pat - pro >= cues.margin:
        return "patient"
    return "unknown"
