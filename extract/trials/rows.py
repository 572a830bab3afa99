"""trial_results: one row per endpoint result reported for a drug in a trial.

Pipeline per article: read every sentence (endpoint mentions, figures, arms), learn the trial
context (names, phase, size, usual comparator), turn each endpoint's scope into a draft result,
pair consecutive one-arm statements ("Median OS with X: 9.3 months" / "... with Y: 5.6 months"),
then keep the headline result of each comparison (the first one reported per arm, endpoint,
measure, comparator and time point) and write contract rows.
"""
from __future__ import annotations

import re

from extract.trials.arm_assignment import Handover, assign_arms
from extract.trials.context import build_context
from extract.trials.drafts import Draft
from extract.trials.endpoint_scopes import endpoint_scopes, respective_scopes, scope_drafts
from extract.trials.endpoints import EndpointMention, endpoint_mentions
from extract.trials.follow_ups import endpoint_lines, hazard_ratio_follow_ups
from extract.trials.mentions import SentenceMentions
from extract.trials.readings import find_lead, is_reference, read
from extract.trials.result_rows import result_row
from extract.trials.selection import headline_results, merge_hazard_ratios, pair_one_arm_statements
from extract.trials.stats import sentence_statistics
from extract.trials.tables import arm_row_drafts, mark_tables
from sources.model import same_paragraph

# "the figure was 12%", "the corresponding rates were ...": a result of the endpoint named just before
_RESULT_ANAPHORA = re.compile(r"\b(?:the|that|this|its)\s+(?:corresponding\s+|equivalent\s+|same\s+)?"
                              r"(?:figure|figures|rate|rates|proportion|percentage|share|number|medians?)\s+(?:was|were|is|stood)\b",
                              re.I)


def extract_trial_results(article, entities) -> list[dict]:
    """One row per endpoint result of a drug in `article` (see the module docstring)."""
    sentences = [s for s in article.sentences if not is_reference(s)]
    endpoints = [endpoint_mentions(s.text) for s in sentences]
    if not any(endpoints):
        return []
    mentions = SentenceMentions(entities)
    readings = [read(i, s, mentions, endpoints[i], entities.regimens_in(s.char_start, s.char_end))
                for i, s in enumerate(sentences)]
    for r in readings:
        if r.endpoints or r.label_arm:
            r.lead = find_lead(readings, r.index)
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
        scoped = endpoint_scopes(r) if r.endpoints else []
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
        for e, start, end, pick in respective_scopes(r, scoped):
            for d in scope_drafts(r, e.endpoint, start, end, pick):
                if d.time_point is None and r.lead is not None:
                    tps = r.lead.stats[3] if r.lead.stats else ()
                    d.time_point = tps[0].label if tps else None
                assign_arms(d, readings, ctx, entities.main_drug_id, handed)
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
        row = result_row(d, mentions, ctx, readings)
        if row["result_id"] not in ids:
            ids.add(row["result_id"])
            rows.append(row)
    return rows
