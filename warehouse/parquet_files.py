"""Parquet files of the warehouse: one file per table, written so identical rows give identical bytes.

Determinism comes from a fixed Arrow schema (no pandas metadata), sorted rows, and fixed writer
options; nothing time-dependent is written inside the file. Each field carries its data-dictionary
description (field metadata `description`) and the file the table's, so a downloaded file documents itself.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from schemas.column_types import arrow_schema, sql_types
from schemas.ddl import table_description
from schemas.registry import COLUMNS, schema
from warehouse.coercion import coerce_column
from warehouse.validate import sort_rows

_WRITER_OPTIONS = dict(compression="zstd", compression_level=3, use_dictionary=True, write_statistics=True,
                       version="2.6", data_page_version="1.0", row_group_size=1_000_000)


def conform(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """Schema columns, types and row order; refuses frames that were not validated against the schema.

    An absent nullable column is published as nulls (as `validate_rows` treats a missing key);
    an absent required column, an unknown column or a value of the wrong type is an error.
    """
    types, nullable = sql_types(table), {f.name: f.nullable for f in arrow_schema(table)}
    missing = sorted(c for c in types if c not in df.columns and not nullable[c])
    extra = sorted(set(df.columns) - set(types))
    if missing or extra:
        raise ValueError(f"table {table}: columns do not match the schema (missing {missing}, extra {extra})")
    out = {}
    for column in COLUMNS[table]:
        series = df[column] if column in df.columns else pd.Series([None] * len(df), dtype=object)
        result = coerce_column(series, types[column], nullable=nullable[column], name=column)
        if result.failures:
            pos, reason = next(iter(sorted(result.failures.items())))
            raise ValueError(f"table {table}: {len(result.failures)} row(s) fail {reason} (first at row {pos}); "
                             "validate rows before publishing")
        out[column] = result.values
    return sort_rows(table, pd.DataFrame(out)).reset_index(drop=True)


def described_schema(table: str) -> pa.Schema:
    """The table's Arrow schema with each field's description (field metadata) and the table's (schema metadata)."""
    columns = schema(table).columns
    fields = [f.with_metadata({"description": columns[f.name].description or ""}) for f in arrow_schema(table)]
    return pa.schema(fields, metadata={"description": table_description(table)})


def to_arrow(table: str, df: pd.DataFrame) -> pa.Table:
    """The frame as an Arrow table with the table's fixed schema (timestamps as naive UTC, microseconds)."""
    df = conform(table, df).copy()
    for column, typ in sql_types(table).items():
        if typ == "TIMESTAMP":
            ts = pd.to_datetime(df[column], utc=True)
            df[column] = ts.dt.tz_convert("UTC").dt.tz_localize(None).dt.floor("us")
        elif typ == "VARCHAR[]":
            df[column] = pd.Series([list(v) if v is not None else [] for v in df[column]], index=df.index,
                                   dtype=object)
    arrow = pa.Table.from_pandas(df, schema=arrow_schema(table), preserve_index=False, safe=True)
    return arrow.cast(described_schema(table))  # fixed metadata only: no pandas metadata, same bytes


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_parquet(table: str, rows: pd.DataFrame | pa.Table, path: Path) -> dict:
    """Write one table's file (fsynced); returns its manifest entry.

    `rows`: a frame, or an Arrow table made by `to_arrow` (or rows taken from one: already conformed).
    """
    arrow = rows if isinstance(rows, pa.Table) else to_arrow(table, rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(arrow, path, **_WRITER_OPTIONS)
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())
    return {"rows": arrow.num_rows, "bytes": path.stat().st_size, "sha256": sha256_file(path)}


def read_parquet(table: str, path: Path | list[Path]) -> pd.DataFrame:
    """Read a table (one file, or its files in order) back into the pandas dtypes `validate_rows` produces."""
    paths = path if isinstance(path, list) else [path]
    parts = [pq.read_table(p, schema=arrow_schema(table)) for p in paths]
    arrow = parts[0] if len(parts) == 1 else pa.concat_tables(parts)
    mapping = {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}
    df = arrow.to_pandas(types_mapper=mapping.get, date_as_object=True)
    for column, typ in sql_types(table).items():
        if typ == "TIMESTAMP":
            df[column] = pd.to_datetime(df[column]).dt.tz_localize("UTC").astype("datetime64[ns, UTC]")
        elif typ == "VARCHAR[]":
            df[column] = pd.Series([v if v is not None else [] for v in arrow.column(column).to_pylist()],
                                   index=df.index, dtype=object)
        elif (typ == "VARCHAR" or typ == "DATE") and df[column].dtype != object:
            df[column] = df[column].astype(object).where(df[column].notna(), None)  # Arrow gives None already
        elif typ == "BOOLEAN" and not _nullable(table, column):
            df[column] = df[column].astype(bool)
    return df[list(COLUMNS[table])]


def _nullable(table: str, column: str) -> bool:
    return arrow_schema(table).field(column).nullable
