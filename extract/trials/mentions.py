"""Entity mentions grouped by sentence once per article.

`ArticleEntities.in_sentence` scans every mention for every sentence; the trial and regimen
extractors look at most sentences, so they index the mentions once instead (linear work).
"""
from __future__ import annotations

from collections import defaultdict


class SentenceMentions:
    """Mentions of one article keyed by sentence id, in text order."""

    def __init__(self, entities):
        self._by_sentence: dict[str, list] = defaultdict(list)
        for m in entities.mentions:
            if m.sentence_id is not None:
                self._by_sentence[m.sentence_id].append(m)

    def of(self, sentence, kind: str | None = None) -> list:
        found = self._by_sentence.get(sentence.sentence_id, ())
        return [m for m in found if kind is None or m.kind == kind]
