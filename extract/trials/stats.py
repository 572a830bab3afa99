"""Statistics written in one sentence of a trial report: values, hazard ratios, CIs, p-values.

Everything works on one sentence's text and returns spans relative to it, so the caller can
decide which endpoint each figure belongs to. Figures that are not results (ages, follow-up,
doses, thresholds, confidence levels, changes "by 7.1%") are recognised first and masked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.text.numbers import NUMBER, WORD_NUMBER, to_float
from extract.trials.vocabulary import cue_pattern

N = NUMBER
_DASH = r"(?:-|–|—|‒|to)"

HAZARD_RATIO = re.compile(
    rf"(?:\bhazard\s+ratios?|(?<![A-Za-z])HRs?(?![A-Za-z]))(?:\s*[\[(]\s*HR\s*[\])])?"
    rf"(?:\s*:?\s+for\s+[A-Za-z][A-Za-z ,-]{{0,60}}?(?=[,:=]|\s+(?:of|was|is)\b|\s+\d))?"
    rf"(?:\s*(?:[,:=]|\bof\b|\bwas\b|\bis\b|\bwas\s+reported\s+as\b))*\s*({N})"
    rf"(?!\d|\s*(?:%|years?|months?|weeks?|days?|patients)\b)")  # "HR for progression in 2 years": no ratio
CONFIDENCE = re.compile(
    rf"\s*[;,]?\s*[\[(]?\s*(?:95\s*%|95-percent|95\s+percent)\s*(?:CI|confidence\s+interval)"
    rf"(?:\s*[\[(]\s*CI\s*[\])])?"  # "95 percent confidence interval [CI], 0.52 to 0.74"
    rf"\s*(?:[,:=]|\bof\b)?\s*[\[(]?\s*({N})\s*(?:{_DASH}|,)\s*({N})"
    rf"|\s*[\[(]\s*({N})\s*{_DASH}\s*({N})\s*[\])]")
P_VALUE = re.compile(
    rf"(?<![A-Za-z])(?:(?:one|two)[-\s]sided\s+)?[Pp](?:[-\s]?value)?\s*(=|<|>|≤|≥|<=|>=|&lt;|&gt;)\s*"
    rf"({N})(?:\s*[x×]\s*10\s*[-−–]\s*(\d+))?")
PERCENT = re.compile(rf"({N})\s*(?:%|\s(?:per\s?cent)\b)")
DURATION = re.compile(rf"({N})\s*(months?|mos?\.?|years?|yrs?)(?![A-Za-z])", re.I)
# "9.56 vs 5.95 months", "86 vs 66%": the first number shares the second one's unit.
SHARED_UNIT = re.compile(rf"({N})\s*(?:vs\.?|v\.?|versus|and|or|to)\s*{N}\s*(%|months?|years?)(?![A-Za-z])", re.I)
# "42 out of every 100 people", "about 9 in every 10 patients": a natural frequency, read as a percent.
NATURAL_FREQUENCY = re.compile(r"\b(\d{1,4})\s+(?:out\s+)?(?:of|in)\s+(?:every\s+)?(10|100|1,?000)\s+"
                               r"(?:(?:[\w-]+\s+){0,2}?(?:people|patients|participants|adults|children|women|men)\b"
                               # "compared with 8 out of every 100 taking placebo": the group named by its treatment
                               r"|(?=(?:taking|on|given|receiving|treated\s+with|who\s+(?:took|received|had))\b))", re.I)
NOT_REACHED = re.compile(r"\bnot\s+(?:yet\s+)?(?:been\s+)?reached\b|(?<![A-Za-z])NR(?![A-Za-z])")
TIME_POINT = re.compile(
    rf"\b({N}|{WORD_NUMBER})-(year|month)(?:s)?(?![-\s]*old)\b"
    rf"|\b(?:at|after|by)\s+({N})\s+(years?|months?)\b"
    # how long a response lasted, as its stratum: "for 8 weeks or longer", "lasting at least 24 weeks"
    rf"|\b(?:for|lasting)\s+(?:at\s+least\s+|≥\s*)?({N})\s+(weeks?)(?:\s+or\s+(?:longer|more))?\b"
    # a line labelled with its time point: "3 years: the corresponding rates were ..."
    rf"|^\s*({N})\s+(years?|months?)(?=\s*(?:\([^)]{{0,40}}\)\s*)?:)", re.I)

# Spans whose numbers are not results.
_MASKS = [
    re.compile(rf"\b(?:aged?|ages)\s+(?:of\s+)?(?:between\s+)?(?:≥|>=|<|≤|>)?\s*{N}\s*(?:{_DASH}|and)?\s*(?:{N})?\s*(?:years?)?", re.I),
    re.compile(rf"{N}\s*(?:{_DASH}\s*{N}\s*)?years?\s*(?:of\s+age|old)\b(?:\s*or\s+(?:older|younger|above|over))?", re.I),
    re.compile(rf"(?:≥|>=|<|≤|>|\bover|\bunder|\bolder\s+than|\byounger\s+than)\s*{N}\s*years?", re.I),
    re.compile(rf"\bmedian\s+age\b[^.;]{{0,20}}?{N}\s*(?:years?)?", re.I),
    re.compile(rf"\bfollow[-\s]?up\b[^.;]{{0,30}}?{N}\s*(?:months?|years?)|{N}\s*(?:months?|years?)\s+of\s+(?:median\s+)?follow[-\s]?up", re.I),
    re.compile(rf"{N}\s*(?:{_DASH}\s*{N}\s*)?(?:mg|mcg|µg|μg|g|ml|mL|units?|IU)(?:\s*/\s*(?:m²|m2|kg|day|d))?(?![A-Za-z])", re.I),
    # "64.9% (95% CI, 59.8%-70.0%)": the interval's bounds are not the comparator's value
    re.compile(rf"\b(?:95|90|99)\s*(?:%|-?\s*per\s?cent)\s*(?:CI|confidence(?:\s+interval)?)"
               rf"(?:\s*[\[(]\s*CI\s*[\])])?(?:\s*[,:=]?\s*(?:of\s+)?[\[(]?\s*"
               rf"{N}\s*(?:%|\s*per\s?cent)?\s*(?:{_DASH}|,)\s*{N}\s*(?:%|\s*per\s?cent)?)?", re.I),
    # "41% of the planned deaths": the share of events reported (information fraction), not a result
    re.compile(rf"{N}\s*%\s+of\s+(?:the\s+)?(?:(?:[\w-]+\s+){{0,2}}(?:deaths|events)\b|"
               rf"(?:planned|pre-?specified|expected|required|targeted|total)\b)", re.I),
    re.compile(rf"(?:≥|≤|>|<|\babove|\bbelow|\bat\s+least|\bmore\s+than|\bless\s+than|\bup\s+to|\bover|\bunder|\bexceeding)\s*{N}\s*%", re.I),
    re.compile(rf"{N}\s*%\s*or\s+(?:more|greater|higher|above|over|less|lower|below|fewer)\b", re.I),  # a cut-off
    re.compile(rf"\b(?:reduction\s+of|increase\s+of|improvement\s+of|difference\s+of|gain\s+of|"
               rf"(?:increase[sd]?|rise[sn]?|rose|improve[sd]?|reduce[sd]?|decrease[sd]?|lift(?:s|ed)?|"
               rf"raise[sd]?|extend(?:s|ed)?|prolong(?:s|ed)?|lower(?:s|ed)?|cut|boost(?:s|ed)?|grew|grows?|"
               rf"fell|falls?|dropped|drops?)\s+(?:[\w-]+\s+){{0,10}}?by)\s+"
               rf"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|~\s*)?{N}\s*"
               rf"(?:%|percentage\s+points?|months?|years?)", re.I),
    re.compile(rf"\b(?:after|at|with)\s+(?:a\s+)?median\s+(?:of\s+)?{N}\s*(?:months?|years?)", re.I),
    re.compile(rf"{N}\s*(?:kg/m2|kg/m²)", re.I),
    re.compile(rf"{N}\s*%\s*(?:lower|higher|greater|relative|reduction|reduced|improvement|decrease|increase|"
               rf"risk|of\s+(?:all\s+)?(?:cases|patients\s+(?:have|had|carry|harbou?r)))", re.I),
]


@dataclass(frozen=True)
class Figure:
    """One candidate result figure: a percent, a duration or a median "not reached"."""

    start: int
    end: int
    kind: str  # "percent" | "duration" | "not-reached"
    value: float | None
    unit: str | None  # "percent" | "months" | "years"


@dataclass(frozen=True)
class HazardRatio:
    start: int
    end: int
    value: float
    ci_low: float | None
    ci_high: float | None


@dataclass(frozen=True)
class PValue:
    start: int
    end: int
    value: float
    operator: str


@dataclass(frozen=True)
class TimePoint:
    start: int
    end: int
    label: str  # e.g. "3 years", "72 months"


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of `text` holding numbers that are not results."""
    spans = []
    for pat in _MASKS:
        spans.extend(m.span() for m in pat.finditer(text))
    return spans


