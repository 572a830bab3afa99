"""Schema of `quarantine`: rows (and files) that failed validation, kept for review."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas import vocabularies as vocab
from schemas.fields import column


class QuarantineModel(pa.DataFrameModel):
    """One row per rejected row or file: nothing that fails validation is dropped silently."""

    table_name: Series[str] = column("Table the row was meant for ('articles' for rejected files).")
    article_id: Series[str] = column("Article the row came from, when known.", nullable=True,
                                     str_matches=vocab.ARTICLE_ID)
    row_json: Series[str] = column("The rejected row as JSON with sorted keys, exactly as produced.")
    failed_check: Series[str] = column("Readable name of every failed check ('column: check'), joined by '; '.")
    run_id: Series[str] = column("Run that quarantined the row.")
    created_at: Series[pd.DatetimeTZDtype] = column("When the row was quarantined (UTC).",
                                                    dtype_kwargs={"unit": "ns", "tz": "UTC"})

    class Config:
        strict = True
        coerce = True
