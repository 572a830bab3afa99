"""Turning rejected rows into `quarantine` rows: the row as JSON plus the checks it failed."""
from __future__ import annotations

import datetime as dt
import json
import math
import re
from typing import Any, Iterable

import numpy as np
import pandas as pd

from schemas import vocabularies as vocab
from schemas.registry import COLUMNS

_ARTICLE_ID = re.compile(vocab.ARTICLE_ID)


def _json_safe(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        return None if math.isnan(value) or math.isinf(value) else float(value)
    if isinstance(value, str):
        return value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted(_json_safe(v) for v in value)
    if isinstance(value, list | tuple | np.ndarray):
        return [_json_safe(v) for v in value]
    return str(value)


def row_json(record: dict) -> str:
    """The row as produced, as JSON with sorted keys (stable across runs)."""
    return json.dumps(_json_safe(record), sort_keys=True, ensure_ascii=False)


def quarantine_frame(table: str, records: list[dict], checks: list[Iterable[str]], run_id: str,
                     created_at: pd.Timestamp | None = None) -> pd.DataFrame:
    """One quarantine row per rejected record; `checks[i]` are the failures of `records[i]`."""
    created_at = created_at or pd.Timestamp.now(tz="UTC")
    rows = []
    for record, failed in zip(records, checks):
        article_id = record.get("article_id")
        rows.append({
            "table_name": table,
            "article_id": article_id if isinstance(article_id, str) and _ARTICLE_ID.match(article_id) else None,
            "row_json": row_json(record),
            "failed_check": "; ".join(sorted(set(failed))),
            "run_id": run_id,
            "created_at": created_at,
        })
    frame = pd.DataFrame(rows, columns=list(COLUMNS["quarantine"]))
    frame["created_at"] = pd.to_datetime(frame["created_at"], utc=True)
    return frame