def _inside(pos: int, spans) -> bool:
    return any(s <= pos < e for s, e in spans)


_GAP_TO_CUE = re.compile(r"\s*,?\s*")
_COMPARED_DURATION = re.compile(rf"\s*(?:with\s+|to\s+)?(?:about\s+|around\s+|only\s+|just\s+)?({N})\s*(years?|months?)\b",
                                re.I)


def _compared_with_a_duration(text: str, end: int, unit: str) -> bool:
    """ "alive after 21.7 months, against 16.0 months": a duration set against another duration of the same
    unit is a result (a median), not the moment a rate was measured at."""
    cue = cue_pattern("comparison").match(text, _GAP_TO_CUE.match(text, end).end())
    if not cue:
        return False
    other = _COMPARED_DURATION.match(text, cue.end())
    return bool(other) and other.group(2).lower().rstrip("s") == unit


def time_points(text: str) -> list[TimePoint]:
    out = []
    for m in TIME_POINT.finditer(text):
        num, unit = next((m.group(k), m.group(k + 1)) for k in (1, 3, 5, 7) if m.group(k))
        v = to_float(num)
        unit = unit.lower().rstrip("s")
        if v is None:
            continue
        if m.group(3) and _compared_with_a_duration(text, m.end(), unit):
            continue
        out.append(TimePoint(m.start(), m.end(), f"{v:g} {unit}s"))
    return out


