"""Which drafted trial results become rows.

Consecutive one-arm statements of one endpoint are paired ("Median OS with X: 9.3 months" /
"Median OS with Y: 5.6 months"); then only the headline result of each comparison is kept: the
first one reported per arm, endpoint, measure, comparator and time point. Later repeats in
subgroups, one-arm figures of an endpoint already compared, and effect claims without a figure
(when the figure is reported too) are what curators leave out.
"""
from __future__ import annotations

from extract.trials.drafts import Draft
from sources.model import same_paragraph


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
                    if d.hr is None and comps[0].hr is not None:  # the HR line after the comparator's
                        d.hr, d.p, d.follow_up = comps[0].hr, d.p or comps[0].p, comps[0].follow_up
        out.extend(d for d in run if d.role != "comparator")
        i += len(run)
    return out


def _next_sentence(text: str, a: Draft, b: Draft) -> bool:
    """`a` and `b` come from consecutive sentences of one paragraph (prose, not table rows)."""
    x, y = sorted((a.reading, b.reading), key=lambda r: r.index)
    return (y.index - x.index == 1 and x.table_header is None and y.table_header is None
            and same_paragraph(text, x.sentence, y.sentence))


def merge_hazard_ratios(drafts: list[Draft], text: str = "") -> list[Draft]:
    """A hazard ratio given alone for an endpoint whose rate or median is given in the same sentence,
    the sentence next to it (either side) or the next row of the same table is that result's:
    "prolonged iDFS (HR 0.75), with 3-year iDFS rates of 90% and 87%" is one result; so are
    "For PFS the hazard ratio was 0.30. The 3-year PFS rate was 60% with X and 27% with placebo."."""
    dropped: set[int] = set()
    for i, d in enumerate(drafts):
        if d.measure != "hr-only" or d.hr is None:
            continue
        for other in drafts[max(0, i - 2):i + 3]:
            if (other is d or other.measure == "hr-only" or other.hr is not None or id(other) in dropped
                    or (other.drug_id, other.endpoint) != (d.drug_id, d.endpoint)):
                continue
            near = other.reading is d.reading or (
                d.reading.table_header is not None and other.reading.table_header is d.reading.table_header
                and abs(other.reading.index - d.reading.index) == 1) or (
                text and other.comparator_value is not None and _next_sentence(text, d, other)
                and len(d.reading.stats[1]) == 1)  # not one of a list of ratios
            if near:
                other.hr, other.p = d.hr, other.p or d.p
                other.comparator = other.comparator or d.comparator
                dropped.add(id(d))
                break
    return [d for d in drafts if id(d) not in dropped]


def headline_results(drafts: list[Draft]) -> list[Draft]:
    """First result per comparison; later repeats in subgroups, one-arm figures and prose dropped."""
    seen: dict[tuple, set] = {}
    cohorts: dict[tuple, list[tuple]] = {}
    kept = []
    for d in drafts:
        key = (d.drug_id, d.signature, d.endpoint, d.measure, d.comparator, d.time_point, d.qualitative)
        figures = (d.value, d.comparator_value)
        # Each row of a results table is a result of its own (another analysis or follow-up of one
        # endpoint), unless it repeats figures already read; so is a comparison in prose with its own
        # hazard ratio (a stratum or another analysis: "in patients aged 60 or older, 89% vs 64%, HR 0.24").
        analysis = d.hr is not None and d.comparator_value is not None and figures not in seen.get(key, ())
        # a cohort of another disease, named in its own sentence, is a result of its own
        cohort = bool(d.cohort) and key in cohorts and all(c and c != d.cohort for c in cohorts[key])
        if key in seen and (d.reading.table_header is None or figures in seen[key]) and not analysis and not cohort:
            continue
        seen.setdefault(key, set()).add(figures)
        cohorts.setdefault(key, []).append(d.cohort)
        kept.append(d)
    # a one-arm figure is dropped beside a comparison of the same trial only (a supporting study's is kept)
    compared = {(d.drug_id, d.endpoint, d.measure, d.time_point, d.trial) for d in kept
                if d.comparator_value is not None or d.hr is not None}
    numeric = {(d.drug_id, d.endpoint) for d in kept if not d.qualitative}
    out, qualitative_seen = [], set()
    for d in kept:
        if d.qualitative:
            if (d.drug_id, d.endpoint) in numeric or (d.drug_id, d.endpoint) in qualitative_seen:
                continue
            qualitative_seen.add((d.drug_id, d.endpoint))
        elif (d.comparator_value is None and d.hr is None
              and (d.drug_id, d.endpoint, d.measure, d.time_point, d.trial) in compared):
            continue
        out.append(d)
    return out
