"""Metadata in an HTML page's head: meta tags (og:*, article:*, citation_*), JSON-LD,
<title>, the first <h1> and the canonical link. Read from one linear token pass
(`sources.html_tokens`), so pathological markup that defeats a parser still yields its
metadata and no unclosed '<' makes the scan quadratic."""
from __future__ import annotations

import datetime as dt
import html as html_lib
import json
import re
from dataclasses import dataclass, field

from sources.blocks import normalize_space
from sources.dates import parse_date
from sources.html_tokens import END, RAW, START, TEXT, attributes, strip_tags, tokens

_CHROME = frozenset({"header", "nav"})
_TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|::|•|·)\s+")
_CONTENT = frozenset({"article", "main"})
_HEAD_SCAN_LIMIT = 300_000  # metadata lives in the head; bound the scan on huge pages


def _tag_text(fragment: str) -> str:
    return normalize_space(html_lib.unescape(strip_tags(fragment)))


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


def _scan(page: str) -> tuple[dict[str, str], list[str], str | None, list[str]]:
    """Meta values, JSON-LD texts, the <title> text and the texts of the <h1> elements."""
    values: dict[str, str] = {}
    jsonld: list[str] = []
    title: str | None = None
    h1s: list[str] = []
    h1_parts: list[str] | None = None
    pending_jsonld = False
    chrome_depth = content_depth = 0  # inside the site's <header>/<nav>; inside <article>/<main>
    chrome_h1s: list[str] = []
    h1_in_chrome = False
    for tok in tokens(page):
        if tok.kind == START:
            if tok.name == "meta":
                a = attributes(tok.text)
                key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
                if key and a.get("content", "").strip():
                    values.setdefault(key, a["content"].strip())
            elif tok.name == "link":
                a = attributes(tok.text)
                if "canonical" in (a.get("rel") or "").lower() and a.get("href"):
                    values.setdefault("canonical", a["href"].strip())
            elif tok.name == "script":
                pending_jsonld = "application/ld+json" in tok.text.lower()
            elif tok.name == "h1":
                h1_parts, h1_in_chrome = [], chrome_depth > 0
            elif tok.name in _CHROME and not tok.self_closing and (chrome_depth or not content_depth):
                chrome_depth += 1  # the site's <header>/<nav>, not an <article>'s own header
            elif tok.name in _CONTENT and not tok.self_closing:
                content_depth += 1
        elif tok.kind == RAW:
            if tok.name == "script" and pending_jsonld:
                jsonld.append(tok.text)
            elif tok.name == "title" and title is None:
                title = _tag_text(tok.text)
            pending_jsonld = False
        elif tok.kind == TEXT and h1_parts is not None:
            h1_parts.append(tok.text)
        elif tok.kind == END and tok.name in _CHROME and chrome_depth:
            chrome_depth -= 1
        elif tok.kind == END and tok.name in _CONTENT and content_depth:
            content_depth -= 1
        elif tok.kind == END and tok.name == "h1" and h1_parts is not None:
            # an <h1> in the site header or menu is the logo: it comes after the page's own <h1>s
            (chrome_h1s if h1_in_chrome else h1s).append(_tag_text("".join(h1_parts)))
            h1_parts = None
    # a logo <h1> in the site header is the headline only when the <title> shows it too
    chrome_h1s = [h for h in chrome_h1s if not title or name_key(h) in name_key(title)]
    return values, jsonld, title, h1s + chrome_h1s


def html_head_metadata(html: str) -> HtmlMeta:
    """Title, site name, URL and dates from meta tags, JSON-LD, <title>, <h1> and canonical link."""
    values, jsonld, title, h1s = _scan(html[:_HEAD_SCAN_LIMIT])
    ld: dict[str, str] = {}
    for text in jsonld:
        try:
            _walk_jsonld(json.loads(text), ld)
        except (ValueError, RecursionError):
            continue
    meta = HtmlMeta(values=values)
    meta.title = title or None
    # A logo in <h1> is not the headline: it repeats the site name, or the brand that ends the <title>.
    brands = {name_key(n) for n in (values.get("og:site_name"), ld.get("publisher"),
                                    title and len(_TITLE_SEP.split(title)) > 1 and _TITLE_SEP.split(title)[-1])
              if n}
    for text in h1s:
        if text and name_key(text) not in brands:
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


_PREFIX_SEP = re.compile(r"^(?P<name>[^:|–—]{2,60}?)\s*(?::|\||::|\s-|–|—)\s+(?P<rest>\S.*)$")


def strip_site_prefix(title: str, site_names: list[str]) -> str:
    """'Site: Headline' -> 'Headline' (also 'Site | Headline', 'Site - Headline'), for a known site name."""
    m = _PREFIX_SEP.match(title)
    names = {name_key(n) for n in site_names if n}
    if m and name_key(m.group("name")) in names and len(m.group("rest").split()) >= 3:
        return m.group("rest").strip()
    return title


def name_key(s: str) -> str:
    """Case- and punctuation-insensitive key for comparing names and titles."""
    return re.sub(r"[\W_]+", "", s.casefold())
