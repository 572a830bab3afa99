"""JSON column schemas of the published tables, in the Frictionless Table Schema format.

`manifest.json` carries one per table (`column_schemas`), so people who download the Parquet get
each column's type, description, constraints and the declared keys without the DuckDB file or
this repository. Everything is derived from the Pandera models (schemas/), like the DDL.
https://specs.frictionlessdata.io/table-schema/
"""
from __future__ import annotations

from functools import lru_cache

from schemas.column_types import sql_types
from schemas.ddl import table_description
from schemas.registry import PRIMARY_KEYS, TABLES, schema
from schemas.relations import FOREIGN_KEYS

_TYPES = {"VARCHAR": "string", "BIGINT": "integer", "DOUBLE": "number", "BOOLEAN": "boolean",
          "DATE": "date", "TIMESTAMP": "datetime", "VARCHAR[]": "array"}
_BOUNDS = {"greater_than_or_equal_to": ("minimum", "min_value"), "less_than_or_equal_to": ("maximum", "max_value"),
           "greater_than": ("exclusiveMinimum", "min_value"), "less_than": ("exclusiveMaximum", "max_value")}


def _constraints(column) -> dict:
    out: dict = {"required": not column.nullable}
    if column.unique:
        out["unique"] = True
    for check in column.checks:
        stats = check.statistics or {}
        if check.name == "isin":
            out["enum"] = sorted(str(v) for v in stats.get("allowed_values", []))
        elif check.name == "str_matches":
            out["pattern"] = str(stats.get("pattern"))
        elif check.name == "in_range":
            out["minimum"], out["maximum"] = stats.get("min_value"), stats.get("max_value")
        elif check.name in _BOUNDS:
            key, stat = _BOUNDS[check.name]
            out[key] = stats.get(stat)
    return out


def _field(table: str, name: str, sql_type: str) -> dict:
    column = schema(table).columns[name]
    field = {"name": name, "type": _TYPES[sql_type], "description": column.description or "",
             "duckdb_type": sql_type, "constraints": _constraints(column)}
    if sql_type == "VARCHAR[]":
        field["arrayItem"] = {"type": "string"}
    return field


def table_schema(table: str) -> dict:
    """One table's Table Schema: fields in column order, primary key, foreign keys."""
    out = {"name": table, "description": table_description(table),
           "fields": [_field(table, name, typ) for name, typ in sql_types(table).items()],
           "missingValues": [""]}
    if PRIMARY_KEYS[table]:
        out["primaryKey"] = list(PRIMARY_KEYS[table])
    refs = FOREIGN_KEYS.get(table, {})
    if refs:
        out["foreignKeys"] = [{"fields": [column], "reference": {"resource": parent,
                                                                  "fields": list(PRIMARY_KEYS[parent])}}
                              for column, parent in refs.items()]
    return out


@lru_cache(maxsize=1)
def column_schemas() -> dict[str, dict]:
    """{table: Table Schema} for every published table, in publish order."""
    return {table: table_schema(table) for table in TABLES}
