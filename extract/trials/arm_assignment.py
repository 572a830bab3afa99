"""Which arms a draft result reports on, and so its drug, comparator and comparator value: the arms its sentence
names around each figure (or a table row's column headers, or the item's label), else those of its lead-in, of the
sentence a "this combination" points back to, or of the paragraph's design sentence just before."""
from __future__ import annotations

import re

from extract.trials.arms import RESPECTIVELY, Arm, arm_after, arm_before, arm_in, same_arm
from extract.trials.context import TrialContext
from extract.trials.drafts import Draft, Reading
from extract.trials.tables import column_arms
from extract.trials.vocabulary import comparator_terms, cue_pattern
from sources.model import same_paragraph

_ANAPHORA = re.compile(r"\b(?:this|the|that|these)\s+(?:combination|regimen|drug|treatment|approach|"
                       r"strategy|arm|group|therapy|schedule)\b|\bwith\s+this\b", re.I)
# "19.2 months with the combination and 13.4 months with sorafenib": a figure given for the experimental arm
# by a description of it, not a drug name
_ARM_ANAPHORA = re.compile(r"\s*(?:months?|mos?\.?|years?|%|percent)?\s*(?:with|in|for|on|of)\s+(?:the|this)\s+"
                           r"(?:combination|doublet|triplet|experimental|investigational|new|study)\b", re.I)

Handover = dict  # reading index -> (experimental, comparator) arms a drug-less result sentence read from before


def _arms(r: Reading, handed: Handover) -> tuple[Arm | None, Arm | None]:
    """The arms a sentence reports on: its own, or those handed over to it ("... with the combination and
    13.4 months with sorafenib" reads the design sentence's, and passes them on to the paragraph's later
    drug-less results). The Reading itself is never changed."""
    return handed.get(r.index, (r.experimental, r.comparator))


def _anaphoric_source(readings: list[Reading], r: Reading, handed: Handover) -> Arm | None:
    if not _ANAPHORA.search(r.sentence.text):
        return None
    for j in range(r.index - 1, max(-1, r.index - 3), -1):
        exp = _arms(readings[j], handed)[0]
        if exp is not None:
            return exp
    return None


def _paragraph_arms(readings: list[Reading], r: Reading, text: str,
                    handed: Handover) -> tuple[Arm, Arm | None] | None:
    """The sentence of the same paragraph, just before, that names the arms a drug-less result
    sentence reports on ("150 patients received X plus R or placebo plus R. PFS was 82% versus 28%")."""
    s = r.sentence
    for j in range(r.index - 1, max(-1, r.index - 3), -1):
        prev = readings[j]
        if not same_paragraph(text, prev.sentence, s) or prev.sentence.is_heading:
            return None
        if _arms(prev, handed)[0] is not None:
            return _arms(prev, handed)
        s = prev.sentence
    return None


def _reversed_arms(first: Arm, second: Arm, ctx: TrialContext) -> bool:
    """The article's arms written comparator first: the first arm is the trial's usual comparator and
    the second holds its experimental drug."""
    return (ctx.experimental is not None and ctx.experimental in second.drugs
            and ctx.experimental not in first.drugs and same_arm(first, ctx.comparator))


