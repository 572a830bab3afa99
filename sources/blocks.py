"""Blocks: the line-level layout every input format is reduced to.

A block is one heading, paragraph or list item. Boilerplate removal works on blocks,
and `compose` renders the kept blocks into `clean_text` while remembering where each
block's text sits, so sentence offsets are exact by construction.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"

_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BULLET = re.compile(r"^(?P<indent>[ \t\u00a0]*)(?P<marker>[•\-*+‣◦▪●–·]|\d{1,3}[.)])[ \t\u00a0]+(?P<text>\S.*)$")
_SENTENCE_END = re.compile(r"[.!?;,]['\"”’)\]]*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200e\u200f\ufeff]")


@dataclass
class Block:
    """One line-level unit of an article."""

    text: str  # whitespace-normalised text, without its list marker
    kind: str = PARAGRAPH  # HEADING | PARAGRAPH | LIST_ITEM
    marker: str = ""  # list marker as rendered ("•", "3.")
    indent: int = 0  # leading spaces in a text file (menus and link lists are often indented)
    blank_before: bool = True  # an empty line (or a block element) separates it from the previous block
    from_table: bool = False  # a table row rendered as "cell | cell"
    raw: str = ""  # the source line before whitespace was collapsed (menus use runs of spaces)
    in_references: bool = False  # part of the reference list (set by boilerplate removal)
    inferred_item: bool = False  # an unbulleted short line under a lead ending in ':'
    front_matter: bool = False  # a 'key: value' field of a Markdown page's front matter
    level: int = 0  # Markdown heading level ("# Title" is 1); 0 for a setext heading or other text
    link_share: float = 0.0  # share of the text that is link text (HTML main text only)

    @property
    def n_words(self) -> int:
        return len(self.text.split())


def normalize_space(text: str) -> str:
    return _WS.sub(" ", _CONTROL.sub("", text)).strip()


def looks_like_heading(text: str) -> bool:
    """Short line without sentence punctuation at its end (or a short question)."""
    words = text.split()
    if text.endswith("?") and words and len(words) <= 30 and len(text) <= 250:
        return text[:1].isupper()  # a question standing alone on its line heads what follows
    if not words or len(words) > 14 or len(text) > 120:
        return False
    if _SENTENCE_END.search(text):
        return False
    if text.endswith(":") and len(words) > 3:  # a lead-in sentence ("Side effects include:")
        return False
    first = text.lstrip("\"'“‘(")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


_WRAP_MIN_CHARS = 40  # a hard-wrapped line is long; short consecutive lines are items, not wraps
_ITEM_MAX_WORDS = 8


def _is_unbulleted_item(prev: Block, line: str) -> bool:
    """A short line right under a lead ending in ':' (or under such an item) is a list item."""
    if len(line.split()) > _ITEM_MAX_WORDS or _SENTENCE_END.search(line):
        return False
    lead = prev.kind == PARAGRAPH and prev.text.endswith(":")
    return lead or (prev.kind == LIST_ITEM and prev.inferred_item)


def text_blocks(text: str) -> list[Block]:
    """Blocks of a plain-text page: one per line, wrapped lines joined, bullets recognised."""
    blocks: list[Block] = []
    blank = True
    for raw_line in text.splitlines():
        if not raw_line.strip():
            blank = True
            continue
        if _MD_TABLE_RULE.match(raw_line):
            continue  # a pipe table's header rule ("|----|----|"): the header and body rows stay one table
        indent = len(raw_line) - len(raw_line.lstrip(" \t\u00a0"))
        bullet = _BULLET.match(raw_line)
        if bullet:
            marker = bullet["marker"]
            marker = "•" if not marker[0].isdigit() else marker
            blocks.append(Block(normalize_space(bullet["text"]), LIST_ITEM, marker, indent, blank,
                                raw=raw_line.strip()))
        else:
            line = normalize_space(raw_line)
            prev = blocks[-1] if blocks else None
            if (prev is not None and not blank and line[:1].islower() and len(prev.text) >= _WRAP_MIN_CHARS
                    and prev.kind != LIST_ITEM and not _SENTENCE_END.search(prev.text)
                    and not prev.text.endswith(":") and not (_CELL_SEP.search(prev.raw) and _CELL_SEP.search(line))):
                prev.text = f"{prev.text} {line}"  # a hard-wrapped line continues the block
                prev.raw = f"{prev.raw} {raw_line.strip()}"
                blank = False
                continue
            if prev is not None and not blank and _is_unbulleted_item(prev, line):
                blocks.append(Block(line, LIST_ITEM, "•", indent, blank, raw=raw_line.strip(), inferred_item=True))
            else:
                blocks.append(Block(line, PARAGRAPH, "", indent, blank, raw=raw_line.strip()))
        blank = False
    _mark_text_tables(blocks)
    for block in blocks:
        if block.kind == PARAGRAPH and not block.from_table and looks_like_heading(block.text):
            block.kind = HEADING
    return blocks


_CELL_SEP = re.compile(r"\s+\|\s+|\t+")


def _mark_text_tables(blocks: list[Block]) -> None:
    """Consecutive lines with the same number of '|'-separated cells are a table when one has digits or
    there are three or more (a header and two rows: "Drug | Approved use" over its drugs); two lines
    of words alone may be a menu repeated."""
    cells = [len(_CELL_SEP.split(b.raw)) if b.kind == PARAGRAPH and b.raw else 0 for b in blocks]
    i, n = 0, len(blocks)
    while i < n:
        j = i
        while j < n and cells[j] >= 2 and cells[j] == cells[i] and (j == i or not blocks[j].blank_before):
            j += 1
        if j - i >= 3 or (j - i >= 2 and any(ch.isdigit() for k in range(i, j) for ch in blocks[k].text)):
            for k in range(i, j):
                blocks[k].from_table = True
        i = max(j, i + 1)


_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MD_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()]*\)")  # no nested brackets: one scan per '![', so linear
_MD_LINK = re.compile(r"\[([^\[\]]+)\]\((?:[^()]|\([^()]*\))*\)")  # inner runs stop at the next bracket
# Spans are bounded (500 chars) so a line of unclosed markers costs O(length), not O(length^2).
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1|(?<![\w*])([*_])(?=\S)(.{1,500}?)(?<=\S)\3(?![\w*])")
_MD_CODE = re.compile(r"`([^`]*)`")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?")
_MD_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")  # never crosses a "<": linear on a run of unclosed tags
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")  # "|---|:--:|"


def _strip_inline_markdown(line: str) -> str:
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_CODE.sub(r"\1", line)
    line = _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(4), line)
    return _MD_HTML_TAG.sub("", line)


_FRONT_MATTER_FENCE = re.compile(r"^(?:---|\+\+\+)\s*$")
_FRONT_MATTER_FIELD = re.compile(r"^([A-Za-z][\w -]{0,30}):\s*(.*)$")
_FRONT_MATTER_MAX_LINES = 40


def _front_matter_lines(lines: list[str]) -> tuple[list[str], int]:
    """A static-site header ('---' / 'title: ...' / 'date: ...' / '---') becomes one
    'key: value' line per field, each its own block, so title and dates are read like labels;
    returns the lines and the number of fields."""
    if not lines or not _FRONT_MATTER_FENCE.match(lines[0]):
        return lines, 0
    end = next((i for i in range(1, min(len(lines), _FRONT_MATTER_MAX_LINES)) if lines[i].strip() == lines[0].strip()),
               None)
    if end is None or not all(_FRONT_MATTER_FIELD.match(l) or not l.strip() or l.startswith((" ", "-"))
                              for l in lines[1:end]):
        return lines, 0
    out: list[str] = []
    for line in lines[1:end]:
        field = _FRONT_MATTER_FIELD.match(line)
        if field:
            value = field.group(2).strip().strip("'\"")
            out.extend([f"{field.group(1)}: {value}", ""])
    return out + [""] + lines[end + 1:], len(out) // 2


def markdown_blocks(text: str) -> list[Block]:
    """Blocks of a Markdown page: '#' headings, list items and paragraphs without markup."""
    lines, n_fields = _front_matter_lines(text.splitlines())
    plain: list[str] = []
    headings: set[int] = set()
    levels: dict[int, int] = {}  # heading line -> its '#' count
    in_fence = False
    for i, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            plain.append("")
            continue
        if in_fence:
            plain.append(line)
            continue
        if _MD_TABLE_RULE.match(line):
            continue  # a pipe table's header rule: the header row and the body rows stay one table
        if _MD_RULE.match(line):
            plain.append("")
            continue
        if _MD_SETEXT.match(line) and plain and plain[-1].strip():
            headings.add(len(plain) - 1)
            plain.append("")
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            headings.add(len(plain))
            levels[len(plain)] = len(heading[1])
            plain.append(_strip_inline_markdown(heading[2]))
            continue
        line = _MD_QUOTE.sub("", line)
        plain.append(_strip_inline_markdown(line))
    # Headings get blank lines around them so they never merge with wrapped text.
    out: list[str] = []
    for i, line in enumerate(plain):
        if i in headings:
            out.extend(["", line, ""])
        else:
            out.append(line)
    blocks = text_blocks("\n".join(out))
    heading_texts = {normalize_space(plain[i]) for i in headings}
    level_of = {normalize_space(plain[i]): n for i, n in sorted(levels.items(), reverse=True)}
    for block in blocks[:n_fields]:
        block.front_matter = True
    for block in blocks:
        if block.text in heading_texts and block.kind != LIST_ITEM:
            block.kind = HEADING
            block.level = level_of.get(block.text, 0)
    return blocks


def compose(blocks: list[Block]) -> tuple[str, list[tuple[int, int]]]:
    """Render blocks as clean text; returns the text and each block's (start, end) span.

    Consecutive list items are separated by one newline, everything else by a blank line.
    A list item is rendered with its marker, but its span covers the item text only.
    """
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    prev: Block | None = None
    for block in blocks:
        if prev is not None:
            sep = "\n" if (block.kind == LIST_ITEM and prev.kind == LIST_ITEM) else "\n\n"
            parts.append(sep)
            pos += len(sep)
        if block.kind == LIST_ITEM and block.marker:
            prefix = f"{block.marker} "
            parts.append(prefix)
            pos += len(prefix)
        parts.append(block.text)
        spans.append((pos, pos + len(block.text)))
        pos += len(block.text)
        prev = block
    return "".join(parts), spans
