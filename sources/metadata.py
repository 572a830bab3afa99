"""Article title, publisher and source URL.

Read from HTML head tags when there are any (see `html_head`), and from the page text,
boilerplate included: mastheads, copyright lines and "X assumes no liability" disclaimers
name the publisher. Dates live in `dates`, the audience in `audience`.
"""
from __future__ import annotations

import re

from sources.blocks import HEADING, Block
from sources.block_marks import breadcrumb_parts
from sources.cues import boilerplate_cues
from sources.html_head import HtmlMeta, name_key, strip_site_suffix

_HEADER_WIDGETS = frozenset({"search", "menu", "home", "log in", "login", "sign in", "register", "subscribe"})
_TITLE_HEADER = re.compile(r"^title\s*:\s*(\S.{2,300})$", re.IGNORECASE)
_NOT_TITLE = re.compile(r"^(?:part|chapter|section|unit|module|guide)\s+\d+\b|\bversion \d", re.IGNORECASE)


def find_text_title(blocks: list[Block], marks: list[str | None]) -> tuple[str | None, int | None]:
    """Title of a text page: the first heading-like line that is not page chrome.

    A breadcrumb trail whose last step is a phrase ("Home > What Is X Used For?") names
    the page, so its last step wins when no later line repeats it.
    """
    cues = boilerplate_cues()
    for block in blocks[:6]:
        header = _TITLE_HEADER.match(block.text)
        if header:
            return _shown_headline(_without_brand(header.group(1).strip(), blocks), blocks, marks)
    first = _first_line_h1(blocks, marks)
    if first is not None:
        return blocks[first].text, first
    crumb_title, crumb_steps, start = None, [], 0
    for i, block in enumerate(blocks[:12]):
        if marks[i] == "breadcrumb":
            steps = breadcrumb_parts(block.text)
            if ":" in steps[0]:
                continue  # "Answer status: Submitted > In review": a status bar, not the page's trail
            if steps[-1].endswith("?") or len(steps[-1].split()) >= 6:
                crumb_title = steps[-1]  # a phrase names the page; a short step is its category
            crumb_steps = steps
            start = i + 1  # site navigation stands above the trail, the page below it
            break
    named = _heading_naming_crumb(blocks, marks, start, crumb_steps)
    if named is not None:
        return blocks[named].text, named
    label: tuple[str, int] | None = None  # a skipped label, the title when no better line follows
    value_of_label = False
    for i in range(start, min(len(blocks), 40)):
        block = blocks[i]
        after_label, value_of_label = value_of_label, False
        if marks[i] is None and block.kind != HEADING and block.n_words >= 20 and block.text[-1:] in ".!?":
            break  # body text reached: a heading below it is a section heading, not the title
        if marks[i] is None and block.kind == HEADING and block.text.endswith(":"):
            value_of_label = True  # "Drug name:" over its value: a fact box, not the headline
            continue
        if after_label and not block.blank_before:
            continue
        headline = block.kind == HEADING or _long_headline(block)
        if marks[i] is not None or not headline or (block.n_words < 2 and block.level != 1):
            continue  # a one-word line is a label, unless it is the page's H1 ("# Imatinib")
        text = block.text
        if cues.meta_line.search(text) or _NOT_TITLE.search(text) or cues.weak.search(text) \
                or cues.section_heading.search(text) or cues.reference_heading.search(text):
            continue
        if _followed_by_header_widget(blocks, marks, i):
            continue  # a site name standing among header buttons ("Search", "Menu")
        if _is_category_trail(text) or _stacked_label(blocks, marks, i):
            # "Guidelines / Lymphoma" (the section the page is filed under), or stacked labels
            # ("Patient information leaflet / Haematology Department") above the title
            label = label or (text, i)
            continue
        if crumb_title and name_key(crumb_title) not in name_key(text) and not _same_topic(crumb_title, text) \
                and not _dated_below(blocks, i):
            return crumb_title, None
        return text, i
    if crumb_title or label is None:
        return crumb_title, None
    return label


_ADDED_TAIL = re.compile(r"^\s*(?:\([^()]{1,40}\)|\[[^\[\]]{1,40}\])\s*$")


