"""Split one reference, as written, into title, container, year, DOI and URL.

Handles the Vancouver/AMA style most web articles use ("Authors. Title. Journal. 2024;120(4):394-413.
doi:..."), book chapters, web pages with a URL, and the three-line "label / title / publisher, year"
blocks of Q&A sites. A DOI written without its "10." prefix ("DOI: 1007/s12185-...") is repaired;
DOIs are lower-cased so that the same work compares equal across articles.
"""
from __future__ import annotations

import re

DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)", re.IGNORECASE)
DOI_NO_PREFIX = re.compile(r"\bdoi\s*[:.]?\s*(?!10\.)(\d{4,9}/[^\s\"<>]+)", re.IGNORECASE)
URL = re.compile(r"\bhttps?://[^\s<>\"]+", re.IGNORECASE)
JOURNAL_YEAR = re.compile(r"(?<=\.)\s*((?:18|19|20)\d\d)(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*[;:(.]")
YEAR = re.compile(r"(?<![\d/.])((?:18|19|20)\d\d)(?![\d/])")
SEGMENT_SPLIT = re.compile(r"(?<=[A-Za-z0-9)\]?®\"”’])\.\s+(?=[A-Z0-9\"“‘(])")
AUTHOR = re.compile(r"^[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?\s[A-Z]{1,3}\b|\bet\s+al\b")
TRAILING = ".,;:)]}>"
SPACE_BEFORE_STOP = re.compile(r"\s+\.(?=\s|$)")


def normalise_doi(raw: str) -> str | None:
    """The reference's DOI, lower-cased, with a missing "10." prefix restored."""
    m = DOI.search(raw)
    if m:
        doi = m.group(1)
    else:
        m = DOI_NO_PREFIX.search(raw)
        if not m:
            return None
        doi = "10." + m.group(1)
    return doi.rstrip(TRAILING).lower()


def first_url(raw: str) -> str | None:
    m = URL.search(raw)
    return m.group(0).rstrip(TRAILING) if m else None


def publication_year(raw: str) -> int | None:
    text = URL.sub(" ", DOI.sub(" ", raw))
    m = JOURNAL_YEAR.search(text) or YEAR.search(text)
    return int(m.group(1)) if m else None


_LEADING_YEAR = re.compile(r"(?:18|19|20)\d\d\b")


def title_and_container(raw: str) -> tuple[str | None, str | None]:
    """Best reading of the work's title and where it appeared, from the written reference."""
    text = URL.sub(" ", DOI_NO_PREFIX.sub(" ", DOI.sub(" ", raw)))
    text = SPACE_BEFORE_STOP.sub(".", text)  # "Author AB . Title ." as some sites print it
    text = re.sub(r"\b(?:doi|available\s+at|accessed|published)\s*:?\s*$", "", text.strip(), flags=re.IGNORECASE)
    segments = [seg.strip(" .;,") for seg in SEGMENT_SPLIT.split(text) if seg.strip(" .;,")]
    if not segments:
        return None, None
    start = 0
    if AUTHOR.search(segments[0]) or (len(segments) >= 3 and len(segments[0].split()) <= 5):
        start = 1
    year_at = next((i for i, seg in enumerate(segments) if i > start and _LEADING_YEAR.match(seg)), None)
    if year_at is not None and year_at - 1 > start:
        return " ".join(segments[start:year_at - 1]) or None, segments[year_at - 1]
    rest = segments[start:]
    if not rest:
        return segments[0], None
    container = rest[1] if len(rest) > 1 else None
    if container:
        container = re.sub(r"[,;:]?\s*(?:18|19|20)\d\d.*$", "", container).strip() or None
    return rest[0], container


def reference_row(article_id: str, ordinal: int, raw: str, lines: list[str] | None = None) -> dict:
    """One `references` row. `lines` are the entry's lines when it was written as a block."""
    if lines and len(lines) >= 2:
        title = lines[0].strip()
        container = re.sub(r"[,;]?\s*(?:18|19|20)\d\d\s*\.?$", "", lines[-1].strip()).strip() or None
    else:
        title, container = title_and_container(raw)
    return {"article_id": article_id, "ordinal": ordinal, "title": title, "container": container,
            "year": publication_year(raw), "doi": normalise_doi(raw), "url": first_url(raw), "raw": raw}
