"""The fast paths give exactly the answers of the plain regular expressions they stand in for.

`CueIndex` skips a cue only where it cannot match, `PatternSet` tries only places where a pattern
could start, `LiteralSet` replaces an alternation of literals: each is checked against plain `re`
on generated text built from the cues' own words, with case variants and the characters that
`re.IGNORECASE` treats specially (long s, Kelvin sign, dotted capital I, final sigma).
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from extract.entities import biomarkers as entity_biomarkers, interventions as entity_interventions
from extract.entities.literals import LiteralSet
from extract.reading.cues import NEGATION_CUES, SPAN_CUES, STATUS_CUES
from extract.text.regex_prefilter import CueIndex, fold_case, literal_prefixes, required_strings

CUE_REGEXES = [c.regex for c in (*SPAN_CUES, *STATUS_CUES, *NEGATION_CUES)]
_INDEX = CueIndex(CUE_REGEXES)


def _words(patterns: list[str]) -> list[str]:
    found = set()
    for p in patterns:
        found.update(re.findall(r"[A-Za-z']{2,}", p.replace("\\s", " ").replace("\\b", " ")))
    return sorted(found)


_CUE_WORDS = _words([rx.pattern for rx in CUE_REGEXES])
_ODD = ["ſ", "K", "İ", "Σ", "ς", "ß", "µ", "-", ",", "(", ")", ";", ":", "•", "\n", "  ", "1", "18", "ALL", "Ph+"]


def _token(words: list[str]):
    word = st.sampled_from(words)
    cased = st.one_of(word, word.map(str.upper), word.map(str.capitalize))
    return st.one_of(cased, cased, cased, st.sampled_from(_ODD), st.text(min_size=1, max_size=3))


def _texts(words: list[str]):
    return st.lists(_token(words), min_size=1, max_size=24).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(text=_texts(_CUE_WORDS), data=st.data())
def test_a_cue_the_index_rules_out_never_matches(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    possible = _INDEX.hits(text).within(start, end)
    for i, rx in enumerate(CUE_REGEXES):
        if rx.search(text, start, end) is not None:
            assert i in possible, (rx.pattern[:80], text[start:end])


def test_the_cue_index_rules_out_most_cues_of_an_ordinary_clause():
    text = "Imatinib is approved to treat adults with newly diagnosed Ph+ CML in chronic phase."
    assert len(_INDEX.hits(text).within(0, len(text))) < len(CUE_REGEXES) / 2


@pytest.mark.parametrize("pattern, expected", [
    (r"\bnot\s+recommended", {"not"}),
    (r"\b(?:approved|indicated)\b", {"app", "ind"}),
    (r"(?i:Ph)\s*\+", {"ph"}),
    (r"[A-Z][A-Z0-9]+::", set("abcdefghijklmnopqrstuvwxyz")),  # PatternSet scans such ones apart
    (r"\w+-refractory", None),
    (r"(?:a|b)?c", {"ac", "bc", "c"}),
])
def test_literal_prefixes_of_hand_written_patterns(pattern, expected):
    found = literal_prefixes(pattern, re.I)
    assert (None if found is None else set(found)) == expected


def test_required_strings_reach_past_an_unknown_start():
    assert set(required_strings(r"^\W*using\b|\bfirst[- ]line\s+use\b", re.I)) == {"using", "first"}
    assert set(required_strings(r"\b[\w-]+-(?:refractory|resistant)\b", re.I)) == {"-refract", "-resista"}


def test_required_strings_are_the_rarest_word_of_each_alternative():
    """"to treat" is searched only where "treat" occurs, not wherever "to" does; a group every match
    goes through ("(?:given|offered) with") gives its own words."""
    assert set(required_strings(r"\bto\s+treat\b|\bas\s+(?:a\s+)?maintenance\s+therapy\b", re.I)) == {
        "treat", "maintena"}
    assert set(required_strings(r"\b(?:is|are)\s+(?:given|offered)\s+with\b", re.I)) == {"given", "offered"}
    assert required_strings(r"\b(?:is|are)?\s*\w+", re.I) is None  # nothing every match must contain


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="aAsSſkKİiıΣσς -", max_size=30))
def test_fold_case_equates_exactly_what_ignorecase_equates(text):
    folded = fold_case(text)
    assert len(folded) == len(text)
    for a in set(text):
        for b in set(text):
            same = re.fullmatch(re.escape(a), b, re.I) is not None
            assert same == (fold_case(a) == fold_case(b)), (a, b)


def _plain_scan(patterns, text):
    """What PatternSet found before the prefix index: every word start tried."""
    return [(h.start, h.end, h.payload) for h in patterns._scan(
        text, (w.start() for w in patterns._word_start.finditer(text)))]


_ENTITY_WORDS = ["CD19", "CD20", "FLT3", "ITD", "BCR", "ABL1", "BCR::ABL1",
                  "BCR-ABL", "Ph", "positive", "negative", "JAK2", "V617F",
                  "KIT", "D816V", "t(9;22)", "del(17p)", "TKI", "TKIs",
                  "chemotherapy", "CAR", "T-cell", "therapy", "stem", "cell",
                  "transplant", "radiation", "hypomethylating", "agent", "R-CHOP",
                  "7+3", "IDH1", "NPM1", "mutated", "inhibitor", "the", "and"]


@settings(max_examples=300, deadline=None)
@given(text=_texts(_ENTITY_WORDS))
@pytest.mark.parametrize("module", [entity_biomarkers, entity_interventions])
def test_pattern_sets_find_what_a_scan_of_every_word_start_finds(module, text):
    patterns = module._PATTERNS
    assert [(h.start, h.end, h.payload) for h in patterns.finditer(text)] == _plain_scan(patterns, text)


_LITERALS = ["ALL", "AML", "CML", "CLL", "MM", "PV", "ET", "R-CHOP", "CHOP", "R", "7+3", "A+AVD", "AVD"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_LITERALS + ["all", "-", "+", "/", " ", "x", "R-", "CHOPs"]),
                     max_size=16).map("".join))
@pytest.mark.parametrize("before, after", [(r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"),
                                           (r"(?<![A-Za-z0-9+\-/])", r"(?![A-Za-z0-9+/]|-[A-Za-z])")])
def test_literal_sets_match_like_the_alternation_they_replace(before, after, text):
    alternation = re.compile(before + "(" + "|".join(
        re.escape(s) for s in sorted(_LITERALS, key=len, reverse=True)) + ")" + after)
    expected = [(m.start(), m.end(), m.group(1)) for m in alternation.finditer(text)]
    assert [tuple(h) for h in LiteralSet(_LITERALS, before, after).finditer(text)] == expected
