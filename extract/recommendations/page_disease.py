"""Whether a disease mention is an exclusion aside ("not funded for Y"), not a candidate for the page's disease.

The page's disease is the one most of its mentions name, clearly ahead of any other; a disease a drug page names
only to exclude it ("is not authorised for skin melanoma", "not funded for cholangiocarcinoma") used to count as a
rival and left the page with no disease. The exclusion frames are data (`lexicons/page_disease.yaml`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.reading.directive_cues import LexiconError, compile_pattern, load

_NAME = "page_disease.yaml"


@lru_cache(maxsize=1)
def _exclusion() -> re.Pattern:
    frames = load(__package__, _NAME).get("exclusions")
    if not isinstance(frames, list) or not frames or not all(isinstance(f, str) and f for f in frames):
        raise LexiconError(f"{_NAME}: exclusions must be a non-empty list of patterns")
    return compile_pattern(_NAME, "|".join(f"(?:{f})" for f in frames), re.IGNORECASE)


def excluded_disease(before: str) -> bool:
    """Whether the sentence text before a disease mention (`before`) excludes it."""
    return _exclusion().search(before) is not None
