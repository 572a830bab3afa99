"""Blocks repeated word for word inside the main text: gallery captions and widgets, not prose.

A photo gallery between the headline and the story renders each caption twice (slide and
thumbnail strip). Above the story's first paragraph that is said once, a long text said
twice is such a caption (headings are left to the title rules): every copy of it there is dropped. Inside the story repeats are
left alone: menus, plans and tables legitimately repeat their lines. A paragraph that repeats
the headline above the story is such a caption too (a gallery's first slide captioned with it).
"""
from __future__ import annotations

from sources.blocks import HEADING, Block

_MIN_WORDS = 10  # a caption or a paragraph; short repeated lines are structure ("Eat every 2–3 hours")
_STORY_PARAGRAPH_WORDS = 20  # a paragraph this long, said once, means the article has started


def _key(block: Block) -> str:
    return " ".join(block.text.casefold().split())


def mark_repeats(blocks: list[Block], reason: list[str | None], refs: list[bool], title_index: int | None) -> None:
    """Set reason "repeated" on the copies of a repeated text above the start of the story."""
    counts: dict[str, int] = {}
    for i, block in enumerate(blocks):
        if reason[i] is None and block.n_words >= _MIN_WORDS and not refs[i] and block.kind != HEADING:
            counts[_key(block)] = counts.get(_key(block), 0) + 1
    title = _key(blocks[title_index]) if title_index is not None else None
    if not any(c > 1 for c in counts.values()) and title is None:
        return
    story_start = next((i for i, b in enumerate(blocks) if reason[i] is None and b.kind != HEADING
                        and b.n_words >= _STORY_PARAGRAPH_WORDS and counts.get(_key(b), 0) == 1), len(blocks))
    for i in range(story_start):
        block = blocks[i]
        if reason[i] is not None or refs[i] or i == title_index or block.kind == HEADING or block.front_matter:
            continue
        if (block.n_words >= _MIN_WORDS and counts.get(_key(block), 0) > 1) or (
                title is not None and i > title_index and _key(block) == title):
            reason[i] = "repeated"
