"""Schema of `indications`: what a drug is said to be for, with its regulatory / usage status."""
from __future__ import annotations

import pandas as pd
from pandera.typing import Series

from schemas import vocabularies as vocab
from schemas.checks import ordered_or_missing, row_rule
from schemas.fields import column, primary_key, string_list, vocabulary
from schemas.provenance import ProvenanceModel


class IndicationsModel(ProvenanceModel):
    """One row per claim: article × sentence × drug × condition (with its qualifiers and polarity)."""

    indication_id: Series[str] = primary_key("Stable id over the claim's defining fields (extract.text.row_ids).")
    drug_id: Series[str] = column("Drug the claim is about.", str_matches=vocab.SLUG)
    condition_id: Series[str] = column("Condition the drug is claimed for.", str_matches=vocab.SLUG)
    lineage: Series[str] = vocabulary("Cell lineage the claim is restricted to.", vocab.LINEAGE)
    subtype: Series[str] = column("Subtype the claim is restricted to (phase, form), e.g. 'chronic phase'.",
                                  nullable=True)
    biomarker: Series[str] = column("Biomarker the claim depends on (HGNC symbol, fusions with '::').",
                                    nullable=True, str_matches=vocab.SYMBOL)
    biomarker_status: Series[str] = vocabulary("Required state of the biomarker.", vocab.BIOMARKER_STATUS)
    biomarker_variant: Series[str] = column("The named variant of a mutated biomarker, e.g. 'exon 19 deletion', "
                                            "'G12C', 'V600E'.", nullable=True)
    setting: Series[str] = vocabulary("Line or phase of treatment.", vocab.SETTING)
    line_of_therapy: Series[str] = vocabulary("Line of therapy the claim is for: first-line, second-line or "
                                              "later-line (third line or later, 'after two or more prior "
                                              "therapies'); null when the text names none.", vocab.LINE_OF_THERAPY)
    population: Series[str] = vocabulary("Age group the claim is restricted to.", vocab.POPULATION)
    age_min: Series[float] = column("Minimum age in years, when stated.", nullable=True, ge=0, le=130)
    age_max: Series[float] = column("Maximum age in years, when stated.", nullable=True, ge=0, le=130)
    combination: Series[object] = string_list("Intervention ids given together with the drug.", "list_of_slugs")
    status: Series[str] = vocabulary("Strongest status the sentence supports.", vocab.STATUS, nullable=False)
    regulators: Series[object] = string_list("Regulators named as approving (FDA, EMA, Health Canada, ...).")
    negated: Series[bool] = column("True exactly when status is not_indicated or not_recommended.")
    negation_cue: Series[str] = column("The words that made the claim negative (e.g. 'not approved'), "
                                       "for review of polarity.", nullable=True)

    @row_rule("negated exactly for not_indicated/not_recommended")
    def negated_matches_status(cls, df: pd.DataFrame) -> pd.Series:
        return df["negated"].astype(bool) == df["status"].isin(vocab.NEGATED_STATUSES)

    @row_rule("age_min <= age_max")
    def ages_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return ordered_or_missing(df["age_min"], df["age_max"])

    class Config:
        strict = True
        coerce = True