def _shown_headline(title: str, blocks: list[Block], marks: list[str | None]) -> tuple[str, int | None]:
    """A saved page's 'title:' field can add an identifier to the headline the page shows
    ("Headline (appraisal MA-0412)"): the heading the reader sees is the headline."""
    for i, block in enumerate(blocks[:40]):
        if marks[i] is None and block.kind == HEADING and block.n_words >= 3 and title.startswith(block.text) \
                and _ADDED_TAIL.match(title[len(block.text):]):
            return block.text, i
    return title, None


_WORD = re.compile(r"[^\W_]+")
_TITLE_PARTS = re.compile(r"\s+(?:\||–|—|::)\s+")


def _without_brand(title: str, blocks: list[Block]) -> str:
    """'Headline | Brand' from a saved page's header: the headline, when the brand also
    shows on the page by itself (masthead, menu, footer)."""
    parts = _TITLE_PARTS.split(title)
    if len(parts) < 2 or len(parts[-1].split()) > 5:
        return title
    brand = name_key(parts[-1])
    if any(brand and brand in name_key(b.text) and name_key(b.text) != name_key(title) for b in blocks[1:]):
        return strip_site_suffix(title, [parts[-1]])
    return title
_HEADLINE_MAX_WORDS = 32
_SENTENCE_END = re.compile(r"[.!?;:,]['\"”’)\]]*$")


def _long_headline(block: Block) -> bool:
    """A news headline of 15 to 32 words, alone on its line, without sentence punctuation at
    its end: too long for a heading by shape, yet no paragraph ends that way."""
    return (block.kind != HEADING and block.blank_before and not block.from_table and block.marker == ""
            and block.n_words <= _HEADLINE_MAX_WORDS and not _SENTENCE_END.search(block.text)
            and block.text[:1].isupper())


def _first_line_h1(blocks: list[Block], marks: list[str | None]) -> int | None:
    """A Markdown page that opens with '# Headline' (three words or more) names itself there."""
    if blocks and blocks[0].kind == HEADING and blocks[0].level == 1 and marks[0] is None \
            and blocks[0].n_words >= 3 and not boilerplate_cues().section_heading.search(blocks[0].text):
        return 0
    return None


def _heading_naming_crumb(blocks: list[Block], marks: list[str | None], start: int,
                          steps: list[str]) -> int | None:
    """Below "Home > Drugs > Vyxeos > Dosage", the heading that carries the trail's last step
    ("Vyxeos Prescribing Information: Dosage") or the page's own name ("Tecvayli") is the headline;
    one-word lines count here, since the trail vouches for them."""
    if not steps:
        return None
    last = name_key(steps[-1])
    names = {name_key(s) for s in steps[1:]} - {""}
    candidates = []
    for i in range(start, min(len(blocks), start + 8)):
        block = blocks[i]
        if marks[i] is None and block.kind != HEADING and block.n_words >= 20 and block.text[-1:] in ".!?":
            break  # body text reached
        if marks[i] is None and (block.kind == HEADING or _long_headline(block)):
            candidates.append(i)
    for i in candidates:
        key = name_key(blocks[i].text)
        if last and last in key and key != last:
            return i
    for i in candidates:
        key = name_key(blocks[i].text)
        first_word = name_key(blocks[i].text.split("(")[0])
        if key in names or first_word in names:
            return i
    return None


def _dated_below(blocks: list[Block], i: int) -> bool:
    """A headline stands right above its byline or date line ("Last reviewed: ...", "By X | Published")."""
    return i + 1 < len(blocks) and bool(boilerplate_cues().meta_line.search(blocks[i + 1].text.strip()))


def _same_topic(short: str, full: str) -> bool:
    """A breadcrumb step that shortens the headline ("Tablets that control CML" for
    "Tablets that control chronic myeloid leukemia"): they open with the same words."""
    a = [w.casefold() for w in _WORD.findall(short)]
    b = [w.casefold() for w in _WORD.findall(full)]
    shared = 0
    for x, y in zip(a, b):
        if x != y:
            break
        shared += 1
    return shared >= 3 or (shared >= 2 and shared * 2 >= len(a))


_TRAIL_SEP = re.compile(r"\s+/\s+")


def _is_category_trail(text: str) -> bool:
    parts = _TRAIL_SEP.split(text)
    return len(parts) >= 2 and all(1 <= len(p.split()) <= 3 and p[:1].isupper() for p in parts)


