"""Declared keys between tables: which column of a table refers to which table's key.

Stated once here for the documentation (data dictionary, schema diagram, the JSON column schemas in
the manifest). The pipeline proves them on every run: curation quarantines orphans and the blocking
`keys_resolve` asset checks (pipelines/assets/curate.py, pipelines/checks.py) guard the same pairs.
DuckDB does not enforce them as FOREIGN KEY constraints: the publisher patches articles' rows in place.
"""
from __future__ import annotations

# {table: {column: referenced table}}; the referenced column is that table's primary key.
# `conditions.parent_id` is no key: the broader condition need not be seen in the corpus.
FOREIGN_KEYS: dict[str, dict[str, str]] = {
    "sentences": {"article_id": "articles"},
    "drug_mentions": {"article_id": "articles", "sentence_id": "sentences", "drug_id": "drugs"},
    "condition_mentions": {"article_id": "articles", "sentence_id": "sentences", "condition_id": "conditions"},
    "indications": {"article_id": "articles", "sentence_id": "sentences", "drug_id": "drugs",
                    "condition_id": "conditions"},
    "trial_results": {"article_id": "articles", "sentence_id": "sentences", "drug_id": "drugs"},
    "regimens": {"article_id": "articles", "sentence_id": "sentences", "drug_id": "drugs"},
    "guideline_recommendations": {"article_id": "articles", "sentence_id": "sentences"},
    "references": {"article_id": "articles"},
}
