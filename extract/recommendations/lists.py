"""Lists under a recommendation: what a list's lead-in makes of its items.

A recommendation whose sentence ends "only if:" / "who:" goes on in a list of its conditions; a directive lead-in
with no treatment of its own ("the options ... should include:") is completed by items that continue its sentence
("X ...;", "Y ...; or", "Z."); a label lead-in ("Treatment options:") gives each item its own row
(structure.LIST_LEADS).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.recommendations.qualifiers import Qualifiers, is_solid, read_setting
from extract.text.line_of_therapy import line_of_therapy

# A recommendation whose sentence ends "only if:", "who:", "when:" goes on in a list of its conditions: the
# items are conditions of that recommendation, not recommendations of their own.
CONDITION_LEAD = re.compile(r"\b(?:if|when|whenever|who|whose|that|which|where|unless|after|provided|whether|"
                            r"because|while)\s*:\s*$", re.IGNORECASE)
CONTINUED_ITEM = re.compile(r"[;,]\s*(?:(?:and|or)\s*)?$|\s(?:and|or)\s*$", re.IGNORECASE)
# A lead-in that is a clause, not a label: its list items complete one statement.
FINITE_VERB = re.compile(r"\b(?:should|must|may|can|could|will|is|are|include|includes)\b", re.IGNORECASE)


@dataclass
class Group:
    lead: object  # the lead-in sentence
    mentions: list
    context: Qualifiers
    direction: str
    ids: list[str] = field(default_factory=list)
    item_rows: list[dict] = field(default_factory=list)  # the items read on their own
    continued: bool = False  # an item ends as a sentence goes on ("...;", "...; or", "..., and")


def qualify_by_condition(rows: list[dict], item: str) -> None:
    """A condition listed under a recommendation ("- they have had 3 previous lines of treatment") gives the
    line of therapy and setting the recommendation's own sentence leaves open."""
    line, setting = line_of_therapy(item), read_setting(item)
    for r in rows:
        if r.get("line_of_therapy") is None and line:
            r["line_of_therapy"] = line
        if r.get("setting") is None and setting and not is_solid(r.get("condition_id")):
            r["setting"] = setting
