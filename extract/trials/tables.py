"""Results tables flattened to "a | b | c" rows, read as tables rather than as sentences.

The header row names what each column holds: an arm (a drug or a comparator term), the hazard
ratio, the p-value, or (when the arms are the rows) an endpoint. A body row's first cell names its
endpoint (or its arm), often with the unit ("Median PFS, months", "ORR (%)"); its other cells hold
bare numbers ("18.4 (15.0-21.0)", "NR", "0.46 (0.37-0.57)", "<0.001"). Each cell is read on its own,
so a median's interval is not taken for the comparator's value.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.text.numbers import NUMBER, to_float
from extract.trials.arms import Arm, arm_in, same_arm
from extract.trials.context import TrialContext
from extract.trials.drafts import Draft, Reading
from extract.trials.endpoints import EndpointMention, endpoint_mentions
from extract.trials.stats import (P_OPS, P_VALUE, Figure, HazardRatio, PValue, TimePoint, p_value_of,
                                  sentence_statistics, time_points)

_CELL = re.compile(r"[^|]+")
_N = NUMBER
_DASH = r"(?:-|–|—|‒|to|,)"
_HR_HEAD = re.compile(r"(?<![A-Za-z])HR(?![A-Za-z])|\bhazard\s+ratio", re.I)
_P_HEAD = re.compile(r"^\s*(?:two[-\s]sided\s+|one[-\s]sided\s+)?p(?:[-\s]?values?)?\s*$", re.I)
_CI_ONLY = re.compile(r"^\s*(?:95\s*%\s*)?(?:CI|confidence\s+interval)\s*$", re.I)
_NOT_REACHED = re.compile(r"^\s*(?:NR|NE|not\s+(?:yet\s+)?reached|not\s+estimable)(?![A-Za-z])", re.I)
_VALUE = re.compile(rf"^\s*(?:[~≈]\s*)?({_N})\s*(%|months?|mos?\.?|years?|yrs?)?(?![A-Za-z])", re.I)
_COUNT_PERCENT = re.compile(rf"^\s*\d+(?:\s*/\s*\d+)?\s*\(\s*({_N})\s*(%)?\s*\)")  # a count and its percent
_HR_CELL = re.compile(rf"^\s*({_N})\s*(?:[\[(;,]\s*)?(?:95\s*%\s*CI[:,]?\s*)?(?:({_N})\s*{_DASH}\s*({_N}))?")
_P_CELL = re.compile(rf"(?:^|[;,]|(?<![A-Za-z])[Pp]\s*)\s*(=|<|>|≤|≥|<=|>=)?\s*({_N})\s*$")
_PERCENT_UNIT = re.compile(r"%|\bper\s?cent\b|\brates?\b|\bproportion\b", re.I)
_MONTHS_UNIT = re.compile(r"\bmonths?\b|\bmos?\b\.?", re.I)
_YEARS_UNIT = re.compile(r"\byears?\b|\byrs?\b", re.I)
_MEDIAN = re.compile(r"\bmedian\b", re.I)
_CI_TEXT = re.compile(r"\b(?:95|90|99)\s*%\s*(?:CI|confidence\s+interval)", re.I)
_TIME_TO_EVENT = ("survival", "time-to-", "duration-of")
_ARM_WORDS = re.compile(r"^\s*[A-Za-z][\w+/.-]*(?:\s+[\w+/.()=-]+){0,4}\s*$")
_CI_NOTE = re.compile(r"[\s,]*[(\[]?\s*(?:95|90|99)\s*%\s*(?:CI|confidence\s+interval)\s*[)\]]?", re.I)
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
# A cell that names its statistic ("HR 0.65 (95% CI 0.52-0.81); p<0.001", "p=0.005") under a column
# that names none ("Effect", "Comparison"): the row's hazard ratio and p-value, not an arm's figure.
_HR_LABEL = re.compile(r"\s*(?:HR|hazard\s+ratio)\b\s*[:=,]?\s*", re.I)
_P_LABEL = re.compile(r"\s*p\s*(?:=|<|>|≤|≥|<=|>=)\s*\d", re.I)


def _cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table row flattened as "a | b | c"."""
    return [(m.start(), m.end()) for m in _CELL.finditer(text)]


