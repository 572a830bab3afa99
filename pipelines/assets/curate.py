"""Curate layer: one asset per contract table, made by one step (`curate_tables`).

Each table = previous rows of unchanged articles + this run's rows, validated against its
Pandera model; rows that fail, or point at a parent row that does not exist, go to
quarantine. The asset description is the first line of the model's docstring
("One row per ...").

The step reads the inventory and the extracted rows once and curates the tables parents first.
Each table's node is drawn joined to the tables it reads (the parents its keys point at, the
mentions a dimension counts) and only `articles` to the extract layer, so the group reads as
layers: articles -> sentences, references -> mentions, recommendations -> drugs, conditions ->
indications, trial results, regimens (`python -m pipelines.graph_shape` measures it).
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


def parent_tables(table: str) -> list[str]:
    """The curated tables a table reads: those its keys point at, or the mentions a dimension counts."""
    if table in DIMENSIONS:
        return [DIMENSIONS[table][0]]
    return sorted(set(FACT_TABLES.get(table, {}).values()))


def curation_order(tables: list[str]) -> list[str]:
    """The tables with every parent before its children (articles, sentences, mentions, ...)."""
    done: list[str] = []
    while len(done) < len(tables):
        ready = [t for t in tables if t not in done and set(parent_tables(t)) <= set(done)]
        if not ready:
            raise ValueError(f"the parents of {sorted(set(tables) - set(done))} form a cycle")
        done += ready
    return done


CURATED_TABLES = ["articles", *FACT_TABLES, *DIMENSIONS]
CURATION_ORDER = curation_order(CURATED_TABLES)
UPSTREAM = ["source_inventory", "article_extracts"]


def upstream_of(table: str) -> list[str]:
    """What the UI draws a table as reading: the tables its keys point at; articles, the extracted rows."""
    return UPSTREAM if table == "articles" else parent_tables(table)


def _out(table: str) -> dg.AssetOut:
    return dg.AssetOut(group_name="curate", kinds={"pandas"}, dagster_type=CuratedTable,
                       description=(TABLES[table].__doc__ or table).strip().splitlines()[0],
                       metadata={"dagster/column_schema": column_schema(table)})


def _output(curated: CuratedTable) -> dg.Output:
    progress.advance("curate tables", len(CURATED_TABLES))
    return dg.Output(curated, output_name=curated.name, metadata=table_metadata(
        curated.rows, n_new_rows=curated.n_new, n_kept_rows=curated.n_kept,
        n_quarantined=len(curated.quarantined)))


def curate_articles(plan: SourcePlan, batch: ExtractBatch, run_id: str) -> CuratedTable:
    """Kept and new article rows; a re-extracted article keeps the time it was first read."""
    previous = plan.previous.get("articles")
    new_rows = stamp_articles(batch.table("articles"), previous, plan.run_started_at, plan.pipeline_version)
    return curate_table("articles", new_rows, previous, plan.kept_article_ids, run_id)


def curate_fact_table(table: str, plan: SourcePlan, batch: ExtractBatch, run_id: str,
                      curated: dict[str, CuratedTable]) -> CuratedTable:
    """A table whose rows come from the extractors, article by article, its keys checked against its parents."""
    known = {column: curated[parent].key_set(column) for column, parent in FACT_TABLES[table].items()}
    return curate_table(table, batch.table(table), plan.previous.get(table), plan.kept_article_ids, run_id, known)


def curate_dimension(table: str, curated: dict[str, CuratedTable], run_id: str) -> CuratedTable:
    """A dimension aggregated over every article's mentions (n_articles, n_mentions)."""
    mentions_table, id_column, record = DIMENSIONS[table]
    rows, failed = aggregate_dimension(curated[mentions_table].rows, id_column, record, table)
    dimension = validated(table, pd.DataFrame(rows), run_id, {}, n_new=len(rows))
    dimension.quarantined = pd.concat([quarantine_frame(failed), dimension.quarantined], ignore_index=True)
    return dimension


@dg.multi_asset(name="curate_tables", ins={name: dg.AssetIn(name) for name in UPSTREAM},
                outs={t: _out(t) for t in CURATED_TABLES},
                internal_asset_deps={t: {dg.AssetKey(u) for u in upstream_of(t)} for t in CURATED_TABLES})
def curate_tables(context: dg.AssetExecutionContext, source_inventory: SourcePlan,
                  article_extracts: ExtractBatch):
    """Every curated table of the run, parents first: one step reads the extracted rows once."""
    curated: dict[str, CuratedTable] = {}
    for table in CURATION_ORDER:
        if table == "articles":
            curated[table] = curate_articles(source_inventory, article_extracts, context.run_id)
        elif table in DIMENSIONS:
            curated[table] = curate_dimension(table, curated, context.run_id)
        else:
            curated[table] = curate_fact_table(table, source_inventory, article_extracts, context.run_id,
                                               curated)
        yield _output(curated[table])


CURATED_ASSETS = [curate_tables]
