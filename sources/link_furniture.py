"""Link-dense lines: promos and "related" lists, found by the shape every site gives them.

A line that is mostly the text of one or more links, with at most a few words of its own
("SEE MORE: <headline>", "<headline> [VIDEO]"), sends the reader to another page: inside an
article it is a promo, not prose. A run of list items that are all links with headline-length
text is a "related" or "most read" list, and a short label right above such lines ("Don't
miss", "Trending") introduces them. A single linked list item (a drug name, a guideline) is
content: lists are only judged as a whole run. Link shares come from marks put around
anchor text before trafilatura runs (`Block.link_share`), so only HTML main text has them.

Teaser cards lose their links when the anchor wraps block elements, but keep a shape: the
card's headline and its summary run together without a space ("...Laker GirlsGronk may...").
A run of list items most of which are glued that way is a list of cards.
"""
from __future__ import annotations

import re

from sources.blocks import HEADING, LIST_ITEM, PARAGRAPH, Block

_MIN_SHARE = 0.6  # this much of the line's characters is link text
_MAX_OWN_WORDS = 4  # words outside the links: "SEE MORE:", "[VIDEO]"
_MIN_LINE_WORDS = 3
_MIN_RUN_ITEMS = 3
_MIN_ITEM_WORDS = 4  # headline-length items, not a list of names
_LABEL_MAX_WORDS = 4
_GLUED = re.compile(r"[a-z]{2}[.?!]?['’]?[A-Z][a-z]")  # "GirlsGronk", "pursuitBreaking"
_CARD_MIN_WORDS = 6
_CARD_SHARE = 0.6
_TERMINAL = re.compile(r"[.!?;,]['\"”’)\]]*$")


def _linked(block: Block) -> bool:
    return block.link_share >= _MIN_SHARE and not block.from_table


def _own_words(block: Block) -> float:
    return block.n_words * (1.0 - block.link_share)


def mark_link_furniture(blocks: list[Block], marks: list[str | None]) -> None:
    """Mark link-dense promo lines, runs of linked headline items, and the label above them."""
    n = len(blocks)
    for i, block in enumerate(blocks):
        if (marks[i] is None and block.kind == PARAGRAPH and _linked(block)
                and block.n_words >= _MIN_LINE_WORDS and _own_words(block) <= _MAX_OWN_WORDS):
            marks[i] = "link_line"
    i = 0
    while i < n:
        if blocks[i].kind != LIST_ITEM:
            i += 1
            continue
        j = i
        while j < n and blocks[j].kind == LIST_ITEM:
            j += 1
        run = blocks[i:j]
        if (len(run) >= _MIN_RUN_ITEMS and all(_linked(b) for b in run)
                and sum(b.n_words for b in run) / len(run) >= _MIN_ITEM_WORDS):
            for k in range(i, j):
                marks[k] = marks[k] or "link_list"
        elif len(run) >= _MIN_RUN_ITEMS and sum(
                1 for b in run if b.n_words >= _CARD_MIN_WORDS and _GLUED.search(b.text)) >= _CARD_SHARE * len(run):
            for k in range(i, j):
                marks[k] = marks[k] or "teaser_cards"
        i = j
    for i in range(n - 1):
        label = blocks[i]
        if (marks[i] is None and marks[i + 1] in ("link_line", "link_list") and label.link_share < _MIN_SHARE
                and label.n_words <= _LABEL_MAX_WORDS and not _TERMINAL.search(label.text)
                and label.kind in (HEADING, PARAGRAPH)):
            marks[i] = "link_label"
