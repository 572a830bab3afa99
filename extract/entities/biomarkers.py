"""Biomarker mentions with their status (positive / negative / mutated / None).

The marker names come from lexicons/biomarkers.yaml; the status is read from what is
written right after the marker ("Ph+", "CD22-positive", "FLT3-ITD", "KIT D816V", "BCR-ABL1-negative")
or right before it ("mutated FLT3", "positive for CD19").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.text.lexicon_files import as_list, load_lexicon
from extract.entities.patterns import PatternSet

_SEP = r"(?:\s*[-\u2010\u2011\u2013\u2212]\s*|\s+)"
_STATUS_AFTER = (
    ("mutated", re.compile(
        _SEP + r"(?:mutated|mutation|mutations|mutant|mut\b|ITD\+?|TKD\+?|internal tandem duplications?|"
        r"tyrosine kinase domain|(?:exon\s+\d+\s+)?(?:mutation|deletion|insertion)s?|D816V|V617F|"
        r"exon\s+\d+|[A-Z]\d{2,4}[A-Z]\b)")),
    ("positive", re.compile(r"\s*(?:\+|\u207a|\(\+\))")),
    ("positive", re.compile(
        _SEP + r"(?:positive|positivity|pos\b|expressing|expression|rearranged|rearrangements?|"
        r"fusions?|fusion genes?|translocations?|translocated|amplified|overexpress\w*)")),
    ("negative", re.compile(_SEP + r"(?:negative|negativity|neg\b|wild[- ]type|unmutated|WT\b)")),
    ("negative", re.compile(r"\s*(?:[\u2212\u2013\u207b](?![A-Za-z0-9])|\(\s*[-\u2212\u2013]\s*\))"
                            r"|-(?=\s|$|[,;:.)])")),
)
# "non-Ph ALL", "ALL without the Philadelphia chromosome": absent whatever follows ("without a
# FLT3 mutation" is FLT3-negative); "with or without FLT3-ITD" says nothing
_ABSENT_BEFORE = re.compile(
    r"(?:\bnon[-\u2010\u2011 ]?|(?<!\bor )\b(?:without|lacking|lacks?|absence of)\s+(?:the\s+|a\s+|an\s+)?)$",
    re.I)
_WORD_GOES_ON = re.compile(r"[-\u2010\u2011][a-z]")  # "non-Ph-like" is another entity
_STATUS_BEFORE = (
    ("mutated", re.compile(r"\b(?:mutated|mutant)\s+$", re.I)),
    ("positive", re.compile(r"\bpositive\s+for\s+$", re.I)),
    ("negative", re.compile(r"\bnegative\s+for\s+$", re.I)),
)


@dataclass(frozen=True)
class BiomarkerHit:
    start: int
    end: int
    symbol: str
    status: str | None


# Any fusion written in HGNC notation ("KMT2A::MLLT3") is a fusion symbol as written
_WRITTEN_FUSION = r"[A-Z][A-Z0-9]{1,9}::[A-Z][A-Z0-9]{1,9}"


def _build() -> PatternSet:
    lex = load_lexicon(__package__, "biomarkers.yaml", {"id", "names", "why"}, {"needs_status"})
    alternatives = [(p, (str(e["id"]), bool(e.get("needs_status", False))), True)
                    for e in lex.entries for p in as_list(e["names"])]
    alternatives.append((_WRITTEN_FUSION, (None, False), True))
    return PatternSet(alternatives)


_PATTERNS = _build()


def find_biomarkers(text: str) -> list[BiomarkerHit]:
    out = []
    for h in _PATTERNS.finditer(text):
        symbol, needs_status = h.payload
        symbol = symbol or h.match.group(0)
        status, end = _status_after(text, h.end)
        if status != "negative" and _ABSENT_BEFORE.search(text, max(0, h.start - 24), h.start) \
                and not _WORD_GOES_ON.match(text, h.end):
            status = "negative"
        if status is None:
            status = _status_before(text, h.start)
        if status is None and needs_status:
            continue
        out.append(BiomarkerHit(h.start, end, symbol, status))
    return out


def _status_after(text: str, end: int) -> tuple[str | None, int]:
    for status, pattern in _STATUS_AFTER:
        m = pattern.match(text, end)
        if m:
            return status, m.end()
    return None, end


def _status_before(text: str, start: int) -> str | None:
    for status, pattern in _STATUS_BEFORE:
        if pattern.search(text, max(0, start - 20), start):
            return status
    return None
