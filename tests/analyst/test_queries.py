"""Every example query in docs/queries.sql is documented and runs against a real warehouse."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

QUERIES_FILE = Path(__file__).resolve().parents[2] / "docs" / "queries.sql"
_NAME = re.compile(r"^-- name: *(\S+) *$", re.MULTILINE)


def example_queries() -> list[tuple[str, str, str]]:
    """(name, comment, sql) per `-- name:` block of docs/queries.sql."""
    text = QUERIES_FILE.read_text(encoding="utf-8")
    marks = list(_NAME.finditer(text))
    out = []
    for mark, following in zip(marks, marks[1:] + [None]):
        block = text[mark.end(): following.start() if following else len(text)].strip()
        lines = block.splitlines()
        comment = " ".join(line[2:].strip() for line in lines if line.startswith("--"))
        sql = "\n".join(line for line in lines if not line.startswith("--")).strip()
        out.append((mark.group(1), comment, sql))
    return out


QUERIES = example_queries()


def test_there_are_at_least_eight_named_and_explained_queries():
    names = [name for name, _, _ in QUERIES]
    assert len(names) >= 8 and len(set(names)) == len(names)
    for name, comment, sql in QUERIES:
        assert comment.endswith(("?", ".")), f"{name}: needs a comment saying what it answers"
        assert sql.rstrip().endswith(";") and sql.count(";") == 1, f"{name}: one statement per block"


@pytest.mark.parametrize("name", [name for name, _, _ in QUERIES])
def test_example_query_runs(con, name):
    sql = next(sql for n, _, sql in QUERIES if n == name)
    result = con.execute(sql)
    assert result.description, f"{name} returns no columns"
    result.fetchall()


def test_ph_positive_all_query_answers_with_the_approved_tkis(con):
    sql = next(sql for n, _, sql in QUERIES if n == "approved_for_ph_positive_all")
    drugs = {row[0] for row in con.execute(sql).fetchall()}
    assert {"imatinib", "ponatinib"} <= drugs
    assert "midostaurin" not in drugs  # negated in the same corpus: must never show as approved