def _is_label(blocks: list[Block], marks: list[str | None], k: int) -> bool:
    return (0 <= k < len(blocks) and marks[k] is None and blocks[k].kind == HEADING and blocks[k].n_words <= 6
            and not blocks[k].text.endswith("?") and not boilerplate_cues().meta_line.search(blocks[k].text))


def _stacked_label(blocks: list[Block], marks: list[str | None], i: int) -> bool:
    """Short heading lines stacked without a blank line between them are header labels
    (document type, department); a title stands on its own line."""
    if not _is_label(blocks, marks, i):
        return False
    below = i + 1 < len(blocks) and not blocks[i + 1].blank_before and _is_label(blocks, marks, i + 1)
    above = not blocks[i].blank_before and _is_label(blocks, marks, i - 1)
    return below or above


def _followed_by_header_widget(blocks: list[Block], marks: list[str | None], i: int) -> bool:
    if i == 0 or i + 1 >= len(blocks):
        return False
    nxt = blocks[i + 1]
    return marks[i + 1] == "login_register" or (marks[i + 1] in ("button", "short_line_run")
                                                 and nxt.text.strip().casefold() in _HEADER_WIDGETS)


def header_site_name(blocks: list[Block], marks: list[str | None]) -> str | None:
    """A short Title-Case line among the header buttons names the site ("Example Agency / Search / Menu")."""
    for i, block in enumerate(blocks[:12]):
        if marks[i] in (None, "short_line_run") and 1 <= block.n_words <= 6 \
                and _followed_by_header_widget(blocks, marks, i):
            if all(w[:1].isupper() or w in ("of", "and", "for", "the", "&") for w in block.text.split()):
                return _clean_name(block.text)
    return None


def find_html_title(meta: HtmlMeta, blocks: list[Block], publisher: str | None) -> tuple[str | None, int | None]:
    """<h1> (else og:title, else <title> without its ' | Site' suffix) and the index of the
    block showing it (a heading, or a plain line with the same text among the first blocks)."""
    candidates = [meta.h1, meta.og_title and strip_site_suffix(meta.og_title, [publisher or ""]),
                  meta.title and strip_site_suffix(meta.title, [publisher or "", meta.site_name or ""])]
    title = next((c for c in candidates if c and c.strip()), None)
    if not title:
        for i, block in enumerate(blocks[:10]):
            if block.kind == HEADING:
                return block.text, i
        return None, None
    key = name_key(title)
    for i, block in enumerate(blocks):
        if name_key(block.text) == key and (block.kind == HEADING or i < 10):
            return title, i
    return title, None


# ------------------------------------------------------------------ publisher
_TOKEN = r"(?:[A-Z]|[a-z]+[A-Z])[\w&'’-]*(?:\.[A-Za-z][\w&'’-]*)*"  # "Dr.Oracle", "eMedTV", "Cancer.Net"
_NAME = rf"{_TOKEN}(?:\s+(?:{_TOKEN}|of|for|and|&)){{0,5}}"
_SUBJECT = re.compile(
    rf"(?:^|[.!?]\s+|\n)(?:The\s+)?(?P<name>{_NAME})\s+(?:website\s+|site\s+)?(?:uses cookies|assumes no|accepts no|makes no|"
    r"serves only|is not responsible|is an independent|is intended for)", re.MULTILINE)
_COPYRIGHT = re.compile(
    r"(?:©|\([cC]\)|(?i:copyright))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(?:[bB]y\s+)?"
    rf"(?P<name>{_NAME})")
_COMPANY_SUFFIX = re.compile(r"[,\s]+(?:Inc|LLC|Ltd|Limited|Corp|Corporation|GmbH|plc|Co)\.?$")
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?$", re.IGNORECASE)
_GENERIC_NAME = re.compile(r"^(?:all|this|the|our|we|site|website|content|page|information|images?|crown)$", re.I)


# A sentence after the organisation's name on a © line names a desk or a number, not the publisher.
_AFTER_NAME = re.compile(r"\.\s+(?:Newsroom|Editorial|Editors?|Press|Media|Contact|Tel|Telephone|Phone|Helpline|"
                         r"Registered|Company|Charity|Office|Email|Switchboard|Enquiries)\b.*$")


