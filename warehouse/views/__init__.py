"""Analyst views: one `.sql` file per view, applied in sorted file order.

The SQL lives in files (not Python strings) so analysts can read and copy it. Each file holds
`create or replace view <file stem> as …;` followed by `comment on view …` carrying its first
line ("-- one row per …"), so the grain shows in `duckdb_views()`. The publisher
(`warehouse.duckdb_file`) executes the files as they are; `apply_views` does the same for tests
and for analysts who want the views on a database of their own.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files


@dataclass(frozen=True)
class ViewSql:
    """One view: its name (the file stem), its grain line and its SQL script."""

    name: str
    grain: str
    sql: str


def load_views() -> list[ViewSql]:
    """Every view file of this package, sorted by file name; rejects a file that breaks the layout."""
    views = []
    for resource in sorted(files(__name__).iterdir(), key=lambda r: r.name):
        if not resource.name.endswith(".sql"):
            continue
        name = resource.name[: -len(".sql")]
        sql = resource.read_text(encoding="utf-8")
        first_line = sql.splitlines()[0]
        if not first_line.startswith("-- one row per"):
            raise ValueError(f"{resource.name}: first line must be '-- one row per …'")
        for required in (f"create or replace view {name} as", f"comment on view {name} is"):
            if required not in sql:
                raise ValueError(f"{resource.name}: must contain '{required}'")
        views.append(ViewSql(name=name, grain=first_line[3:].strip(), sql=sql))
    return views


def apply_views(con) -> list[str]:
    """Create (or replace) every view on a DuckDB connection; returns the view names in order."""
    names = []
    for view in load_views():
        con.execute(view.sql)
        names.append(view.name)
    return names
