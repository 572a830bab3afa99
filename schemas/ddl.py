"""DuckDB DDL generated from the Pandera models: CREATE TABLE plus COMMENT ON statements.

The comments make the data dictionary visible inside the database (duckdb_columns()).
"""
from __future__ import annotations

import hashlib

from schemas.column_types import sql_types
from schemas.registry import PRIMARY_KEYS, TABLES, schema


def quote_ident(name: str) -> str:
    """Always quote identifiers: `references` is a reserved word in SQL."""
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def table_description(table: str) -> str:
    """First line of the model docstring: "One row per …"."""
    doc = (TABLES[table].__doc__ or "").strip()
    return doc.splitlines()[0].strip() if doc else table


def create_table_sql(table: str) -> str:
    """CREATE TABLE for one table; NOT NULL from the schema, PRIMARY KEY when single-column."""
    s = schema(table)
    key = PRIMARY_KEYS[table]
    lines = []
    for column, typ in sql_types(table).items():
        line = f"    {quote_ident(column)} {typ}"
        if len(key) == 1 and column == key[0]:
            line += " PRIMARY KEY"
        elif not s.columns[column].nullable:
            line += " NOT NULL"
        lines.append(line)
    return f"CREATE TABLE {quote_ident(table)} (\n" + ",\n".join(lines) + "\n);"


def comment_sql(table: str) -> list[str]:
    """COMMENT ON TABLE and one COMMENT ON COLUMN per column."""
    s = schema(table)
    out = [f"COMMENT ON TABLE {quote_ident(table)} IS {_literal(table_description(table))};"]
    for column in sql_types(table):
        desc = s.columns[column].description or ""
        out.append(f"COMMENT ON COLUMN {quote_ident(table)}.{quote_ident(column)} IS {_literal(desc)};")
    return out


def all_ddl() -> str:
    """The whole DDL script, in publish order."""
    parts = []
    for table in TABLES:
        parts.append(create_table_sql(table))
        parts.extend(comment_sql(table))
    return "\n".join(parts) + "\n"


def schema_fingerprint() -> str:
    """Short hash of the whole DDL: changes whenever any table, column, type or key changes."""
    return hashlib.sha256(all_ddl().encode("utf-8")).hexdigest()[:16]


if __name__ == "__main__":
    print(all_ddl(), end="")
