"""References: one row per work an article cites.

Found in three places: a reference list under a heading ("References", "Reference:", "Expert
review and references", "Bibliography", ...), a numbered citation list written without a heading
("1. Author A, Author B, et al. Title. Journal. 2024;..."), and a single labelled citation in the
text ("SOURCE: Author A et al. Journal. 2020. doi:..."). Lines inside a list that are not
citations (a reviewer's name, a disclaimer after the list) are not references; the list ends at
the first such line after a citation. Works from clean_text lines, so it does not depend on how
sentences were split.
"""
from __future__ import annotations

import re

from extract.references.fields import DOI, DOI_NO_PREFIX, URL, reference_row
from extract.text.lexicon_files import read_yaml

_CUES = read_yaml(__package__, "reference_cues.yaml")
READING_HEADING = re.compile(r"^(?:" + "|".join(_CUES["list_headings"]) + r")$", re.IGNORECASE)
HEADING = re.compile(
    r"^(?:[\w ,&/-]{0,40}\b)?(?:references?|bibliography|works\s+cited|literature\s+cited|cited\s+works|"
    r"citations?|sources?)\b[^.]{0,30}$", re.IGNORECASE)
LABEL_LINE = re.compile(
    r"^(?:guidelines?|research|review|article|study|book|website|web\s+page|journal\s+article|meta-analysis|"
    r"systematic\s+review|consensus|trial|report|drug\s+label|fda\s+label|prescribing\s+information|"
    r"conference\s+abstract|abstract)$", re.IGNORECASE)
BULLET = re.compile(r"^\s*(?:[•\-*–·▪◦]|\[\d{1,3}\]|\d{1,3}[.)])\s+")
NUMBERED = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)])\s+")
YEAR = re.compile(r"(?<![\d/])(?:18|19|20)\d\d(?![\d/])")
VOLUME = re.compile(r"\b\d+\s*\(\d+\)\s*:\s*\d+|\bvol\.?\s*\d+|:\s*\d+\s*[-–]\s*\d+|\bpp?\.\s*\d+", re.IGNORECASE)
NOT_A_REFERENCE = re.compile(r"©|\bcopyright\b|\ball rights reserved\b|\bprivacy\b|\bcookies?\b|\bsubscribe\b|"
                             r"\bsign\s+up\b|\bnewsletter\b|^(?:page\s+)?(?:last\s+)?(?:updated|reviewed|modified|"
                             r"medically\s+reviewed|published|posted)\b|^(?:written|reviewed)\s+by\b", re.IGNORECASE)
AUTHORS = re.compile(r"^[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?\s[A-Z]{1,3}(?:,|\.|\s+et\s+al)|\bet\s+al\b")
JOURNAL_CITATION = re.compile(r"[A-Z][A-Za-z .&]{1,60}\.\s*(?:18|19|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*[;.:]")
LABELLED = re.compile(r"^\s*(?:(?:" + "|".join(_CUES["label_qualifiers"]) + r")\s+)?(?:"
                      + "|".join(_CUES["label_nouns"]) + r")\s*:\s*(?P<cite>\S.*)$", re.IGNORECASE)
# An author list opening a citation inside prose: "Surname AB, Surname C, et al." (two authors or "et al").
AUTHOR_NAME = r"[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?\s[A-Z]{1,3}"
INLINE_AUTHORS = re.compile(rf"\b{AUTHOR_NAME}(?:,\s*{AUTHOR_NAME})*(?:,\s*{AUTHOR_NAME}|,?\s+et\s+al)\.\s")
MAX_SKIPPED = 3


def extract_references(article) -> list[dict]:
    """Rows of `references` for one article, ordinal = position in the article (from 1)."""
    lines = _lines(article.clean_text)
    entries: list[tuple[str, list[str] | None]] = []
    used: set[int] = set()
    i = 0
    while i < len(lines):
        text = lines[i].strip()
        if _is_heading(text):
            found, last = _read_list(lines, i + 1)
            entries.extend(found)
            used.update(range(i, last + 1))
            i = max(last, i) + 1
            continue
        i += 1
    entries.extend(_numbered_citations(lines, used))
    entries.extend(_labelled_citations(lines, used))
    entries.extend(_inline_citations(lines, used))
    entries.sort(key=lambda e: e[2])
    return [reference_row(article.article_id, n, raw, block) for n, (raw, block, _) in enumerate(entries, 1)]


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _is_heading(text: str) -> bool:
    stripped = text.strip().rstrip(":").strip()
    return (bool(stripped) and len(stripped) <= 60 and bool(HEADING.match(stripped) or READING_HEADING.match(stripped))
            and not YEAR.search(stripped))


