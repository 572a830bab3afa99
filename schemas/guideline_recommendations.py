"""Schema of `guideline_recommendations`: what a guideline body recommends, as stated in an article."""
from __future__ import annotations

import pandas as pd
from pandera.typing import Series

from schemas import vocabularies as vocab
from schemas.checks import ordered_or_missing, row_rule
from schemas.fields import column, primary_key, string_list, vocabulary
from schemas.provenance import ProvenanceModel


class GuidelineRecommendationsModel(ProvenanceModel):
    """One row per recommendation statement ("A and B for X and Y, respectively" is two rows)."""

    recommendation_id: Series[str] = primary_key("Stable id over the recommendation's defining fields.")
    guideline_body: Series[str] = column("Issuing body, e.g. NCCN, ESMO, ELN, JSH; null when none is given.",
                                         nullable=True)
    guideline_title: Series[str] = column("Title of the guideline document, when named.", nullable=True)
    guideline_year: Series[pd.Int64Dtype] = column("Year of the guideline edition.", nullable=True,
                                                   ge=1900, le=2100)
    condition_id: Series[str] = column("Condition the recommendation is for.", nullable=True,
                                       str_matches=vocab.SLUG)
    lineage: Series[str] = vocabulary("Cell lineage the recommendation is restricted to.", vocab.LINEAGE)
    biomarker: Series[str] = column("Biomarker the recommendation depends on.", nullable=True,
                                    str_matches=vocab.SYMBOL)
    biomarker_status: Series[str] = vocabulary("Required state of the biomarker.", vocab.BIOMARKER_STATUS)
    biomarker_variant: Series[str] = column("The named variant of a mutated biomarker, e.g. 'exon 19 deletion', "
                                            "'G12C', 'V600E'.", nullable=True)
    setting: Series[str] = vocabulary("Line or phase of treatment.", vocab.SETTING)
    line_of_therapy: Series[str] = vocabulary("Line of therapy the recommendation is for: first-line, second-line or "
                                              "later-line (third line or later, 'after two or more prior "
                                              "therapies'); null when the text names none.", vocab.LINE_OF_THERAPY)
    population: Series[str] = vocabulary("Age group the recommendation is for.", vocab.POPULATION)
    age_min: Series[float] = column("Minimum age in years.", nullable=True, ge=0, le=130)
    age_max: Series[float] = column("Maximum age in years.", nullable=True, ge=0, le=130)
    interventions: Series[object] = string_list("Intervention ids recommended (drug ids included).",
                                                "list_of_slugs")
    direction: Series[str] = vocabulary("Force of the recommendation.", vocab.DIRECTION, nullable=False)
    strength: Series[str] = column("Grade as written, e.g. 'I, A'.", nullable=True)
    statement: Series[str] = column("The recommendation clause as written.")

    @row_rule("age_min <= age_max")
    def ages_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return ordered_or_missing(df["age_min"], df["age_max"])

    class Config:
        strict = True
        coerce = True
