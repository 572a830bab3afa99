"""Results tables flattened to "a | b | c" rows: each row's header row, and the arm each column names."""
from __future__ import annotations

import re

from extract.trials.arms import Arm, arm_in
from extract.trials.drafts import Reading
from extract.trials.stats import sentence_statistics

_CELL = re.compile(r"[^|]+")


def _cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table row flattened as "a | b | c"."""
    return [(m.start(), m.end()) for m in _CELL.finditer(text)]


def mark_tables(readings: list[Reading]) -> None:
    """Give each row of a flattened table ("a | b | c" lines in a row) its header row: the first
    of them, when it holds no figure ("Endpoint | Cilta-cel | Standard care"). One pass."""
    header = None
    for k, r in enumerate(readings):
        if " | " not in r.sentence.text:
            header = None
            continue
        if k == 0 or " | " not in readings[k - 1].sentence.text:  # the table's first row
            header = None if sentence_statistics(r.sentence.text)[0] else r
            continue
        r.table_header = header


def column_arms(r: Reading, values) -> list[Arm | None]:
    """The arm each value's column names in the table header, in the values' order."""
    header = r.table_header
    if header is None:
        return []
    head_text, row_cells, head_cells = header.sentence.text, _cells(r.sentence.text), _cells(header.sentence.text)
    if len(row_cells) != len(head_cells):
        return []
    arms = []
    for v in values:
        col = next((k for k, (a, b) in enumerate(row_cells) if a <= v.start < b), None)
        arms.append(None if col is None else arm_in(head_text, *head_cells[col], header.drugs))
    return arms
