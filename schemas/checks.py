"""Custom Pandera checks: list columns and the small row rules several tables share.

List columns hold Python lists of str (object dtype), written as DuckDB VARCHAR[] /
Parquet list<string>; Pandera has no built-in check for that, so it is registered here.
"""
from __future__ import annotations

import re

import pandas as pd
import pandera.pandas as pa
from pandera.api.extensions import register_check_method

from schemas import vocabularies as vocab

_SLUG = re.compile(vocab.SLUG)
_SYMBOL = re.compile(vocab.SYMBOL)
_ATC = re.compile(vocab.ATC_CODE)


def _list_where(series: pd.Series, ok_item) -> pd.Series:
    """True where the value is a list whose items are all str passing `ok_item`.

    Items repeat across rows (the same regulators, classes, targets), so each distinct item
    is judged once per call.
    """
    verdicts: dict[str, bool] = {}

    def ok(value) -> bool:
        if not isinstance(value, list):
            return False
        for item in value:
            if type(item) is not str:
                if not isinstance(item, str):
                    return False
                item = str(item)
            verdict = verdicts.get(item)
            if verdict is None:
                verdict = verdicts[item] = bool(ok_item(item))
            if not verdict:
                return False
        return True

    return series.map(ok)


@register_check_method(check_type="vectorized")
def list_of_str(series: pd.Series) -> pd.Series:
    """Every value is a list of non-empty strings (an empty list is allowed)."""
    return _list_where(series, lambda x: x.strip() != "")


@register_check_method(check_type="vectorized")
def list_of_slugs(series: pd.Series) -> pd.Series:
    """Every value is a list of contract ids (lower-case words joined by '-')."""
    return _list_where(series, lambda x: _SLUG.match(x) is not None)


@register_check_method(check_type="vectorized")
def list_of_symbols(series: pd.Series) -> pd.Series:
    """Every value is a list of gene symbols (no whitespace)."""
    return _list_where(series, lambda x: _SYMBOL.match(x) is not None)


@register_check_method(check_type="vectorized")
def list_of_atc_codes(series: pd.Series) -> pd.Series:
    """Every value is a list of WHO ATC codes (any level)."""
    return _list_where(series, lambda x: _ATC.match(x) is not None)


def ordered_or_missing(low: pd.Series, high: pd.Series) -> pd.Series:
    """True where low <= high, or where either side is missing."""
    return low.isna() | high.isna() | (low <= high)


def row_rule(name: str):
    """`pa.dataframe_check` under a readable name that survives model inheritance.

    Pandera 0.35 pops `name=` from the shared check info when it builds the first model, so a
    subclass would report the method name instead; the function's own __name__ is kept.
    """
    def wrap(fn):
        fn.__name__ = name
        return pa.dataframe_check(fn)
    return wrap
