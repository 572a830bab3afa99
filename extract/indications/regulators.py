"""Regulators of an indication claim from the approval around it.

A claim's regulators are those its own clause names, else the approval it leans on (a list's lead-in,
the approval sentence just before). Two more places name them: a regulator's refusal ("is not approved
in Europe", "an FDA panel voted against approving X") keeps its regulator on the negated claim, and a
sentence that only reports who granted the approvals just listed ("Both uses were approved by the FDA")
gives its regulators to the approved claims above it in its section.
"""
from __future__ import annotations

import re

from extract.indications import qualifiers as q
from extract.indications.cues import is_regulator_report
from sources.model import Sentence

# "The agency approved X in combination with Y for A": the approval is of the combination, so Y is approved
# for A with the same regulator (the convention of the newer gold: dev2, heldout, fresh3, fresh4). The older
# gold of seeds, heldout_fresh and heldout_fresh2 recorded such partners as `used`; False restores that.
APPROVAL_COVERS_PARTNERS = True
REPORT_WINDOW = 12  # sentences back, inside one section, that a regulator report may reach
_APPROVAL_WORD = re.compile(r"\b(?:approv\w*|authori[sz]\w*|licen[sc]\w*|cleared|marketing)\b", re.IGNORECASE)


def partner_status(status: str) -> str:
    """Status of the partners a clause with `status` names ("in combination with Y")."""
    return "used" if status == "approved" and not APPROVAL_COVERS_PARTNERS else status


def denial_regulators(clause_text: str) -> list[str]:
    """Regulators of a negated claim: only those its own clause names beside an approval word (a
    regulator's refusal), never one another clause of the sentence names."""
    return list(q.regulators(clause_text)) if _APPROVAL_WORD.search(clause_text) else []


def credit_reported_regulators(rows: dict[str, dict], sentences: list[Sentence], idx: int,
                               index_of: dict[str, int], has_entities: bool, page_drug: str | None) -> None:
    """When sentence `idx` names no drug and no disease and reports who granted the approvals listed
    before it, add its regulators to the approved claims of its section made within the window. The
    uses of the page's own drug listed there ("You might have X for: ...", "The agency has granted
    marketing authorisation for all three uses") are approved by that report."""
    s = sentences[idx]
    if has_entities or s.is_heading or not is_regulator_report(s.text):
        return
    named = list(q.regulators(s.text))
    if not named:
        return
    for row in rows.values():
        j = index_of.get(row.get("sentence_id"))
        if j is None or not idx - REPORT_WINDOW <= j < idx or row["negated"] or sentences[j].section != s.section:
            continue
        if row["status"] != "approved":
            if row["drug_id"] != page_drug or row["status"] not in ("used", "recommended"):
                continue
            row["status"] = "approved"
        row["regulators"] = list(dict.fromkeys(row["regulators"] + named))
