"""Field constructors, so every column states its description and role the same way.

Column roles the DDL needs (primary key, list type) travel in Field metadata.
"""
from __future__ import annotations

from typing import Any

import pandera.pandas as pa

from schemas import checks  # noqa: F401  (registers the list checks used below)
from schemas import vocabularies as vocab


def column(description: str, *, nullable: bool = False, **checks: Any):
    """A plain column: a description, nullability and Pandera built-in checks."""
    return pa.Field(description=description, nullable=nullable, **checks)


def primary_key(description: str, pattern: str | None = vocab.ROW_ID):
    """The single-column primary key: unique, not null, optionally matching an id pattern."""
    checks = {"str_matches": pattern} if pattern else {}
    return pa.Field(description=description, nullable=False, unique=True,
                    metadata={"primary_key": True}, **checks)


def string_list(description: str, items: str = "list_of_str"):
    """A list<string> column; `items` names the registered check applied to its elements."""
    return pa.Field(description=description, nullable=False, metadata={"sql_type": "VARCHAR[]"},
                    **{items: ()})


def vocabulary(description: str, values: tuple[str, ...], *, nullable: bool = True):
    """A column restricted to one contract vocabulary."""
    return pa.Field(description=f"{description} One of: {', '.join(values)}.",
                    nullable=nullable, isin=list(values))