def looks_like_reference(text: str) -> bool:
    """A citation: long enough, with a year, DOI, URL or volume/pages, and not site furniture."""
    if len(text) < 20 or len(text.split()) < 3 or NOT_A_REFERENCE.search(text):
        return False
    return bool(DOI.search(text) or DOI_NO_PREFIX.search(text) or URL.search(text) or YEAR.search(text)
                or VOLUME.search(text))


def _read_list(lines: list[str], start: int):
    """Entries of the list that starts at line `start`, and the index of its last line."""
    first = next((k for k in range(start, len(lines)) if lines[k].strip()), None)
    if first is None:
        return [], start - 1
    if LABEL_LINE.match(lines[first].strip()):
        return _read_blocks(lines, first)
    entries: list[tuple[str, None, int]] = []
    last, skipped, marked_list, after_blank = start - 1, 0, False, False
    for k in range(first, len(lines)):
        text = lines[k].strip()
        if not text:
            after_blank = True
            continue
        marked = bool(BULLET.match(text))
        body = BULLET.sub("", text)
        wrapped = (entries and not marked and not after_blank and not _looks_like_heading(text)
                   and (marked_list or entries[-1][0][-1:] != "."))
        after_blank = False
        if wrapped:  # a citation hard-wrapped over several lines
            entries[-1] = (entries[-1][0] + " " + body, None, entries[-1][2])
            last = k
        elif _is_heading(text) and not looks_like_reference(text):
            break
        elif looks_like_reference(body):
            marked_list = marked if not entries else marked_list
            entries.append((body, None, k))
            last = k
        elif entries or skipped >= MAX_SKIPPED or len(text) > 80:
            break
        else:
            skipped += 1  # a reviewer's name or a short note before the first citation
    return entries, last


def _looks_like_heading(text: str) -> bool:
    return len(text) < 60 and text[:1].isupper() and text[-1:] not in ".;,:)" and not YEAR.search(text)


def _read_blocks(lines: list[str], first: int):
    """"Label / title / publisher, year" blocks: one entry per label line with a dated block."""
    entries, block, block_start, last = [], None, first, first
    for k in range(first, len(lines)):
        text = lines[k].strip()
        if not text:
            continue
        if LABEL_LINE.match(text):
            if block and _dated(block):
                entries.append((" / ".join(block), block[1:], block_start))
            block, block_start, last = [text], k, k
        elif block is not None and len(block) < 4 and not NOT_A_REFERENCE.search(text) and not _dated(block):
            block.append(text)
            last = k
        else:
            break
    if block and _dated(block):
        entries.append((" / ".join(block), block[1:], block_start))
    return entries, last


def _dated(block: list[str]) -> bool:
    return any(YEAR.search(line) or URL.search(line) for line in block[1:])


def _numbered_citations(lines: list[str], used: set[int]):
    """Numbered citations outside any headed list ("1. Hatta Y, ... Int J Hematol. 2024;...")."""
    out = []
    for k, line in enumerate(lines):
        if k in used or not NUMBERED.match(line):
            continue
        body = NUMBERED.sub("", line).strip()
        if AUTHORS.search(body) and JOURNAL_CITATION.search(body) and looks_like_reference(body):
            out.append((body, None, k))
            used.add(k)
    return out


def _labelled_citations(lines: list[str], used: set[int]):
    """A single citation given in the text as "Source: ..." / "Reference: ..."."""
    out = []
    for k, line in enumerate(lines):
        if k in used:
            continue
        m = LABELLED.match(line)
        if not m:
            continue
        cite = m.group("cite").strip()
        if AUTHORS.search(cite) and (DOI.search(cite) or JOURNAL_CITATION.search(cite)):
            out.append((cite, None, k))
            used.add(k)
    return out


def _inline_citations(lines: list[str], used: set[int]):
    """A citation run inside a prose line ("You can read the report: Author A, Author B, et al. Title.
    Journal. 2023;388:898-912. DOI ..."): from its author list to its DOI, or to its volume and pages."""
    out = []
    for k, line in enumerate(lines):
        if k in used:
            continue
        m = INLINE_AUTHORS.search(line)
        if not m:
            continue
        rest = line[m.start():]
        journal = JOURNAL_CITATION.search(rest)
        if not journal:
            continue
        doi = DOI.search(rest, journal.start()) or DOI_NO_PREFIX.search(rest, journal.start())
        if doi:
            end = doi.end()
        else:
            volume = VOLUME.search(rest, journal.end() - 1)
            end = volume.end() if volume and volume.start() - journal.end() < 20 else journal.end()
        cite = rest[:end].rstrip(".,;:) ")
        if looks_like_reference(cite):
            out.append((cite, None, k))
            used.add(k)
    return out
