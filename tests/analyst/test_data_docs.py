"""The data documents itself: views in the dictionary with column comments, Parquet field descriptions,
column schemas in the manifest, declared keys that hold, a schema diagram that matches the tables."""
from __future__ import annotations

import json

import duckdb
import pyarrow.parquet as pq
import pytest

from schemas.dictionary import render_diagram, render_markdown
from schemas.registry import COLUMNS, PRIMARY_KEYS, TABLES
from schemas.relations import FOREIGN_KEYS
from warehouse.views import load_views
from warehouse.views.columns import column_docs, describe_views, stale_files


def test_every_view_and_view_column_is_in_the_dictionary_with_a_description():
    text = render_markdown()
    for view in describe_views():
        assert f"## `{view['name']}` (view)" in text
        for name, typ, comment in view["columns"]:
            assert comment, f"{view['name']}.{name} has no description"
            assert f"| `{name}` | {typ} | " in text


def test_columns_yaml_documents_exactly_the_columns_each_view_returns():
    views = {v["name"]: [c[0] for c in v["columns"]] for v in describe_views()}
    assert set(column_docs()) == {v.name for v in load_views()}
    for name, columns in views.items():
        assert sorted(column_docs()[name]) == sorted(columns), name


def test_view_files_carry_the_current_comment_block(repo_root):
    assert stale_files(repo_root / "warehouse" / "views") == [], "run python -m warehouse.views.columns --write"


def test_view_columns_have_comments_inside_the_database(con):
    rows = con.execute("select table_name, column_name, comment from duckdb_columns() "
                       "where table_name in (select view_name from duckdb_views() where not internal)").fetchall()
    assert len(rows) >= 90
    missing = [f"{t}.{c}" for t, c, comment in rows if not comment]
    assert missing == []


def test_committed_schema_diagram_is_current(repo_root):
    committed = repo_root / "docs" / "schema.md"
    assert committed.read_text(encoding="utf-8") == render_diagram(), \
        "docs/schema.md is stale: run python -m schemas.dictionary --diagram-out docs/schema.md"


def test_schema_diagram_draws_every_table_and_reference():
    text = render_diagram()
    assert "```mermaid\nerDiagram" in text
    for table in TABLES:
        assert f"    {table} {{" in text
    for table, refs in FOREIGN_KEYS.items():
        for column, parent in refs.items():
            assert f'{parent} ||--o{{ {table} : "{column}"' in text


def test_declared_references_point_at_single_column_keys():
    for table, refs in FOREIGN_KEYS.items():
        for column, parent in refs.items():
            assert column in COLUMNS[table]
            assert PRIMARY_KEYS[parent] == (column,), f"{table}.{column} -> {parent}"


def test_declared_references_hold_in_a_published_warehouse(pipeline_warehouse):
    con = duckdb.connect(str(pipeline_warehouse / "oncocurate.duckdb"), read_only=True)
    try:
        for table, refs in FOREIGN_KEYS.items():
            for column, parent in refs.items():
                orphans = con.execute(
                    f'select count(*) from "{table}" c where c.{column} is not null and not exists '
                    f'(select 1 from "{parent}" p where p.{column} = c.{column})').fetchone()[0]
                assert orphans == 0, f"{table}.{column} -> {parent}"
    finally:
        con.close()


@pytest.fixture(scope="module")
def manifest(pipeline_warehouse) -> dict:
    return json.loads((pipeline_warehouse / "parquet" / "manifest.json").read_text(encoding="utf-8"))


def test_manifest_gives_a_column_schema_per_table(manifest):
    schemas = manifest["column_schemas"]
    assert set(schemas) == set(TABLES)
    for table, table_schema in schemas.items():
        assert [f["name"] for f in table_schema["fields"]] == list(COLUMNS[table])
        assert all(f["description"] and f["type"] for f in table_schema["fields"]), table
        assert table_schema.get("primaryKey", []) == list(PRIMARY_KEYS[table])
    drugs = {f["name"]: f for f in schemas["drugs"]["fields"]}
    assert drugs["drug_id"]["constraints"]["required"] and drugs["drug_id"]["constraints"]["unique"]
    assert drugs["brand_names"]["type"] == "array" and drugs["n_articles"]["type"] == "integer"
    audience = {f["name"]: f for f in schemas["articles"]["fields"]}["audience"]
    assert audience["constraints"]["enum"] == ["patient", "professional", "unknown"]
    assert {"fields": ["drug_id"], "reference": {"resource": "drugs", "fields": ["drug_id"]}} \
        in schemas["indications"]["foreignKeys"]


def test_every_parquet_field_carries_its_description(pipeline_warehouse, manifest):
    parquet_dir = pipeline_warehouse / "parquet"
    for entry in manifest["tables"]:
        table = entry["table"]
        path = parquet_dir / entry["files"][0]["path"]
        arrow_schema = pq.read_schema(path)
        expected = {f["name"]: f["description"] for f in manifest["column_schemas"][table]["fields"]}
        for field in arrow_schema:
            assert (field.metadata or {}).get(b"description", b"").decode() == expected[field.name], \
                f"{table}.{field.name}"
        assert arrow_schema.metadata[b"description"].decode().startswith("One row per")
