"""A set of regular expressions matched together, fast.

One big alternation (`a|b|c|...`) makes Python's `re` try every alternative at every position of
the text: with a hundred patterns that is several milliseconds per article. Here alternatives are
filed under the characters they can start with (read from each pattern's parse tree) and joined
into one small alternation per character. The scan tries that alternation only at word starts
where some pattern's literal prefix (up to three characters, `extract.text.regex_prefilter`) occurs,
found in one Aho-Corasick pass; where a pattern's prefix cannot be told, every word start.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

import ahocorasick

from extract.text.regex_prefilter import C, P, fold_case, literal_prefixes  # C, P: re's parser, either spelling

_EMPTY = object()  # marks "this item can match the empty string"
_WORD_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]")


@dataclass(frozen=True)
class PatternHit:
    start: int
    end: int
    payload: Any
    match: re.Match


class PatternSet:
    """Whole-word regular expressions, each with a payload; leftmost, non-overlapping.

    Where several alternatives match at one place, the one with the longer pattern is tried first
    (patterns carry their optional words greedily, so this is the longest match in practice).
    """

    def __init__(self, alternatives: list[tuple[str, Any, bool]]):
        """alternatives: (pattern, payload, case_sensitive)."""
        self._payloads = [payload for _, payload, _ in alternatives]
        order = sorted(range(len(alternatives)), key=lambda i: -len(alternatives[i][0]))
        buckets: dict[str, list[int]] = {}
        anywhere: list[int] = []
        starts: set[str] = set()  # exact characters a match can start with
        for i in order:
            pattern, _, case_sensitive = alternatives[i]
            chars = _first_chars(pattern, 0 if case_sensitive else re.I)
            if chars is None:
                anywhere.append(i)
                continue
            starts |= chars if case_sensitive else {c for ch in chars for c in (ch.lower(), ch.upper())}
            for ch in {c.lower() for c in chars}:
                buckets.setdefault(ch, []).append(i)
        if anywhere or not starts:
            self._word_start = _WORD_START
        else:
            alnum = "".join(sorted(c for c in starts if c.isalnum()))
            self._word_start = re.compile(f"(?<![A-Za-z0-9])[{re.escape(alnum)}]")
        self._by_char = {ch: self._alternation(alternatives, idx + anywhere)
                         for ch, idx in buckets.items()}
        self._anywhere = self._alternation(alternatives, anywhere) if anywhere else None
        self._alnum_starts = frozenset(c for c in starts if c.isalnum())
        self._prefixes, self._loose_start = (None, None) if anywhere else _prefix_index(alternatives)

    @staticmethod
    def _alternation(alternatives, indices) -> re.Pattern:
        parts = []
        for i in sorted(indices, key=lambda i: -len(alternatives[i][0])):
            pattern, _, case_sensitive = alternatives[i]
            flagged = pattern if case_sensitive else f"(?i:{pattern})"
            parts.append(f"(?P<g{i}>{flagged})")
        return re.compile(f"(?:{'|'.join(parts)})(?![A-Za-z0-9])")

    def finditer(self, text: str) -> Iterator[PatternHit]:
        if self._prefixes is None:
            return self._scan(text, (w.start() for w in self._word_start.finditer(text)))
        return self._scan(text, self._candidates(text))

    def _candidates(self, text: str) -> list[int]:
        """Word starts where some pattern's prefix occurs, in order (the same places the word-start
        scan would try with success)."""
        alnum = self._alnum_starts
        found = set()
        if self._loose_start is not None:
            found.update(m.start() for m in self._loose_start.finditer(text))
        for last, length in self._prefixes.iter(fold_case(text)) if len(self._prefixes) else ():
            start = last - length + 1
            if text[start] in alnum and (start == 0 or not _is_ascii_alnum(text[start - 1])):
                found.add(start)
        return sorted(found)

    def _scan(self, text: str, starts) -> Iterator[PatternHit]:
        pos = 0
        by_char, anywhere = self._by_char, self._anywhere
        for start in starts:
            if start < pos:
                continue
            rx = by_char.get(text[start].lower(), anywhere)
            if rx is None:
                continue
            m = rx.match(text, start)
            if m and m.end() > start:
                yield PatternHit(start, m.end(), self._payloads[int(m.lastgroup[1:])], m)
                pos = m.end()


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _prefix_index(alternatives) -> tuple[ahocorasick.Automaton, re.Pattern | None]:
    """An automaton over the patterns' literal prefixes, and a word-start scan for the patterns
    whose prefix is unknown or a single character (one letter would hit almost every word)."""
    prefixes: set[str] = set()
    loose: set[str] = set()
    for pattern, _, case_sensitive in alternatives:
        flags = 0 if case_sensitive else re.I
        found = literal_prefixes(pattern, flags)
        if found is None or min(map(len, found)) < 2:
            chars = _first_chars(pattern, flags)
            loose |= chars if case_sensitive else {c for ch in chars for c in (ch.lower(), ch.upper())}
        else:
            prefixes |= found
    automaton = ahocorasick.Automaton()
    for p in prefixes:
        automaton.add_word(p, len(p))
    if prefixes:
        automaton.make_automaton()
    alnum = "".join(sorted(c for c in loose if c.isalnum()))
    loose_start = re.compile(f"(?<![A-Za-z0-9])[{re.escape(alnum)}]") if alnum else None
    return automaton, loose_start


def _first_chars(pattern: str, flags: int) -> set[str] | None:
    """Characters a match can start with (as written), or None when that cannot be told."""
    try:
        chars = _first(list(P.parse(pattern, flags)))
    except Exception:  # unusual syntax: try this pattern everywhere
        return None
    if chars is None or _EMPTY in chars:
        return None
    return set(chars)


def _first(items) -> set | None:
    out: set = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(chr(av))
            return out
        if op is C.IN:
            for o, a in av:
                if o is C.LITERAL:
                    out.add(chr(a))
                elif o is C.RANGE:
                    out.update(chr(c) for c in range(a[0], a[1] + 1))
                else:
                    return None
            return out
        if op is C.SUBPATTERN:
            sub = _first(list(av[-1]))
        elif op is C.BRANCH:
            subs = [_first(list(b)) for b in av[1]]
            if any(s is None for s in subs):
                return None
            sub = set().union(*subs)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, _, item = av
            sub = _first(list(item))
            if sub is not None and lo == 0:
                sub = sub | {_EMPTY}
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        else:
            return None
        if sub is None:
            return None
        out |= sub - {_EMPTY}
        if _EMPTY not in sub:
            return out
    out.add(_EMPTY)
    return out
