"""Schema of `drugs`: the drug dimension, restricted to drugs seen in the corpus."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas import vocabularies as vocab
from schemas.fields import column, primary_key, string_list


class DrugsModel(pa.DataFrameModel):
    """One row per drug mentioned in at least one article."""

    drug_id: Series[str] = primary_key("Lower-case INN generic name, words joined by '-', salt forms dropped.",
                                       vocab.SLUG)
    name: Series[str] = column("Display name of the drug.")
    brand_names: Series[object] = string_list("Brand (trade) names that resolve to this drug.")
    synonyms: Series[object] = string_list("Other names and code names that resolve to this drug.")
    drug_classes: Series[object] = string_list("Intervention ids of the classes the drug belongs to.",
                                               "list_of_slugs")
    targets: Series[object] = string_list("Biomarker symbols the drug acts on (HGNC, fusions with '::').",
                                          "list_of_symbols")
    drugbank_id: Series[str] = column("DrugBank accession (DBnnnnn), from a versioned vocabulary.", nullable=True,
                                      str_matches=vocab.DRUGBANK_ID)
    mesh_id: Series[str] = column("MeSH descriptor or supplementary concept id.", nullable=True,
                                  str_matches=vocab.MESH_ID)
    chembl_id: Series[str] = column("ChEMBL compound id (CHEMBLn): PharmGKB's cross-reference, else the ChEMBL "
                                    "36 compound of that preferred name (none for most antibodies).", nullable=True,
                                    str_matches=vocab.CHEMBL_ID)
    rxcui: Series[str] = column("RxNorm concept unique identifier, as PharmGKB lists it (sparse for drugs "
                                "approved since about 2019).", nullable=True, str_matches=vocab.RXCUI)
    atc_codes: Series[object] = string_list("WHO ATC codes of the drug (level 5), as PharmGKB lists them; some "
                                           "are the codes before the 2022 revision of L01.", "list_of_atc_codes")
    unii: Series[str] = column("FDA Unique Ingredient Identifier.", nullable=True, str_matches=vocab.UNII)
    n_articles: Series[pd.Int64Dtype] = column("Number of articles that mention the drug.", ge=0)
    n_mentions: Series[pd.Int64Dtype] = column("Number of mentions of the drug across all articles.", ge=0)

    class Config:
        strict = True
        coerce = True
