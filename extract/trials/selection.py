"""Which drafted trial results become rows.

Consecutive one-arm statements of one endpoint are paired ("Median OS with X: 9.3 months" /
"Median OS with Y: 5.6 months"); then only the headline result of each comparison is kept: the
first one reported per arm, endpoint, measure, comparator and time point. Later repeats in
subgroups, one-arm figures of an endpoint already compared, and effect claims without a figure
(when the figure is reported too) are what curators leave out.
"""
from __future__ import annotations

from extract.trials.drafts import Draft


def pair_one_arm_statements(drafts: list[Draft]) -> list[Draft]:
    """Consecutive one-value statements of one endpoint: the comparator's value joins the others."""
    out, i = [], 0
    while i < len(drafts):
        run = [drafts[i]]
        while i + len(run) < len(drafts):
            nxt, last = drafts[i + len(run)], run[-1]
            same = ((nxt.endpoint, nxt.measure, nxt.time_point)
                    == (last.endpoint, last.measure, last.time_point))
            if (nxt.reading.sentence.ordinal - last.reading.sentence.ordinal == 1 and same
                    and len(nxt.values) == 1 and nxt.comparator_value is None):
                run.append(nxt)
            else:
                break
        comps = [d for d in run if d.role == "comparator"]
        if len(run) > 1 and len(comps) == 1 and len(comps[0].values) == 1:
            for d in run:
                if d.role != "comparator" and d.comparator_value is None and len(d.values) == 1:
                    d.comparator_value = comps[0].values[0].value
                    d.comparator = comps[0].comparator
        out.extend(d for d in run if d.role != "comparator")
        i += len(run)
    return out


def headline_results(drafts: list[Draft]) -> list[Draft]:
    """First result per comparison; later repeats in subgroups, one-arm figures and prose dropped."""
    seen, kept = set(), []
    for d in drafts:
        key = (d.drug_id, d.signature, d.endpoint, d.measure, d.comparator, d.time_point, d.qualitative)
        if key in seen:
            continue
        seen.add(key)
        kept.append(d)
    compared = {(d.drug_id, d.endpoint, d.measure, d.time_point) for d in kept
                if d.comparator_value is not None or d.hr is not None}
    numeric = {(d.drug_id, d.endpoint) for d in kept if not d.qualitative}
    out, qualitative_seen = [], set()
    for d in kept:
        if d.qualitative:
            if (d.drug_id, d.endpoint) in numeric or (d.drug_id, d.endpoint) in qualitative_seen:
                continue
            qualitative_seen.add((d.drug_id, d.endpoint))
        elif (d.comparator_value is None and d.hr is None
              and (d.drug_id, d.endpoint, d.measure, d.time_point) in compared):
            continue
        out.append(d)
    return out
