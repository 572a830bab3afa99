"""Curate layer: one asset per contract table.

Each table = previous rows of unchanged articles + this run's rows, validated against its
Pandera model; rows that fail, or point at a parent row that does not exist, go to
quarantine. The asset description is the first line of the model's docstring
("One row per ...").
"""

from typing import Callable

import dagster as dg
import pandas as pd

from extract.entities.catalog import condition_record, drug_record
from pipelines import progress
from pipelines.asset_metadata import column_schema, table_metadata
from pipelines.curation import (CuratedTable, aggregate_dimension, curate_table, quarantine_frame,
                                stamp_articles, validated)
from pipelines.extraction import ExtractBatch
from pipelines.inventory import SourcePlan
from schemas.registry import TABLES

# table -> {column: parent table whose same-named column it must point at}
FACT_TABLES: dict[str, dict[str, str]] = {
    "sentences": {"article_id": "articles"},
    "drug_mentions": {"article_id": "articles", "sentence_id": "sentences"},
    "condition_mentions": {"article_id": "articles", "sentence_id": "sentences"},
    "indications": {"article_id": "articles", "sentence_id": "sentences", "drug_id": "drugs",
                    "condition_id": "conditions"},
    "trial_results": {"article_id": "articles", "sentence_id": "sentences", "drug_id": "drugs"},
    "regimens": {"article_id": "articles", "sentence_id": "sentences", "drug_id": "drugs"},
    "guideline_recommendations": {"article_id": "articles", "sentence_id": "sentences"},
    "references": {"article_id": "articles"},
}
DIMENSIONS: dict[str, tuple[str, str, Callable[[str], dict]]] = {
    "drugs": ("drug_mentions", "drug_id", drug_record),
    "conditions": ("condition_mentions", "condition_id", condition_record),
}


def _description(table: str) -> str:
    return (TABLES[table].__doc__ or table).strip().splitlines()[0]


def _spec(table: str) -> dict:
    return dict(name=table, group_name="curate", kinds={"pandas"}, description=_description(table),
                metadata={"dagster/column_schema": column_schema(table)})


def _output(curated: CuratedTable) -> dg.Output:
    progress.advance("curate tables", len(CURATED_TABLES))
    return dg.Output(curated, metadata=table_metadata(
        curated.rows, n_new_rows=curated.n_new, n_kept_rows=curated.n_kept,
        n_quarantined=len(curated.quarantined)))


@dg.asset(**_spec("articles"))
def articles(context: dg.AssetExecutionContext, source_inventory: SourcePlan,
             article_extracts: ExtractBatch) -> dg.Output:
    previous = source_inventory.previous.get("articles")
    new_rows = stamp_articles(article_extracts.table("articles"), previous,
                              source_inventory.run_started_at, source_inventory.pipeline_version)
    return _output(curate_table("articles", new_rows, previous,
                                source_inventory.kept_article_ids, context.run_id))


def fact_table_asset(table: str, parents: dict[str, str]) -> dg.AssetsDefinition:
    """The asset of one table whose rows come from the extractors, article by article."""
    parent_tables = sorted(set(parents.values()))

    @dg.asset(**_spec(table), ins={t: dg.AssetIn(t) for t in parent_tables})
    def _table(context: dg.AssetExecutionContext, source_inventory: SourcePlan,
               article_extracts: ExtractBatch, **upstream: CuratedTable) -> dg.Output:
        known = {column: upstream[parent].key_set(column) for column, parent in parents.items()}
        return _output(curate_table(table, article_extracts.table(table),
                                    source_inventory.previous.get(table),
                                    source_inventory.kept_article_ids, context.run_id, known))

    return _table


def dimension_asset(table: str, mentions_table: str, id_column: str,
                    record: Callable[[str], dict]) -> dg.AssetsDefinition:
    """The asset of a dimension aggregated over every article's mentions (n_articles, n_mentions)."""

    @dg.asset(**_spec(table), ins={mentions_table: dg.AssetIn(mentions_table)})
    def _dimension(context: dg.AssetExecutionContext, **upstream: CuratedTable) -> dg.Output:
        rows, failed = aggregate_dimension(upstream[mentions_table].rows, id_column, record, table)
        curated = validated(table, pd.DataFrame(rows), context.run_id, {}, n_new=len(rows))
        curated.quarantined = pd.concat([quarantine_frame(failed), curated.quarantined], ignore_index=True)
        return _output(curated)

    return _dimension


CURATED_ASSETS = [
    articles,
    *(fact_table_asset(t, parents) for t, parents in FACT_TABLES.items()),
    *(dimension_asset(t, *spec) for t, spec in DIMENSIONS.items()),
]
CURATED_TABLES = ["articles", *FACT_TABLES, *DIMENSIONS]
