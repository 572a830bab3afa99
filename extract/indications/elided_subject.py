"""Claims whose subject is left out because a heading names it: formularies, monographs and drug
lists write "## Osimertinib" and then "Reimbursed for EGFR-mutated NSCLC." or "Indicated for ...".

The sentence opens with the status participle itself, so it names no drug and no "it"; its subject is
the one drug its section heading names (or, on a drug's own page, that drug when the heading names
none). A heading naming several drugs gives nothing: which one is meant is not said.
"""
from __future__ import annotations

import re
from typing import Callable

from extract.entities.mentions import Mention
from sources.model import Sentence

# "Reimbursed for ...", "Also approved in ...", "Not funded for ...", "Not for use in ...", "Indicated as ...", also after a
# short label ("Initial treatment: reimbursed for ...", "Listing B - funded for ...") and verbless
# ("Reimbursed: A", "Funded for: A", "Covered indication: A", "Approved uses - A").
_LABEL = r"(?:[A-Za-z][\w'()/,]*(?:\s+[\w'()/,-]+){0,4}?\s*(?::|\s[-\u2013\u2014]\s)\s*)?"
ELIDED_SUBJECT = re.compile(
    r"^\W*" + _LABEL + r"(?:(?:also|only|now|currently|not|no\s+longer)\s+){0,2}"
    r"(?:approved|indicated|reimbursed|funded|subsidi[sz]ed|covered|listed|licen[sc]ed|authori[sz]ed|"
    r"used|recommended|prescribed|for\s+use)(?:\s+(?:\w+\s+){0,2}?(?:for|in|as|to\s+treat|when|after)\b"
    r"|(?:\s+(?:for|indications?|uses?|conditions?))?\s*(?::|\s[-\u2013\u2014]\s))", re.IGNORECASE)


# "Funded for: relapsed A with Y": a drug named after "with" / "plus" is the heading drug's partner.
_GIVEN_WITH = re.compile(r"\b(?:with|plus|alongside|(?:combined|together)\s+with|in\s+combination\s+with)\s+"
                         r"(?:(?:oral|low-dose|weekly|either)\s+)?$", re.IGNORECASE)


def only_partners(text: str, drugs: list[tuple[str, int]]) -> bool:
    """Every drug of an elided-subject sentence is named as a partner ("... with dexamethasone")."""
    return bool(drugs) and all(_GIVEN_WITH.search(text, max(0, pos - 40), pos) for _, pos in drugs)


def heading_drug(sentences: list[Sentence], idx: int, mentions: Callable[[Sentence], list[Mention]],
                 page_drug: str | None) -> str | None:
    """The drug an elided-subject sentence is about: the one drug its section heading names."""
    s = sentences[idx]
    if not s.section:
        return None
    for j in range(idx - 1, -1, -1):
        t = sentences[j]
        if t.section != s.section:
            return None
        if t.is_heading and t.text.strip() == s.section.strip():
            drugs = {m.id for m in mentions(t) if m.kind == "drug"}
            if len(drugs) == 1:
                return next(iter(drugs))
            if drugs:
                return None
            # a drug named in between becomes the subject, unless it is the page's own drug again
            between = any(m.kind == "drug" and m.id != page_drug
                          for k in range(j + 1, idx) for m in mentions(sentences[k]))
            return None if between else page_drug
    return None