# "hazard ratio for PFS, 0.46, P < .001; for OS, 0.80": a further ratio labelled with its own endpoint
_NEXT_LABELLED = re.compile(
    rf"\s*[)\]]?(?:\s*[,;]?\s*[Pp]\s*(?:=|<|>|≤|≥)\s*{N})?\s*[;,]\s*(?:and\s+)?for\s+[A-Za-z][A-Za-z -]{{0,40}}?"
    rf"(?:\s*[,:=]\s*|\s+(?:of|was|is)\s+|\s+)({N})")
_LABELLED = re.compile(r"\sfor\s", re.I)


def _with_interval(text: str, start: int, value_end: int, hr: float) -> HazardRatio:
    low = high = None
    end = value_end
    c = CONFIDENCE.match(text, value_end)
    if c:
        a, b = (c.group(1), c.group(2)) if c.group(1) else (c.group(3), c.group(4))
        lo, hi = to_float(a), to_float(b)
        if lo is not None and hi is not None:
            # kept even when it misses the HR: validation quarantines the row with that reason
            low, high, end = lo, hi, c.end()
    return HazardRatio(start, end, hr, low, high)


def hazard_ratios(text: str) -> list[HazardRatio]:
    out = []
    for m in HAZARD_RATIO.finditer(text):
        hr = to_float(m.group(1))
        if hr is None or not 0 < hr < 20:
            continue
        out.append(_with_interval(text, m.start(), m.end(), hr))
        if not _LABELLED.search(m.group()):
            continue
        nxt = _NEXT_LABELLED.match(text, out[-1].end)
        while nxt:  # each further "for <endpoint>, <ratio>" after a labelled ratio
            value = to_float(nxt.group(1))
            if value is None or not 0 < value < 20:
                break
            out.append(_with_interval(text, nxt.start(1), nxt.end(1), value))
            nxt = _NEXT_LABELLED.match(text, out[-1].end)
    return out


