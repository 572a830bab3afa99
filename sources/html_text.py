"""HTML to blocks: trafilatura for the main content, a tag-stripping fallback for the rest.

trafilatura (lxml underneath) can raise or recurse on pathological markup such as tags
nested thousands of levels deep; the fallback is a single linear scan over the tags,
so some text always comes out. The same scanner, keeping every region, gives the
"whole page" text that metadata rules read (copyright lines, bylines, disclaimers).
"""
from __future__ import annotations

import html as html_lib
import re

from trafilatura import bare_extraction

from sources.blocks import HEADING, LIST_ITEM, PARAGRAPH, Block, normalize_space
from sources.embedded_posts import unwrap_embedded_posts
from sources.html_tokens import END, RAW, START, TEXT, strip_tags, tokens
from sources.standfirst import drop_standfirst

_SUP = re.compile(r"<sup\b[^>]{0,200}>(.{0,200}?)</sup\s*>", re.IGNORECASE | re.DOTALL)
_CITATION = re.compile(r"^\s*\[?\s*\d{1,3}(?:\s*[,–\-]\s*\d{1,3})*\s*\]?\s*$")
_UNIT_BEFORE = re.compile(r"(?:\d|\b(?:m|cm|mm|km|dm|µm|in|ft))\s*$")
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_MIN_MAIN_TEXT = 200  # fewer characters from trafilatura than this: use the fallback


def _rewrite_sup(html: str) -> str:
    """Drop citation superscripts ("prognosis.<sup>1</sup>") and keep exponents (m², 10⁹).

    Left as plain digits, a citation glues onto the sentence end ("2018.2 Then"), which
    reads as a decimal number and breaks sentence splitting.
    """
    def repl(match: re.Match) -> str:
        inner = strip_tags(match.group(1)).strip()
        before = html[max(0, match.start() - 12):match.start()]
        if _CITATION.match(inner) and not _UNIT_BEFORE.search(before):
            return " "
        if inner.strip().isdigit():
            return inner.strip().translate(_SUPERSCRIPT_DIGITS)
        return f"^{inner}"
    return _SUP.sub(repl, html)


# ------------------------------------------------------------------ trafilatura path
# Link text is marked in the page before extraction with two private-use characters, so that
# trafilatura extracts exactly what it extracts without links (asking it to keep links
# changes which parts it keeps) and each block still knows how much of it was link text.
_LINK_OPEN, _LINK_CLOSE = "\ue000", "\ue001"
# Only around link text itself: a mark in an anchor that holds an image alone would make
# an empty element non-empty. (The pattern starts with a literal '<' and is case-folded by
# hand, which keeps the scan fast on large pages.)
_A_TAG = re.compile(r"<(?:[aA]\b[^<>]*|/[aA]\s*)>")
_LINK_MARKS = re.compile("[\ue000\ue001]")
_LINK_SPLIT = re.compile("([\ue000\ue001])")


def _mark_links(html: str) -> str:
    html = _LINK_MARKS.sub("", html)
    n = len(html)

    def mark(m: re.Match) -> str:
        tag = m.group(0)
        if tag[1] == "/":
            before = html[m.start() - 1] if m.start() else ">"
            return _LINK_CLOSE + tag if before != ">" and not before.isspace() else tag
        after = html[m.end()] if m.end() < n else "<"
        return tag + _LINK_OPEN if after != "<" and not after.isspace() else tag

    return _A_TAG.sub(mark, html)


def _unmark(raw: str) -> tuple[str, float]:
    """Text without the link marks, and the share of its characters that were inside a link."""
    if _LINK_OPEN not in raw and _LINK_CLOSE not in raw:
        return normalize_space(raw), 0.0
    depth = linked = total = 0
    for part in _LINK_SPLIT.split(raw):
        if part == _LINK_OPEN:
            depth += 1
        elif part == _LINK_CLOSE:
            depth = max(0, depth - 1)
        elif part:
            chars = len(part) - sum(part.count(c) for c in " \n\t\xa0")
            total += chars
            if depth:
                linked += chars
    return normalize_space(_LINK_MARKS.sub("", raw)), (linked / total if total else 0.0)


def _element_lines(el, skip_tags=("list",)) -> list[tuple[str, float]]:
    """Lines of an element split at <lb/>, leaving out nested lists (they become items),
    each with the share of its characters that are link text."""
    lines = [""]

    def walk(node, top):
        if not isinstance(node.tag, str) or (not top and node.tag in skip_tags):  # comments, nested lists
            if node.tail:
                lines[-1] += node.tail
            return
        if node.tag == "lb":
            lines.append("")
        elif node.text:
            lines[-1] += node.text
        for child in node:
            walk(child, False)
        if not top and node.tail:
            lines[-1] += node.tail

    walk(el, True)
    return [(text, share) for text, share in map(_unmark, lines) if text]


def _element_text(el, skip_tags=("list",)) -> list[str]:
    """Text of an element split at <lb/>, leaving out nested lists (they become items)."""
    return [text for text, _ in _element_lines(el, skip_tags)]


_INLINE_TAGS = frozenset({"hi", "ref", "del", "span", "graphic"})  # run on inside a line of text


