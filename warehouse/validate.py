"""Validating extractor rows against the table schemas; failing rows go to quarantine.

`validate_rows` never drops a row silently: every input row ends up either in the valid
frame (coerced to the schema, sorted by the table's keys) or in the quarantine frame.

Order of checks: cell types and nulls (warehouse.coercion), then the Pandera checks of the
table's schema, then the key (so a duplicate is judged only against rows that are otherwise
valid, and the first valid row in sort order wins).
"""
from __future__ import annotations

from collections import defaultdict
from functools import cache

import pandas as pd
import pandera.pandas as pa

from schemas.column_types import sql_types
from schemas.registry import COLUMNS, PRIMARY_KEYS, SORT_KEYS, TABLES, schema
from warehouse.coercion import coerce_column, is_missing
from warehouse.quarantine_rows import quarantine_frame

_MAX_PASSES = 4  # dropping failing rows can only remove failures; a few passes always settle
_FRAME_CHECKS = ("column_in_schema", "column_in_dataframe", "multiple_fields_uniqueness")


@cache
def _row_schema(table: str) -> pa.DataFrameSchema:
    """The table's checks without dtypes and uniqueness: what judges a row on its own.

    Types were already enforced cell by cell (warehouse.coercion, same mapping as the DDL), so
    Pandera's per-element dtype pass is dropped here; it was half of the validation time.
    Keys are checked afterwards, among valid rows only.
    """
    full = schema(table)
    rows = full.update_columns({c: {"unique": False, "dtype": None, "coerce": False} for c in full.columns})
    rows.unique = None
    rows.coerce = False
    return rows


# Coercion already gives the schema's dtypes, except that a BOOLEAN that cannot be null is numpy bool.
_PLAIN_BOOL = {t: {c: bool for c, typ in sql_types(t).items()
                   if typ == "BOOLEAN" and not schema(t).columns[c].nullable} for t in TABLES}


def _readable(table: str, case: pd.Series) -> str:
    check, column = str(case["check"]), case["column"]
    if check == "multiple_fields_uniqueness" or check == "field_uniqueness":
        return "unique(" + ", ".join(PRIMARY_KEYS[table]) + ")"
    if case["schema_context"] == "DataFrameSchema" and check not in _FRAME_CHECKS:
        return check  # a row-level rule; Pandera repeats it once per column
    return f"{column}: {check}" if column is not None else check


def _validate(table: str, checker: pa.DataFrameSchema, frame: pd.DataFrame,
              failures: dict[int, list[str]]) -> pd.DataFrame:
    """Drop failing rows (recording why) until the frame passes; return the validated frame."""
    for _ in range(_MAX_PASSES):
        frame = frame.drop(index=[i for i in frame.index if i in failures])
        try:
            return checker.validate(frame, lazy=True)
        except pa.errors.SchemaErrors as err:
            for _, case in err.failure_cases.iterrows():
                name = _readable(table, case)
                index = case["index"]
                targets = list(frame.index) if index is None or pd.isna(index) else [int(index)]
                for label in targets:  # a frame-wide failure involves every row
                    failures[label].append(name)
    for label in frame.index:  # never publish rows that could not be checked
        failures[int(label)].append("validation did not settle")
    return frame.iloc[0:0]


def _coerce(table: str, df: pd.DataFrame, failures: dict[int, list[str]]) -> pd.DataFrame:
    cols = schema(table).columns
    out = {}
    for name, typ in sql_types(table).items():
        series = df[name] if name in df.columns else pd.Series([None] * len(df), dtype=object)
        result = coerce_column(series, typ, nullable=cols[name].nullable, name=name)
        out[name] = result.values
        for pos, reason in result.failures.items():
            failures[pos].append(reason)
    return pd.DataFrame(out, index=pd.RangeIndex(len(df)))


def empty_table(table: str) -> pd.DataFrame:
    """A zero-row frame with the table's columns and dtypes."""
    frame = _coerce(table, pd.DataFrame(columns=list(COLUMNS[table])), defaultdict(list))
    return frame.astype(_PLAIN_BOOL[table])


def sort_rows(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Deterministic row order: the table's sort keys, missing values last, ties kept stable."""
    return frame.sort_values(list(SORT_KEYS[table]), kind="mergesort", na_position="last")


def _as_frame(rows: pd.DataFrame | list[dict]) -> tuple[pd.DataFrame, list[dict] | None]:
    """The frame to validate, and the rows exactly as produced when given as dicts."""
    if isinstance(rows, pd.DataFrame):
        return rows.reset_index(drop=True), None
    records = [dict(r) for r in rows]
    return pd.DataFrame(records), records


def _original(table: str, frame: pd.DataFrame, records: list[dict] | None, pos: int) -> dict:
    """Row `pos` as produced (a frame's absent extra columns are not invented into it)."""
    if records is not None:
        return records[pos]
    row = frame.iloc[pos].to_dict()
    return {k: v for k, v in row.items() if k in COLUMNS[table] or not is_missing(v)}


def validate_rows(table: str, df: pd.DataFrame | list[dict], run_id: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split rows into (valid rows coerced to the schema, quarantine rows with `failed_check`)."""
    frame, records = _as_frame(df)
    if frame.empty:
        return empty_table(table), quarantine_frame(table, [], [], run_id)
    failures: dict[int, list[str]] = defaultdict(list)
    for extra in [c for c in frame.columns if c not in COLUMNS[table]]:
        for pos, value in enumerate(frame[extra].tolist()):
            if not is_missing(value):
                failures[pos].append(f"{extra}: column not in schema")
    candidates = sort_rows(table, _coerce(table, frame, failures))
    candidates = _validate(table, _row_schema(table), candidates, failures)
    key = list(PRIMARY_KEYS[table])
    if key:
        duplicate = candidates.duplicated(key, keep="first")
        for label in candidates.index[duplicate]:
            failures[int(label)].append("unique(" + ", ".join(key) + ")")
        candidates = candidates[~duplicate]
    valid = candidates.astype(_PLAIN_BOOL[table]) if len(candidates) else empty_table(table)
    bad = sorted(failures)
    originals = [_original(table, frame, records, i) for i in bad]
    quarantined = quarantine_frame(table, originals, [failures[i] for i in bad], run_id)
    return valid.reset_index(drop=True), quarantined
