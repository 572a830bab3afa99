"""A draft result as a trial_results row of the contract: provenance and evidence (both sentences when a hazard
ratio was completed by the next one), trial name, registry id, phase and size, population, figures."""
from __future__ import annotations

from extract.text.provenance import provenance
from extract.text.row_ids import stable_id
from extract.trials.context import TrialContext, phase_of
from extract.trials.drafts import Draft, Reading
from extract.trials.mentions import SentenceMentions
from extract.trials.population import population


def result_row(d: Draft, mentions: SentenceMentions, ctx: TrialContext, readings: list[Reading]) -> dict:
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