def _body_blocks(body) -> list[Block]:
    """Walk trafilatura's output tree (head / p / list / item / table) into blocks.

    Text that trafilatura leaves loose between its elements (the tail of a heading, runs
    broken by <lb/> directly in a container) is body text too: each run becomes a paragraph.
    """
    blocks: list[Block] = []

    def emit_list(lst) -> None:
        ordered = (lst.get("rend") or "").lower() == "ol"
        number = 0
        for item in lst:
            if item.tag != "item":
                continue
            number += 1
            marker = f"{number}." if ordered else "•"
            for j, (text, share) in enumerate(_element_lines(item)):
                blocks.append(Block(text, LIST_ITEM, marker if j == 0 else "•", link_share=share))
            for nested in item:
                if nested.tag == "list":
                    emit_list(nested)

    def visit(node) -> None:
        loose: list[str] = [node.text or ""]

        def flush() -> None:
            text, share = _unmark("".join(loose))
            loose.clear()
            if text:
                blocks.append(Block(text, PARAGRAPH, link_share=share))

        for child in node:
            tag = child.tag
            if not isinstance(tag, str):  # a comment or processing instruction: only its tail is text
                loose.append(child.tail or "")
                continue
            if tag == "lb":
                flush()
                loose.append(child.tail or "")
                continue
            if tag in _INLINE_TAGS:
                loose.append("".join(child.itertext()))
                loose.append(child.tail or "")
                continue
            flush()
            if tag == "head":
                blocks.extend(Block(text, HEADING) for text in _element_text(child))
            elif tag == "list":
                emit_list(child)
            elif tag == "table":
                for row in child.iter("row"):
                    cells = [_unmark(" ".join(c.itertext()))[0] for c in row if c.tag == "cell"]
                    cells = [c for c in cells if c]
                    if cells:
                        blocks.append(Block(" | ".join(cells), PARAGRAPH, from_table=True))
            elif tag in ("p", "quote", "code", "ab"):
                blocks.extend(Block(text, PARAGRAPH, link_share=share) for text, share in _element_lines(child))
            elif len(child):
                visit(child)
            else:
                text, share = _unmark(child.text or "")
                if text:
                    blocks.append(Block(text, PARAGRAPH, link_share=share))
            loose.append(child.tail or "")
        flush()

    visit(body)
    return blocks


def trafilatura_blocks(html: str) -> list[Block] | None:
    """Main-content blocks from trafilatura, or None when it fails or finds too little."""
    try:
        doc = bare_extraction(html, include_comments=False, include_tables=True, include_images=False,
                              include_links=False, favor_recall=True, with_metadata=False,
                              deduplicate=False, output_format="python")
    except Exception:  # includes RecursionError and lxml errors on pathological markup
        return None
    body = getattr(doc, "body", None) if doc is not None else None
    if body is None:
        return None
    try:
        blocks = _body_blocks(body)
    except RecursionError:
        return None
    if sum(len(b.text) for b in blocks) < _MIN_MAIN_TEXT:
        return None
    return blocks


# ------------------------------------------------------------------ fallback scanner
# Tags come from one linear token pass (sources.html_tokens): an unclosed comment runs to
# the end of the document, and no unclosed '<' is scanned from more than once.
_RAW_TEXT_TAGS = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "textarea", "select"}
_CHROME_TAGS = {"nav", "footer", "aside", "header", "form", "button", "dialog"}
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table",
               "blockquote", "pre", "br", "hr", "figure", "figcaption", "body", "html",
               "caption", "address", "details", "summary", "title", "head"} | _HEADING_TAGS | _CHROME_TAGS


def scan_blocks(html: str, skip_chrome: bool) -> list[Block]:
    """Blocks from a linear scan of the tags (no tree, so no depth limit)."""
    blocks: list[Block] = []
    buf: list[str] = []
    kind = PARAGRAPH
    raw_depth = 0
    raw_tag = ""
    chrome_depth = 0
    in_head = False

    in_row = False

    def flush():
        nonlocal buf
        text = normalize_space(html_lib.unescape("".join(buf))).strip(" |")
        buf = []
        if text:
            blocks.append(Block(text, kind, "•" if kind == LIST_ITEM else "", from_table=in_row))

    for tok in tokens(html):
        visible = raw_depth == 0 and chrome_depth == 0 and not in_head
        if tok.kind == TEXT or (tok.kind == RAW and tok.name == "title"):
            if visible:
                buf.append(tok.text)
            continue
        if tok.kind not in (START, END):
            continue  # comments and the content of script, style and other raw-text elements
        closing, tag, self_closing = tok.kind == END, tok.name, tok.self_closing
        if raw_depth:
            if closing and tag == raw_tag:
                raw_depth -= 1
            elif not closing and tag == raw_tag and not self_closing:
                raw_depth += 1
            continue
        if tag in _RAW_TEXT_TAGS and not closing and not self_closing:
            raw_depth, raw_tag = 1, tag
            continue
        if tag == "head":
            in_head = not closing
            continue
        if skip_chrome and tag in _CHROME_TAGS:
            if not closing and not self_closing:
                if chrome_depth == 0:
                    flush()
                chrome_depth += 1
            elif closing and chrome_depth:
                chrome_depth -= 1
            continue
        if chrome_depth:
            continue
        if tag in _BLOCK_TAGS:
            flush()
            in_row = tag == "tr" and not closing
            if not closing and tag in _HEADING_TAGS:
                kind = HEADING
            elif not closing and tag == "li":
                kind = LIST_ITEM
            elif closing or tag in ("p", "div", "tr", "section", "article"):
                kind = PARAGRAPH
        elif tag in ("td", "th") and not closing and in_row:
            buf.append(" | ")
    flush()
    return blocks


def html_blocks(html: str) -> tuple[list[Block], str]:
    """Main-content blocks of an HTML page and the extractor used ("trafilatura" | "fallback")."""
    prepared = _rewrite_sup(html)
    blocks = trafilatura_blocks(_mark_links(unwrap_embedded_posts(prepared)))
    if blocks is not None:
        return drop_standfirst(blocks, html), "trafilatura"
    return scan_blocks(prepared, skip_chrome=True), "fallback"


def page_text(html: str) -> str:
    """All visible text of the page, one block per line (metadata rules read it)."""
    return "\n".join(b.text for b in scan_blocks(html, skip_chrome=False))
