"""Schema of `sentences`: the units every fact row points back to."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas import vocabularies as vocab
from schemas.checks import row_rule
from schemas.fields import column, primary_key


class SentencesModel(pa.DataFrameModel):
    """One row per sentence (or list item / heading line) of an article's clean text."""

    sentence_id: Series[str] = primary_key("article_id + ':' + ordinal.", vocab.SENTENCE_ID)
    article_id: Series[str] = column("Article the sentence belongs to.", str_matches=vocab.ARTICLE_ID)
    ordinal: Series[pd.Int64Dtype] = column("Position of the sentence in the article, from 0.", ge=0)
    section: Series[str] = column("Nearest heading above the sentence, or 'references' inside the reference list.",
                                  nullable=True)
    char_start: Series[pd.Int64Dtype] = column("Start offset (inclusive) into articles.clean_text.", ge=0)
    char_end: Series[pd.Int64Dtype] = column("End offset (exclusive) into articles.clean_text.", ge=0)
    text: Series[str] = column("The sentence: articles.clean_text[char_start:char_end].")

    @row_rule("char_start <= char_end")
    def span_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df["char_start"] <= df["char_end"]

    @row_rule("sentence_id = article_id:ordinal")
    def id_matches_parts(cls, df: pd.DataFrame) -> pd.Series:
        return df["sentence_id"] == df["article_id"] + ":" + df["ordinal"].astype("string")

    class Config:
        strict = True
        coerce = True
        unique = ["article_id", "ordinal"]
