"""Embedded social-media posts stay in the main text even when their wrapper looks like chrome.

Pages wrap the fallback markup of an embedded post (`<blockquote class="twitter-tweet">`)
in an element named for what it is ("social-media-embed"); trafilatura discards elements
with such class names as share bars, and the quoted post goes with it. The post is quoted
content, so the class and id of the elements that only wrap it are removed before
extraction. The post's own markup and everything else on the page are left untouched.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from sources.cues import YAML_LOADER, LexiconError

_MAX_WRAPPERS = 3  # opening tags directly in front of the post that only wrap it
_WRAPPER = re.compile(r"<(?:div|figure|section|aside|span|p)\b[^<>]*>$", re.IGNORECASE)
_ATTR = re.compile(r"""\s(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)


@lru_cache(maxsize=1)
def _post_classes() -> tuple[str, ...]:
    data = yaml.load(resources.files("sources.lexicons").joinpath("embedded_posts.yaml")
                     .read_text(encoding="utf-8"), Loader=YAML_LOADER)
    classes = (data or {}).get("post_classes")
    if not classes or not all(isinstance(c, str) and c.strip() for c in classes):
        raise LexiconError("embedded_posts.yaml: post_classes must be a list of class names")
    return tuple(c.strip() for c in classes)


@lru_cache(maxsize=1)
def _post_open() -> re.Pattern:
    """The opening tag of an embedded post."""
    names = "|".join(re.escape(c) for c in _post_classes())
    return re.compile(rf"<blockquote\b[^<>]*\bclass\s*=\s*[\"'][^\"'<>]*\b(?:{names})\b", re.IGNORECASE)


def _wrappers_before(html: str, pos: int) -> list[tuple[int, int]]:
    """Spans of the bare opening tags that stand right in front of `pos` (innermost first)."""
    spans = []
    while len(spans) < _MAX_WRAPPERS:
        end = pos
        while end > 0 and html[end - 1].isspace():
            end -= 1
        if end == 0 or html[end - 1] != ">":
            break
        start = html.rfind("<", 0, end)
        if start < 0 or not _WRAPPER.match(html, start, end):
            break
        spans.append((start, end))
        pos = start
    return spans


def unwrap_embedded_posts(html: str) -> str:
    """The page with the class and id of the elements wrapping an embedded post removed."""
    if not any(name in html for name in _post_classes()):
        return html  # most pages embed no post: a substring test is all they pay
    spans = [span for m in _post_open().finditer(html) for span in _wrappers_before(html, m.start())]
    if not spans:
        return html
    out, last = [], 0
    for start, end in sorted(set(spans)):
        out += [html[last:start], _ATTR.sub("", html[start:end])]
        last = end
    out.append(html[last:])
    return "".join(out)
