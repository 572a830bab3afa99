"""The dataset card tells a Parquet downloader what each table holds and how to read it."""
from __future__ import annotations

from schemas.registry import COLUMNS, TABLES, schema
from warehouse.dataset_card import render_dataset_card

from .handmade_warehouse import handmade_tables

META = {"run_id": "run-42", "pipeline_version": "0.1.0", "created_at": "2026-02-01T08:30:00Z",
        "vocabulary_versions": {"drug-vocabulary": "2026-01"}}


def test_card_lists_every_table_with_its_row_count_and_columns():
    tables = handmade_tables()
    card = render_dataset_card(tables, META)
    for table in TABLES:
        assert f"| `{table}` | {len(tables[table])} |" in card
        assert f"### `{table}`" in card
        for column in COLUMNS[table]:
            description = schema(table).columns[column].description
            assert f"| `{column}` |" in card and description.replace("|", "\\|") in card


def test_card_states_versions_provenance_licence_and_how_to_read():
    card = render_dataset_card(handmade_tables(), META)
    for expected in ("run-42", "0.1.0", "drug-vocabulary", "2026-01", "## Provenance", "## Licence notes",
                     "read_parquet(", "pd.read_parquet", "pl.read_parquet", "indication_conflicts"):
        assert expected in card, expected


def test_card_falls_back_to_manifest_row_counts():
    manifest = {**META, "tables": [{"table": "indications", "rows": 1234}]}
    card = render_dataset_card({}, manifest)
    assert "| `indications` | 1234 |" in card
