"""The data dictionary is generated from the schemas and lists every column."""
from __future__ import annotations

from pathlib import Path

from schemas.dictionary import main, render_markdown
from schemas.registry import COLUMNS, TABLES

REPO = Path(__file__).resolve().parents[2]


def test_dictionary_lists_every_table_and_column():
    text = render_markdown()
    for table in TABLES:
        assert f"## `{table}`" in text
        for column in COLUMNS[table]:
            assert f"| `{column}` |" in text, f"{table}.{column}"


def test_dictionary_states_vocabularies_and_rules():
    text = render_markdown()
    assert "not_indicated" in text and "ci_low <= hazard_ratio <= ci_high" in text


def test_command_writes_the_file(tmp_path):
    out = tmp_path / "docs" / "data_dictionary.md"
    main(["--out", str(out)])
    assert out.read_text(encoding="utf-8") == render_markdown()


def test_committed_dictionary_is_current():
    committed = REPO / "docs" / "data_dictionary.md"
    if committed.exists():
        assert committed.read_text(encoding="utf-8") == render_markdown(), \
            "docs/data_dictionary.md is stale: run python -m schemas.dictionary --out docs/data_dictionary.md"
