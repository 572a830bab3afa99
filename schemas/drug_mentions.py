"""Schema of `drug_mentions`: where each drug is named."""
from __future__ import annotations

from pandera.typing import Series

from schemas import vocabularies as vocab
from schemas.fields import column
from schemas.provenance import SpanModel


class DrugMentionsModel(SpanModel):
    """One row per drug mention: a span of clean text that names a drug (generic, brand or code name)."""

    surface: Series[str] = column("The mention as written, e.g. a brand name.")
    drug_id: Series[str] = column("Drug the mention resolves to.", str_matches=vocab.SLUG)
    section: Series[str] = column("Section (nearest heading) of the sentence holding the mention.", nullable=True)

    class Config:
        strict = True
        coerce = True
        unique = ["article_id", "char_start", "char_end", "drug_id"]