@dataclass
class Layout:
    """What each column of one table holds, read from its header row."""

    header: Reading
    cells: list[tuple[int, int]]
    roles: list[str]  # "label" | "arm" | "hr" | "p" | "endpoint" | "other"
    arms: list[Arm | None]
    endpoints: list[EndpointMention | None]
    units: list[str | None]  # unit written in the column's header ("Momelotinib, %")


def _unit_in(text: str) -> str | None:
    text = _CI_TEXT.sub(" ", text)
    if _PERCENT_UNIT.search(text):
        return "percent"
    if _MONTHS_UNIT.search(text):
        return "months"
    if _YEARS_UNIT.search(text) and not re.search(r"\d+[-\s]years?", text):
        return "years"
    return None


def _layout(header: Reading) -> Layout:
    text = header.sentence.text
    cells = _cells(text)
    roles, arms, eps, units, raw = [], [], [], [], []
    for k, (a, b) in enumerate(cells):
        cell = text[a:b]
        arm = eps_here = None
        if k == 0:
            role = "label"
        elif _HR_HEAD.search(cell):
            role = "hr"
        elif _P_HEAD.match(cell):
            role = "p"
        elif _CI_ONLY.match(cell):
            role = "other"
        else:
            arm = arm_in(text, a, b, header.drugs)
            found = [EndpointMention(e.start + a, e.end + a, e.endpoint) for e in endpoint_mentions(cell)]
            if arm is not None:
                role = "arm"
            elif found:
                role, eps_here = "endpoint", found[0]
            elif _ARM_WORDS.match(_CI_NOTE.sub("", cell)) and not sentence_statistics(cell)[0]:
                # a short column name the lexicons do not know ("Control", "SOC"): an arm as written
                role, arm = "arm", Arm(a, b, (), " ".join(_CI_NOTE.sub("", cell).split()))
            else:
                role = "other"
        roles.append(role)
        arms.append(arm)
        eps.append(eps_here)
        units.append(_unit_in(cell) if k else None)
        raw.append(role == "arm" and arm is not None and not arm.drugs and arm.label == " ".join(
            _CI_NOTE.sub("", cell).split()))
    if not any(a is not None and a.drugs for a in arms):
        # no column names a drug ("All patients (n=120)"): a one-arm table of the page's trial drug
        arms = [None if is_raw else a for a, is_raw in zip(arms, raw)]
    return Layout(header, cells, roles, arms, eps, units)


def mark_tables(readings: list[Reading]) -> None:
    """Give each row of a flattened table ("a | b | c" lines in a row) its header row: the first
    of them, when it holds no figure ("Endpoint | Cilta-cel | Standard care"). One pass."""
    header = None
    for k, r in enumerate(readings):
        if " | " not in r.sentence.text:
            header = None
            continue
        first = k == 0 or " | " not in readings[k - 1].sentence.text
        if first or (not sentence_statistics(r.sentence.text)[0]
                     and (header is None or len(_cells(r.sentence.text)) > len(header.table_layout.cells))):
            # the table's first row, or a wider row without figures under a caption ("Table 2 | Outcomes")
            header = None if sentence_statistics(r.sentence.text)[0] else r
            if header is not None:
                header.table_layout = _layout(header)
            continue
        r.table_header = header
        if header is not None:
            _read_row(r, header.table_layout)


def _figure(text: str, a: int, b: int, unit: str | None) -> Figure | None:
    """The result one cell holds: its first number (a median's interval after it is not another
    result), with the cell's own unit, else `unit`."""
    cell = text[a:b]
    m = _NOT_REACHED.match(cell)
    if m:
        return Figure(a + m.start(), a + m.end(), "not-reached", None, None)
    count = _COUNT_PERCENT.match(cell)
    if count and (count.group(2) or unit == "percent"):  # "138 (40.6)" under "n (%)", "47/75 (47.3%)"
        v = to_float(count.group(1))
        return None if v is None else Figure(a + count.start(1), a + count.end(1), "percent", v, "percent")
    m = _VALUE.match(cell)
    if not m:
        return None
    v = to_float(m.group(1))
    own = m.group(2)
    if own:
        unit = "percent" if own == "%" else ("years" if own.lower().startswith("y") else "months")
    if v is None or unit is None:
        return None
    if unit == "percent":
        return Figure(a + m.start(1), a + m.end(), "percent", v, "percent")
    return Figure(a + m.start(1), a + m.end(), "duration", v, unit) if v > 0 else None


