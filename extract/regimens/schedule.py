"""The dosing schedule written in a piece of text: route, frequency, days on and off, cycle, infusion.

A pure reading of one text segment (the part of a sentence that belongs to one drug); deciding
which drug a segment belongs to is `extract.regimens.rows`' job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields

from extract.text.lexicon_files import read_yaml
from extract.text.numbers import NUMBER, WORD_NUMBER, to_float, to_int
from extract.regimens.vocabulary import frequency_of, frequency_pattern, route_patterns
from extract.text.phrases import fold_text

_N = rf"(?:\d+|{WORD_NUMBER})"
_TO = r"(?:-|–|—|to|through|until)"

_TREATMENT_DAYS = (
    re.compile(rf"\bfor\s+(?:a\s+total\s+of\s+)?({_N})\s+(?:consecutive\s+)?days\b", re.I),
    re.compile(rf"(?:\bx|×)\s*({_N})\s+(?:consecutive\s+)?days\b", re.I),
    re.compile(rf"\b({_N})\s+consecutive\s+days\b", re.I),
)
# "three weeks on and one week off", "for 3 weeks, followed by 1 week off": treatment and rest in weeks.
_WEEKS_ON_OFF = re.compile(rf"\b({_N})[-\s]weeks?\s+on\b[^.;]{{0,20}}?\b({_N})[-\s]weeks?\s+off\b", re.I)
_WEEKS_THEN_OFF = re.compile(rf"\bfor\s+({_N})\s+weeks?\b[^.;]{{0,40}}?\b({_N})[-\s]weeks?\s+"
                             rf"(?:off|of\s+rest|without\s+treatment|(?:treatment[-\s]free\s+)?(?:break|rest))\b", re.I)
# "infused over 30 minutes": a duration of administration in minutes or hours is an infusion.
_INFUSED_OVER = re.compile(rf"\bover\s+(?:about\s+)?(?:{_N}|{NUMBER})\s+(?:minutes?|hours?|mins?)\b", re.I)
_DAY_RANGE = re.compile(rf"\b(?:from\s+)?days?\s+(\d+)\s*{_TO}\s*(?:day\s+)?(\d+)\b", re.I)
_DAY_LIST = re.compile(r"\bdays?\s+\d+\s*(?:,\s*\d+\s*)*(?:,?\s*(?:and|&)\s*\d+)", re.I)
# "days 1 to 5 and 8 to 12", "days 1-4, 9-12 and 17-20": the further ranges of one list
_MORE_RANGES = re.compile(rf"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:days?\s+)?(\d+)\s*{_TO}\s*(\d+)\b", re.I)
# Days evenly spaced through the whole cycle are a frequency: "days 1 and 15 of a 28-day cycle".
_EVERY = {7: "weekly", 14: "every 2 weeks", 21: "every 3 weeks", 28: "every 4 weeks"}
_STEP_UP = re.compile(r"\b(?:step[-\s]?up|priming|ramp[-\s]?up|test)\s+dos", re.I)  # days of the lead-in doses
_REST_DAYS = (
    re.compile(rf"\b({_N})[-\s]days?\s+(?:treatment[-\s]free\s+|drug[-\s]free\s+)?(?:break|rest|gap|pause|interval)\b", re.I),
    re.compile(rf"\b(?:break|rest|pause)\s+(?:period\s+)?(?:of\s+)({_N})\s+days\b", re.I),
    re.compile(rf"\b({_N})\s+days\s+(?:off|of\s+rest|without\s+treatment)\b", re.I),
)
_CYCLE = (
    (re.compile(rf"\b({_N})[-\s]day\s+(?:treatment\s+)?(?:cycles?|courses?)\b", re.I), 1),
    (re.compile(rf"\b({_N})[-\s]week\s+(?:treatment\s+)?(?:cycles?|courses?)\b", re.I), 7),
    (re.compile(rf"\b(?:cycles?|courses?)\s+(?:of|lasting|(?:are\s+|is\s+)?repeated\s+every|every)\s+({_N})"
                rf"(?:\s+or\s+\d+)?\s+days\b", re.I), 1),
    (re.compile(rf"\b(?:cycles?|courses?)\s+(?:of|lasting|(?:are\s+|is\s+)?repeated\s+every|every)\s+({_N})"
                rf"(?:\s+or\s+\d+)?\s+weeks\b", re.I), 7),
    (re.compile(rf"\beach\s+(?:cycle\s+)?lasting\s+({_N})\s+days\b", re.I), 1),
    (re.compile(rf"\b(?:repeated|repeat|given\s+again)\s+every\s+({_N})\s+days\b", re.I), 1),
    (re.compile(rf"\b(?:repeated|repeat|given\s+again)\s+every\s+({_N})\s+weeks\b", re.I), 7),
    (re.compile(rf"\bevery\s+(14|21|28|35|42|56)\s+days\b", re.I), 1),
)
_INFUSION = (
    (re.compile(rf"\b(?:over|for|during)\s+(?:about\s+)?({_N}|{NUMBER})\s+hours?\b", re.I), 1.0),
    (re.compile(rf"\b(?:over|for|during)\s+(?:about\s+)?({_N}|{NUMBER})\s+minutes?\b", re.I), 1 / 60),
    (re.compile(rf"\b({_N}|{NUMBER})[-\s]hours?\s+(?:intravenous\s+)?infusion\b", re.I), 1.0),
    (re.compile(rf"\b({_N}|{NUMBER})[-\s]minutes?\s+(?:intravenous\s+)?infusion\b", re.I), 1 / 60),
)
_CONTINUOUS = re.compile(r"\bcontinuous(?:ly)?\s+(?:intravenous\s+|iv\s+|i\.v\.\s+)?infusion\b|"
                         r"\binfused\s+continuously\b|\bcontinuous\s+IV\b", re.I)
DOSE = re.compile(rf"{NUMBER}\s*(?:(?:-|–|to)\s*{NUMBER}\s*)?(?:mg|mcg|µg|μg|g|units|IU)"
                  rf"(?:\s*(?:/|per)\s*(?:m²|m2|kg|square\s+met(?:er|re)|day|d))?(?![A-Za-z])", re.I)
ADMINISTRATION = re.compile(
    r"(?<![-\w])(?:given|give|gives|giving|take|takes|taken|taking|administered|administer|infused|injected|"
    r"receive|receives|received|dose|doses|dosed|dosing|prescribed|swallow(?:ed)?|comes?\s+as|"
    r"comes?\s+in|starting\s+dose|recommended\s+dose)\b"
    # "X is an injection under the skin": the route said as what the medicine is
    r"|\b(?:is|are)\s+(?:now\s+|usually\s+|also\s+|often\s+)?(?:given\s+as\s+)?an?\s+(?:\w+\s+)?(?:injection|infusion)s?\b",
    re.I)
_REACTION = re.compile(r"[\s-]*(?:related\s+)?(?:reactions?|site)\b", re.I)
_NOT_THIS_ROUTE = re.compile(r"\b(?:rather\s+than|instead\s+of|not|no\s+longer|replac(?:es|ed|ing))\s+"
                             r"(?:(?:as|by|through|via|with|in|an?|the)\s+){0,3}$", re.I)
# "starting the day before each infusion", "1 hour before the injection": the route word names another
# administration as a moment in time, not how the dosed drug is given
_AS_A_MOMENT = re.compile(r"\b(?:before|after|prior\s+to|ahead\s+of|following|during|until)\s+(?:each|every|the|your|an?|"
                          r"its|their)?\s*(?:first\s+|next\s+|following\s+)?$", re.I)
_ROUTE_NOUN = re.compile(r"(?:infusion|injection|drip)s?$", re.I)
# "Crizotinib 200 mg and 250 mg capsules": a form after the strengths it is sold in
_STRENGTHS = re.compile(rf"{DOSE.pattern}(?:\s*(?:,|and|or|/)\s*{DOSE.pattern})*\s*$", re.I)
_WEEK = read_yaml(__package__, "week_days.yaml")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEK["weekdays"]) + r")s?\b", re.I)
_WEEKDAY_RANGE = re.compile(r"\b(?:" + "|".join(_WEEK["weekdays"]) + r")" + _WEEK["ranges"]
                            + r"(?:" + "|".join(_WEEK["weekdays"]) + r")\b", re.I)
_DAYS_OF_THE_WEEK = re.compile(_WEEK["day_numbers"], re.I)
_PER_WEEK = {int(k): v for k, v in _WEEK["per_week"].items()}
_NOT_IV = re.compile(r"(?:stage|grade|phase|type|class|III|II|or|and)\s*$", re.I)


@dataclass
class Schedule:
    """Schedule facts read from one segment; None where the text is silent."""

    routes: tuple[str, ...] = ()
    route_is_form: bool = False
    strengths_only: bool = False  # the only route is a form written after its strengths ("150 mg capsules")
    frequency: str | None = None
    treatment_days: int | None = None
    rest_days: int | None = None
    cycle_days: int | None = None
    infusion_hours: float | None = None
    day_list: bool = False
    days: tuple[int, ...] = ()  # the days of a day list, when one is written
    step_up: bool = False  # the days listed are those of lead-in (step-up) doses
    dose: str | None = None
    administration: bool = False

    @property
    def timing(self) -> bool:
        """States when or how long (not only how much or by which route)."""
        return any(v is not None for v in (self.frequency, self.treatment_days, self.rest_days,
                                           self.cycle_days, self.infusion_hours)) or self.day_list

    @property
    def states_regimen(self) -> bool:
        """Enough to be a dosing schedule: timing or a route, said of giving a dose of the drug
        ("daily life" or "a 5-day hospital stay" alone are not schedules)."""
        given = self.administration or self.dose is not None
        if self.strengths_only and not self.timing and not self.administration:
            return False  # what is sold, not how it is given
        return (self.timing and (given or bool(self.routes))) or \
            (bool(self.routes) and (given or self.route_is_form))

    def derive_frequency(self) -> None:
        """A frequency from a day list that covers the cycle evenly ("days 1, 8, 15 and 22 of 28")."""
        d = self.days
        if self.frequency or self.step_up or len(d) < 2 or not self.cycle_days:
            return
        steps = {b - a for a, b in zip(d, d[1:])}
        step = steps.pop() if len(steps) == 1 else None
        if step in _EVERY and d[0] == 1 and d[-1] + step == self.cycle_days + 1:
            self.frequency = _EVERY[step]
        elif _twice_a_week(d):
            self.frequency = "twice weekly"

    def fill_from(self, other: "Schedule") -> None:
        """Take every fact `other` states that this schedule leaves open."""
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if mine in (None, (), False) and theirs not in (None, (), False):
                setattr(self, f.name, theirs)


def _twice_a_week(days: tuple[int, ...]) -> bool:
    """ "Days 1, 4, 8 and 11": two doses 3 or 4 days apart in each week that has a dose, in at least two
    weeks (back-to-back days, "1, 2, 8, 9", are a two-day course, not a twice-weekly schedule)."""
    weeks: dict[int, list[int]] = {}
    for day in days:
        weeks.setdefault((day - 1) // 7, []).append(day)
    return len(weeks) >= 2 and all(len(w) == 2 and w[1] - w[0] in (3, 4) for w in weeks.values())


def _fold_key(surface: str) -> str:
    """A route phrase matched in folded text, as its lexicon key ("by  mouth" -> "by mouth")."""
    return re.sub(r" +", " ", surface).strip()


def _routes(text: str) -> tuple[tuple[str, ...], bool, bool]:
    """(routes in order of mention, all stated by a dosage form, every form written after strengths)."""
    folded_pat, exact_pat, table = route_patterns()
    found, form_only, strengths = [], True, True
    matches = [(m, _fold_key(m.group())) for m in folded_pat.finditer(fold_text(text))]
    matches += [(m, m.group()) for m in exact_pat.finditer(text)]
    for m, key in matches:
        if m.group() == "IV" and _NOT_IV.search(text[max(0, m.start() - 12):m.start()]):
            continue
        if _NOT_THIS_ROUTE.search(text[max(0, m.start() - 30):m.start()]):
            continue  # "under the skin rather than as a drip": the drip is the route not used
        if _REACTION.match(text, m.end()) and m.group().lower().startswith("infusion"):
            continue  # "infusion reactions": a side effect, not how the drug is given
        if _ROUTE_NOUN.match(m.group()) and _AS_A_MOMENT.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "the day before each infusion": another administration, as a moment
        route, is_form = table[key]
        found.append((m.start(), route))
        form_only = form_only and is_form
        strengths = strengths and is_form and _STRENGTHS.search(text[max(0, m.start() - 60):m.start()]) is not None
    ordered = tuple(dict.fromkeys(r for _, r in sorted(found)))
    return ordered, bool(ordered) and form_only, bool(ordered) and strengths


def _times_a_week(text: str) -> str | None:
    """The frequency of doses on named days of each week ("on Monday and Thursday", "days 1, 3 and 5 of
    every week"); None when no such days are named or they are a run ("Monday to Friday")."""
    m = _DAYS_OF_THE_WEEK.search(text)
    if m:
        return _PER_WEEK.get(len(set(re.findall(r"\d+", m.group(1)))))
    if _WEEKDAY_RANGE.search(text):
        return None
    return _PER_WEEK.get(len({d.lower() for d in _WEEKDAY.findall(text)}))


def _first_int(patterns, text: str) -> int | None:
    for pat in patterns:
        m = pat.search(text)
        if m:
            return to_int(m.group(1))
    return None


def read_schedule(text: str) -> Schedule:
    """Everything `text` says about how a drug is given."""
    s = Schedule()
    s.routes, s.route_is_form, s.strengths_only = _routes(text)
    cycle_spans = []
    for pat, factor in _CYCLE:
        m = pat.search(text)
        if m and s.cycle_days is None:
            n = to_int(m.group(1))
            if n:
                s.cycle_days = n * factor
                cycle_spans.append(m.span())
    if _CONTINUOUS.search(text):
        s.frequency = "continuous"
    else:
        pat, _ = frequency_pattern()
        for m in pat.finditer(text):
            if not any(a <= m.start() < b for a, b in cycle_spans):
                s.frequency = frequency_of(m.group())
                break
    s.treatment_days = _first_int(_TREATMENT_DAYS, text)
    per_week = _times_a_week(text)
    weeks = _WEEKS_ON_OFF.search(text) or _WEEKS_THEN_OFF.search(text)
    if s.treatment_days is None and weeks:
        on, off = to_int(weeks.group(1)), to_int(weeks.group(2))
        if on and off:
            s.treatment_days, s.rest_days = on * 7, off * 7
    if s.treatment_days is None:
        m = _DAY_RANGE.search(text)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if b >= a:
                s.treatment_days = b - a + 1
                more = _MORE_RANGES.match(text, m.end())
                while more and int(more.group(2)) >= int(more.group(1)) > b:
                    a, b = int(more.group(1)), int(more.group(2))
                    s.treatment_days += b - a + 1
                    more = _MORE_RANGES.match(text, more.end())
        else:
            m = _DAY_LIST.search(text)
            if m:
                s.day_list = True
                s.days = tuple(int(x) for x in re.findall(r"\d+", m.group()))
                s.step_up = bool(_STEP_UP.search(text, max(0, m.start() - 40), m.start()))
                if not s.step_up:
                    s.treatment_days = len(s.days)  # "days 1, 4, 8 and 11": 4 days
    if per_week:  # "days 1 and 4 of every week": a frequency, not a two-day course
        s.frequency = per_week
        if s.day_list:
            s.treatment_days, s.day_list, s.days = None, False, ()
    if s.rest_days is None:
        s.rest_days = _first_int(_REST_DAYS, text)
    if not s.routes and _INFUSED_OVER.search(text):
        s.routes = ("intravenous",)
    if "intravenous" in s.routes:
        for pat, factor in _INFUSION:
            m = pat.search(text)
            if m:
                v = to_float(m.group(1))
                if v:
                    s.infusion_hours = round(v * factor, 4)
                    break
    if s.treatment_days is not None and s.cycle_days is not None and s.treatment_days > s.cycle_days:
        s.cycle_days = None
    s.derive_frequency()
    d = DOSE.search(text)
    s.dose = d.group() if d else None
    s.administration = bool(ADMINISTRATION.search(text))
    return s
