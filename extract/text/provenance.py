"""Provenance columns shared by every fact row: where in the article a claim was read."""
from __future__ import annotations

from sources.model import Sentence


def provenance(sentence: Sentence, start: int | None = None, end: int | None = None) -> dict:
    """Provenance of a row read from `sentence` (optionally a narrower span of it)."""
    return {
        "article_id": sentence.article_id,
        "sentence_id": sentence.sentence_id,
        "char_start": sentence.char_start if start is None else start,
        "char_end": sentence.char_end if end is None else end,
        "evidence": sentence.text,
    }
