"""Whether a disease mention is an exclusion aside ("not funded for Y"), not a candidate for the page's disease.

The page's disease is the one most of its mentions name, clearly ahead of any other; a disease a drug page names
only to exclude it ("is not authorised for skin melanoma", "not funded for cholangiocarcinoma") used to count as a
rival and left the page with no disease. The exclusion frames are data (`lexicons/page_disease.yaml`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.reading.directive_cues import alternation

_NAME = "page_disease.yaml"


@lru_cache(maxsize=1)
def _exclusion() -> re.Pattern:
    return alternation(__package__, _NAME, "exclusions")


def excluded_disease(before: str) -> bool:
    """Whether the sentence text before a disease mention (`before`) excludes it."""
    return _exclusion().search(before) is not None
