"""Which arm of a trial a sentence's figures belong to: the experimental drug and the comparator.

Works on one sentence with its drug mentions (offsets relative to the sentence). A comparator is
what follows a comparison cue ("versus", "compared with", "than with", "against"...): drugs
(joined " + "), `placebo`, or a non-drug arm label from trial_comparators.yaml. The experimental
arm is the first drug outside the comparator phrase, preferring a drug that is "added".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.text.numbers import NUMBER
from extract.trials.vocabulary import comparator_label, comparator_terms, cue_pattern


@dataclass(frozen=True)
class DrugSpan:
    """A drug mention, or (kind "class") a drug-class mention that can only label an arm."""

    start: int
    end: int
    drug_id: str
    kind: str = "drug"
    regimen: str | None = None  # the regimen acronym this member drug was written as ("R-CHOP")


@dataclass(frozen=True)
class Arm:
    """One arm as written: its drugs (in order) and, for a non-drug arm, its label."""

    start: int
    end: int
    drugs: tuple[str, ...]
    label: str  # text for trial_results.comparator

    @property
    def drug_id(self) -> str | None:
        return self.drugs[0] if self.drugs else None

    def lead_drug(self, comparator: "Arm | None") -> str | None:
        """The drug that makes this arm experimental: the first one the comparator lacks
        ("azacitidine plus venetoclax" against "azacitidine alone" is venetoclax)."""
        if comparator is not None:
            for d in self.drugs:
                if d not in comparator.drugs:
                    return d
        return self.drug_id


_SKIP_FIGURE = re.compile(
    rf"\s*(?:(?:those|patients|participants)\s+(?:on|receiving|treated\s+with|given)\s+)?"
    rf"(?:{NUMBER}\s*(?:%|months?|years?|mos?\.?)?\s*(?:\([^)]*\)\s*)?)?"
    rf"(?:(?:for|with|in|on|among|receiving|of|to)\s+)?(?:the\s+|a\s+)?", re.I)
_PAREN_ARM = re.compile(r"\s*\(([^()]{1,60})\)")
_BEFORE_FIGURE = re.compile(r"[\s:=]*$")
_ARM_STOP = re.compile(rf"[;,()\[\]:]|\s(?:and|but|which|who|whereas|while|in\s+patients)\s|"
                       rf"{NUMBER}\s*(?:%|months?|years?|mos?)|\.(?:\s|$)")
_JOIN = re.compile(r"^\s*(?:/|\+|±|plus|and|with|or\s+without|in\s+combination\s+with|-)?\s*$", re.I)
# "received abiraterone plus either olaparib or placebo": the drug after "either" is the one randomised; the
# drug before it is the backbone both arms share
_EITHER = re.compile(r"^\s*(?:/|\+|plus|and|with|in\s+combination\s+with|combined\s+with|together\s+with)\s+"
                     r"either\s*$", re.I)
_ADDED = re.compile(r"\b(?:add|adds|adding|added|addition\s+of)\s+(?:\w+\s+){0,2}$", re.I)
_AFTER_FIGURE = re.compile(r"\s*\)?\s*(?:\([^)]*\)\s*)?(?:of\s+(?:(?:the\s+)?(?:people|patients|participants)|those)\s+"
                           r"(?:who\s+)?)?(?:with|for|in|on|among|receiving|received|given|treated\s+with|in\s+the|"
                           r"of\s+the)\s+(?:the\s+)?", re.I)


def arm_in(text: str, start: int, end: int, drugs: list[DrugSpan]) -> Arm | None:
    """The arm named inside text[start:end]: its drugs, else a comparator term."""
    within = [d for d in drugs if d.start >= start and d.end <= end]
    inside = [d for d in within if d.kind == "drug"]
    window = text[start:end]
    pat, _ = comparator_terms()
    terms = list(pat.finditer(window))
    if any(comparator_label(m.group()) == "placebo" for m in terms):
        return Arm(start, end, tuple(d.drug_id for d in inside), "placebo")
    if inside:
        ids = tuple(dict.fromkeys(d.drug_id for d in inside))
        regimens = {d.regimen for d in inside}
        label = regimens.pop() if len(regimens) == 1 and None not in regimens else " + ".join(ids)
        return Arm(start, end, ids, label)
    if terms:
        return Arm(start, end, (), comparator_label(terms[0].group()) or terms[0].group().lower())
    if within:  # "investigator-selected TKIs": the class is the arm
        return Arm(start, end, (), within[0].drug_id)
    return None


def arm_after(text: str, pos: int, drugs: list[DrugSpan], raw: bool = False) -> Arm | None:
    """The arm a figure is given for: "86% with blinatumomab", "80.7% of people who received X".

    With `raw`, an arm the lexicons do not know is returned as written (a few words at most).
    """
    paren = _PAREN_ARM.match(text, pos)
    if paren:  # "62% (daratumumab) vs 53% (control)"
        arm = arm_in(text, paren.start(1), paren.end(1), drugs)
        if arm is not None:
            return arm
    m = _AFTER_FIGURE.match(text, pos)
    if not m:
        return None
    stop = _ARM_STOP.search(text, m.end())
    end = min(stop.start() if stop else len(text), m.end() + 70)
    arm = arm_in(text, m.end(), end, drugs)
    if arm is None and raw:
        words = text[m.end():end].split()
        if 0 < len(words) <= 4:
            return Arm(m.end(), end, (), " ".join(words).strip(" .;,"))
    return arm


def arm_before(text: str, pos: int, drugs: list[DrugSpan]) -> Arm | None:
    """The drug written right before a figure: "nilotinib 44%, imatinib 22%"."""
    for d in reversed(drugs):
        if d.end <= pos and d.kind == "drug":
            if pos - d.end <= 3 and _BEFORE_FIGURE.match(text[d.end:pos]):
                return Arm(d.start, d.end, (d.drug_id,), d.drug_id)
            return None
    return None


# "compared ponatinib with imatinib", "comparing X to Y": the comparator follows the first arm.
_COMPARED_X_WITH = re.compile(r"\bcompar(?:ed|ing|es|e)\s+(?!with\b|to\b)[^.;:]{1,80}?\s(?:with|to|against)\s", re.I)


def comparator_arm(text: str, drugs: list[DrugSpan]) -> Arm | None:
    """The arm introduced by the first comparison cue that names one."""
    for m in _COMPARED_X_WITH.finditer(text):
        inside = [d for d in drugs if m.start() < d.start < m.end()]
        stop = _ARM_STOP.search(text, m.end())
        end = min(stop.start() if stop else len(text), m.end() + 70)
        arm = arm_in(text, m.end(), end, drugs) if inside else None
        if arm is not None:
            return arm
    cues = list(cue_pattern("comparison").finditer(text))
    # "60% vs 40% with A compared with B": the cue between two figures compares the figures; a cue that
    # names an arm directly ("compared with B") says which arm is the comparator.
    direct = [c for c in cues if not _FIGURE_NEXT.match(text, c.end())]
    if len(direct) < len(cues):
        for cue in direct:
            stop = _ARM_STOP.search(text, cue.end())
            arm = arm_in(text, cue.end(), min(stop.start() if stop else len(text), cue.end() + 70), drugs)
            if arm is not None:
                return arm
    for cue in cues:
        skip = _SKIP_FIGURE.match(text, cue.end())
        start = skip.end() if skip else cue.end()
        stop = _ARM_STOP.search(text, start)
        end = min(stop.start() if stop else len(text), start + 70)
        arm = arm_in(text, start, end, drugs)
        if arm is not None:
            return _second_of_respective_arms(text, arm, drugs) if skip and skip.end() > cue.end() else arm
    return None


_FIGURE_NEXT = re.compile(rf"\s*{NUMBER}")
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_RESPECTIVE_SECOND = re.compile(r"\s+(?:and|or|versus|vs\.?)\s+(?:(?:with|in|for|on)\s+)?(?:the\s+|a\s+)?", re.I)
_ARMS_WORD = re.compile(r"[^,;()]{0,60}?\b(?:arms?|groups?|cohorts?)\b", re.I)


def _second_of_respective_arms(text: str, arm: Arm, drugs: list[DrugSpan]) -> Arm:
    """"25.6 vs 20.2 months with daratumumab and with placebo, respectively", "... in the ibrutinib and
    chlorambucil arms": the figures come first and the arms follow in their order, so the comparator
    is the second arm, not the first."""
    joined = _RESPECTIVE_SECOND.match(text, arm.end)
    if not joined:
        return arm
    stop = _ARM_STOP.search(text, joined.end())
    second = arm_in(text, joined.end(), min(stop.start() if stop else len(text), joined.end() + 70), drugs)
    if second is None:
        return arm
    if RESPECTIVELY.search(text, joined.end()) or _ARMS_WORD.match(text, joined.end()):
        return second
    return arm


def experimental_arm(text: str, drugs: list[DrugSpan], comparator: Arm | None) -> Arm | None:
    """The first drug outside the comparator phrase (an "added" drug first), with its partners."""
    free = [d for d in drugs if d.kind == "drug"
            and (comparator is None or not (comparator.start <= d.start < comparator.end))]
    if not free:
        return None
    added = [d for d in free if _ADDED.search(text[max(0, d.start - 40):d.start])]
    randomised = [(a, b) for a, b in zip(free, free[1:]) if _EITHER.match(text[a.end:b.start])]
    if randomised and not added:
        backbone, drug = randomised[0]
        return Arm(backbone.start, drug.end, tuple(dict.fromkeys((drug.drug_id, backbone.drug_id))),
                   f"{drug.drug_id} + {backbone.drug_id}")
    first = added[0] if added else free[0]
    group = [first]
    for d in free[free.index(first) + 1:]:
        if _JOIN.match(text[group[-1].end:d.start]):
            group.append(d)
        else:
            break
    ids = tuple(dict.fromkeys(d.drug_id for d in group))
    return Arm(group[0].start, group[-1].end, ids, " + ".join(ids))


def same_arm(arm: Arm, label: str | None) -> bool:
    """`arm` is the arm written `label` ("chlorambucil-obinutuzumab" is "obinutuzumab + chlorambucil")."""
    return label is not None and (arm.label == label or set(arm.drugs) == set(label.split(" + ")))