def _clean_name(name: str | None) -> str | None:
    if not name:
        return None
    name = re.sub(r"[®™]", "", name).strip(" ,.;:|")
    name = re.sub(r"\.?\s+(?:All|Rights|Reserved|Unauthorized|Reproduction|Some)\b.*$", "", name)
    name = _AFTER_NAME.sub("", name)
    name = _COMPANY_SUFFIX.sub("", name.strip(" ,.")).strip(" ,.")
    name = re.sub(r"^The\s+", "", name)
    name = name.strip(" ,.;:|")
    if not name or _GENERIC_NAME.match(name) or len(name) < 2:
        return None
    return name


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _expand_acronym(candidate: str, others: list[str]) -> str:
    """'NCCN Guidelines for Patients' -> 'National Comprehensive Cancer Network' when both appear."""
    for token in candidate.split():
        if len(token) >= 3 and token.isupper() and token.isalpha():
            for other in others:
                if other and _initials(other) == token and len(other.split()) >= 3:
                    return other
    return candidate


def find_publisher(page_lines: list[str], blocks: list[Block], marks: list[str | None],
                   meta: HtmlMeta | None) -> str | None:
    """Publisher as the page names itself: site name tag, masthead, disclaimer subject, ©."""
    declared = _front_matter_site(blocks)
    if declared:
        return declared
    full = "\n".join(page_lines)
    copyright_names = [n for n in (_clean_name(m.group("name")) for m in _COPYRIGHT.finditer(full)) if n]
    subjects = [n for n in (_clean_name(m.group("name")) for m in _SUBJECT.finditer(full)) if n]
    others = copyright_names + subjects
    if meta is not None and meta.site_name:
        if _DOMAIN.match(meta.site_name.strip()) and others:
            return others[0] if not subjects else subjects[0]  # the organisation as the page names it
        return _expand_acronym(_clean_name(meta.site_name) or meta.site_name, others)
    suffix = _title_suffix(meta, full)
    if suffix:
        return _expand_acronym(suffix, others)
    masthead = _masthead_name(blocks, marks, full)
    if masthead:
        # "RMG News | Regenerative Medicine Group": a masthead that shows the long name beside the
        # short one chose the short one; the long one (also on the © line) is the parent company
        top = "\n".join(b.text for b in blocks[:3])
        return _expand_acronym(masthead, [o for o in others if o not in top])
    if subjects:
        return _expand_acronym(subjects[0], others)
    if copyright_names:
        return copyright_names[-1]
    if blocks:
        return header_site_name(blocks, marks)
    return None


_SITE_FIELD = re.compile(r"^(?:site|site_?name|publisher|organi[sz]ation)\s*:\s*(\S.{0,80})$", re.IGNORECASE)


def _front_matter_site(blocks: list[Block]) -> str | None:
    """'site: Example Notes' in a Markdown page's front matter."""
    for block in blocks:
        if not block.front_matter:
            break
        field = _SITE_FIELD.match(block.text)
        if field:
            return _clean_name(field.group(1))
    return None


def _title_suffix(meta: HtmlMeta | None, full: str) -> str | None:
    """'Headline | Brand': the brand, when the page shows it too (logo, footer, copyright line)."""
    if meta is None or not meta.title:
        return None
    parts = re.split(r"\s+(?:\||-|–|—|::)\s+", meta.title)
    if len(parts) < 2 or len(parts[-1].split()) > 5:
        return None
    brand = _clean_name(parts[-1])
    return brand if brand and brand in full else None


_MASTHEAD_NAME_WORDS = 6
_HOME_STEPS = frozenset({"home", "start", "main", "index", "homepage", "news", "you are here"})


def _spelled_out(words: list[str]) -> str | None:
    """'NICE National Institute for Health and Care Excellence': a logo's acronym followed by
    the name it stands for (its letters are initials of the name, in order) -> the name."""
    if len(words) < 3 or not (2 <= len(words[0]) <= 6 and words[0].isupper() and words[0].isalpha()):
        return None
    initials = _initials(" ".join(words[1:]))
    letters = iter(initials)
    if initials[:1] == words[0][0] and all(ch in letters for ch in words[0]):
        return _clean_name(" ".join(words[1:]))
    return None
_NAME_LINKS = frozenset({"of", "and", "for", "the", "&", "on", "in"})
_TAGLINE_SEPS = frozenset({"|", "::", "–", "—"})


