"""One logical type per column, derived from the Pandera dtype, mapped to DuckDB and Arrow.

The same mapping drives the DDL, the Parquet schema and row coercion, so they cannot disagree.
"""
from __future__ import annotations

import pyarrow as pa

from schemas.registry import COLUMNS, schema

_BY_DTYPE = {
    "str": "VARCHAR",
    "Int64": "BIGINT",
    "int64": "BIGINT",
    "float64": "DOUBLE",
    "Float64": "DOUBLE",
    "bool": "BOOLEAN",
    "boolean": "BOOLEAN",
    "date": "DATE",
    "datetime64[ns, UTC]": "TIMESTAMP",
}

ARROW_TYPES: dict[str, pa.DataType] = {
    "VARCHAR": pa.string(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),  # UTC, stored without zone: DuckDB reads it as TIMESTAMP
    "VARCHAR[]": pa.list_(pa.string()),
}


def sql_type(table: str, column: str) -> str:
    """DuckDB type of one column (VARCHAR, BIGINT, DOUBLE, BOOLEAN, DATE, TIMESTAMP, VARCHAR[])."""
    col = schema(table).columns[column]
    declared = (col.metadata or {}).get("sql_type")
    if declared:
        return declared
    try:
        return _BY_DTYPE[str(col.dtype)]
    except KeyError:
        raise TypeError(f"{table}.{column}: no SQL type for dtype {col.dtype}") from None


def sql_types(table: str) -> dict[str, str]:
    """Column name -> DuckDB type, in publish column order."""
    return {c: sql_type(table, c) for c in COLUMNS[table]}


def arrow_schema(table: str) -> pa.Schema:
    """The fixed Arrow schema a table is written with (no pandas metadata, so bytes are stable)."""
    s = schema(table)
    return pa.schema([pa.field(c, ARROW_TYPES[t], nullable=s.columns[c].nullable)
                      for c, t in sql_types(table).items()])
