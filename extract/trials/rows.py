"""trial_results: one row per endpoint result reported for a drug in a trial.

Pipeline per article: read every sentence (endpoint mentions, figures, arms), learn the trial
context (names, phase, size, usual comparator), turn each endpoint's scope into a draft result,
pair consecutive one-arm statements ("Median OS with X: 9.3 months" / "... with Y: 5.6 months"),
then keep the headline result of each comparison (the first one reported per arm, endpoint,
measure, comparator and time point) and write contract rows.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.text.provenance import provenance
from extract.text.row_ids import stable_id
from extract.trials.arms import (RESPECTIVELY, Arm, DrugSpan, arm_after, arm_before, arm_in, comparator_arm,
                                experimental_arm, same_arm)
from extract.trials.context import TrialContext, build_context, phase_of
from extract.trials.drafts import Draft, Reading
from extract.trials.follow_ups import endpoint_lines, hazard_ratio_follow_ups
from extract.trials.endpoints import EndpointMention, endpoint_mentions
from extract.trials.vocabulary import comparator_terms, cue_pattern
from extract.trials.mentions import SentenceMentions
from extract.trials.population import population
from extract.trials.selection import headline_results, merge_hazard_ratios, pair_one_arm_statements
from extract.trials.stats import sentence_statistics
from extract.trials.time_points import by_time_point, nearest
from extract.trials.tables import arm_row_drafts, column_arms, mark_tables
from sources.model import same_paragraph

_ANAPHORA = re.compile(r"\b(?:this|the|that|these)\s+(?:combination|regimen|drug|treatment|approach|"
                       r"strategy|arm|group|therapy|schedule)\b|\bwith\s+this\b", re.I)
_CONJUNCTION = re.compile(r"^\s*(?:,|and|or|/|&|,\s*and)\s*(?:the\s+)?(?:median\s+)?$", re.I)  # "PFS and median OS"
_MEDIAN = re.compile(r"\bmedian\b", re.I)
# "75% of 80 patients responded and 41% had a complete response": a figure written just before
# the next endpoint, as its subject, is that endpoint's figure.
_FIGURE_AS_SUBJECT = re.compile(r"^\s*(?:of\s+(?:the\s+)?(?:\d+\s+)?(?:patients|people|participants)\s+)?"
                                r"(?:had|achieved|attained|reached|experienced|obtained|got)\s+(?:an?\s+)?$"
                                r"|^\s*$", re.I)  # or written as its modifier: "an 83% objective response rate"
# "the figure was 12%", "the corresponding rates were ...": a result of the endpoint named just before
_RESULT_ANAPHORA = re.compile(r"\b(?:the|that|this|its)\s+(?:corresponding\s+|equivalent\s+|same\s+)?"
                              r"(?:figure|figures|rate|rates|proportion|percentage|share|number|medians?)\s+(?:was|were|is|stood)\b",
                              re.I)
# "In the imatinib stratum, MMR rates were 69% and 40%": a drug naming a stratum of the trial is not an arm
_STRATUM = re.compile(r"[\s-]*(?:[\w+-]+\s+){0,2}?(?:stratum|strata)\b", re.I)
# "19.2 months with the combination and 13.4 months with sorafenib": a figure given for the experimental arm
# by a description of it, not a drug name
_ARM_ANAPHORA = re.compile(r"\s*(?:months?|mos?\.?|years?|%|percent)?\s*(?:with|in|for|on|of)\s+(?:the|this)\s+"
                           r"(?:combination|doublet|triplet|experimental|investigational|new|study)\b", re.I)
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


def _is_reference(sentence) -> bool:
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


def _find_lead(readings: list[Reading], i: int) -> Reading | None:
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


def _scopes(r: Reading):
    """[endpoint, start, end] per endpoint mention: from it to the next one ("OS and RFS" share)."""
    eps = r.endpoints
    spans = []
    for k, e in enumerate(eps):
        start = 0 if k == 0 else e.start
        end = eps[k + 1].start if k + 1 < len(eps) else len(r.sentence.text)
        spans.append([e, start, end])
    figs, hrs, ps, _ = r.stats
    for k in range(len(spans) - 1):
        nxt = eps[k + 1]
        lead = [f for f in figs if spans[k][1] <= f.start and f.end <= nxt.start and
                _FIGURE_AS_SUBJECT.match(r.sentence.text[f.end:nxt.start])]
        if lead and any(spans[k][1] <= f.start < lead[-1].start for f in figs):
            spans[k][2] = spans[k + 1][1] = lead[-1].start
    for k in range(len(spans) - 2, -1, -1):
        e, start, end = spans[k]
        has = any(start <= x.start < end for x in (*figs, *hrs))
        between = r.sentence.text[e.end:eps[k + 1].start]
        if not has and _CONJUNCTION.match(between):
            spans[k] = [e, spans[k + 1][1], spans[k + 1][2]]
    return spans


def _drafts(r: Reading, endpoint: str, start: int, end: int, pick: int | None = None) -> list[Draft]:
    """Drafts of one endpoint scope: one per time point when several are reported."""
    figs, hrs, ps, tps = r.stats
    figs = [f for f in figs if start <= f.start < end]
    if pick is not None:
        figs = [figs[pick]]
    scope_tps = [t for t in tps if start <= t.start < end]
    labels = {t.label for t in scope_tps}
    if len(labels) < 2 or len(figs) < 2:
        d = _draft(r, endpoint, start, end, figs)
        return [d] if d else []
    out = []
    groups = by_time_point(r.sentence.text, figs, scope_tps)
    for tp in scope_tps:
        mine = groups.pop(tp.label, None)
        if mine:
            d = _draft(r, endpoint, start, end, mine, tp.label, scope_tps)
            if d:
                out.append(d)
    return out


def _draft(r: Reading, endpoint: str, start: int, end: int, figs,
           time_point: str | None = None, split=None) -> Draft | None:
    """One endpoint scope as a draft: measure from the figures' kind, first two as the arms."""
    text = r.sentence.text
    _, hrs, ps, tps = r.stats
    hrs = [h for h in hrs if start <= h.start < end]
    ps = [p for p in ps if start <= p.start < end]
    if split:
        hrs = [h for h in hrs if nearest(h, split).label == time_point]
        ps = [p for p in ps if nearest(p, split).label == time_point]
    tp = time_point or next((t.label for t in tps if start <= t.start < end), None) or \
        (tps[0].label if tps else None)
    durations = [f for f in figs if f.kind in ("duration", "not-reached")]
    percents = [f for f in figs if f.kind == "percent"]
    qualitative = False
    if any(f.kind == "duration" for f in durations) and percents:
        # Both kinds in scope ("after 28 months, the 2-year PFS rate was 77%"): the figure read
        # first after the endpoint decides.
        after = [f for f in (*durations, *percents) if f.start >= _mention_end(r, endpoint, start)]
        if after and min(after, key=lambda f: f.start).kind == "percent":
            durations = []
    if any(f.kind == "duration" for f in durations):
        measure, values = "median", durations
        unit = next(f.unit for f in durations if f.unit)
    elif percents:
        measure, values, unit = "rate", percents, "percent"
    elif hrs:
        measure, values, unit = "hr-only", [], None
    elif not figs and cue_pattern("relative_effect").search(text[start:end]):
        measure = "median" if _MEDIAN.search(text[start:end]) else "rate"
        values, unit, qualitative = [], None, True
    else:
        return None
    return Draft(r, endpoint, measure, values[:2], unit, hrs[0] if hrs else None,
                 ps[0] if ps else None, tp, qualitative)


