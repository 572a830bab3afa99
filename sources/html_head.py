"""Metadata in an HTML page's head: meta tags (og:*, article:*, citation_*), JSON-LD,
<title>, the first <h1> and the canonical link. Regex scans, so pathological markup
that defeats a parser still yields its metadata."""
from __future__ import annotations

import datetime as dt
import html as html_lib
import json
import re
from dataclasses import dataclass, field

from sources.blocks import normalize_space
from sources.dates import parse_date

_META = re.compile(r"<meta\b([^>]*)>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z_:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_LINK = re.compile(r"<link\b([^>]*)>", re.IGNORECASE)
_JSONLD = re.compile(r"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]*>")
_HEAD_SCAN_LIMIT = 300_000  # metadata lives in the head; bound the scan on huge pages


def _attrs(fragment: str) -> dict[str, str]:
    return {m[1].lower(): html_lib.unescape(m[2] if m[2] is not None else (m[3] if m[3] is not None else m[4]))
            for m in _ATTR.finditer(fragment)}


def _tag_text(fragment: str) -> str:
    return normalize_space(html_lib.unescape(_TAGS.sub(" ", fragment)))


@dataclass
class HtmlMeta:
    title: str | None = None
    og_title: str | None = None
    h1: str | None = None
    site_name: str | None = None
    url: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None
    values: dict[str, str] = field(default_factory=dict)


def _walk_jsonld(node, out: dict) -> None:
    if isinstance(node, list):
        for item in node:
            _walk_jsonld(item, out)
    elif isinstance(node, dict):
        for key in ("datePublished", "dateCreated", "dateModified", "headline", "url", "mainEntityOfPage"):
            value = node.get(key)
            if isinstance(value, str):
                out.setdefault(key, value)
        pub = node.get("publisher")
        if isinstance(pub, dict) and isinstance(pub.get("name"), str):
            out.setdefault("publisher", pub["name"])
        elif isinstance(pub, list) and pub and isinstance(pub[0], dict) and isinstance(pub[0].get("name"), str):
            out.setdefault("publisher", pub[0]["name"])
        if isinstance(node.get("@graph"), list):
            _walk_jsonld(node["@graph"], out)


def html_head_metadata(html: str) -> HtmlMeta:
    """Title, site name, URL and dates from meta tags, JSON-LD, <title>, <h1> and canonical link."""
    page = html[:_HEAD_SCAN_LIMIT]
    values: dict[str, str] = {}
    for m in _META.finditer(page):
        a = _attrs(m.group(1))
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        if key and "content" in a and a["content"].strip():
            values.setdefault(key, a["content"].strip())
    for m in _LINK.finditer(page):
        a = _attrs(m.group(1))
        if "canonical" in (a.get("rel") or "").lower() and a.get("href"):
            values.setdefault("canonical", a["href"].strip())
    ld: dict[str, str] = {}
    for m in _JSONLD.finditer(page):
        try:
            _walk_jsonld(json.loads(m.group(1)), ld)
        except (ValueError, RecursionError):
            continue
    meta = HtmlMeta(values=values)
    title = _TITLE.search(page)
    meta.title = _tag_text(title.group(1)) if title else None
    site = values.get("og:site_name") or ld.get("publisher") or ""
    for h1 in _H1.finditer(page):
        text = _tag_text(h1.group(1))
        if text and name_key(text) != name_key(site):  # a logo in <h1> is not the headline
            meta.h1 = text
            break
    meta.og_title = values.get("og:title") or values.get("twitter:title") or ld.get("headline")
    meta.site_name = (values.get("og:site_name") or ld.get("publisher") or values.get("application-name")
                      or values.get("citation_publisher") or values.get("dc.publisher"))
    url = values.get("canonical") or values.get("og:url") or ld.get("url")
    meta.url = url if url and re.match(r"https?://", url) else None
    for key in ("article:published_time", "datepublished", "citation_publication_date", "citation_date",
                "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "date", "pubdate",
                "publish_date", "og:published_time"):
        # QAPage and forum markup give the question's creation date instead of datePublished
        value = values.get(key) or ((ld.get("datePublished") or ld.get("dateCreated")) if key == "datepublished"
                                    else None)
        if value and (parsed := parse_date(value)):
            meta.published = parsed
            break
    for key in ("article:modified_time", "datemodified", "og:updated_time", "last-modified", "dcterms.modified"):
        value = values.get(key) or (ld.get("dateModified") if key == "datemodified" else None)
        if value and (parsed := parse_date(value)):
            meta.updated = parsed
            break
    return meta


def strip_site_suffix(title: str, site_names: list[str]) -> str:
    """'Headline | Site' -> 'Headline' (also ' - Site', ' – Site', ' :: Site')."""
    parts = re.split(r"\s+(?:\||-|–|—|::|•|·)\s+", title)
    if len(parts) < 2:
        return title
    names = {name_key(n) for n in site_names if n}
    last = parts[-1]
    if name_key(last) in names or len(last.split()) <= 5:
        return re.split(r"\s+(?:\||-|–|—|::|•|·)\s+" + re.escape(last) + r"\s*$", title)[0].strip()
    return title


def name_key(s: str) -> str:
    """Case- and punctuation-insensitive key for comparing names and titles."""
    return re.sub(r"[\W_]+", "", s.casefold())
