"""Which guideline an article's recommendations come from: body, title and year.

A body is taken as the article's guideline source only where it is named next to a guideline word
("the 2023 JSH practical guidelines", "European LeukemiaNet 2020 recommendations", "NCCN Guidelines
for Patients ... Version 1.2017"); a society named as a congress host or as an expert's employer
gives no attribution. Reference-list entries never attribute (a cited guideline is not the source
of the article's own statements).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


from extract.text.lexicon_files import lexicon_text, parse_yaml
from sources.model import ParsedArticle

GUIDELINE_WORD = re.compile(
    r"\bguidelines?\b|\brecommendations?\b|\bconsensus\b|\bguidance\b|\bpractice\s+parameters?\b",
    re.IGNORECASE)
VERSION_YEAR = re.compile(r"\bversion\s+\d{1,2}\.((?:19|20)\d\d)\b", re.IGNORECASE)
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
FRESH = re.compile(r"\b(?:new|newly|released|issued|published|updated|latest|current|this\s+year)\b",
                   re.IGNORECASE)
# "the ELN recommends …": a body as the subject of a recommending verb speaks as a guideline.
BODY_RECOMMENDS = re.compile(r"\s+(?:now\s+|also\s+|strongly\s+|panel\s+)?(?:recommends|advises|endorses)\b"
                             r"|\s+(?:has|have|had)\s+(?:also\s+|now\s+|since\s+)?(?:recommended|advised|endorsed)\b",
                             re.IGNORECASE)
REFERENCE_SECTION = re.compile(r"\breferences?\b|\bbibliography\b|\bsources?\b|\bcitations?\b",
                               re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    body: str
    title: str | None
    year: int | None


@lru_cache(maxsize=1)
def body_names() -> tuple[re.Pattern, dict[str, str]]:
    """One regex over every body name, and name → body id. Validated on load."""
    name = "guideline_bodies.yaml"
    data = parse_yaml(lexicon_text(__package__, name))
    if not isinstance(data, dict) or not data.get("source") or not data.get("bodies"):
        raise ValueError(f"{name}: needs 'source' and 'bodies'")
    lookup: dict[str, str] = {}
    for entry in data["bodies"]:
        if set(entry) - {"id", "names", "source"} or not entry.get("id") or not entry.get("names"):
            raise ValueError(f"{name}: bad entry {entry!r}")
        for n in entry["names"]:
            if n in lookup and lookup[n] != entry["id"]:
                raise ValueError(f"{name}: name {n!r} given to two bodies")
            lookup[n] = entry["id"]
    names = sorted(lookup, key=len, reverse=True)
    regex = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    return regex, lookup


def _window(text: str, start: int, end: int) -> tuple[str, int]:
    """The text around a body mention, not crossing a paragraph break."""
    lo = max(0, start - 60)
    hi = min(len(text), end + 160)
    left = text.rfind("\n\n", lo, start)
    lo = left + 2 if left >= 0 else lo
    right = text.find("\n\n", end, hi)
    hi = right if right >= 0 else hi
    return text[lo:hi], lo


def _year(window: str, offset_in_window: int, article: ParsedArticle) -> int | None:
    if m := VERSION_YEAR.search(window):
        return int(m.group(1))
    years = [(abs(m.start() - offset_in_window), int(m.group(1))) for m in YEAR.finditer(window)
             if not re.match(r"\s*;\s*\d", window[m.end():m.end() + 4])]  # not a citation's "2020;34"
    close = [y for d, y in sorted(years) if d <= 60]
    if close:
        return close[0]
    if FRESH.search(window) and article.published_date is not None:
        return article.published_date.year
    return None


def _title(window: str, body_text: str, article: ParsedArticle, body: str) -> str | None:
    if article.title and body_text in article.title and GUIDELINE_WORD.search(article.title):
        return article.title.strip()
    m = re.search(r"(?:(?:19|20)\d\d\s+)?" + re.escape(body_text) + r"[^.;\n]{0,80}?"
                  r"(?:guidelines?|recommendations)(?:\s+for\s+[^.;\n(]{1,80})?", window)
    return m.group(0).strip() if m else None


def find_attribution(article: ParsedArticle) -> Attribution | None:
    """The guideline the article reports, if it names one; else None."""
    regex, lookup = body_names()
    candidates = []
    if article.title:
        candidates.append((article.title, None))
    for s in article.sentences:
        if s.section and REFERENCE_SECTION.search(s.section):
            continue
        candidates.append((s.text, s.char_start))
    body = title = year = None
    for text, start in candidates:
        has_guideline_word = GUIDELINE_WORD.search(text) is not None
        if not has_guideline_word and "recommends" not in text and "advises" not in text \
                and "endorses" not in text:
            continue
        for m in regex.finditer(text):
            if body is not None and lookup[m.group(1)] != body:
                continue
            if not has_guideline_word and not BODY_RECOMMENDS.match(text, m.end()):
                continue
            body = lookup[m.group(1)]
            if start is None:
                window, pos = text, m.start()
            else:
                window, lo = _window(article.clean_text, start + m.start(), start + m.end())
                pos = start + m.start() - lo
            title = title or _title(window, m.group(1), article, body)
            year = year or _year(window, pos, article)
            break
        if body is not None and year is not None and title is not None:
            break
    if body is None:
        published = _published_by_body(article, lookup)
        if published is not None and published.body not in lookup.values():
            # a site whose name only sounds like an issuer ("... Guideline Roundup") summarising a guideline of a
            # body it names and defines ("the X Alliance (XA) has published its guideline"): the body is the source
            defined = _defined_body(article)
            if defined is not None and defined.body != published.body:
                return defined
        return published or _summarised_guideline(article, lookup) or _defined_body(article)
    year = year or _header_version_year(article) or _cited_guideline_year(article, body, lookup)
    return Attribution(body=body, title=title, year=year)


# "2025 update", "Rapid Update - Recommendation 2.1", "Focused update (2023)", "Updated recommendations":
# a section that states a later update of the guideline the page reports.
UPDATE_HEADING = re.compile(r"\b(?:(?:rapid|focused|interim)\s+)?update[ds]?\b", re.IGNORECASE)


def update_year(heading: str | None, attribution: Attribution | None, article: ParsedArticle) -> int | None:
    """The year of an update a section heading announces: the heading's own year, else the page's date when the
    page is newer than the guideline it reports; None when the heading is no update (or says nothing newer)."""
    if attribution is None or not heading or not UPDATE_HEADING.search(heading):
        return None
    years = [int(y) for y in YEAR.findall(heading)]
    year = max(years) if years else (article.published_date.year if article.published_date else None)
    if year is None or (attribution.year is not None and year <= attribution.year):
        return None
    return year


TITLE_GUIDELINE_WORD = re.compile(r"\bguidelines?\b|\brecommendations\b|\bguidance\b|\bconsensus\b", re.IGNORECASE)


def title_year(article: ParsedArticle) -> int | None:
    """"<topic>: 2025 guideline summary": the year a title gives its guideline, for a page that names no body
    (the body may be only in a byline). None unless the title names a guideline and exactly one year."""
    title = article.title or ""
    years = set(YEAR.findall(title))
    if len(years) != 1 or not TITLE_GUIDELINE_WORD.search(title):
        return None
    return int(years.pop())


def speaking_body(sentence: str) -> str | None:
    """The body a sentence itself gives as the one recommending ("In the UK, NICE has recommended it")."""
    regex, lookup = body_names()
    for m in regex.finditer(sentence):
        if BODY_RECOMMENDS.match(sentence, m.end()):
            return lookup[m.group(1)]
    return None


def _header_version_year(article: ParsedArticle) -> int | None:
    """"Version 1.2017" in the page head (often stripped from the main text as a running header)."""
    for line in list(article.header_lines) + [s.text for s in article.sentences[:5]]:
        if m := VERSION_YEAR.search(line):
            return int(m.group(1))
    return None


CITATION_YEAR = re.compile(r"\b((?:19|20)\d\d)\s*(?:;|\(|\.\s*\d|,\s*\d)")


def _cited_guideline_year(article: ParsedArticle, body: str, lookup: dict[str, str]) -> int | None:
    """The year of the body's own guideline in the reference list, when the text gives none.

    An article summarising "the BSH guideline" usually cites it; the citation's journal year is the
    guideline's year. Only a reference naming the same body next to a guideline word counts.
    """
    names = [n for n, b in lookup.items() if b == body]
    for s in article.sentences:
        if not (s.section and REFERENCE_SECTION.search(s.section)) or not GUIDELINE_WORD.search(s.text):
            continue
        if not any(re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", s.text) for n in names):
            continue
        m = CITATION_YEAR.search(s.text) or YEAR.search(s.text)
        if m:
            return int(m.group(1))
    return None


# "... Medicines Appraisal Committee", "... Guideline Panel", "... Consensus Group": a publisher whose name says
# it appraises medicines or writes guidance speaks as a guideline body on its own pages.
ISSUER_NAME = re.compile(r"\b(?:appraisal|guidelines?|guidance|consensus|technology\s+assessment|formulary|"
                         r"(?:medicines|drugs|advisory|expert|appraisal)\s+committee|guideline\s+panel|"
                         r"working\s+(?:group|party))\b", re.IGNORECASE)
NOT_AN_ISSUER = re.compile(r"\b(?:news|post|journal|times|digest|central|today|daily|weekly|magazine|report|wire)\b",
                           re.IGNORECASE)  # sites that report guidance


def _published_by_body(article: ParsedArticle, lookup: dict[str, str]) -> Attribution | None:
    """A page the body publishes itself (its guideline for patients, say) is the body's word."""
    publisher = (article.publisher or "").strip()
    body = lookup.get(publisher) or lookup.get(re.sub(r"^the\s+", "", publisher, flags=re.IGNORECASE))
    if body is None and ISSUER_NAME.search(publisher) and not NOT_AN_ISSUER.search(publisher):
        body = publisher  # a body the vocabulary does not know, whose very name says it issues guidance
    if body is None and FORMAL_BODY.match(publisher) and not NOT_AN_ISSUER.search(publisher) \
            and _speaks_as_guidance(article):
        body = _short_name(publisher)  # "Health Technology Review Council" over a "Recommendations" section
    if body is None:
        return None
    # the body's own guidance page: its publication date is the guidance's date
    year = _header_version_year(article) or (article.published_date.year if article.published_date else None)
    return Attribution(body=body, title=None, year=year)


