"""Skip regular expressions that cannot match: one Aho-Corasick pass tells where any could start.

Lexicon cues are tried on every clause, and most are absent from most clauses; searching each one
costs a full regex scan of the clause all the same. Each pattern's parse tree tells literal text
every match must begin with, or at least contain (up to three characters: "not", "app", "rec"),
and one automaton over all those strings, run once per text, says which patterns could match in
which stretch. Only those are searched, so the answer is exactly that of searching every pattern,
at a fraction of the cost. A pattern for which no such string can be told is always searched.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import OrderedDict
from typing import Sequence

import ahocorasick

try:  # the parser moved in Python 3.11; both spellings are stdlib
    from re import _constants as C, _parser as P
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover
    import sre_constants as C
    import sre_parse as P
    _EXTRA_CASES = {}
import _sre

PREFIX_LENGTH = 3
# Required strings may be longer: "treatment" is rarer than "tre", so fewer cues pass for nothing.
REQUIRED_LENGTH = 8
_MAX_PREFIXES = 64  # per pattern; a wider start (any capital letter, say) makes it "always search"
_CLASS_RANGE_LIMIT = 64

# re's IGNORECASE compares simple lower-case forms and treats a few more code points as equal
# ("s" and the long s, "i" and the dotless i, the micro sign and mu): fold them all to one.
_CANON = {k: min(k, *v) for k, v in _EXTRA_CASES.items() if min(k, *v) != k}
_NEEDS_CANON = re.compile("[" + "".join(re.escape(chr(k)) for k in _CANON) + "]") if _CANON else None


def fold_case(text: str) -> str:
    """Same-length copy of `text` in which two characters are equal iff re.IGNORECASE equates them."""
    low = text.lower()
    if len(low) != len(text):  # a few code points grow when lower-cased (e.g. "İ")
        low = "".join(chr(_sre.unicode_tolower(ord(ch))) for ch in text)
    if _NEEDS_CANON is not None and _NEEDS_CANON.search(low):
        low = low.translate(_CANON)
    return low


def _fold_char(code: int) -> str:
    low = _sre.unicode_tolower(code)
    return chr(_CANON.get(low, low))


def literal_prefixes(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Case-folded strings, one of which starts every match of `pattern`; None if unknown.

    Prefixes stop before any whitespace, so blanking a stretch of text with spaces (as the
    clause readers do) never creates an occurrence that the unblanked text lacks.
    """
    items = _parse(pattern, flags)
    return None if items is None else _usable(_sequence(items, {""}))


