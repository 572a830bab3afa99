"""The schemas keep the data contract: every table and column it names, each with a comment."""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from schemas.ddl import all_ddl, comment_sql, create_table_sql
from schemas.provenance import ProvenanceModel, SpanModel
from schemas.registry import COLUMNS, LIST_COLUMNS, PRIMARY_KEYS, TABLES

CONTRACT = Path(__file__).resolve().parents[2].parent / "shared" / "CONTRACT.md"
PROVENANCE = ["article_id", "sentence_id", "char_start", "char_end", "evidence"]
FACT_TABLES = ["indications", "trial_results", "guideline_recommendations", "regimens"]


def contract_columns() -> dict[str, list[str]]:
    """Table -> column names, read from the column list under each '### table' heading."""
    if not CONTRACT.exists():
        pytest.skip(f"contract not found at {CONTRACT} (../shared is absent)")
    text = CONTRACT.read_text(encoding="utf-8")
    tables_part = text.split("## Tables", 1)[1].split("\n## ", 1)[0]
    out = {}
    for block in re.split(r"\n### ", tables_part)[1:]:
        heading, _, body = block.partition("\n")
        paragraph = body.strip().split("\n\n", 1)[0]
        while re.search(r"\([^()]*\)", paragraph):  # vocabularies and notes sit in parentheses
            paragraph = re.sub(r"\([^()]*\)", "", paragraph)
        names = re.findall(r"`([a-z_][a-z0-9_]*)`", paragraph)
        if re.search(r"(^|·)\s*provenance\s*(·|$)", paragraph, re.M):
            names += PROVENANCE
        out[heading.split()[0]] = names
    return out


def test_contract_parser_finds_the_contract_tables():
    found = contract_columns()
    assert {"articles", "indications", "trial_results", "quarantine", "runs"} <= set(found)
    assert "negated" in found["indications"] and "evidence" in found["indications"]
    assert "approved" not in found["indications"]  # a status value, not a column


def test_every_contract_table_and_column_exists():
    for table, columns in contract_columns().items():
        assert table in TABLES, f"contract table {table} has no schema"
        missing = sorted(set(columns) - set(COLUMNS[table]))
        assert not missing, f"{table} lacks contract columns {missing}"


def test_contract_list_columns_are_lists():
    lists = {"drugs": {"brand_names", "synonyms", "drug_classes", "targets", "atc_codes"},
             "conditions": {"abbreviations"}, "indications": {"combination", "regulators"},
             "guideline_recommendations": {"interventions"}}
    for table, expected in lists.items():
        assert expected <= set(LIST_COLUMNS[table]), table


@pytest.mark.parametrize("table", list(TABLES))
def test_ddl_loads_in_duckdb_with_a_comment_on_every_column(table):
    con = duckdb.connect()
    con.execute(create_table_sql(table))
    for statement in comment_sql(table):
        con.execute(statement)
    rows = con.execute("select column_name, comment from duckdb_columns() where table_name = ?",
                       [table]).fetchall()
    assert [r[0] for r in rows] == list(COLUMNS[table])
    assert all(r[1] and r[1].strip() for r in rows), [r[0] for r in rows if not r[1]]
    table_comment = con.execute("select comment from duckdb_tables() where table_name = ?", [table]).fetchone()[0]
    assert table_comment.startswith("One row per")


def test_single_column_keys_are_primary_keys_in_duckdb():
    con = duckdb.connect()
    con.execute(all_ddl())
    con.execute("insert into drugs (drug_id, name, brand_names, synonyms, drug_classes, targets, atc_codes, "
                "n_articles, n_mentions) values ('imatinib', 'Imatinib', [], [], [], [], [], 1, 1)")
    with pytest.raises(duckdb.ConstraintException):
        con.execute("insert into drugs (drug_id, name, brand_names, synonyms, drug_classes, targets, atc_codes, "
                    "n_articles, n_mentions) values ('imatinib', 'Other', [], [], [], [], [], 1, 1)")
    assert PRIMARY_KEYS["references"] == ("article_id", "ordinal")


def test_list_columns_are_varchar_arrays():
    con = duckdb.connect()
    con.execute(all_ddl())
    types = dict(con.execute("select column_name, data_type from duckdb_columns() where table_name = 'drugs'")
                 .fetchall())
    assert types["brand_names"] == "VARCHAR[]" and types["n_articles"] == "BIGINT"


def test_fact_tables_carry_provenance_and_mentions_carry_spans():
    for table in FACT_TABLES:
        assert issubclass(TABLES[table], ProvenanceModel), table
        assert set(PROVENANCE) <= set(COLUMNS[table])
    for table in ("drug_mentions", "condition_mentions"):
        assert issubclass(TABLES[table], SpanModel), table


@pytest.mark.parametrize("table", list(TABLES))
def test_models_are_strict_coercing_and_documented(table):
    model = TABLES[table]
    config = model.Config
    assert config.strict is True and config.coerce is True
    assert (model.__doc__ or "").strip().startswith("One row per")
    schema = model.to_schema()
    assert all(col.description for col in schema.columns.values())
