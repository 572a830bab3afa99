"""Modality of a clause from data (`lexicons/modality.yaml`): hypothetical, conditional, historical, reported.

Read on demand for a frame (`Frame.modality`): the indication status rules still take their
hypothetical / historical wording from the negation lexicon's `hypothetical` kind, which this reading
names explicitly; nothing in the pipeline pays for it until a consumer asks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.reading.cues import LexiconError, compile_entry, entries

MODALITIES = ("hypothetical", "conditional", "historical", "reported")


@dataclass(frozen=True)
class ModalityCue:
    modality: str  # one of MODALITIES
    cue_id: str
    text: str


@lru_cache(maxsize=1)
def modality_cues() -> tuple[tuple[str, str, re.Pattern], ...]:
    name = "modality.yaml"
    out = []
    for e in entries(__package__, name, {"id", "modality", "pattern"}):
        if e["modality"] not in MODALITIES:
            raise LexiconError(f"{name}: {e['id']}: unknown modality {e['modality']!r}")
        out.append((e["modality"], e["id"], compile_entry(name, e)))
    return tuple(out)


def read_modality(text: str, start: int = 0, end: int | None = None) -> tuple[ModalityCue, ...]:
    """The modality cues of text[start:end], in the order written (one per modality: the first)."""
    end = len(text) if end is None else end
    clause = text[start:end]
    found: dict[str, tuple[int, ModalityCue]] = {}
    for modality, cue_id, rx in modality_cues():
        m = rx.search(clause)
        if m and (modality not in found or m.start() < found[modality][0]):
            found[modality] = (m.start(), ModalityCue(modality, cue_id, m.group(0).strip(" ,;")))
    return tuple(cue for _, cue in sorted(found.values(), key=lambda f: f[0]))
