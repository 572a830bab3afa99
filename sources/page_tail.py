"""Company profiles that close press releases ("X is a global provider of ... X is headquartered
in Baar and employs 1,300 people"): furniture of the release, judged only at the page's foot."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from sources.blocks import HEADING, LIST_ITEM, Block
from sources.cues import YAML_LOADER


@lru_cache(maxsize=1)
def _cues() -> dict:
    text = resources.files("sources.lexicons").joinpath("page_tail_cues.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=YAML_LOADER)
    return {"facts": re.compile("|".join(f"(?:{p})" for p in data["corporate_facts"]), re.IGNORECASE),
            "opening": re.compile(data["profile_opening"], re.IGNORECASE),
            "about": re.compile(data["about_heading"], re.IGNORECASE),
            "max_words": int(data["max_words"])}


def company_profile(blocks: list[Block], reason: list[str | None], i: int) -> bool:
    """Block i, at the foot of the page, describes the publishing company rather than the story."""
    cues = _cues()
    block = blocks[i]
    if block.kind == HEADING or block.n_words > cues["max_words"]:
        return False
    if cues["facts"].search(block.text):
        return True
    if not cues["opening"].search(block.text):
        return False
    below = i + 1 < len(blocks) and reason[i + 1] == "company_profile"
    above = i > 0 and blocks[i - 1].kind == HEADING and bool(cues["about"].match(blocks[i - 1].text))
    return below or above


_HEADLINE_MIN_WORDS, _HEADLINE_MAX_WORDS = 4, 16
_HEADLINE_RUN = 3
_TITLE_CASE_SHARE = 0.7
_TERMINAL = re.compile(r"[.!?;,]['\"”’)\]]*$")
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _headline_item(block: Block) -> bool:
    """'11 Fascinating Facts About Our Milky Way Galaxy': a list item set as a headline."""
    if block.kind != LIST_ITEM or not _HEADLINE_MIN_WORDS <= block.n_words <= _HEADLINE_MAX_WORDS \
            or _TERMINAL.search(block.text):
        return False
    words = _LONG_WORD.findall(block.text)
    return bool(words) and sum(w[0].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)


def headline_list(blocks: list[Block], i: int) -> bool:
    """Block i belongs to a run of three or more list items set as headlines: at the foot of a
    page, the 'read more' list whose links the extraction lost."""
    if not _headline_item(blocks[i]):
        return False
    lo = hi = i
    while lo > 0 and _headline_item(blocks[lo - 1]):
        lo -= 1
    while hi + 1 < len(blocks) and _headline_item(blocks[hi + 1]):
        hi += 1
    return hi - lo + 1 >= _HEADLINE_RUN
