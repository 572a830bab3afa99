"""Per-article tables are published as 16 Parquet files, by the first hex digit of `article_id`.

Why: an incremental run changes the rows of a few articles, so it rewrites the few files
holding them and links the others unchanged from the previous version (and patches only
those rows in DuckDB). Tables whose rows are sorted by `article_id` first are sharded, so
reading the files in name order gives the table in its sort order; the other tables
(dimensions, history, quarantine) stay one file each.

    parquet/sentences/sentences-0.parquet ... sentences-f.parquet   (only non-empty ones;
    parquet/drugs/drugs.parquet                                      an empty table has one file)
"""
from __future__ import annotations

from functools import cache

import numpy as np
import pandas as pd
import pyarrow as pa

from schemas.registry import COLUMNS, SORT_KEYS

SHARDS = tuple("0123456789abcdef")
OTHER = "_"  # an article id that does not start with a hex digit (never made by the pipeline)


@cache
def is_sharded(table: str) -> bool:
    return "article_id" in COLUMNS[table] and SORT_KEYS[table][0] == "article_id"


def shard_of(article_id: object) -> str:
    first = str(article_id)[:1]
    return first if first in SHARDS else OTHER


def shards_of(article_ids) -> set[str]:
    return {shard_of(a) for a in article_ids}


def shard_keys(article_ids: pd.Series) -> np.ndarray:
    """`shard_of` of every id, vectorised (the first character, cut by numpy)."""
    first = article_ids.to_numpy(dtype=object).astype(str).astype("U1")
    return np.where(np.isin(first, SHARDS), first, OTHER).astype(object)


def shard_sql(column: str = "article_id") -> str:
    """The shard of a row in SQL, the same function as `shard_of`."""
    first = f"substr(CAST({column} AS VARCHAR), 1, 1)"
    listed = ", ".join(f"'{s}'" for s in SHARDS)
    return f"(CASE WHEN {first} IN ({listed}) THEN {first} ELSE '{OTHER}' END)"


def file_name(table: str, shard: str | None) -> str:
    """Path of one file, relative to the parquet folder."""
    return f"{table}/{table}.parquet" if shard is None else f"{table}/{table}-{shard}.parquet"


def shard_in(table: str, rel_path: str) -> str | None:
    """The shard of a file named by `file_name` (None for a table's single file)."""
    stem = rel_path.rsplit("/", 1)[-1].removesuffix(".parquet")
    return None if stem == table else stem.removeprefix(f"{table}-")


def arrow_positions(arrow: pa.Table) -> dict[str, np.ndarray]:
    """{shard: positions of its rows} in an Arrow table with an `article_id` column (rows kept in order)."""
    keys = shard_keys(pd.Series(arrow.column("article_id").to_pylist(), dtype=object))
    return pd.Series(keys).groupby(keys, sort=True).indices


class Split:
    """A table's rows by file: `shards` in file order ([None] for an unsharded or empty table)."""

    def __init__(self, table: str, frame: pd.DataFrame):
        self.frame = frame
        self._keys = shard_keys(frame["article_id"]) if is_sharded(table) and len(frame) else None
        self.shards: list[str | None] = [None] if self._keys is None else sorted(pd.unique(self._keys))
        self._positions: dict | None = None

    def rows(self, shard: str | None) -> pd.DataFrame:
        if shard is None:
            return self.frame
        if self._positions is None:  # grouped once, only when some file is written
            self._positions = self.frame.groupby(self._keys, sort=True).indices
        return self.frame.iloc[self._positions[shard]]
