"""Relation tables: a table whose header names a drug column and a disease column ("Drug | Approved use").

Each body row then pairs its drugs with its diseases, with the status the header states; the row has
no verb of its own, so the clause reader finds nothing in it. A third column may give each row's own
verdict ("Medicine | Indication | Decision" with "Funded" / "Not funded", "Approved?" with "Yes" / "No"):
then the row's status and polarity are that cell's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.text.lexicon_files import load_lexicon
from extract.text.tables import cells, column_of


@dataclass(frozen=True)
class RelationHeader:
    drug_column: int
    relation_column: int
    status: str
    verdict_column: int | None = None  # "Decision", "Status", "Reimbursed?": each row says its own verdict
    verdict_status: str | None = None  # the status a bare "Yes" there stands for


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, str | None, bool, re.Pattern], ...]:
    lex = load_lexicon(__package__, "relation_tables.yaml", {"id", "column", "pattern"}, {"status", "negated"})
    return tuple((e["column"], e.get("status"), bool(e.get("negated")), re.compile(e["pattern"], re.IGNORECASE))
                 for e in lex.entries)


def _header_cues() -> tuple[tuple[str, str | None, re.Pattern], ...]:
    return tuple((col, st, rx) for col, st, _, rx in _cues() if col != "value")


def relation_header(text: str) -> RelationHeader | None:
    """The drug and relation columns a header row names, or None when it is not such a header."""
    drug_col = relation_col = status = verdict_col = verdict_status = None
    for i, (s, e) in enumerate(cells(text)):
        cell = text[s:e].strip(" *:")
        for column, cue_status, rx in _header_cues():
            if not rx.match(cell):
                continue
            if column == "drug" and drug_col is None:
                drug_col = i
            elif column == "relation" and relation_col is None:
                relation_col, status = i, cue_status
            elif column == "verdict" and verdict_col is None:
                verdict_col, verdict_status = i, cue_status
            break
    if drug_col is None or relation_col is None or drug_col == relation_col:
        return None
    return RelationHeader(drug_col, relation_col, status, verdict_col, verdict_status)


def row_verdict(text: str, header: RelationHeader) -> tuple[str, bool, str, tuple[int, int] | None] | None:
    """(status, negated, verdict text, verdict cell span) of a body row. A verdict cell that says nothing
    we know ("Recruiting", empty) leaves the row to the relation column's status, as without one."""
    row = cells(text)
    if header.verdict_column is None or header.verdict_column >= len(row):
        return header.status, False, "", None
    s, e = row[header.verdict_column]
    cell = text[s:e].strip(" *.")
    for column, cue_status, negated, rx in _cues():
        if column == "value" and rx.match(cell):
            status = cue_status or header.verdict_status or "used"
            if negated and header.verdict_status == "recommended":
                status = "not_recommended"  # "Recommended? | No"
            return status, negated, cell, (s, e)
    return header.status, False, "", None


def row_pairs(text: str, header: RelationHeader, drugs, conditions):
    """The drugs of the row's drug cell and the conditions of its relation cell; mentions are
    (item, position in `text`) pairs."""
    row_drugs = [d for d, pos in drugs if column_of(text, pos) == header.drug_column]
    row_conditions = [c for c, pos in conditions if column_of(text, pos) == header.relation_column]
    return row_drugs, row_conditions
