"""What a sentence says about trial results (`Reading`) and each candidate result (`Draft`).

The model shared by the reading, arm assignment and selection steps of `extract.trials`.
"""
from __future__ import annotations

from dataclasses import dataclass

from extract.trials.arms import Arm, DrugSpan
from extract.trials.endpoints import EndpointMention


@dataclass
class Reading:
    """What one sentence says, before context is applied."""

    index: int
    sentence: object
    drugs: list[DrugSpan]
    endpoints: list[EndpointMention]
    comparator: Arm | None
    experimental: Arm | None
    label_arm: Arm | None
    stats: tuple
    lead: "Reading | None" = None
    table_header: "Reading | None" = None  # the header row of the flattened table this row is in
    table_layout: object = None  # on a header row: what each column holds (extract.trials.tables.Layout)
    stratum: Arm | None = None  # a drug naming the stratum the figures are for ("in the imatinib stratum")


@dataclass
class Draft:
    """One candidate result, with the keys used to pair and deduplicate it."""

    reading: Reading
    endpoint: str
    measure: str
    values: list
    unit: str | None
    hr: object
    p: object
    time_point: str | None
    qualitative: bool
    role: str = "experimental"  # or "comparator" (a one-arm statement about the comparator)
    drug_id: str | None = None
    signature: tuple = ()
    comparator: str | None = None
    comparator_value: float | None = None
    follow_up: object = None  # the next sentence, when it gave only this result's hazard ratio
    trial: str | None = None  # the trial it is a result of (TrialContext.trial_of)
    cohort: tuple = ()  # the conditions its own sentence names ("among 120 patients with follicular lymphoma")

    @property
    def value(self):
        return self.values[0].value if self.values else None