def _hazard_ratio(text: str, a: int, b: int) -> tuple[HazardRatio | None, PValue | None]:
    cell = text[a:b]
    m = _HR_CELL.match(cell)
    if not m:
        return None, None
    hr = to_float(m.group(1))
    if hr is None or hr <= 0:
        return None, None
    low = to_float(m.group(2)) if m.group(2) else None
    high = to_float(m.group(3)) if m.group(3) else None
    rest = P_VALUE.search(text, a + m.end(), b)
    p = PValue(rest.start(), rest.end(), *p_value_of(rest)) if rest else None
    return HazardRatio(a + m.start(1), a + m.end(), hr, low, high), p


def _labelled_statistics(text: str, a: int, b: int) -> tuple[HazardRatio | None, PValue | None]:
    """The hazard ratio and p-value of a cell that names them ("HR 0.65 (95% CI ...); p<0.001")."""
    m = _HR_LABEL.match(text, a, b)
    if m:
        return _hazard_ratio(text, m.end(), b)
    if _P_LABEL.match(text, a, b):
        rest = P_VALUE.search(text, a, b)
        return None, (PValue(rest.start(), rest.end(), *p_value_of(rest)) if rest else None)
    return None, None


def _p_value(text: str, a: int, b: int) -> PValue | None:
    m = _P_CELL.search(text[a:b])
    if not m:
        return None
    v = to_float(m.group(2))
    if v is None:
        return None
    return PValue(a + m.start(), a + m.end(), round(v, 12), P_OPS.get(m.group(1) or "=", "="))


def _row_unit(label: str, endpoint: str | None, tps: list[TimePoint]) -> str | None:
    """The unit of a row's figures when their cells write none: the label's, else the endpoint's kind."""
    unit = _unit_in(label)
    if unit or endpoint is None:
        return unit
    if _time_to_event(endpoint):
        return "percent" if tps and not _MEDIAN.search(label) else "months"
    return "percent"


def _time_to_event(endpoint: str) -> bool:
    return endpoint.endswith(_TIME_TO_EVENT[0]) or endpoint.startswith(_TIME_TO_EVENT[1:])


def _read_row(r: Reading, layout: Layout) -> None:
    """A body row whose first cell names an endpoint: its endpoint, figures, HR and p, cell by cell."""
    text = r.sentence.text
    cells = _cells(text)
    if len(cells) > len(layout.cells) or len(cells) < 2:  # a shorter row leaves its last cells empty
        return
    a0, b0 = cells[0]
    label_eps = [EndpointMention(e.start + a0, e.end + a0, e.endpoint) for e in endpoint_mentions(text[a0:b0])]
    if not label_eps:  # "Total symptom score (TSS) reduction": the name around an alias
        bare = _PARENTHESIS.sub("", text[a0:b0])
        label_eps = [EndpointMention(a0, b0, e.endpoint) for e in endpoint_mentions(bare)]
    if not label_eps:
        r.endpoints = []
        r.stats = ((), (), (), ())
        return
    tps = time_points(text[a0:b0])
    tps = [TimePoint(t.start + a0, t.end + a0, t.label) for t in tps]
    row_unit = _row_unit(text[a0:b0], label_eps[0].endpoint, tps)
    figs, hrs, ps = [], [], []
    for k, (a, b) in enumerate(cells[1:], start=1):
        role = layout.roles[k]
        if role in ("arm", "other"):  # an arm's figure never opens with "HR" or "p ="
            hr, p = _labelled_statistics(text, a, b)
            if hr is not None or p is not None:
                hrs.extend([hr] if hr is not None else [])
                ps.extend([p] if p is not None else [])
                continue
        if role == "arm":
            f = _figure(text, a, b, layout.units[k] or row_unit)
            if f is not None:
                figs.append(f)
        elif role == "hr":
            hr, p = _hazard_ratio(text, a, b)
            if hr is not None:
                hrs.append(hr)
            if p is not None:
                ps.append(p)
        elif role == "p":
            p = _p_value(text, a, b)
            if p is not None:
                ps.append(p)
    r.endpoints = label_eps[:1]
    r.stats = (figs, hrs, ps, tps)


