"""Tables flattened to "a | b | c" rows by the text layer: the cells of a row, and where a position falls."""
from __future__ import annotations

import re
from bisect import bisect_right

_CELL = re.compile(r"[^|]+")


def is_table_row(text: str) -> bool:
    return " | " in text


def cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a row flattened as "a | b | c", spaces trimmed."""
    out = []
    for m in _CELL.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out


def column_of(text: str, pos: int) -> int:
    """Index, in `cells(text)`, of the cell holding position `pos` (a leading "|" opens no cell)."""
    starts = [s for s, _ in cells(text)]
    return max(0, bisect_right(starts, pos) - 1)