def _logo_spelling(first: str, full: str) -> str | None:
    """'BLOODLINES DAILY | Sign in | Search' over a footer that writes 'Bloodlines Daily': a logo set
    in capitals at the head of the menu is the site's name, as the page spells it in running text."""
    if not (2 <= len(first.split()) <= 4 and first.isupper() and first.replace(" ", "").isalpha()):
        return None
    for m in re.finditer(r"\b" + r"\s+".join(re.escape(w) for w in first.split()) + r"\b", full, re.IGNORECASE):
        if not m.group(0).isupper():
            return _clean_name(m.group(0))
    return None


def _masthead_name(blocks: list[Block], marks: list[str | None], full: str) -> str | None:
    """Site name at the top: 'Name | tagline', a short first line above the menu, or the
    first item of a top menu when the page repeats it (copyright line, cookie notice)."""
    for i, block in enumerate(blocks[:6]):
        if i >= 3 and marks[i] != "masthead":
            continue  # only a masthead stands that low (under a consent banner)
        if i == 0 and marks[i] in ("menu", "login_register"):
            first = re.split(r"\s*\|\s*|\s{3,}", block.raw or block.text)[0].strip()
            if 1 <= len(first.split()) <= 3 and first[:1].isupper() and not boilerplate_cues().is_button(first) \
                    and len(re.findall(r"\b" + re.escape(first) + r"\b", full)) >= 3:
                return _clean_name(first)
            spelled = _logo_spelling(first, full)
            if spelled:
                return spelled
        if marks[i] == "menu":
            parts = [p.strip() for p in re.split(r"\s*\|\s*|\s+·\s+", block.raw or block.text) if p.strip()]
            if len(parts) == 2 and len(parts[0].split()) <= 4 and parts[0][:1].isalpha() \
                    and not re.search(r"\b(log|sign)\s*in\b|register", block.text, re.I):
                return _clean_name(parts[0])
        if i == 0 and marks[i] == "breadcrumb":
            site = breadcrumb_parts(block.text)[0]  # "Example News > Approvals > Hematology" on the first line
            head, _, step = site.rpartition(" | ")
            if head and name_key(step) in _HOME_STEPS:
                site = head  # "Example Community | Home > Treatments > ...": the name before the trail
            if name_key(site) not in _HOME_STEPS and 1 <= len(site.split()) <= 4 and site[:1].isupper() \
                    and len(re.findall(r"\b" + re.escape(site) + r"\b", full)) >= 2:
                return _clean_name(site)
        if marks[i] == "masthead":
            words = re.sub(r"[®™]", "", block.text).split()
            spelled = _spelled_out(words)
            if spelled:
                return spelled
            cut = next((k for k, w in enumerate(words) if w in _TAGLINE_SEPS), None)
            if cut:  # "Name | tagline", "Name :: tagline"
                words = words[:cut]
            if len(words) <= _MASTHEAD_NAME_WORDS and all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_LINKS
                                                           for w in words):
                # the whole line is the name ("Haem Ledger", "MIMS Hong Kong"), less a section that
                # the menu below lists ("MDedge Hematology/Oncology" over "Hematology | Oncology")
                menu = {name_key(p) for j in range(i + 1, min(len(blocks), i + 4)) if marks[j] == "menu"
                        for p in re.split(r"\s*\|\s*|\s{3,}|\s+·\s+", blocks[j].raw or blocks[j].text)}
                while len(words) > 1 and all(name_key(p) in menu for p in words[-1].split("/")):
                    words.pop()
                name = _clean_name(" ".join(words))
                return f"The {name}" if words[0] == "The" and name else name  # as the masthead spells it
            for k in range(len(words), 0, -1):
                prefix = " ".join(words[:k])
                if len(re.findall(re.escape(prefix), full)) >= 2:
                    return _clean_name(prefix)
            return _clean_name(" ".join(words)) if len(words) <= 4 else None
    return None



# ------------------------------------------------------------------ source URL
_URL_LINE = re.compile(r"^\s*(?:source url|url|original url|canonical|retrieved from|available at|source)\s*:\s*"
                       r"(https?://\S+)\s*$", re.IGNORECASE | re.MULTILINE)


def find_source_url(page_text: str, meta: HtmlMeta | None) -> str | None:
    if meta is not None and meta.url:
        return meta.url
    m = _URL_LINE.search(page_text[:5000]) or _URL_LINE.search(page_text[-3000:])
    return m.group(1).rstrip(".,;)") if m else None
