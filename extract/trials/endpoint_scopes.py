"""From a sentence's endpoint mentions and figures to draft results: which stretch of the sentence each endpoint
owns, which figures it takes ("respectively", one per time point) and the measure they give (median, rate,
hazard ratio only)."""
from __future__ import annotations

import re

from extract.trials.arms import RESPECTIVELY
from extract.trials.drafts import Draft, Reading
from extract.trials.time_points import by_time_point, nearest
from extract.trials.vocabulary import cue_pattern

_CONJUNCTION = re.compile(r"^\s*(?:,|and|or|/|&|,\s*and)\s*(?:the\s+)?(?:median\s+)?$", re.I)  # "PFS and median OS"
_MEDIAN = re.compile(r"\bmedian\b", re.I)
# "75% of 80 patients responded and 41% had a complete response": a figure written just before
# the next endpoint, as its subject, is that endpoint's figure.
_FIGURE_AS_SUBJECT = re.compile(r"^\s*(?:of\s+(?:the\s+)?(?:\d+\s+)?(?:patients|people|participants)\s+)?"
                                r"(?:had|achieved|attained|reached|experienced|obtained|got)\s+(?:an?\s+)?$"
                                r"|^\s*$", re.I)  # or written as its modifier: "an 83% objective response rate"


def endpoint_scopes(r: Reading):
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


def scope_drafts(r: Reading, endpoint: str, start: int, end: int, pick: int | None = None) -> list[Draft]:
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


def respective_scopes(r: Reading, scoped):
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
