"""Intervention mentions: drug classes and non-drug treatments from the contract's vocabulary
(lexicons/interventions.yaml), longest match first, whole words only."""
from __future__ import annotations

from dataclasses import dataclass

from extract.text.lexicon_files import as_list, load_lexicon
from extract.entities.patterns import PatternSet


@dataclass(frozen=True)
class InterventionHit:
    start: int
    end: int
    intervention_id: str
    attrs: dict


def _build() -> tuple[PatternSet, frozenset[str]]:
    lex = load_lexicon(__package__, "interventions.yaml", {"id", "patterns"}, {"case_sensitive", "extension", "why"})
    alternatives = [(p, e["id"], bool(e.get("case_sensitive", False)))
                    for e in lex.entries for p in as_list(e["patterns"])]
    return PatternSet(alternatives), frozenset(e["id"] for e in lex.entries)


_PATTERNS, INTERVENTION_IDS = _build()


def find_interventions(text: str) -> list[InterventionHit]:
    """Non-overlapping intervention mentions ("maintenance chemotherapy" is one mention)."""
    hits = []
    for h in _PATTERNS.finditer(text):
        attrs = {}
        if h.payload == "allogeneic-hsct" and "allo" not in h.match.group(0).lower():
            attrs = {"stated": "unqualified"}  # "stem cell transplant" without allo-/auto-
        hits.append(InterventionHit(h.start, h.end, h.payload, attrs))
    return hits
