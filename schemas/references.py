"""Schema of `references`: the article's cited works."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas import vocabularies as vocab
from schemas.fields import column


class ReferencesModel(pa.DataFrameModel):
    """One row per cited reference of an article.

    `references` is an SQL keyword: quote the table name in queries (select * from "references").
    """

    article_id: Series[str] = column("Article whose reference list holds the reference.",
                                     str_matches=vocab.ARTICLE_ID)
    ordinal: Series[pd.Int64Dtype] = column("Position of the reference in the article's reference list.", ge=0)
    title: Series[str] = column("Title of the cited work.", nullable=True)
    container: Series[str] = column("Journal, book or site the work appeared in.", nullable=True)
    year: Series[pd.Int64Dtype] = column("Publication year.", nullable=True, ge=1800, le=2100)
    doi: Series[str] = column("DOI without resolver prefix, normalised (a DOI written without '10.' is "
                              "repaired).", nullable=True, str_matches=vocab.DOI)
    url: Series[str] = column("URL given for the work.", nullable=True)
    raw: Series[str] = column("The reference as written.")

    class Config:
        strict = True
        coerce = True
        unique = ["article_id", "ordinal"]