def assign_arms(d: Draft, readings: list[Reading], ctx: TrialContext, main_drug: str | None,
                 handed: Handover) -> None:
    r, lead = d.reading, d.reading.lead
    own_exp, own_comp = _arms(r, handed)
    lead_exp, lead_comp = _arms(lead, handed) if lead else (None, None)
    comp = own_comp or lead_comp
    exp = own_exp if own_comp or not r.label_arm else None
    text = r.sentence.text
    columns = column_arms(r, d.values[:2])
    if columns and columns[0] is not None:  # a table row: each column's header names its arm
        exp = columns[0]
        comp = columns[1] if len(columns) > 1 and columns[1] is not None else comp
    elif d.values:
        first = arm_after(text, d.values[0].end, r.drugs) or arm_before(text, d.values[0].start, r.drugs)
        second = None
        if len(d.values) > 1:
            second = arm_after(text, d.values[1].end, r.drugs, raw=bool(first and first.drugs)) \
                or arm_before(text, d.values[1].start, r.drugs)
        earlier = None
        if first is None and second is not None and second.drugs and _ARM_ANAPHORA.match(text, d.values[0].end):
            earlier = _paragraph_arms(readings, r, ctx.text, handed)
            if earlier is not None and set(earlier[0].drugs) & set(second.drugs):
                earlier = None
        if earlier is not None:  # "... with the combination and 13.4 months with sorafenib"
            exp, comp = earlier[0], second
            handed[r.index] = own_exp, own_comp = exp, comp  # the paragraph's drug-less results after it read these
        elif first is not None and first.drugs and second is not None and second.drugs != first.drugs:
            exp, comp = first, second
            if _reversed_arms(first, second, ctx):  # "16% with <comparator> vs 6% with <experimental>"
                exp, comp = second, first
                d.values = [d.values[1], d.values[0]]
        elif first is not None and not first.drugs and second is not None and second.drugs:
            exp, comp = second, first
            d.values = [d.values[1], d.values[0]]
        elif first is not None and first.drugs and (comp is None or first.drugs != comp.drugs):
            exp = first
        if comp is None and second is not None and (not second.drugs or second.label == "placebo"):
            comp = second  # "... from 15.1 months with placebo"
    if own_comp is None and r.label_arm is not None:
        label = r.label_arm
        if not label.drugs or same_arm(label, ctx.comparator):
            d.role = "comparator"
            d.comparator = ctx.comparator if same_arm(label, ctx.comparator) else label.label
            return
        exp = label
    if (exp is not None and own_comp is None and len(d.values) == 1 and exp.drugs and ctx.comparator
            and ctx.experimental not in exp.drugs and set(exp.drugs) <= set(ctx.comparator.split(" + "))):
        d.role, d.comparator = "comparator", ctx.comparator  # "In the imatinib group, the figure was 12%"
        return
    if exp is None and own_comp is None and not any(x.kind == "drug" for x in r.drugs):
        terms = comparator_terms()[0].search(r.sentence.text)
        if terms and d.values and len(d.values) == 1:
            d.role = "comparator"
            d.comparator = arm_in(r.sentence.text, terms.start(), terms.end(), []).label
            return
    if exp is None and lead is not None:
        exp = lead_exp
    if exp is None:
        exp = _anaphoric_source(readings, r, handed)
    if exp is None and not any(x.kind == "drug" for x in r.drugs):
        earlier = _paragraph_arms(readings, r, ctx.text, handed)
        if earlier is not None:
            exp, comp = earlier[0], comp or earlier[1]
    focus = ctx.experimental or main_drug  # the drug the trial (or page) is about
    if exp is not None:
        drug = focus if focus in exp.drugs else exp.lead_drug(comp)
    else:
        # A figure naming no drug belongs to the article's trial; without a trial (a patient page
        # quoting "5-year survival is 90%") it is no trial result.
        drug = ctx.experimental or (main_drug if ctx.names else None) or ctx.trial_drug
    d.drug_id = drug
    d.signature = exp.drugs if exp else ((drug,) if drug else ())
    if len(d.values) >= 2:
        paired = comp is not None or RESPECTIVELY.search(r.sentence.text) or \
            cue_pattern("comparison").search(r.sentence.text)
        if paired:
            d.comparator_value = d.values[1].value
        d.values = d.values[:1]
    if comp is None and r.stratum is not None and d.comparator_value is not None:
        comp = r.stratum  # the comparator chosen in that stratum
    if comp is not None:
        d.comparator = comp.label
    elif d.comparator_value is not None or d.hr is not None:
        d.comparator = ctx.comparator
