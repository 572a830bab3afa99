"""Provenance columns: where in `articles.clean_text` a row was read.

`SpanModel` is shared by mention tables (which carry the surface text instead of the
sentence); `ProvenanceModel` adds the evidence sentence and is inherited by every fact table.
"""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas import vocabularies as vocab
from schemas.checks import row_rule
from schemas.fields import column


class SpanModel(pa.DataFrameModel):
    """Columns locating a span of one article's clean text."""

    article_id: Series[str] = column("Article the row was read from (first 16 hex chars of sha256 of the raw file).",
                                     str_matches=vocab.ARTICLE_ID)
    sentence_id: Series[str] = column("Sentence the row was read from: article_id + ':' + ordinal.",
                                      str_matches=vocab.SENTENCE_ID)
    char_start: Series[pd.Int64Dtype] = column("Start offset (inclusive) into articles.clean_text.", ge=0)
    char_end: Series[pd.Int64Dtype] = column("End offset (exclusive) into articles.clean_text.", ge=0)

    @row_rule("char_start <= char_end")
    def span_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df["char_start"] <= df["char_end"]


class ProvenanceModel(SpanModel):
    """Provenance of a fact row: its span plus the sentence that states it."""

    evidence: Series[str] = column("The sentence text the fact was read from (verbatim from clean_text).")
