"""Schema of `conditions`: the disease dimension, restricted to conditions seen in the corpus."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas import vocabularies as vocab
from schemas.fields import column, primary_key, string_list


class ConditionsModel(pa.DataFrameModel):
    """One row per condition mentioned in at least one article."""

    condition_id: Series[str] = primary_key("Lower-case English disease name joined by '-', from the condition "
                                            "vocabulary.", vocab.SLUG)
    name: Series[str] = column("Display name of the condition.")
    abbreviations: Series[object] = string_list("Abbreviations that stand for the condition (e.g. AML).")
    parent_id: Series[str] = column("condition_id of the broader condition (e.g. APL -> AML).", nullable=True,
                                    str_matches=vocab.SLUG)
    icd10: Series[str] = column("ICD-10 code, from a real code set.", nullable=True, str_matches=vocab.ICD10)
    oncotree_code: Series[str] = column("OncoTree code of the tumour type (release in the run manifest; OncoTree, "
                                        "Memorial Sloan Kettering, CC BY 4.0).", nullable=True,
                                        str_matches=r"^[A-Z0-9_/]{2,16}$")
    ncit_code: Series[str] = column("NCI Thesaurus code of the condition, as OncoTree gives it, else as Mondo "
                                    "maps the disease exactly (release in the run manifest).", nullable=True,
                                    str_matches=r"^C[0-9]{2,7}$")
    umls_cui: Series[str] = column("UMLS concept unique identifier of the condition, as OncoTree gives it, "
                                   "else as Mondo maps the disease exactly.",
                                   nullable=True, str_matches=r"^C(?:L|N)?[0-9]{6,7}$")
    n_articles: Series[pd.Int64Dtype] = column("Number of articles that mention the condition.", ge=0)

    class Config:
        strict = True
        coerce = True
