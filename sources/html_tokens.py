"""One linear pass over HTML markup: text, start and end tags, comments, raw text.

Why not a parser library: lxml (libxml2) stops building the tree 256 levels deep (2048
with huge_tree) and drops the rest of the page, and the standard library's html.parser
rescans from every unclosed '<', which is quadratic ('<a' * 20000 takes seconds). Here
every search starts where the previous one ended, and a '<' with no '>' after it ends
tag scanning for good (no later '<' can be closed either), so the pass costs
O(len(html)) on any input. Tags end at the first '>' (quoted '>' is not special), as the
regular expressions this replaces did.
"""
from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass
from typing import Iterator

TEXT = "text"  # character data between tags (not unescaped)
START = "start"  # <name ...> or <name .../>
END = "end"  # </name>
RAW = "raw"  # the content of a raw-text element (script, style, title, textarea, ...)
COMMENT = "comment"  # <!-- -->, <!DOCTYPE>, <![CDATA[ ]]>, <? ?>: no text

# Elements whose content is text up to the matching end tag, never markup.
RAW_TEXT_ELEMENTS = frozenset({"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes"})
_NAME = re.compile(r"[a-zA-Z][a-zA-Z0-9:-]*")
_ATTRIBUTE = re.compile(r"""([^\s/=>"'][^\s/=>]*)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?""")
_ATTRIBUTE_GAP = re.compile(r"[\s/]*")
_TAG_MARKUP = re.compile(r"<[^<>]*>")  # never crosses a '<', so a run of unclosed tags costs O(n)


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # TEXT | START | END | RAW | COMMENT
    text: str  # TEXT/RAW: the characters; START: the attribute part of the tag; else ""
    name: str = ""  # lower-case element name (START, END, RAW)
    self_closing: bool = False


def tokens(html: str) -> Iterator[Token]:
    """Tokens of `html` in document order; text runs are yielded as they are (not unescaped)."""
    pos, n = 0, len(html)
    next_gt = -1  # cached position of the next '>' at or after the current '<'
    text_start = 0
    while pos < n:
        lt = html.find("<", pos)
        if lt == -1:
            break
        following = html[lt + 1:lt + 2]
        if html.startswith("!--", lt + 1):
            close = html.find("-->", lt + 4)
            yield from _text(html, text_start, lt)
            yield Token(COMMENT, "")
            if close == -1:
                return  # an unclosed comment runs to the end of the document, as in browsers
            pos = text_start = close + 3
            continue
        if following in ("!", "?") or (following == "/" and _NAME.match(html, lt + 2)) or _NAME.match(html, lt + 1):
            if next_gt < lt:
                next_gt = html.find(">", lt)
            if next_gt == -1:
                break  # no '>' left: nothing after this point can be a tag
            yield from _text(html, text_start, lt)
            pos = text_start = next_gt + 1
            if following in ("!", "?"):
                if html.startswith("[CDATA[", lt + 2):
                    close = html.find("]]>", lt + 9)
                    if close == -1:
                        yield Token(COMMENT, "")
                        return
                    pos = text_start = close + 3
                    next_gt = close + 2
                yield Token(COMMENT, "")
                continue
            closing = following == "/"
            name_match = _NAME.match(html, lt + 2 if closing else lt + 1)
            name = name_match.group(0).lower()
            inner = html[name_match.end():next_gt]
            if closing:
                yield Token(END, "", name)
                continue
            self_closing = inner.endswith("/")
            yield Token(START, inner, name, self_closing)
            if name in RAW_TEXT_ELEMENTS and not self_closing:
                end = re.compile(r"</" + name + r"\b", re.IGNORECASE).search(html, pos)
                if end is None:
                    yield Token(RAW, html[pos:], name)
                    return
                yield Token(RAW, html[pos:end.start()], name)
                close = html.find(">", end.end())
                yield Token(END, "", name)
                if close == -1:
                    return
                pos = text_start = close + 1
                next_gt = close
            continue
        pos = lt + 1  # a '<' that opens no tag ("x < y") is text
    yield from _text(html, text_start, n)


def _text(html: str, start: int, end: int) -> Iterator[Token]:
    if end > start:
        yield Token(TEXT, html[start:end])


def attributes(fragment: str) -> dict[str, str]:
    """Attributes of a start tag's inner part (lower-case names, unescaped values; the first
    of a repeated name wins). An unclosed quote runs to the end of the tag; one pass."""
    out: dict[str, str] = {}
    pos, n = 0, len(fragment)
    while pos < n:
        pos = _ATTRIBUTE_GAP.match(fragment, pos).end()
        m = _ATTRIBUTE.match(fragment, pos)
        if m is None:
            pos += 1  # a stray quote or '=': skip it (the pattern fails on its first character)
            continue
        pos = m.end()
        value = next((v for v in m.groups()[1:] if v is not None), "")
        out.setdefault(m.group(1).lower(), html_lib.unescape(value))
    return out


def strip_tags(fragment: str) -> str:
    """Markup removed from a piece of HTML, each tag replaced by a space (linear)."""
    return _TAG_MARKUP.sub(" ", fragment)