# An institution's formal name: capitalised words ending in what institutions call themselves.
FORMAL_BODY = re.compile(r"^(?:the\s+)?(?:[A-Z][\w'-]*\s+(?:(?:of|for|on|and|in|the)\s+)*){1,7}"
                         r"(?:Council|Institute|Agency|Authority|Board|Committee|Commission|Panel|Collaborative|"
                         r"Network|Society|College|Association|Foundation|Service)$")
GUIDANCE_HEADING = re.compile(r"\brecommendations?\b|\bguidance\b|\bguidelines?\b|\bdecision\b", re.IGNORECASE)
SMALL_WORDS = {"of", "for", "on", "and", "in", "the"}


def _speaks_as_guidance(article: ParsedArticle) -> bool:
    """The page states guidance of its own: a section headed "Recommendations", "Guidance", "Decision"."""
    return any(s.is_heading and GUIDANCE_HEADING.search(s.text) for s in article.sentences
               if not (s.section and REFERENCE_SECTION.search(s.section)))


def _short_name(name: str) -> str:
    """The initials a curator records for a body of three or more words ("Health Technology Review Council"
    -> "HTRC"); a shorter name stays whole."""
    words = [w for w in re.sub(r"^the\s+", "", name, flags=re.IGNORECASE).split() if w.lower() not in SMALL_WORDS]
    return "".join(w[0] for w in words).upper() if len(words) >= 3 else name


