"""Schema of `changes`: what a run added, removed or changed compared with the previous warehouse."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas import vocabularies as vocab
from schemas.fields import column, primary_key, vocabulary


class ChangesModel(pa.DataFrameModel):
    """One row per fact that a run added, removed or changed (e.g. an indication whose status moved)."""

    change_id: Series[str] = primary_key("Stable id over run_id, table_name, change_type and entity_key.")
    run_id: Series[str] = column("Run that observed the change.")
    table_name: Series[str] = column("Table of the changed fact, e.g. indications.")
    change_type: Series[str] = vocabulary("Kind of change.", vocab.CHANGE_TYPE, nullable=False)
    entity_key: Series[str] = column("Key of the fact that changed (e.g. drug_id|condition_id|negated).")
    article_id: Series[str] = column("Article whose (re-)processing produced the change.", nullable=True,
                                     str_matches=vocab.ARTICLE_ID)
    drug_id: Series[str] = column("Drug of the fact, when it has one.", nullable=True, str_matches=vocab.SLUG)
    condition_id: Series[str] = column("Condition of the fact, when it has one.", nullable=True,
                                       str_matches=vocab.SLUG)
    negated: Series[pd.BooleanDtype] = column("Polarity of the fact, when it has one.", nullable=True)
    status_before: Series[str] = column("Status before the run (null when added).", nullable=True)
    status_after: Series[str] = column("Status after the run (null when removed).", nullable=True)
    evidence: Series[str] = column("Sentence supporting the fact after the run (before it, when removed).",
                                   nullable=True)
    created_at: Series[pd.DatetimeTZDtype] = column("When the change was recorded (UTC).",
                                                    dtype_kwargs={"unit": "ns", "tz": "UTC"})

    class Config:
        strict = True
        coerce = True
