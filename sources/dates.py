"""Dates of an article: parsing any common date format, and reading labelled dates
("Published:", "Last updated:", "Medical review date:") from page lines."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for m in names}
_MONTH_RE = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
DATE_PATTERN = (rf"(?:{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
                rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_RE},?\s+\d{{4}}"
                r"|\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"
                r"|\d{4}/\d{1,2}/\d{1,2}"
                r"|\d{1,2}/\d{1,2}/\d{4}"
                rf"|{_MONTH_RE}\s+\d{{4}})")
_DATE_RE = re.compile(DATE_PATTERN, re.IGNORECASE)
# "reviewed by Dr. A. Smith on": the reviewer's name, which never runs on into the next
# sentence ("Medically reviewed by our nurses. Published 14 April 2025" is no review date).
_BY_CLAUSE = (r"(?:[^:\n.|·•]|\.(?=\S)|(?:(?<=\bDr)|(?<=\bMr)|(?<=\bMs)|(?<=\bMrs)|(?<=\bProf)|(?<=\b[A-Z]))\.\s)"
              r"{0,40}?")
_LABELS = (
    ("reviewed", r"(?:last\s+)?(?:medical\s+)?review(?:ed)?(?:\s+date|\s+on|\s+by" + _BY_CLAUSE + r")?|last\s+review|reviewed"),
    ("updated", r"(?:last\s+)?(?:updated|modified|revised)(?:\s+on)?|update(?:d)?\s+date|content\s+current\s+as\s+of"),
    ("published", r"(?:first\s+)?(?:published|posted|answered|publish(?:ed)?\s+date|publication\s+date|date\s+published"
                  r"|release\s+date)(?:\s+on)?"
                  r"|(?:for\s+)?immediate\s+release|^\s*date(?=\s*:)"),
)
# "Published: Fri 3 May 2024", "Friday, May 3, 2024": a weekday may stand before the date
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?"
_WEEKDAY_ONLY = re.compile(rf"^{_WEEKDAY}$", re.IGNORECASE)
_LABELLED = re.compile(
    r"(?<![\w/])(?:" + "|".join(f"(?P<{name}>{pat})" for name, pat in _LABELS) + r")\s*[:\-–]?\s*"
    rf"(?:{_WEEKDAY},?\s+)?(?P<date>"
    + DATE_PATTERN + r")", re.IGNORECASE)
_NEXT_REVIEW = re.compile(r"\bnext\s+review", re.IGNORECASE)
_LABEL_ONLY = re.compile(r"^\s*(?:" + "|".join(pat for _, pat in _LABELS) + r")\s*:?\s*$", re.IGNORECASE)
_COPYRIGHT_MARK = re.compile(r"©|\bcopyright\b", re.IGNORECASE)
_BYLINE_MARK = re.compile(r"\s[|·•]\s|^by\b", re.IGNORECASE)
_MAX_DATE_LINE_WORDS = 20


def parse_date(text: str | None) -> dt.date | None:
    """A date written in any common form ("July 21, 2023", "2023-07-21T…", "02/22/2024")."""
    if not text:
        return None
    s = text.strip().lower().replace(",", " ")
    s = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", s)
    try:
        m = re.match(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", s)
        if m:
            return _valid(int(m[1]), int(m[2]), int(m[3]))
        m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})", s)
        if m:
            a, b, y = int(m[1]), int(m[2]), int(m[3])
            return _valid(y, a, b) if a <= 12 else _valid(y, b, a)  # US order unless impossible
        tokens = re.findall(r"[a-z]+|\d+", s)
        month = next((_MONTHS[t[:4] if t[:4] in _MONTHS else t[:3]] for t in tokens
                      if t.isalpha() and (t[:3] in _MONTHS)), None)
        numbers = [int(t) for t in tokens if t.isdigit()]
        year = next((n for n in numbers if n >= 1000), None)
        day = next((n for n in numbers if n < 32), 1)
        if month and year:
            return _valid(year, month, day)
    except ValueError:
        return None
    return None


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@dataclass
class Dates:
    published: dt.date | None = None
    updated: dt.date | None = None
    reviewed: dt.date | None = None


def _has_day(date_text: str) -> bool:
    """'July 21, 2023' or '2023-07-21' name a day; 'July 2023' does not."""
    return len(re.findall(r"\d+", date_text)) >= 2


def _join_split_labels(lines: list[str]) -> list[str]:
    """'Content current as of:' on one line and the date on the next: read them as one line."""
    out: list[str] = []
    for line in lines:
        if out and _LABEL_ONLY.match(out[-1]) and _DATE_RE.match(line.strip()):
            out[-1] = f"{out[-1]} {line.strip()}"
        else:
            out.append(line)
    return out


def dates_from_text(lines: list[str], head_limit: int) -> Dates:
    """Labelled dates on short lines ("Published: July 21, 2023", "Last reviewed: ...");
    failing a published date, an unlabelled one in a byline near the top of the page.

    Long lines are skipped: a reference list says "Published October 28, 2019" too.
    """
    found = Dates()
    lines = _join_split_labels(lines)
    for line in lines:
        if len(line.split()) > _MAX_DATE_LINE_WORDS:
            continue
        for m in _LABELLED.finditer(line):
            if _NEXT_REVIEW.search(line[max(0, m.start() - 6):m.start() + 12]):
                continue
            kind = next(name for name, _ in _LABELS if m.group(name))
            value = parse_date(m.group("date"))
            if value and getattr(found, kind) is None:
                setattr(found, kind, value)
    if found.published is None:
        for line in lines[:head_limit]:
            if len(line.split()) > _MAX_DATE_LINE_WORDS or _COPYRIGHT_MARK.search(line):
                continue
            # "By the editors · June 8, 2022 · Updated August 8, 2022": the unlabelled date is the byline's
            labelled = [(x.start(), x.end()) for x in _LABELLED.finditer(line)]
            m = next((d for d in _DATE_RE.finditer(line)
                      if not any(a <= d.start() < b for a, b in labelled)), None)
            if not m or not _has_day(m.group(0)):
                continue
            if m.start() == 0 or _BYLINE_MARK.search(line) or _WEEKDAY_ONLY.match(line[:m.start()].strip(" ,")):
                value = parse_date(m.group(0))
                if value:
                    found.published = value
                    break
    return found