# The contract's p_operator has three values; "≤" and "≥" read as "<" and ">".
P_OPS = {"=": "=", "<": "<", ">": ">", "≤": "<", "≥": ">", "<=": "<", ">=": ">",
         "&lt;": "<", "&gt;": ">"}


def p_value_of(m: re.Match) -> tuple[float, str] | None:
    """(value, operator) of one P_VALUE match, or None when it holds no number."""
    v = to_float(m.group(2))
    if v is None:
        return None
    if m.group(3):
        v = v * 10 ** -int(m.group(3))
    return round(v, 12), P_OPS[m.group(1)]


def p_values(text: str) -> list[PValue]:
    out = []
    for m in P_VALUE.finditer(text):
        read = p_value_of(m)
        if read is not None:  # a p above 1 is kept for validation to quarantine with its reason
            out.append(PValue(m.start(), m.end(), *read))
    return out


def figures(text: str, skip: list[tuple[int, int]]) -> list[Figure]:
    """Percents, durations and "not reached" outside masked, time-point and statistic spans."""
    out = []
    for m in PERCENT.finditer(text):
        if not _inside(m.start(1), skip):
            v = to_float(m.group(1))
            if v is not None:  # above 100 is kept: validation quarantines the row with its reason
                out.append(Figure(m.start(), m.end(), "percent", v, "percent"))
    for m in DURATION.finditer(text):
        if _inside(m.start(1), skip):
            continue
        v = to_float(m.group(1))
        unit = "years" if m.group(2).lower().startswith("y") else "months"
        if v is not None and v > 0:
            out.append(Figure(m.start(), m.end(), "duration", v, unit))
    for m in SHARED_UNIT.finditer(text):
        if _inside(m.start(1), skip):
            continue
        v = to_float(m.group(1))
        unit = m.group(2).lower()
        if v is None:
            continue
        if unit == "%":
            out.append(Figure(m.start(1), m.end(1), "percent", v, "percent"))
        elif v > 0:
            unit = "years" if unit.startswith("y") else "months"
            out.append(Figure(m.start(1), m.end(1), "duration", v, unit))
    for m in NATURAL_FREQUENCY.finditer(text):
        n, base = int(m.group(1)), int(m.group(2).replace(",", ""))
        if n <= base and not _inside(m.start(1), skip):
            out.append(Figure(m.start(1), m.end(2), "percent", round(100 * n / base, 1), "percent"))
    for m in NOT_REACHED.finditer(text):
        if not _inside(m.start(), skip):
            out.append(Figure(m.start(), m.end(), "not-reached", None, None))
    out.sort(key=lambda f: f.start)
    # "not reached (NR)": one figure, not two.
    dedup: list[Figure] = []
    for f in out:
        if dedup and f.kind == dedup[-1].kind == "not-reached" and f.start - dedup[-1].end <= 3:
            continue
        dedup.append(f)
    return dedup


def sentence_statistics(text: str):
    """(figures, hazard ratios, p-values, time points) of one sentence."""
    hrs = hazard_ratios(text)
    ps = p_values(text)
    tps = time_points(text)
    skip = masked_spans(text) + [(h.start, h.end) for h in hrs] + [(p.start, p.end) for p in ps] \
        + [(t.start, t.end) for t in tps]
    return figures(text, skip), hrs, ps, tps