def _mention_end(r: Reading, endpoint: str, start: int) -> int:
    ends = [e.end for e in r.endpoints if e.endpoint == endpoint and e.start >= start]
    return min(ends) if ends else start


def _respectively(r: Reading, scoped):
    """"OS and EFS were 85% and 75%, respectively": the i-th endpoint takes the i-th figure."""
    text = r.sentence.text
    groups: dict[tuple[int, int], list] = {}
    for e, start, end in scoped:
        groups.setdefault((start, end), []).append(e)
    out = []
    for (start, end), eps in groups.items():
        figs = [f for f in r.stats[0] if start <= f.start < end]
        if (len(eps) > 1 and len(figs) == len(eps) and RESPECTIVELY.search(text)
                and not cue_pattern("comparison").search(text, start, end)):
            out.extend((e, start, end, i) for i, e in enumerate(eps))
        else:
            out.extend((e, start, end, None) for e in eps)
    return out


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


def _assign_arms(d: Draft, readings: list[Reading], ctx: TrialContext, main_drug: str | None,
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


def _row(d: Draft, mentions: SentenceMentions, ctx: TrialContext, readings: list[Reading]) -> dict:
    s = d.reading.sentence
    lead = d.reading.lead.sentence if d.reading.lead else None
    prev = readings[d.reading.index - 1].sentence if d.reading.index > 0 else None
    title = readings[0].sentence if readings else None
    pop = population([s, lead, prev, *ctx.description_sentences, title], mentions)
    trial = d.trial
    phase = phase_of(s.text) or ctx.phases.get(trial)
    value = d.value
    unit = d.unit if (value is not None or d.comparator_value is not None) else None
    if d.measure == "hr-only":
        value = unit = None
    hr = d.hr
    p = d.p
    if d.follow_up is not None:  # evidence: both sentences, verbatim from the clean text
        place = provenance(s, s.char_start, d.follow_up.char_end)
        place["evidence"] = ctx.text[s.char_start:d.follow_up.char_end]
    else:
        place = provenance(s)
    row = {
        "result_id": stable_id(s.article_id, s.sentence_id, d.drug_id, d.endpoint, d.time_point,
                               d.measure, value, d.comparator, d.signature,
                               hr.value if hr else None),
        **place,
        "trial_name": trial, "registry_id": ctx.registry.get(trial) if trial else None, "phase": phase, "drug_id": d.drug_id, "comparator": d.comparator,
        **pop,
        "n_patients": ctx.sizes.get(trial),
        "endpoint": d.endpoint, "measure": d.measure, "value": value,
        "comparator_value": d.comparator_value, "unit": unit,
        "hazard_ratio": hr.value if hr else None,
        "ci_low": hr.ci_low if hr else None, "ci_high": hr.ci_high if hr else None,
        "p_value": p.value if p else None, "p_operator": p.operator if p else None,
    }
    return row


def extract_trial_results(article, entities) -> list[dict]:
    """One row per endpoint result of a drug in `article` (see the module docstring)."""
    sentences = [s for s in article.sentences if not _is_reference(s)]
    endpoints = [endpoint_mentions(s.text) for s in sentences]
    if not any(endpoints):
        return []
    mentions = SentenceMentions(entities)
    readings = [read(i, s, mentions, endpoints[i], entities.regimens_in(s.char_start, s.char_end))
                for i, s in enumerate(sentences)]
    for r in readings:
        if r.endpoints or r.label_arm:
            r.lead = _find_lead(readings, r.index)
    mark_tables(readings)
    endpoint_lines(article.clean_text, readings)
    comparisons = [(r.experimental.lead_drug(r.comparator) if r.experimental else None, r.comparator.label)
                   for r in readings if r.comparator is not None]
    entity_spans = [(m.start, m.end) for m in entities.mentions]
    ctx = build_context(article.clean_text, sentences, entity_spans, comparisons)
    described = {s.sentence_id for s in ctx.description_sentences}
    named = {d.drug_id for r in readings if r.sentence.sentence_id in described for d in r.drugs if d.kind == "drug"}
    ctx.trial_drug = named.pop() if len(named) == 1 and ctx.names else None
    drafts: list[Draft] = []
    handed: Handover = {}
    by_arm_row = arm_row_drafts(readings, ctx)
    for r in readings:
        drafts.extend(by_arm_row.get(r.index, ()))
        scoped = _scopes(r) if r.endpoints else []
        if not scoped and r.index > 0 and _RESULT_ANAPHORA.search(r.sentence.text):
            prev = readings[r.index - 1]  # "In the imatinib group, the figure was 12%."
            items = prev.sentence.is_list_item and r.sentence.is_list_item  # or the item before
            if prev.endpoints and (items or same_paragraph(article.clean_text, prev.sentence, r.sentence)):
                r.endpoints = [EndpointMention(0, 0, prev.endpoints[-1].endpoint)]
                r.stats = sentence_statistics(r.sentence.text)
                scoped = [[r.endpoints[0], 0, len(r.sentence.text)]]
        if not scoped and r.lead is not None and len(r.lead.endpoints) == 1:
            r.endpoints = [EndpointMention(0, 0, r.lead.endpoints[0].endpoint)]
            r.stats = sentence_statistics(r.sentence.text)
            scoped = [[r.endpoints[0], 0, len(r.sentence.text)]]
        for e, start, end, pick in _respectively(r, scoped):
            for d in _drafts(r, e.endpoint, start, end, pick):
                if d.time_point is None and r.lead is not None:
                    tps = r.lead.stats[3] if r.lead.stats else ()
                    d.time_point = tps[0].label if tps else None
                _assign_arms(d, readings, ctx, entities.main_drug_id, handed)
                if d.role == "comparator" or d.drug_id:
                    drafts.append(d)
    hazard_ratio_follow_ups(article.clean_text, readings, drafts)
    for d in drafts:
        d.cohort = tuple(dict.fromkeys(m.id for m in mentions.of(d.reading.sentence, "condition")))
    for d in drafts:
        d.trial = ctx.trial_of(d.reading.sentence)
    drafts = headline_results(merge_hazard_ratios(pair_one_arm_statements(drafts), article.clean_text))
    rows, ids = [], set()
    for d in drafts:
        row = _row(d, mentions, ctx, readings)
        if row["result_id"] not in ids:
            ids.add(row["result_id"])
            rows.append(row)
    return rows
