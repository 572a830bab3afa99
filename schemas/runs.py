"""Schema of `runs`: one line of history per pipeline run, with per-table row counts."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.checks import ordered_or_missing, row_rule
from schemas.fields import column, primary_key


def _count(table: str):
    return column(f"Rows in `{table}` after the run.", nullable=True, ge=0)


class RunsModel(pa.DataFrameModel):
    """One row per pipeline run that published the warehouse."""

    run_id: Series[str] = primary_key("Identifier of the run.", pattern=None)
    started_at: Series[pd.DatetimeTZDtype] = column("When the run started (UTC).",
                                                    dtype_kwargs={"unit": "ns", "tz": "UTC"})
    finished_at: Series[pd.DatetimeTZDtype] = column("When the run finished publishing (UTC).", nullable=True,
                                                     dtype_kwargs={"unit": "ns", "tz": "UTC"})
    pipeline_version: Series[str] = column("Version of oncocurate that ran.")
    n_articles_seen: Series[pd.Int64Dtype] = column("Article files found under --source.", ge=0)
    n_articles_processed: Series[pd.Int64Dtype] = column("Articles (re-)parsed and extracted by this run.", ge=0)
    n_articles_skipped: Series[pd.Int64Dtype] = column("Unchanged articles whose rows were reused from the "
                                                       "previous warehouse.", nullable=True, ge=0)
    n_articles_rejected: Series[pd.Int64Dtype] = column("Files rejected as articles (quarantined).", nullable=True,
                                                        ge=0)
    n_articles_removed: Series[pd.Int64Dtype] = column("Articles whose files disappeared since the previous run "
                                                       "(their rows were withdrawn).", nullable=True, ge=0)
    n_quarantined: Series[pd.Int64Dtype] = column("Rows quarantined by this run.", ge=0)
    vocabulary_versions: Series[str] = column("Versions of the vocabularies behind the ids, as JSON "
                                              "(e.g. {\"drugbank\": \"5.1.12\"}).", nullable=True)
    n_rows_articles: Series[pd.Int64Dtype] = _count("articles")
    n_rows_sentences: Series[pd.Int64Dtype] = _count("sentences")
    n_rows_drugs: Series[pd.Int64Dtype] = _count("drugs")
    n_rows_drug_mentions: Series[pd.Int64Dtype] = _count("drug_mentions")
    n_rows_conditions: Series[pd.Int64Dtype] = _count("conditions")
    n_rows_condition_mentions: Series[pd.Int64Dtype] = _count("condition_mentions")
    n_rows_indications: Series[pd.Int64Dtype] = _count("indications")
    n_rows_trial_results: Series[pd.Int64Dtype] = _count("trial_results")
    n_rows_guideline_recommendations: Series[pd.Int64Dtype] = _count("guideline_recommendations")
    n_rows_regimens: Series[pd.Int64Dtype] = _count("regimens")
    n_rows_references: Series[pd.Int64Dtype] = _count("references")
    n_rows_changes: Series[pd.Int64Dtype] = _count("changes")
    n_rows_quarantine: Series[pd.Int64Dtype] = _count("quarantine")

    @row_rule("started_at <= finished_at")
    def times_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return ordered_or_missing(df["started_at"], df["finished_at"])

    class Config:
        strict = True
        coerce = True
