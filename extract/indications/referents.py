"""Which drugs or diseases a clause's words point to beyond its own mentions.

"Neither drug / Neither combination" quantifies over the drugs just named; "other cancers" names a new
disease (the clause must not take the page's); but what a drug was first made for ("X, a tablet first
developed for other cancers") only describes the drug.
"""
from __future__ import annotations

import re

# A negative quantifier over the drugs (or the combinations) just named.
NEITHER = re.compile(r"(?:neither|none)\b(?:.*\b(?P<combination>combinations?|regimens?|doublets?|triplets?)\b)?",
                     re.IGNORECASE)
# "other lymphomas", "cancers of the head and neck": diseases the clause does not name.
_NEW_REFERENT = re.compile(r"\b(?:other|related|certain|several|many|some|various|these)\s+(?:\w+\s+){0,4}?"
                           r"(?:cancers|leuka?emias|lymphomas|tumou?rs|diseases|conditions|malignancies|"
                           r"neoplasms|disorders|indications)\b|\bcancers\s+of\b", re.IGNORECASE)
# What a drug was first made for describes the drug, not the disease the clause is about.
_DRUG_ORIGIN = re.compile(r"\b(?:first|originally|initially)\s+(?:developed|made|designed|invented|created)\s+"
                          r"(?:\w+\s+){0,2}?for\s+(?:other|different|several|many|various|certain|related)\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:cancers|leuka?emias|lymphomas|tumou?rs|diseases|conditions|"
                          r"malignancies)\b", re.IGNORECASE)


def names_new_referent(text: str, start: int, end: int) -> bool:
    """text[start:end] speaks of diseases it does not name ("other cancers"), a drug's origin aside."""
    masked = _DRUG_ORIGIN.sub(lambda m: " " * len(m.group(0)), text)
    return _NEW_REFERENT.search(masked, start, end) is not None
