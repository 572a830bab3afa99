"""Article title, publisher and source URL.

Read from HTML head tags when there are any (see `html_head`), and from the page text,
boilerplate included. The headline is chosen in `headline`, the publisher in `publisher`;
dates live in `dates`, the audience in `audience`. This module keeps the source URL and
the names `sources.parse` imports.
"""
from __future__ import annotations

import re

from sources.headline import find_html_title, find_text_title
from sources.html_head import HtmlMeta
from sources.publisher import find_publisher

__all__ = ["find_html_title", "find_publisher", "find_source_url", "find_text_title"]


_URL_LINE = re.compile(r"^\s*(?:source url|url|original url|canonical|retrieved from|available at|source)\s*:\s*"
                       r"(https?://\S+)\s*$", re.IGNORECASE | re.MULTILINE)


def find_source_url(page_text: str, meta: HtmlMeta | None) -> str | None:
    if meta is not None and meta.url:
        return meta.url
    m = _URL_LINE.search(page_text[:5000]) or _URL_LINE.search(page_text[-3000:])
    return m.group(1).rstrip(".,;)") if m else None
