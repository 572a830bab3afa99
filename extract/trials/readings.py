"""Reading one sentence for trial results: the drugs it names (with regimen members and trial strata), its arms,
the arm an item is labelled with, its figures; and the lead-in line a list item or labelled line sits under."""
from __future__ import annotations

import re
from functools import lru_cache

from extract.trials.arms import Arm, DrugSpan, arm_in, comparator_arm, experimental_arm
from extract.trials.drafts import Reading
from extract.trials.endpoints import EndpointMention
from extract.trials.mentions import SentenceMentions
from extract.trials.stats import sentence_statistics

# "In the imatinib stratum, MMR rates were 69% and 40%": a drug naming a stratum of the trial is not an arm
_STRATUM = re.compile(r"[\s-]*(?:[\w+-]+\s+){0,2}?(?:stratum|strata)\b", re.I)
_REFERENCE_SECTION = re.compile(r"^\s*(?:references?|bibliography|sources?|citations?)\s*$", re.I)


def _drug_spans(sentence, mentions: SentenceMentions, regimens) -> list[DrugSpan]:
    """Drug mentions, plus class mentions (kind "class") that may name an arm ("TKIs"), plus one
    span per member of a regimen acronym ("A+AVD versus ABVD" compares two sets of drugs)."""
    base = sentence.char_start
    spans = [DrugSpan(m.start - base, m.end - base, m.id, "drug" if m.kind == "drug" else "class")
             for m in mentions.of(sentence) if m.kind in ("drug", "intervention")]
    if not regimens:
        return spans
    spans = [d for d in spans if not any(a <= d.start < b for a, b, _, _ in regimens)]
    spans += [DrugSpan(a, b, drug, regimen=acronym) for a, b, acronym, members in regimens for drug in members]
    return sorted(spans, key=lambda d: d.start)


_ACRONYM_LABEL = re.compile(r"^\s*(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9]*(?:[+/-][A-Za-z0-9]+)*\s*$")


def _label_arm(text: str, drugs: list[DrugSpan], endpoints=()) -> Arm | None:
    """The arm an item is labelled with: "acalabrutinib: 62%", "Median OS with X: 9.3 months"; an
    acronym label the lexicons do not know ("IR/BR: 8.7 months") is an arm as written."""
    colon = text.find(":")
    if colon <= 0 or colon > 120:
        return None
    arm = arm_in(text, 0, colon, drugs)
    if arm is None and _ACRONYM_LABEL.match(text[:colon]) and not any(e.start < colon for e in endpoints):
        arm = Arm(0, colon, (), text[:colon].strip())
    return arm


@lru_cache(maxsize=256)
def _is_reference_section(section: str | None) -> bool:
    return bool(section and _REFERENCE_SECTION.match(section))


def is_reference(sentence) -> bool:
    """A sentence of the page's reference list: cited trials there report no results of the page."""
    return _is_reference_section(sentence.section)


def read(index: int, sentence, mentions: SentenceMentions, endpoints: list[EndpointMention],
         regimens=()) -> Reading:
    """`regimens`: the well-known regimen acronyms of the sentence (offsets local to it)."""
    text = sentence.text
    # "Transfusion independence": a word of an endpoint's name is not an arm ("transfusion" as care).
    drugs = [d for d in _drug_spans(sentence, mentions, regimens)
             if not any(e.start <= d.start < e.end for e in endpoints)]
    strata = [d for d in drugs if d.kind == "drug" and _STRATUM.match(text, d.end)]
    drugs = [d for d in drugs if d not in strata]
    comp = comparator_arm(text, drugs) if endpoints or drugs else None
    reading = Reading(index, sentence, drugs, endpoints, comp, experimental_arm(text, drugs, comp),
                      _label_arm(text, drugs, endpoints), sentence_statistics(text) if endpoints else ((), (), (), ()))
    if strata:
        reading.stratum = Arm(strata[0].start, strata[0].end, (strata[0].drug_id,), strata[0].drug_id)
    return reading


def find_lead(readings: list[Reading], i: int) -> Reading | None:
    """The lead-in ("... were as follows:") a list item or short labelled line belongs to."""
    for j in range(i - 1, max(-1, i - 9), -1):
        prev = readings[j].sentence
        t = prev.text.rstrip()
        if t.endswith(":"):
            return readings[j]
        if ((prev.is_heading or prev.is_list_item) and len(readings[j].endpoints) == 1
                and not readings[j].stats[0] and not readings[j].stats[1] and ":" not in t):
            return readings[j]  # "Median PFS" heading (or first item) the arm lines under it
        if not (prev.is_list_item or (len(t) < 120 and ":" in t)):
            return None
    return None
