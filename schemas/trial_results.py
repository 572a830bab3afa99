"""Schema of `trial_results`: numbers reported for one endpoint of one trial."""
from __future__ import annotations

import pandas as pd
from pandera.typing import Series

from schemas import vocabularies as vocab
from schemas.checks import ordered_or_missing, row_rule
from schemas.fields import column, primary_key, vocabulary
from schemas.provenance import ProvenanceModel


class TrialResultsModel(ProvenanceModel):
    """One row per endpoint result (per time point or stratum when several are reported)."""

    result_id: Series[str] = primary_key("Stable id over the result's defining fields (extract.text.row_ids).")
    trial_name: Series[str] = column("Trial acronym or registry id (e.g. NCT number).", nullable=True)
    phase: Series[str] = column("Trial phase as written, e.g. '3' or '1/2'.", nullable=True)
    drug_id: Series[str] = column("Drug of the experimental arm.", str_matches=vocab.SLUG)
    comparator: Series[str] = column("Comparator arm: a drug id, 'placebo', or text.", nullable=True)
    condition_id: Series[str] = column("Condition studied.", nullable=True, str_matches=vocab.SLUG)
    biomarker: Series[str] = column("Biomarker defining the trial population.", nullable=True,
                                    str_matches=vocab.SYMBOL)
    setting: Series[str] = vocabulary("Line or phase of treatment studied.", vocab.SETTING)
    line_of_therapy: Series[str] = vocabulary("Line of therapy the result is for: first-line, second-line or "
                                              "later-line (third line or later, 'after two or more prior "
                                              "therapies'); null when the text names none.", vocab.LINE_OF_THERAPY)
    age_min: Series[float] = column("Minimum age of participants in years.", nullable=True, ge=0, le=130)
    age_max: Series[float] = column("Maximum age of participants in years.", nullable=True, ge=0, le=130)
    n_patients: Series[pd.Int64Dtype] = column("Number of patients in the analysis.", nullable=True, gt=0)
    endpoint: Series[str] = column("Endpoint slug from the contract vocabulary (e.g. overall-survival).",
                                   str_matches=vocab.SLUG)
    measure: Series[str] = vocabulary("What the value measures.", vocab.MEASURE, nullable=False)
    value: Series[float] = column("Result in the experimental arm; null for a median 'not reached'.",
                                  nullable=True)
    comparator_value: Series[float] = column("Result in the comparator arm.", nullable=True)
    unit: Series[str] = vocabulary("Unit of value and comparator_value.", vocab.UNIT)
    hazard_ratio: Series[float] = column("Hazard ratio, experimental vs comparator.", nullable=True, gt=0)
    ci_low: Series[float] = column("Lower bound of the hazard ratio's confidence interval.", nullable=True, gt=0)
    ci_high: Series[float] = column("Upper bound of the hazard ratio's confidence interval.", nullable=True, gt=0)
    p_value: Series[float] = column("P value as written.", nullable=True, ge=0, le=1)
    p_operator: Series[str] = vocabulary("Relation of the true p to p_value ('p < 0.001' is '<').",
                                         vocab.P_OPERATOR)

    @row_rule("ci_low <= hazard_ratio <= ci_high")
    def ci_contains_hazard_ratio(cls, df: pd.DataFrame) -> pd.Series:
        return (ordered_or_missing(df["ci_low"], df["hazard_ratio"])
                & ordered_or_missing(df["hazard_ratio"], df["ci_high"])
                & ordered_or_missing(df["ci_low"], df["ci_high"]))

    @row_rule("percent values within 0-100")
    def percent_in_range(cls, df: pd.DataFrame) -> pd.Series:
        def ok(col: str) -> pd.Series:
            return df[col].isna() | df[col].between(0, 100)
        return (df["unit"] != "percent") | (ok("value") & ok("comparator_value"))

    @row_rule("medians positive")
    def medians_positive(cls, df: pd.DataFrame) -> pd.Series:
        def ok(col: str) -> pd.Series:
            return df[col].isna() | (df[col] > 0)
        return (df["measure"] != "median") | (ok("value") & ok("comparator_value"))

    @row_rule("value has a unit")
    def value_has_unit(cls, df: pd.DataFrame) -> pd.Series:
        return (df["value"].isna() & df["comparator_value"].isna()) | df["unit"].notna()

    @row_rule("p_operator only with p_value")
    def operator_has_p(cls, df: pd.DataFrame) -> pd.Series:
        return df["p_operator"].isna() | df["p_value"].notna()

    @row_rule("age_min <= age_max")
    def ages_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return ordered_or_missing(df["age_min"], df["age_max"])

    class Config:
        strict = True
        coerce = True
