"""Cell-by-cell coercion of extractor rows to the schema's column types.

Pandera coerces whole columns, so one bad cell fails a column with no row index; coercing
here first tells exactly which rows are bad (they go to quarantine) and lets the rest through.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np
import pandas as pd


class _Bad(Exception):
    """A cell that cannot be coerced."""


def is_missing(value: Any) -> bool:
    """None, NaN, NA and NaT are all 'missing'; lists never are."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float | np.floating):
        return math.isnan(value)
    return False


def _varchar(v: Any) -> str:
    if isinstance(v, str):
        return v
    if isinstance(v, int | np.integer) and not isinstance(v, bool | np.bool_):
        return str(int(v))
    raise _Bad


def _bigint(v: Any) -> int:
    if isinstance(v, bool | np.bool_):
        raise _Bad
    if isinstance(v, int | np.integer):
        return int(v)
    if isinstance(v, float | np.floating) and float(v).is_integer():
        return int(v)
    if isinstance(v, str) and v.strip().lstrip("+-").isdigit():
        return int(v.strip())
    raise _Bad


def _double(v: Any) -> float:
    if isinstance(v, bool | np.bool_):
        raise _Bad
    if isinstance(v, int | float | np.integer | np.floating):
        out = float(v)
    elif isinstance(v, str):
        try:
            out = float(v.strip())
        except ValueError:
            raise _Bad from None
    else:
        raise _Bad
    if math.isinf(out):
        raise _Bad
    return out


def _boolean(v: Any) -> bool:
    if isinstance(v, bool | np.bool_):
        return bool(v)
    raise _Bad


def _date(v: Any) -> dt.date:
    if isinstance(v, dt.datetime):  # includes pd.Timestamp
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str):
        try:
            return dt.date.fromisoformat(v.strip()[:10])
        except ValueError:
            raise _Bad from None
    raise _Bad


def _timestamp(v: Any) -> pd.Timestamp:
    if isinstance(v, dt.datetime | str | np.datetime64):
        try:
            ts = pd.Timestamp(v)
        except (ValueError, TypeError):
            raise _Bad from None
        if ts is pd.NaT:
            raise _Bad
        return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    raise _Bad


def _varchar_list(v: Any) -> list[str]:
    if isinstance(v, list | tuple | np.ndarray) and all(isinstance(x, str) for x in v):
        return [str(x) for x in v]
    raise _Bad


_CELL: dict[str, Callable[[Any], Any]] = {
    "VARCHAR": _varchar, "BIGINT": _bigint, "DOUBLE": _double, "BOOLEAN": _boolean,
    "DATE": _date, "TIMESTAMP": _timestamp, "VARCHAR[]": _varchar_list,
}

PANDAS_DTYPES = {
    "VARCHAR": object, "BIGINT": "Int64", "DOUBLE": "float64", "BOOLEAN": "boolean",
    "DATE": object, "TIMESTAMP": "datetime64[ns, UTC]", "VARCHAR[]": object,
}


@dataclass
class CoercedColumn:
    values: pd.Series
    failures: dict[int, str] = field(default_factory=dict)  # row position -> readable reason


def _fast(series: pd.Series, sql_type: str) -> pd.Series | None:
    """Whole-column conversion when the column is already clean (the common case)."""
    kind = pd.api.types.infer_dtype(series, skipna=True)
    if sql_type == "VARCHAR" and kind in ("string", "empty"):
        missing = series.isna()
        return series.astype(object).where(~missing, None) if missing.any() else series.astype(object)
    if sql_type == "BIGINT" and kind in ("integer", "empty"):
        return series.astype("Int64")
    if sql_type == "DOUBLE" and kind in ("floating", "integer", "mixed-integer-float", "empty") \
            and not np.isinf(series.astype("float64")).any():
        return series.astype("float64")
    if sql_type == "BOOLEAN" and kind in ("boolean", "empty"):
        return series.astype("boolean")
    if sql_type == "TIMESTAMP" and isinstance(series.dtype, pd.DatetimeTZDtype):
        return series.dt.tz_convert("UTC").astype("datetime64[ns, UTC]")
    if sql_type == "TIMESTAMP" and pd.api.types.is_datetime64_dtype(series.dtype):
        return series.dt.tz_localize("UTC").astype("datetime64[ns, UTC]")  # naive means UTC here
    return None


def _coerce_lists(values: list, name: str) -> CoercedColumn:
    """Lists of str; an absent list is an empty list, never null."""
    out: list[list[str]] = []
    failures: dict[int, str] = {}
    for pos, v in enumerate(values):
        if type(v) is list and all(type(x) is str for x in v):
            out.append(list(v))
        elif is_missing(v):
            out.append([])
        else:
            try:
                out.append(_varchar_list(v))
            except _Bad:
                failures[pos] = f"{name}: expected VARCHAR[], got {type(v).__name__}"
                out.append([])
    cells = np.empty(len(out), dtype=object)
    for pos, v in enumerate(out):  # item by item: numpy would turn equal-length lists into a 2-D array
        cells[pos] = v
    return CoercedColumn(pd.Series(cells, dtype=object), failures)


def coerce_column(series: pd.Series, sql_type: str, *, nullable: bool, name: str) -> CoercedColumn:
    """Coerce one column; cells that do not fit (or are null where not allowed) are reported by position."""
    series = series.reset_index(drop=True)
    if sql_type == "VARCHAR[]":
        return _coerce_lists(series.tolist(), name)
    fast = _fast(series, sql_type)
    failures: dict[int, str] = {}
    if fast is not None:
        values = fast
        if not nullable:
            for pos in np.flatnonzero(values.isna().to_numpy()):
                failures[int(pos)] = f"{name}: not_nullable"
        return CoercedColumn(values, failures)
    convert = _CELL[sql_type]
    out: list[Any] = []
    for pos, v in enumerate(series.tolist()):
        if is_missing(v):
            if not nullable:
                failures[pos] = f"{name}: not_nullable"
            out.append(None)
            continue
        try:
            out.append(convert(v))
        except _Bad:
            failures[pos] = f"{name}: expected {sql_type}, got {type(v).__name__}"
            out.append(None)
    values = pd.Series(out, dtype=object)
    if sql_type == "TIMESTAMP":
        values = pd.to_datetime(values, utc=True)
    elif sql_type != "DATE" and PANDAS_DTYPES[sql_type] is not object:
        values = values.astype(PANDAS_DTYPES[sql_type])
    return CoercedColumn(values, failures)
