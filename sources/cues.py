"""Loading and validating the boilerplate cue lexicon (`lexicons/boilerplate_cues.yaml`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

# libyaml's parser reads the same documents several times faster than PyYAML's pure-Python one
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TOP_KEYS = {"version", "categories", "buttons", "section_headings", "reference_headings", "meta_lines",
             "tail_calls_to_action", "gallery_labels"}
_CATEGORY_KEYS = {"strength", "patterns", "triggers"}
_STRENGTHS = {"strong", "weak"}


class LexiconError(ValueError):
    """The lexicon file does not have the expected shape."""


def _compile(patterns: list, where: str) -> re.Pattern:
    if not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) for p in patterns):
        raise LexiconError(f"{where}: expected a non-empty list of strings")
    for p in patterns:
        try:
            re.compile(p, re.IGNORECASE)
        except re.error as exc:
            raise LexiconError(f"{where}: bad pattern {p!r}: {exc}") from None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def _compile_each(patterns: list) -> tuple[re.Pattern, ...]:
    """Each pattern on its own (already checked by _compile). Asking "does any of them match?" one
    pattern at a time gives the answer of the combined alternation, and is faster in `re`: a single
    pattern keeps its own literal prefix and character-set scans, which the alternation loses
    (phone numbers: half the time, on every block)."""
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def _trigger_automaton(triggers: dict[str, list[str]]):
    """Aho-Corasick automaton: lower-case trigger -> categories it unlocks."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    by_word: dict[tuple[str, bool], set[str]] = {}
    for category, words in triggers.items():
        for word in words:
            by_word.setdefault((word.rstrip("*"), word.endswith("*")), set()).add(category)
    merged: dict[str, list] = {}
    for (word, prefix), categories in by_word.items():
        merged.setdefault(word, []).append((prefix, frozenset(categories)))
    for word, variants in merged.items():
        automaton.add_word(word, (len(word), tuple(variants)))
    automaton.make_automaton()
    return automaton


def _unlocked(automaton, low: str) -> set[str]:
    """Categories whose trigger occurs in `low` as a whole word (or word prefix for 'x*')."""
    out: set[str] = set()
    n = len(low)
    for end, (length, variants) in automaton.iter(low):
        start = end - length + 1
        if start > 0 and low[start - 1].isalnum() and low[start].isalnum():
            continue
        word_end = end + 1 >= n or not low[end + 1].isalnum() or not low[end].isalnum()
        for prefix, categories in variants:
            if prefix or word_end:
                out |= categories
    return out


@dataclass(frozen=True)
class BoilerplateCues:
    strong: dict[str, re.Pattern]  # category -> combined pattern, in file order
    strong_each: dict[str, tuple[re.Pattern, ...]]  # category -> its patterns one by one (same answers)
    always: frozenset[str]  # strong categories without triggers: tested on every block
    triggers: object  # ahocorasick.Automaton over lower-case triggers
    weak: re.Pattern
    buttons: frozenset[str]
    section_heading: re.Pattern
    reference_heading: re.Pattern
    meta_line: re.Pattern
    tail_call: re.Pattern  # imperative UI lines that end a page: only after the last content paragraph
    gallery_label: re.Pattern  # the word before a slide counter ('Image 3 of 12')

    @classmethod
    def from_dict(cls, data: dict) -> "BoilerplateCues":
        if not isinstance(data, dict):
            raise LexiconError("boilerplate cues: top level must be a mapping")
        unknown = set(data) - _TOP_KEYS
        if unknown:
            raise LexiconError(f"boilerplate cues: unknown keys {sorted(unknown)}")
        strong: dict[str, re.Pattern] = {}
        strong_each: dict[str, tuple[re.Pattern, ...]] = {}
        triggers: dict[str, list[str]] = {}
        weak_patterns: list[str] = []
        for name, spec in (data.get("categories") or {}).items():
            if not isinstance(spec, dict) or set(spec) - _CATEGORY_KEYS or "patterns" not in spec:
                raise LexiconError(f"category {name!r}: expected keys {sorted(_CATEGORY_KEYS)}")
            if spec.get("strength") not in _STRENGTHS:
                raise LexiconError(f"category {name!r}: strength must be one of {sorted(_STRENGTHS)}")
            compiled = _compile(spec["patterns"], f"category {name!r}")
            words = spec.get("triggers")
            if words is not None:
                if (not isinstance(words, list) or not words
                        or not all(isinstance(w, str) and w.rstrip("*") and w == w.lower() for w in words)):
                    raise LexiconError(f"category {name!r}: triggers must be non-empty lower-case strings")
                for pattern in spec["patterns"]:
                    # A sanity check that triggers are kept in step with the patterns.
                    literal = re.sub(r"\\[bsdwSDW]|[\\?()|*+^$\[\].{}0-9,\s]", "", pattern.lower())
                    if not any(re.sub(r"[\s*]", "", w) in literal for w in words):
                        raise LexiconError(f"category {name!r}: pattern {pattern!r} contains none of its triggers")
            if spec["strength"] == "strong":
                strong[name] = compiled
                strong_each[name] = _compile_each(spec["patterns"])
                if words is not None:
                    triggers[name] = words
            else:
                weak_patterns.extend(spec["patterns"])
        if not strong or not weak_patterns:
            raise LexiconError("boilerplate cues: need strong and weak categories")
        buttons = data.get("buttons") or []
        if not all(isinstance(b, str) for b in buttons):
            raise LexiconError("buttons: expected strings")
        return cls(
            strong=strong,
            strong_each=strong_each,
            always=frozenset(set(strong) - set(triggers)),
            triggers=_trigger_automaton(triggers),
            weak=_compile(weak_patterns, "weak categories"),
            buttons=frozenset(b.strip().casefold() for b in buttons),
            section_heading=_compile(data.get("section_headings"), "section_headings"),
            reference_heading=_compile(data.get("reference_headings"), "reference_headings"),
            meta_line=_compile(data.get("meta_lines"), "meta_lines"),
            tail_call=_compile(data.get("tail_calls_to_action"), "tail_calls_to_action"),
            gallery_label=_compile(data.get("gallery_labels"), "gallery_labels"),
        )

    def strong_category(self, text: str) -> str | None:
        """Name of the first strong category matching `text`, else None."""
        unlocked = _unlocked(self.triggers, text.lower()) | self.always
        for name, patterns in self.strong_each.items():
            if name in unlocked and any(p.search(text) for p in patterns):
                return name
        return None

    def is_button(self, text: str) -> bool:
        return text.strip(" →»>·•").casefold() in self.buttons


@lru_cache(maxsize=1)
def boilerplate_cues() -> BoilerplateCues:
    text = resources.files("sources.lexicons").joinpath("boilerplate_cues.yaml").read_text(encoding="utf-8")
    return BoilerplateCues.from_dict(yaml.load(text, Loader=YAML_LOADER))
