"""Blocks that are furniture by their shape alone, whatever language the page is in.

- a slide counter of a photo gallery ("1 / 8", "1of/8", "Image 3 of 12"): numbers, a
  separator and at most one gallery label word (`gallery_labels` in the cue lexicon), the
  first number not above the second;
- an unrendered shortcode of a publishing system ("[button link=... type=big] Send us ...
  [/button]"): a bracketed tag name followed by key=value attributes opens the block.
A list item or a table row is never judged here ("Grade 3/4" is a cell of data).
"""
from __future__ import annotations

import re

from sources.blocks import LIST_ITEM, Block
from sources.cues import boilerplate_cues

_COUNTER = re.compile(r"^(?:(?P<label>[^\W\d_]{1,12})\s*)?(\d{1,3})\s*(?:of\s*/?|/|\|)\s*(\d{1,3})$", re.IGNORECASE)
_SHORTCODE = re.compile(r"^\[/?[a-z][\w-]{0,30}(?:\s+[\w-]+\s*=\s*[\"'”“]?[^\]\"'”“]*[\"'”“]?)+\s*\]", re.IGNORECASE)


def shape_reason(block: Block) -> str | None:
    """"gallery_counter" or "shortcode" when the block's shape says so, else None."""
    if block.kind == LIST_ITEM or block.from_table:
        return None
    text = block.text.strip()
    if len(text) <= 24:
        m = _COUNTER.match(" ".join(text.split()))
        if m and 0 < int(m.group(2)) <= int(m.group(3)) and (
                not m.group("label") or boilerplate_cues().gallery_label.match(m.group("label"))):
            return "gallery_counter"
    if text.startswith("[") and _SHORTCODE.match(text):
        return "shortcode"
    return None
