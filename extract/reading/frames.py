"""The frame: what one clause (or one directive statement) asserts, as every fact extractor reads it.

A frame holds the predicate class of the claim, its polarity with explicit negation scopes, its
modality, its arguments by role and its links to context. Indication rows are built from frames of
clauses (`roles.read_clause`); recommendation rows from frames of directive statements
(`directives`). Offsets are relative to the sentence.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from extract.entities.mentions import Mention
from extract.reading.modality import ModalityCue, read_modality
from extract.reading.predicates import predicate_class




@dataclass(frozen=True)
class NegationScope:
    """A negation trigger and the stretch it negates (ConText): from `start` to `end`, which is the
    clause end or the start of a termination cue (`terminated_by`: "clause-end" or the cue's id)."""

    trigger: str
    cue_id: str
    kind: str  # predicate (the claim is denied) or constituent (only the phrase after the trigger)
    direction: str  # forward, backward or bidirectional
    start: int
    end: int
    terminated_by: str = "clause-end"


@dataclass
class ContextLinks:
    """Where a frame may take what its clause leaves out: the page and the structure around it."""

    page_title: str | None = None
    page_drug: str | None = None
    page_disease: str | None = None
    heading: str | None = None
    lead_in: object | None = None  # the lead-in of the list or table the clause is an item of (its Frame)
    anaphor: str | None = None  # "this drug", "the combination", "it": the words that point back


@dataclass
class Frame:
    """One clause's claim (offsets relative to the sentence); the fields up to `core_text` are the
    role reading of `roles.read_clause`, the rest is the explicit frame."""

    start: int
    end: int
    principal: list[tuple[str, int]] = field(default_factory=list)  # (drug_id, offset)
    partners: list[tuple[str, int]] = field(default_factory=list)
    comparators: list[tuple[str, int]] = field(default_factory=list)
    negated_drugs: list[tuple[str, int]] = field(default_factory=list)
    conditions: list[Mention] = field(default_factory=list)
    negated_conditions: list[Mention] = field(default_factory=list)
    biomarkers: list[tuple[str, str | None, int]] = field(default_factory=list)  # (symbol, status, offset)
    variants: dict[int, str] = field(default_factory=dict)  # biomarker offset -> named variant or cut-off
    interventions: list[str] = field(default_factory=list)
    has_entities: bool = False
    status: str | None = None  # strongest positive status cue (negations ignored)
    status_needs_condition: bool = False  # the status came from trial / efficacy wording only
    negation: str | None = None  # not_indicated / not_recommended when the claim is negated
    negation_cue: str | None = None
    constituent_cue: str | None = None
    hypothetical: bool = False
    uncertain: bool = False  # a negation word no cue explains: say nothing
    anaphor: bool = False
    no_condition: bool = False
    supportive: bool = False  # "... to prevent infections": supportive care, not an indication
    respectively: bool = False
    # "X alone, a regimen that is not approved for A": a closing relative clause negating the use just
    # named; (negation status, cue, conditions it names) for the clause's drugs
    restriction: tuple[str, str, list[Mention]] | None = None
    group_anaphor: bool = False  # "the combination", "this regimen": the drugs named together before
    arms: bool = False  # "were randomised to X or Y", "was compared with": the clause gives a trial's arms
    core_text: str = ""  # the clause with prior / circumstance / dropped stretches blanked
    # --- the explicit frame
    text: str = ""  # the sentence the offsets point into
    negations: list[NegationScope] = field(default_factory=list)
    predicate_cue: str | None = None  # id of the negation cue that made the predicate class, if any
    direction: str | None = None  # a directive's strength: recommended / consider / option / not_recommended
    spans: list[tuple[int, int]] = field(default_factory=list)  # directives: where arguments are read
    imperative: bool = False  # directives: an imperative verb ("Give X", "Do not use Y")
    links: ContextLinks = field(default_factory=ContextLinks)

    @property
    def polarity(self) -> str:
        """negative when a predicate negation denies the claim, uncertain when a negation word no
        cue explains stands in the clause, else positive."""
        if self.negation or self.direction == "not_recommended":
            return "negative"
        return "uncertain" if self.uncertain else "positive"

    @property
    def predicate(self) -> str | None:
        return predicate_class(self)

    @cached_property
    def modality(self) -> tuple[ModalityCue, ...]:
        """Read on demand (no extractor needs it yet, so the pipeline pays nothing for it)."""
        return read_modality(self.text, self.start, self.end)

    @property
    def drugs(self) -> list[str]:
        """The clause's own drugs, coordinated lists in order, without repeats."""
        return list(dict.fromkeys(d for d, _ in self.principal))

    def linked_drugs(self) -> list[str]:
        """The clause's drugs, else those its anaphor or its list lead-in points to."""
        if self.drugs:
            return self.drugs
        if self.links.anaphor and self.links.page_drug:
            return [self.links.page_drug]
        lead = self.links.lead_in
        return lead.linked_drugs() if isinstance(lead, Frame) else []
