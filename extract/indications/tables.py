"""Relation tables: a table whose header names a drug column and a disease column ("Drug | Approved use").

Each body row then pairs its drugs with its diseases, with the status the header states; the row has
no verb of its own, so the clause reader finds nothing in it.
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


@lru_cache(maxsize=1)
def _header_cues() -> tuple[tuple[str, str | None, re.Pattern], ...]:
    lex = load_lexicon(__package__, "relation_tables.yaml", {"id", "column", "pattern"}, {"status"})
    return tuple((e["column"], e.get("status"), re.compile(e["pattern"], re.IGNORECASE)) for e in lex.entries)


def relation_header(text: str) -> RelationHeader | None:
    """The drug and relation columns a header row names, or None when it is not such a header."""
    drug_col = relation_col = status = None
    for i, (s, e) in enumerate(cells(text)):
        cell = text[s:e].strip(" *:")
        for column, cue_status, rx in _header_cues():
            if not rx.match(cell):
                continue
            if column == "drug" and drug_col is None:
                drug_col = i
            elif column == "relation" and relation_col is None:
                relation_col, status = i, cue_status
            break
    if drug_col is None or relation_col is None or drug_col == relation_col:
        return None
    return RelationHeader(drug_col, relation_col, status)


def row_pairs(text: str, header: RelationHeader, drugs, conditions):
    """The drugs of the row's drug cell and the conditions of its relation cell; mentions are
    (item, position in `text`) pairs."""
    row_drugs = [d for d, pos in drugs if column_of(text, pos) == header.drug_column]
    row_conditions = [c for c, pos in conditions if column_of(text, pos) == header.relation_column]
    return row_drugs, row_conditions
