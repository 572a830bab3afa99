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
_ATTR = re.compile(r"""\s(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)


@lru_cache(maxsize=1)
def _post_start() -> re.Pattern:
    """The opening tag of an embedded post, preceded by up to _MAX_WRAPPERS bare opening tags."""
    data = yaml.load(resources.files("sources.lexicons").joinpath("embedded_posts.yaml")
                     .read_text(encoding="utf-8"), Loader=YAML_LOADER)
    classes = (data or {}).get("post_classes")
    if not classes or not all(isinstance(c, str) and c.strip() for c in classes):
        raise LexiconError("embedded_posts.yaml: post_classes must be a list of class names")
    names = "|".join(re.escape(c.strip()) for c in classes)
    wrapper = r"<(?:div|figure|section|aside|span|p)\b[^<>]*>\s*"
    post = rf"<blockquote\b[^<>]*\bclass\s*=\s*[\"'][^\"'<>]*\b(?:{names})\b"
    return re.compile(rf"(?P<wrappers>(?:{wrapper}){{1,{_MAX_WRAPPERS}}})(?={post})", re.IGNORECASE)


def unwrap_embedded_posts(html: str) -> str:
    """The page with the class and id of the elements wrapping an embedded post removed."""
    if "<blockquote" not in html and "<BLOCKQUOTE" not in html:
        return html
    return _post_start().sub(lambda m: _ATTR.sub("", m.group("wrappers")), html)