def column_arms(r: Reading, values) -> list[Arm | None]:
    """The arm each value's column names in the table header, in the values' order."""
    header = r.table_header
    if header is None:
        return []
    head_text, row_cells, head_cells = header.sentence.text, _cells(r.sentence.text), _cells(header.sentence.text)
    if len(row_cells) > len(head_cells):
        return []
    layout = header.table_layout
    arms = []
    for v in values:
        col = next((k for k, (a, b) in enumerate(row_cells) if a <= v.start < b), None)
        if col is not None and layout is not None:
            arms.append(layout.arms[col])
        else:
            arms.append(None if col is None else arm_in(head_text, *head_cells[col], header.drugs))
    return arms


def arm_rows(readings: list[Reading]) -> list[tuple[Reading, Layout, Arm]]:
    """Body rows of tables whose columns are endpoints and whose first cell names an arm."""
    out = []
    for r in readings:
        header = r.table_header
        layout = getattr(header, "table_layout", None) if header is not None else None
        if layout is None or "endpoint" not in layout.roles:
            continue
        cells = _cells(r.sentence.text)
        if len(cells) > len(layout.cells):
            continue
        arm = arm_in(r.sentence.text, *cells[0], r.drugs)
        if arm is not None:
            out.append((r, layout, arm))
    return out


def arm_row_statistics(r: Reading, layout: Layout) -> tuple[int | None, HazardRatio | None, PValue | None]:
    """(column, hazard ratio, p-value) of a row of an arms-as-rows table: the column they belong to is
    the table's one endpoint column, else its one time-to-event column."""
    columns = [k for k, e in enumerate(layout.endpoints) if e is not None]
    timed = [k for k in columns if _time_to_event(layout.endpoints[k].endpoint)]
    owner = columns[0] if len(columns) == 1 else (timed[0] if len(timed) == 1 else None)
    if owner is None:
        return None, None, None
    text, hr, p = r.sentence.text, None, None
    for k, (a, b) in enumerate(_cells(text)):
        if layout.roles[k] == "hr" and hr is None:
            hr, p_in = _hazard_ratio(text, a, b)
            p = p or p_in
        elif layout.roles[k] == "p" and p is None:
            p = _p_value(text, a, b)
    return owner, hr, p


def arm_row_figures(r: Reading, layout: Layout) -> dict[int, Figure]:
    """Column -> the figure a row of an arms-as-rows table gives for that column's endpoint."""
    text = r.sentence.text
    out = {}
    for k, (a, b) in enumerate(_cells(text)):
        ep = layout.endpoints[k]
        if layout.roles[k] != "endpoint" or ep is None:
            continue
        head = layout.header.sentence.text[slice(*layout.cells[k])]
        tps = time_points(head)
        f = _figure(text, a, b, layout.units[k] or _row_unit(head, ep.endpoint, tps))
        if f is not None:
            out[k] = f
    return out


def arm_row_drafts(readings: list[Reading], ctx: TrialContext) -> dict[int, list[Draft]]:
    """Tables with the arms as rows and the endpoints as columns ("Arm | ORR, % | Median PFS"): the
    comparator row (the article's comparator, placebo or a non-drug arm, else the last row) gives
    each other row's comparator value, column by column."""
    tables: dict[int, list] = {}
    for r, layout, arm in arm_rows(readings):
        tables.setdefault(layout.header.index, []).append((r, layout, arm))
    out: dict[int, list[Draft]] = {}
    for rows in tables.values():
        if len(rows) < 2:
            continue
        comp = next((x for x in rows if same_arm(x[2], ctx.comparator)), None) or \
            next((x for x in rows if not x[2].drugs or x[2].label == "placebo"), rows[-1])
        comp_figs = arm_row_figures(comp[0], comp[1])
        for r, layout, arm in rows:
            if r is comp[0] or not arm.drugs:
                continue
            owner, hr, p = arm_row_statistics(r, layout)
            for k, f in arm_row_figures(r, layout).items():
                c = comp_figs.get(k)
                tps = time_points(layout.header.sentence.text[slice(*layout.cells[k])])
                mine = k == owner
                d = Draft(r, layout.endpoints[k].endpoint, "rate" if f.kind == "percent" else "median", [f],
                          f.unit or (c.unit if c else None), hr if mine else None, p if mine else None,
                          tps[0].label if tps else None, False)
                d.drug_id = ctx.experimental if ctx.experimental in arm.drugs else arm.lead_drug(comp[2])
                d.signature, d.comparator = arm.drugs, comp[2].label
                d.comparator_value = c.value if c else None
                out.setdefault(r.index, []).append(d)
    return out
