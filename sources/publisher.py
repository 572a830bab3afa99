"""The publisher as the page names itself: front matter, site-name tag, '<title>' suffix, masthead,
disclaimer subject ("X assumes no liability"), the © line, a name among the header buttons."""
from __future__ import annotations

import re

from sources.blocks import Block
from sources.block_marks import breadcrumb_parts
from sources.cues import boilerplate_cues
from sources.html_head import HtmlMeta, name_key

_HEADER_WIDGETS = frozenset({"search", "menu", "home", "log in", "login", "sign in", "register", "subscribe"})

_TOKEN = r"(?:[A-Z]|[a-z]+[A-Z])[\w&'’-]*(?:\.[A-Za-z][\w&'’-]*)*"  # "Dr.Oracle", "eMedTV", "Cancer.Net"
_NAME = rf"{_TOKEN}(?:[ \t\u00a0]+(?:{_TOKEN}|of|for|and|&)){{0,5}}"  # a name never runs onto the next line
_SUBJECT = re.compile(
    rf"(?:^|[.!?]\s+|\n)(?:The\s+)?(?P<name>{_NAME})\s+(?:website\s+|site\s+)?(?:uses cookies|assumes no|accepts no|makes no|"
    r"serves only|is not responsible|is an independent|is intended for|"
    r"content is (?:for|intended|provided|written|meant))", re.MULTILINE)
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


def header_site_name(blocks: list[Block], marks: list[str | None]) -> str | None:
    """A short Title-Case line among the header buttons names the site ("Example Agency / Search / Menu")."""
    for i, block in enumerate(blocks[:12]):
        if marks[i] in (None, "short_line_run") and 1 <= block.n_words <= 6 \
                and followed_by_header_widget(blocks, marks, i):
            if all(w[:1].isupper() or w in ("of", "and", "for", "the", "&") for w in block.text.split()):
                return _clean_name(block.text)
    return None


def followed_by_header_widget(blocks: list[Block], marks: list[str | None], i: int) -> bool:
    if i == 0 or i + 1 >= len(blocks):
        return False
    nxt = blocks[i + 1]
    return marks[i + 1] == "login_register" or (marks[i + 1] in ("button", "short_line_run")
                                                 and nxt.text.strip().casefold() in _HEADER_WIDGETS)
