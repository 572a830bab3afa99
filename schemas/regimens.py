"""Schema of `regimens`: dosing schedules stated in the text."""
from __future__ import annotations

import pandas as pd
from pandera.typing import Series

from schemas import vocabularies as vocab
from schemas.checks import ordered_or_missing, row_rule
from schemas.fields import column, primary_key, vocabulary
from schemas.provenance import ProvenanceModel


class RegimensModel(ProvenanceModel):
    """One row per dosing schedule of one drug stated in a sentence."""

    regimen_id: Series[str] = primary_key("Stable id over the regimen's defining fields.")
    drug_id: Series[str] = column("Drug the schedule is for.", str_matches=vocab.SLUG)
    route: Series[str] = vocabulary("Route of administration; null when a schedule is stated without one.",
                                    vocab.ROUTE)
    frequency: Series[str] = column("How often, e.g. daily, weekly, continuous.", nullable=True)
    treatment_days: Series[pd.Int64Dtype] = column("Days of treatment per cycle.", nullable=True, ge=0)
    rest_days: Series[pd.Int64Dtype] = column("Days without treatment per cycle.", nullable=True, ge=0)
    cycle_days: Series[pd.Int64Dtype] = column("Length of one cycle in days.", nullable=True, gt=0)
    infusion_hours: Series[float] = column("Duration of one infusion in hours.", nullable=True, gt=0)
    description: Series[str] = column("The schedule as written.", nullable=True)

    @row_rule("treatment_days <= cycle_days")
    def treatment_fits_cycle(cls, df: pd.DataFrame) -> pd.Series:
        return ordered_or_missing(df["treatment_days"], df["cycle_days"])

    class Config:
        strict = True
        coerce = True
