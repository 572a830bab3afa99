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

# "Reimbursed for ...", "Also approved in ...", "Not funded for ...", "Indicated as ...".
ELIDED_SUBJECT = re.compile(
    r"^\W*(?:(?:also|only|now|currently|not|no\s+longer)\s+){0,2}"
    r"(?:approved|indicated|reimbursed|funded|subsidi[sz]ed|covered|listed|licen[sc]ed|authori[sz]ed|"
    r"used|recommended|prescribed)\s+(?:\w+\s+){0,2}?(?:for|in|as|to\s+treat|when|after)\b", re.IGNORECASE)


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
            between = any(m.kind == "drug" for k in range(j + 1, idx) for m in mentions(sentences[k]))
            return None if between else page_drug
    return None
