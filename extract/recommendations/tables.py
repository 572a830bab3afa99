"""Recommendation tables whose cells name treatments without a verb.

A guideline table often says what it recommends in a column header ("Preferred", "Other recommended",
"Alternative", "Not recommended") or grades each treatment in a column of its own ("Treatment | Grade"),
leaving the body cells as bare drug names. A table row reaches the reader as one line "cell | cell | cell";
this module reads the header line into per-column directions (lexicons/table_columns.yaml) and cuts a body
line into cells, so that each treatment cell becomes one statement with its column's direction.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.reading.directive_cues import LexiconError, check_keys, compile_pattern, load
from extract.text.tables import cells as row_cells, is_table_row

DIRECTIONS = {"recommended", "consider", "option", "not_recommended"}
MIN_CELLS = 2


@dataclass(frozen=True)
class Cell:
    text: str
    start: int  # offset in the row line
    end: int


@dataclass(frozen=True)
class TableHeader:
    """What each column of a table says: a direction, "treatment" (a bare treatment column), "grade", "action" (a
    column of directives with their own verbs) or None."""

    width: int
    columns: tuple[str | None, ...]
    results: bool = False  # a column reports outcomes or harms: the table shows results, not advice
    action_direction: str | None = None  # what an action column's header says ("Recommended action"), if anything

    @property
    def has_actions(self) -> bool:  # its cells are read by their own verbs before the row is read as a sentence
        return "action" in self.columns

    @property
    def graded(self) -> bool:  # a column grades the rows' treatments
        return "grade" in self.columns

    def directions(self, guideline: bool) -> tuple[str | None, ...]:
        """The direction of each column's cells; a bare treatment column recommends only in a graded table
        or on a guideline's page."""
        bare = "recommended" if (self.graded or guideline) and not self.results else None
        return tuple(bare if c == "treatment" else None if c == "grade" else self.action_direction if c == "action"
                     else c for c in self.columns)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[tuple[tuple[str, re.Pattern], ...], re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    name = "table_columns.yaml"
    data = load(__package__, name)
    directions = []
    for raw in data.get("directions") or []:
        entry = check_keys(name, raw, {"direction", "pattern"}, {"direction", "pattern"})
        if entry["direction"] not in DIRECTIONS:
            raise LexiconError(f"{name}: unknown direction {entry['direction']!r}")
        directions.append((entry["direction"], compile_pattern(name, entry["pattern"], re.IGNORECASE)))
    if not directions:
        raise LexiconError(f"{name}: needs 'directions'")
    treatment = compile_pattern(name, data.get("treatment_column"), re.IGNORECASE)
    grade = compile_pattern(name, data.get("grade_column"), re.IGNORECASE)
    outcome = compile_pattern(name, data.get("outcome_column"), re.IGNORECASE)
    action = compile_pattern(name, data.get("action_column"), re.IGNORECASE)
    return tuple(directions), treatment, grade, outcome, action


def cells(line: str) -> list[Cell] | None:
    """The cells of a table row line ("a | b | c", with or without outer bars); None for any other line."""
    if not is_table_row(line) and not line.lstrip().startswith("|"):
        return None
    out = [Cell(line[s:e], s, e) for s, e in row_cells(line) if s < e]
    return out if len(out) >= MIN_CELLS else None


def label_direction(label: str) -> str | None:
    """The direction a short label says ("Preferred", "Other recommended", "Alternative", "Not recommended")."""
    directions = _lexicon()[0]
    return next((d for d, rx in directions if rx.search(label)), None)


def read_header(row: list[Cell], names_treatment: bool) -> TableHeader | None:
    """A header line: no cell names a treatment (`names_treatment` is False) and some column recommends or
    holds treatments. None for any other line."""
    if names_treatment:
        return None
    directions, treatment, grade, outcome, action = _lexicon()
    columns: list[str | None] = []
    results = False
    action_direction = None
    for c in row:
        if action.search(c.text):
            columns.append("action")
            action_direction = action_direction or next((d for d, rx in directions if rx.search(c.text)), None)
            continue
        if outcome.search(c.text) and not treatment.search(c.text):
            results = True
            columns.append(None)
            continue
        if grade.search(c.text) and not treatment.search(c.text):
            columns.append("grade")
            continue
        d = next((d for d, rx in directions if rx.search(c.text)), None)
        columns.append(d or ("treatment" if treatment.search(c.text) else None))
    if not any(c not in (None, "grade") for c in columns):
        return None
    return TableHeader(len(row), tuple(columns), results, action_direction)
