"""Schema of `articles`: one row per source file that became an article."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine
from pandera.typing import Series

from schemas import vocabularies as vocab
from schemas.checks import row_rule
from schemas.fields import column, primary_key, vocabulary


class ArticlesModel(pa.DataFrameModel):
    """One row per article: a source file after decoding, main-text extraction and boilerplate removal."""

    article_id: Series[str] = primary_key("First 16 hex chars of sha256 of the raw file bytes.", vocab.ARTICLE_ID)
    source_path: Series[str] = column("Path of the file relative to the --source folder (POSIX separators).")
    source_url: Series[str] = column("URL of the page, from the file or its HTML metadata.", nullable=True)
    publisher: Series[str] = column("Organisation that published the article.", nullable=True)
    title: Series[str] = column("Title of the article.", nullable=True)
    audience: Series[str] = vocabulary("Intended reader.", vocab.AUDIENCE, nullable=False)
    published_date: Series[pandas_engine.Date] = column("Date first published, as stated by the page.", nullable=True)
    updated_date: Series[pandas_engine.Date] = column("Date last updated, as stated by the page.", nullable=True)
    reviewed_date: Series[pandas_engine.Date] = column("Date last medically reviewed, as stated by the page.",
                                                       nullable=True)
    language: Series[str] = column("Language of the clean text (ISO 639-1 code).")
    raw_sha256: Series[str] = column("sha256 of the raw file bytes (hex).", str_matches=vocab.SHA256)
    n_chars_raw: Series[pd.Int64Dtype] = column("Length of the decoded raw file in characters.", ge=0)
    clean_text: Series[str] = column("Main content only, without banners, menus, widgets or site-wide disclaimers; "
                                     "all char offsets index this text.")
    n_chars_clean: Series[pd.Int64Dtype] = column("Length of clean_text in characters.", ge=0)
    ingested_at: Series[pd.DatetimeTZDtype] = column("When the pipeline first read this file (UTC).",
                                                     dtype_kwargs={"unit": "ns", "tz": "UTC"})
    pipeline_version: Series[str] = column("Version of oncocurate that produced the row.")

    @row_rule("n_chars_clean = length of clean_text")
    def clean_length_matches(cls, df: pd.DataFrame) -> pd.Series:
        return df["clean_text"].str.len() == df["n_chars_clean"]

    class Config:
        strict = True
        coerce = True