def required_strings(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Case-folded strings, one of which occurs inside every match of `pattern`; None if unknown.

    Weaker than a prefix but known for more patterns: in "^\\W*using" the match need not start
    with "using", yet always contains it. Read, in each top-level alternative, from the item of
    its sequence from which on the most telling prefix can be told.
    """
    items = _parse(pattern, flags)
    return None if items is None else _required(items)


def _parse(pattern: str, flags: int):
    try:
        return list(P.parse(pattern, flags))
    except Exception:  # noqa: BLE001 - unusual syntax: always search it
        return None


def _usable(result: tuple[set[str], set[str]]) -> frozenset[str] | None:
    found = result[0] | result[1]
    if not found or "" in found or len(found) > _MAX_PREFIXES:
        return None
    # "ph" already covers "ph+": keep the shortest of each chain
    return frozenset(p for p in found if not any(p[:k] in found for k in range(1, len(p))))


def _required(items) -> frozenset[str] | None:
    """Strings one of which every match of the sequence `items` contains: the most telling of the
    prefixes of its tails (from each start of a run of literals) and of the required strings of the
    items every match goes through (a group, an alternation, a repeat taken at least once)."""
    found = []
    for j, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH or (op in (C.LITERAL, C.IN) and j and items[j - 1][0] in (C.LITERAL, C.IN)):
            continue  # the next item gives the same tail; inside a run of literals, its start a longer one
        tail = _usable(_sequence(items[j:], {""}, REQUIRED_LENGTH))
        if tail is not None:
            found.append(tail)
        inner = _item_required(op, av)
        if inner is not None:
            found.append(inner)
    return max(found, key=_selectivity, default=None)


def _item_required(op, av) -> frozenset[str] | None:
    if op is C.SUBPATTERN:
        return _required(list(av[-1]))
    if op is C.BRANCH:  # each alternative gives its own strings; a match contains one of the union
        parts = [_required(list(b)) for b in av[1]]
        if any(p is None for p in parts):
            return None
        union = frozenset().union(*parts)
        return union if len(union) <= _MAX_PREFIXES else None
    if op in _REPEATS and av[0] >= 1:
        return _required(list(av[2]))
    return None


def _selectivity(strings: frozenset[str]) -> tuple[int, int]:
    """Longer strings occur less often by chance; fewer of them, likewise."""
    return min(map(len, strings)), -len(strings)


def _chars(av) -> set[str] | None:
    """The characters a character class matches, folded; None for negated or large classes."""
    out: set[str] = set()
    for op, a in av:
        if op is C.LITERAL:
            out.add(_fold_char(a))
        elif op is C.RANGE and a[1] - a[0] < _CLASS_RANGE_LIMIT:
            out.update(_fold_char(c) for c in range(a[0], a[1] + 1))
        else:
            return None
    return out


_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None))


def _sequence(items, open_: set[str], length: int = PREFIX_LENGTH) -> tuple[set[str], set[str]]:
    """(prefixes that end here, prefixes the rest of the pattern may extend) after `items`."""
    closed: set[str] = set()
    for op, av in items:
        if not open_:
            break
        if op in _ZERO_WIDTH:
            continue  # zero width: the next consumed character still starts the match
        if op in (C.LITERAL, C.IN):
            chars = {_fold_char(av)} if op is C.LITERAL else _chars(av)
            if chars is None or any(c.isspace() for c in chars) or len(open_) * len(chars) > _MAX_PREFIXES:
                closed |= open_
                open_ = set()
            else:
                open_ = {p + c for p in open_ for c in chars}
        elif op is C.SUBPATTERN:
            c, open_ = _sequence(list(av[-1]), open_, length)
            closed |= c
        elif op is C.BRANCH:
            results = [_sequence(list(b), open_, length) for b in av[1]]
            closed = closed.union(*(c for c, _ in results))
            open_ = set().union(*(o for _, o in results))
        elif op in _REPEATS:
            lo, hi, sub = av
            c, o = _sequence(list(sub), set(open_), length)
            if lo == 0 and hi == 1:
                closed |= c
                open_ = open_ | o  # taken once or skipped: both go on
            elif lo == 0:
                closed |= c | o  # once (then anything may follow); or skipped: `open_` goes on
            elif lo == hi == 1:
                closed |= c
                open_ = o
            else:
                closed |= c | o
                open_ = set()
        else:  # any character, a category, a back reference...: the prefix ends here
            closed |= open_
            open_ = set()
        long_enough = {p for p in open_ if len(p) >= length}
        closed |= long_enough
        open_ -= long_enough
        if len(closed) + len(open_) > _MAX_PREFIXES:
            return {""}, set()  # too wide to be worth indexing
    return closed, open_


class PrefixHits:
    """Where, in one text, the required strings of each pattern of a `CueIndex` occur."""

    __slots__ = ("_starts", "_always")

    def __init__(self, starts: dict[int, list[int]], always: frozenset[int]):
        self._starts = starts
        self._always = always

    def within(self, start: int = 0, end: int | None = None) -> set[int]:
        """The patterns that could match inside text[start:end]: one look at each pattern that occurs
        in the text at all (few), instead of a question per pattern of the index (many)."""
        out = set(self._always)
        for i, starts in self._starts.items():
            k = bisect_left(starts, start)
            if k < len(starts) and (end is None or starts[k] < end):
                out.add(i)
        return out


class CueIndex:
    """The required strings of a sequence of compiled patterns, searched together."""

    def __init__(self, patterns: Sequence[re.Pattern], cache_size: int = 8):
        by_prefix: dict[str, list[int]] = {}
        always = set()
        for i, rx in enumerate(patterns):
            prefixes = required_strings(rx.pattern, rx.flags)
            if prefixes is None:
                always.add(i)
                continue
            for p in prefixes:
                by_prefix.setdefault(p, []).append(i)
        self._always = frozenset(always)
        self._automaton = None
        if by_prefix:
            self._automaton = ahocorasick.Automaton()
            for p, ids in by_prefix.items():
                self._automaton.add_word(p, (len(p), tuple(ids)))
            self._automaton.make_automaton()
        self._cache: OrderedDict[str, PrefixHits] = OrderedDict()
        self._cache_size = cache_size

    def hits(self, text: str) -> PrefixHits:
        """The prefix occurrences in `text` (kept for the last few texts: clauses share a sentence)."""
        cached = self._cache.get(text)
        if cached is not None:
            self._cache.move_to_end(text)
            return cached
        starts: dict[int, list[int]] = {}
        if self._automaton is not None:
            for last, (length, ids) in self._automaton.iter(fold_case(text)):
                for i in ids:
                    starts.setdefault(i, []).append(last - length + 1)
            for lst in starts.values():
                lst.sort()
        result = PrefixHits(starts, self._always)
        self._cache[text] = result
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return result