TITLE_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,60}$")
WORDS = re.compile(r"[a-z0-9]+")
MIN_TITLE_WORDS = 3


def _summarised_guideline(article: ParsedArticle, lookup: dict[str, str]) -> Attribution | None:
    """A page summarising a guideline ("Management of X | Guideline Digest") names the body only in the
    citation of the guideline it summarises: a reference whose title carries the page's title and names
    a body next to a guideline word gives the body and, from the citation, the year."""
    title = TITLE_SITE_SUFFIX.sub("", (article.title or "").strip())
    core = " ".join(WORDS.findall(title.lower()))
    if len(core.split()) < MIN_TITLE_WORDS:
        return None
    regex, _ = body_names()
    for s in article.sentences:
        if not (s.section and REFERENCE_SECTION.search(s.section)) or not GUIDELINE_WORD.search(s.text):
            continue
        if core not in " ".join(WORDS.findall(s.text.lower())):
            continue
        m = regex.search(s.text)
        if m is None:
            continue
        year = CITATION_YEAR.search(s.text) or YEAR.search(s.text)
        return Attribution(body=lookup[m.group(1)], title=title, year=int(year.group(1)) if year else None)
    return None


# "the Nordic Lymphoma Working Group (NLWG)": a capitalised name and the acronym it defines
DEFINED_BODY = re.compile(r"((?:[A-Z][\w'-]*\s+(?:(?:of|for|on|and|the|in)\s+)?){2,9})\((?P<acr>[A-Z][A-Za-z0-9&-]{1,11})\)")
DEFINED_BODY_WINDOW = 8  # first sentences of the page searched for a defined guideline body
# "..., 2025 update", "2023 edition", "updated 2022", "version 3 (2024)": a masthead's edition of the body's guidance
EDITION = re.compile(r"\b(?:19|20)\d\d\s+(?:update|edition|revision|version)\b|"
                     r"\b(?:updated|revised|edition|update)\s*(?:in\s+|:\s*)?(?:19|20)\d\d\b", re.IGNORECASE)


def _defined_body(article: ParsedArticle) -> Attribution | None:
    """A body the vocabulary does not know, defined by the page with its acronym next to a guideline word
    ("Summary of the Nordic Lymphoma Working Group (NLWG) guideline, 2024 edition")."""
    lines = ([article.title] if article.title else []) + list(article.header_lines) + [
        s.text for s in article.sentences[:DEFINED_BODY_WINDOW]
        if not (s.section and REFERENCE_SECTION.search(s.section))]
    for text in lines:
        masthead = EDITION.search(text) is not None  # "Name of the Body (ACR), 2025 update"
        if not GUIDELINE_WORD.search(text) and not masthead:
            continue
        for m in DEFINED_BODY.finditer(text):
            words = [w for w in m.group(1).split() if w[:1].isupper()]
            acr = m.group("acr")
            if len(acr) < 2 or "".join(w[0] for w in words)[-len(acr):].upper() != acr.upper().replace("&", ""):
                continue  # the acronym must spell the initials of the name before it
            lo = max(0, m.start() - 80)
            near = text[lo:m.end() + 80]
            if not GUIDELINE_WORD.search(near) and not EDITION.search(near):
                continue
            year = _year(near, m.start() - lo, article) or _year(near, m.end() - lo, article)
            return Attribution(body=acr, title=None, year=year)
    return None
