"""Drug mentions: dictionary look-up of every vocabulary name, leftmost-longest, whole words only.

One Aho-Corasick automaton over the folded names is built once; per article the work is one pass
over the folded text plus a boundary check per hit, so recognition stays well under a millisecond
for a typical page.
"""
from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

import ahocorasick

from extract.entities.derived_cache import content_key, load_or_build
from extract.entities.drug_vocabulary import cache_key, vocabulary
from extract.entities.folding import at_word_boundaries, fold, squeeze

_ABBREVIATION_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9\-]{1,7})\s*\)")
# "a purine nucleoside analogue", "a folate antagonist", "thalidomide-like drugs", "the
# thrombopoietin receptor": the name only describes a class of other drugs (or a protein); the
# package also lists generic chemistry names ("purine nucleoside") as synonyms of some research
# compound, which would invent a drug there
_CLASS_HEAD_AFTER = re.compile(
    r"(?:(?:\s+(?:or|and)\s+|\s*/\s*)[a-z]+)?"  # "estrogen or progesterone receptors": a shared head
    r"(?:[-\u2010\u2011 ]+(?:receptor|analog|analogue|agonist|antagonist|antimetabolite|derivative|"
    r"mimetic|congener)s?"
    r"|[-\u2010\u2011]like)\b", re.I)


# "receptors for estrogen or progesterone": the hormone a receptor binds, not a drug given
_RECEPTOR_BEFORE = re.compile(r"\breceptors?\s+(?:for|to)\s+$", re.I)


def _build_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key, name in vocabulary().names.items():
        automaton.add_word(key, (len(key), name.drug_id, name.needs_caps))
    automaton.make_automaton()
    return automaton


# Filling the automaton takes longer than loading its pickle: it is cached beside the vocabulary,
# keyed by the vocabulary, this module and the automaton library.
_AUTOMATON = load_or_build("drug-automaton", content_key(
    cache_key(), Path(__file__).read_bytes(), importlib.metadata.version("pyahocorasick")), _build_automaton)


def find_drugs(text: str, folded: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, drug_id) of every drug name in `text`, non-overlapping, longest first."""
    folded = fold(text) if folded is None else folded
    squeezed, index = squeeze(folded)
    hits = []
    for last, (length, drug_id, needs_caps) in _AUTOMATON.iter(squeezed):
        start, end = last - length + 1, last + 1
        if index is not None:
            start, end = index[start], index[end - 1] + 1
        if not at_word_boundaries(text, start, end):
            continue
        if needs_caps and not text[start:end].replace("-", "").isupper():
            continue
        hits.append((start, end, drug_id))
    return [h for h in _leftmost_longest(hits) if not _CLASS_HEAD_AFTER.match(text, h[1])
            and not _RECEPTOR_BEFORE.search(text, max(0, h[0] - 30), h[0])]


def _leftmost_longest(hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str]] = []
    for hit in hits:
        if out and hit[0] < out[-1][1]:
            continue
        out.append(hit)
    return out


def defined_drug_abbreviations(text: str, spans: list[tuple[int, int, str]]) -> dict[str, str]:
    """Abbreviations the text defines for a drug: "gemtuzumab ozogamicin (GO)" → {"GO": id}.

    Only upper-case short forms whose letters start the drug's words in order are accepted, so
    "imatinib (Gleevec)" (a brand, already known) or "(n = 40)" never define anything.
    """
    found: dict[str, str] = {}
    for start, end, drug_id in spans:
        m = _ABBREVIATION_AFTER.match(text, end)
        if not m:
            continue
        short = m.group(1)
        if not short.isupper() or not _initials_match(short, text[start:end]):
            continue
        found.setdefault(short, drug_id)
    return found


def _initials_match(short: str, long_form: str) -> bool:
    letters = [c.lower() for c in short if c.isalpha()]
    words = [w.lower() for w in re.split(r"[\s\-/]+", long_form) if w]
    if not letters or not words or letters[0] != words[0][0]:
        return False
    # each letter must start a word or continue inside the current one, in order
    text = " ".join(words)
    pos = 0
    for ch in letters:
        pos = text.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


# "lenalidomide-refractory myeloma", "imatinib-resistant CML", "TKI-naive": the drug describes the
# patients' history, not a treatment the sentence gives
_HISTORY_AFTER = re.compile(
    r"[-\u2010\u2011\u2013 ](?:double[- ]|triple[- ])?(?:refractory|resistant|naive|naïve|"
    r"pretreated|pre-treated|intolerant|exposed|experienced)\b", re.I)
# "lenalidomide- and bortezomib-refractory": the first drug shares the second's adjective
_SHARED_ADJECTIVE = re.compile(r"-?\s*(?:,|and|or|/)\s*", re.I)


def history_drug_spans(text: str, spans: list[tuple[int, int, str]]) -> set[int]:
    """Indexes of `spans` that name a drug inside a compound adjective about prior treatment."""
    out: set[int] = set()
    for i in range(len(spans) - 1, -1, -1):
        start, end, _ = spans[i]
        if _HISTORY_AFTER.match(text, end):
            out.add(i)
        elif i + 1 in out and text[end:end + 1] == "-":
            gap = _SHARED_ADJECTIVE.fullmatch(text, end, spans[i + 1][0])
            if gap:
                out.add(i)
    return out
