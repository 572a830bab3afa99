""""Any asparaginase product", "any G-CSF preparation": a family of interchangeable products, named by one word.

The family word is recognised as one drug, but the advice covers every product of the family the article names
(other formulations, pegylated or long-acting forms), as a curator lists them. Families are data
(`lexicons/product_families.yaml`); the shape is a quantifier before the word and a product noun after it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.reading.directive_cues import LexiconError, load

_NAME = "product_families.yaml"
ANY_BEFORE = re.compile(r"\b(?:any|all|every|no)\s+(?:other\s+|form\s+of\s+)?$", re.IGNORECASE)
PRODUCT_AFTER = re.compile(r"^\s*(?:products?|preparations?|formulations?|forms?|enzymes?)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def families() -> dict[str, tuple[str, ...]]:
    """family word's drug id -> the family's member ids."""
    out: dict[str, tuple[str, ...]] = {}
    for raw in load(__package__, _NAME).get("families") or []:
        if not isinstance(raw, dict) or set(raw) != {"word", "members"} or not raw["members"]:
            raise LexiconError(f"{_NAME}: each family needs 'word' and 'members'")
        out[raw["word"]] = tuple(raw["members"])
    if not out:
        raise LexiconError(f"{_NAME}: needs 'families'")
    return out


def expand_families(text: str, start: int, end: int, named, ids: list[str], article_drugs: list[str]) -> list[str]:
    """`ids` with "any <family word> product" (inside text[start:end]) replaced by the family's members the article
    names (`article_drugs`, in page order), the word's own drug first."""
    fam = families()
    for n in named:
        members = fam.get(n.id)
        if members is None or not (start <= n.start < end) or n.id not in ids:
            continue
        if not ANY_BEFORE.search(text[max(0, n.start - 20):n.start]) or not PRODUCT_AFTER.match(text[n.end:]):
            continue
        add = [n.id] + [d for d in article_drugs if d in members and d != n.id]
        ids = list(dict.fromkeys(i for x in ids for i in (add if x == n.id else [x])))
    return ids
