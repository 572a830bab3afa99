"""Schema of `condition_mentions`: where each condition is named, with qualifiers read on the mention."""
from __future__ import annotations

from pandera.typing import Series

from schemas import vocabularies as vocab
from schemas.fields import column, vocabulary
from schemas.provenance import SpanModel


class ConditionMentionsModel(SpanModel):
    """One row per condition mention: a span of clean text that names a disease."""

    surface: Series[str] = column("The mention as written, e.g. an abbreviation.")
    condition_id: Series[str] = column("Condition the mention resolves to.", str_matches=vocab.SLUG)
    lineage: Series[str] = vocabulary("Cell lineage stated on the mention (e.g. B-ALL).", vocab.LINEAGE)
    subtype: Series[str] = column("Subtype stated on the mention (phase, form), e.g. 'chronic phase'.",
                                  nullable=True)
    section: Series[str] = column("Section (nearest heading) of the sentence holding the mention.", nullable=True)

    class Config:
        strict = True
        coerce = True
        unique = ["article_id", "char_start", "char_end", "condition_id"]
