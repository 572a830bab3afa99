"""The standfirst (dek) of a news page: the summary line under the headline that the page also
gives as its description. It belongs to the article's header, not to its body: a subheading
element (h2-h4) standing after the <h1> and before the first paragraph, whose text is the page's
meta description. A lede paragraph that repeats the description is body text and stays."""
from __future__ import annotations

import html as html_lib
import re

from sources.blocks import Block, normalize_space
from sources.html_tokens import END, START, TEXT, attributes, tokens

_DESCRIPTION_KEYS = frozenset({"description", "og:description", "twitter:description"})
_SUBHEADINGS = frozenset({"h2", "h3", "h4"})
_SCAN_LIMIT = 1_000_000  # the header stands above the body, after the scripts some sites inline
_TOP_BLOCKS = 3  # headline, standfirst, then the body
_WORD = re.compile(r"[^\W_]+")


def _key(text: str) -> str:
    return " ".join(_WORD.findall(html_lib.unescape(text).casefold()))


def standfirst_text(html: str) -> str | None:
    """Key of the subheading between <h1> and the first <p> that repeats the meta description."""
    descriptions: set[str] = set()
    after_h1 = False
    parts: list[str] | None = None
    for tok in tokens(html[:_SCAN_LIMIT]):
        if tok.kind == START:
            if tok.name == "meta":
                a = attributes(tok.text)
                if (a.get("name") or a.get("property") or "").lower() in _DESCRIPTION_KEYS and a.get("content"):
                    descriptions.add(_key(a["content"]))
            elif tok.name == "h1":
                after_h1, parts = True, None
            elif tok.name == "p" and after_h1 and parts is None:
                after_h1 = False  # a body began without a standfirst (that <h1> may be the logo)
            elif tok.name in _SUBHEADINGS and after_h1 and parts is None:
                parts = []
        elif tok.kind == TEXT and parts is not None:
            parts.append(tok.text)
        elif tok.kind == END and tok.name in _SUBHEADINGS and parts is not None:
            key = _key(normalize_space(" ".join(parts)))
            if key and key in descriptions:
                return key
            parts = None
    return None


_DESCRIPTION_META = re.compile(r"<meta\b[^<>]*?\bdescription\b[^<>]*>", re.IGNORECASE)


def _descriptions(html: str) -> set[str]:
    out = set()
    for m in _DESCRIPTION_META.finditer(html, 0, _SCAN_LIMIT):
        a = attributes(m.group(0)[5:])
        if (a.get("name") or a.get("property") or "").lower() in _DESCRIPTION_KEYS and a.get("content"):
            out.add(_key(a["content"]))
    return out


def drop_standfirst(blocks: list[Block], html: str) -> list[Block]:
    """The blocks without the standfirst, when one of the first blocks is exactly it.
    The markup is scanned only when a top block repeats the description (a few pages in ten)."""
    descriptions = _descriptions(html) if blocks else set()
    top = [i for i, block in enumerate(blocks[:_TOP_BLOCKS]) if _key(block.text) in descriptions]
    if not top or top[0] + 1 >= len(blocks) or standfirst_text(html) != _key(blocks[top[0]].text):
        return blocks
    return blocks[:top[0]] + blocks[top[0] + 1:]
