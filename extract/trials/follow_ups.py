"""Hazard ratios written on a line or sentence of their own, after the result or endpoint they belong to.

"PFS was 82.1% with X and 77.2% with Y. The hazard ratio was 0.77": the ratio completes the result
before it. "- Overall survival, updated analysis" / "- hazard ratio 1.09 (95% CI ...)": the ratio is an
hr-only result of the endpoint named on the line before, which gives no figure of its own.
"""
from __future__ import annotations

import re

from extract.trials.drafts import Draft, Reading
from extract.trials.endpoints import EndpointMention
from extract.trials.stats import HAZARD_RATIO, sentence_statistics
from sources.model import same_paragraph

_DEATH = re.compile(r"\b(?:death|deaths|die|died|dying|mortality)\b", re.I)
_PROGRESSION = re.compile(r"\b(?:progression|progress|relapse|worse|events?)\b", re.I)


def hazard_ratio_follow_ups(text: str, readings: list[Reading], drafts: list[Draft]) -> None:
    """"... PFS was 82.1% with X and 77.2% with Y. The hazard ratio was 0.77 (95% CI ...; P = 0.04).":
    a sentence of the same paragraph that gives only a hazard ratio (no endpoint, no figure, no
    other drug) completes the one result of the sentence before it that has none."""
    by_reading: dict[int, list[Draft]] = {}
    for d in drafts:
        by_reading.setdefault(d.reading.index, []).append(d)
    for r in readings[1:]:
        prev = by_reading.get(r.index - 1)
        before = readings[r.index - 1].sentence
        together = same_paragraph(text, before, r.sentence) or (before.is_list_item and r.sentence.is_list_item)
        if r.endpoints or r.drugs or not prev or not together:
            continue
        figs, hrs, ps, _ = sentence_statistics(r.sentence.text)
        open_ = [d for d in prev if d.hr is None and d.measure != "hr-only"]
        if figs or len(hrs) != 1 or len({(d.drug_id, d.endpoint) for d in open_}) != 1:
            continue
        d = open_[0]
        said = r.sentence.text
        if _DEATH.search(said) and not _PROGRESSION.search(said) and d.endpoint != "overall-survival":
            continue  # "the hazard ratio for death": another endpoint than the one before
        if _PROGRESSION.search(said) and not d.endpoint.endswith("free-survival"):
            continue  # "for progression or death": a progression-free endpoint, not a response rate
        d.hr, d.p = hrs[0], d.p or (ps[0] if ps else None)
        d.follow_up = r.sentence



def _together(text: str, before: Reading, r: Reading) -> bool:
    """`r` continues `before`: same paragraph, consecutive list items, or the line under a heading."""
    b, s = before.sentence, r.sentence
    return same_paragraph(text, b, s) or (b.is_list_item and s.is_list_item) or b.is_heading


def endpoint_lines(text: str, readings: list[Reading]) -> None:
    """A line that gives only a hazard ratio (no endpoint, drug or figure) right after a line naming one
    endpoint without any figure ("Event-free survival" / "HR 0.61 (95% CI ...)") reports that endpoint:
    it is given the endpoint, and reads as an hr-only result."""
    for r in readings[1:]:
        if r.endpoints or r.drugs or not HAZARD_RATIO.search(r.sentence.text):
            continue
        before = readings[r.index - 1]
        named = {e.endpoint for e in before.endpoints}
        if len(named) != 1 or any(before.stats[:2]) or not _together(text, before, r):
            continue
        stats = sentence_statistics(r.sentence.text)
        if stats[0] or len(stats[1]) != 1:
            continue
        r.endpoints = [EndpointMention(0, 0, named.pop())]
        r.stats = stats
