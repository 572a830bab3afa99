"""Which drug of a claim goes with which condition: "respectively" lists, "X for A, and Y for B"
interleaving, and two parent conditions joined into the overlap the article names ("CLL/SLL").

Kept apart from the row builder because it is pure: mentions in, (drug, condition, biomarker) out.
"""
from __future__ import annotations

import re

from extract.entities.mentions import Mention
from extract.indications.context import merged_conditions
from extract.indications.cues import OVERLAP_CONDITIONS
from extract.reading.frames import Frame


def pair(c: Frame, drugs: list[str], positions: dict[str, int], conditions: list[Mention]):
    """(drug, condition mention, biomarker) triples; "respectively" pairs items in order."""
    distinct = merged_conditions(conditions)
    if c.respectively and len(drugs) > 1:
        if len(distinct) == len(drugs):
            return [(d, m, None) for d, m in zip(drugs, distinct)]
        markers = list(dict.fromkeys(b for b, _, _ in c.biomarkers))
        if len(markers) == len(drugs):
            by_marker = {}
            for b, st, p in c.biomarkers:
                by_marker.setdefault(b, (b, st, p))
            return [(d, m, by_marker[b]) for d, b in zip(drugs, markers) for m in distinct]
    return interleaved(drugs, positions, conditions) or [(d, m, None) for d in drugs for m in distinct]


def interleaved(drugs: list[str], positions: dict[str, int], conditions: list[Mention]):
    """ "X for A, and Y for B": each condition goes to the drugs named just before it."""
    if len(drugs) < 2 or len({m.id for m in conditions}) < 2:
        return None
    events = sorted([(positions[d], 0, d) for d in drugs if d in positions]
                    + [(m.start, 1, m) for m in conditions], key=lambda e: e[0])
    if events[0][1] == 1:
        return None  # a condition before any drug: it frames them all
    pairs, group, last_was_condition = [], [], False
    for _, kind, item in events:
        if kind == 0:
            group = [item] if last_was_condition else group + [item]
            last_was_condition = False
        else:
            pairs.extend((d, item, None) for d in group)
            last_was_condition = True
    owners = {d for d, _, _ in pairs}
    if len(owners) < len(drugs) or all(len({p[1].id for p in pairs if p[0] == d}) == len(
            {m.id for m in conditions}) for d in drugs):
        return None
    seen, out = set(), []
    for d, m, b in pairs:
        if (d, m.id) not in seen:
            seen.add((d, m.id))
            out.append((d, m, b))
    return out


def merge_overlaps(conditions: list[Mention], clean_text: str, article_conditions) -> list[Mention]:
    """Two parent conditions joined by "/" (or by "and" where the article names the overlap)."""
    if len(conditions) < 2:
        return conditions
    out = list(conditions)
    for parts, overlap in OVERLAP_CONDITIONS.items():
        found = [m for m in out if m.id in parts]
        if len({m.id for m in found}) < 2:
            continue
        found.sort(key=lambda m: m.start)
        first = found[0]
        second = next(m for m in found if m.id != first.id)
        gap = clean_text[first.end:second.start]
        joined = "/" in gap and len(gap) < 40
        anded = re.search(r"\b(?:and|or)\b", gap) and overlap in article_conditions and len(gap) < 40
        if joined or anded:
            merged = Mention("condition", overlap, first.start, second.end,
                             clean_text[first.start:second.end], first.sentence_id, {})
            out = [m for m in out if m.id not in parts] + [merged]
    return out
