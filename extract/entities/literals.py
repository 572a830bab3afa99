"""Whole-word search for a set of literal strings: one Aho-Corasick pass instead of an alternation.

`re` tries every alternative of `(?<!x)(a|b|c|...)(?!y)` at every position, which with a hundred
short forms or regimen acronyms costs a tenth of a millisecond per article. The automaton finds
every occurrence in one pass; the boundary checks run only there. The result is that of
`regex.finditer` on the alternation sorted longest first: leftmost, then longest, non-overlapping.
"""
from __future__ import annotations

import re
from typing import Iterable, NamedTuple

import ahocorasick


class LiteralHit(NamedTuple):
    start: int
    end: int
    text: str  # the literal as written in the set (case-sensitive: also as in the text)


class LiteralSet:
    """Case-sensitive literals, found where the zero-width `before` and `after` patterns hold."""

    def __init__(self, literals: Iterable[str], before: str = r"(?<![A-Za-z0-9])",
                 after: str = r"(?![A-Za-z0-9])"):
        self._before = re.compile(before)
        self._after = re.compile(after)
        self._automaton = ahocorasick.Automaton()
        for literal in set(literals):
            if literal:
                self._automaton.add_word(literal, literal)
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def finditer(self, text: str) -> list[LiteralHit]:
        if self._empty:
            return []
        before, after = self._before.match, self._after.match
        found = []
        for last, literal in self._automaton.iter(text):
            start, end = last - len(literal) + 1, last + 1
            if before(text, start) and after(text, end):
                found.append((start, -end, literal))
        found.sort()
        out: list[LiteralHit] = []
        pos = 0
        for start, neg_end, literal in found:
            if start >= pos:
                out.append(LiteralHit(start, -neg_end, literal))
                pos = -neg_end
        return out
