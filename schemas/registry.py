"""The table registry: every published table, its model, keys and column roles.

`TABLES` is in publish order (dimensions before facts, bookkeeping last).
"""
from __future__ import annotations

import pandera.pandas as pa

from schemas.articles import ArticlesModel
from schemas.changes import ChangesModel
from schemas.condition_mentions import ConditionMentionsModel
from schemas.conditions import ConditionsModel
from schemas.drug_mentions import DrugMentionsModel
from schemas.drugs import DrugsModel
from schemas.guideline_recommendations import GuidelineRecommendationsModel
from schemas.indications import IndicationsModel
from schemas.quarantine import QuarantineModel
from schemas.references import ReferencesModel
from schemas.regimens import RegimensModel
from schemas.runs import RunsModel
from schemas.sentences import SentencesModel
from schemas.trial_results import TrialResultsModel

SCHEMA_VERSION = "1.0.0"

TABLES: dict[str, type[pa.DataFrameModel]] = {
    "articles": ArticlesModel,
    "sentences": SentencesModel,
    "drugs": DrugsModel,
    "drug_mentions": DrugMentionsModel,
    "conditions": ConditionsModel,
    "condition_mentions": ConditionMentionsModel,
    "indications": IndicationsModel,
    "trial_results": TrialResultsModel,
    "guideline_recommendations": GuidelineRecommendationsModel,
    "regimens": RegimensModel,
    "references": ReferencesModel,
    "changes": ChangesModel,
    "quarantine": QuarantineModel,
    "runs": RunsModel,
}

_SCHEMAS = {name: model.to_schema() for name, model in TABLES.items()}


def schema(table: str) -> pa.DataFrameSchema:
    """The (cached) Pandera schema of a table; KeyError names the unknown table."""
    try:
        return _SCHEMAS[table]
    except KeyError:
        raise KeyError(f"unknown table {table!r}; known: {', '.join(TABLES)}") from None


def _primary_key(table: str) -> tuple[str, ...]:
    s = schema(table)
    single = [c for c, col in s.columns.items() if (col.metadata or {}).get("primary_key")]
    if single:
        return tuple(single)
    return tuple(s.unique or ())


def _columns(table: str) -> tuple[str, ...]:
    """Column order: a single-column primary key first, then the model's field order."""
    names = list(schema(table).columns)
    key = [c for c in names if (schema(table).columns[c].metadata or {}).get("primary_key")]
    return tuple(key + [c for c in names if c not in key])


COLUMNS: dict[str, tuple[str, ...]] = {t: _columns(t) for t in TABLES}

# The grain of each table: a single-column primary key, or the composite unique key.
PRIMARY_KEYS: dict[str, tuple[str, ...]] = {t: _primary_key(t) for t in TABLES}

LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    t: tuple(c for c in COLUMNS[t] if (schema(t).columns[c].metadata or {}).get("sql_type") == "VARCHAR[]")
    for t in TABLES
}

# Row order of published tables: reading order for facts, the key for dimensions; always total
# (ends with the key, or with every column when there is none) so output is deterministic.
_READING_ORDER = ("article_id", "char_start", "char_end")
_SORT_OVERRIDES: dict[str, tuple[str, ...]] = {
    "sentences": ("article_id", "ordinal"),
    "quarantine": ("table_name", "article_id", "failed_check", "row_json", "run_id", "created_at"),
    "runs": ("started_at", "run_id"),
    "changes": ("created_at", "table_name", "entity_key", "change_type", "change_id"),
}


def _sort_keys(table: str) -> tuple[str, ...]:
    if table in _SORT_OVERRIDES:
        return _SORT_OVERRIDES[table]
    cols = COLUMNS[table]
    lead = tuple(c for c in _READING_ORDER if c in cols) if "char_start" in cols else ()
    return lead + tuple(k for k in PRIMARY_KEYS[table] if k not in lead)


SORT_KEYS: dict[str, tuple[str, ...]] = {t: _sort_keys(t) for t in TABLES}
