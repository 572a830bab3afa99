"""Assemble each published table: previous rows of unchanged articles + this run's rows,
validated, with orphans and failures moved to quarantine, in a deterministic order.

Determinism is what makes a re-run on the same input byte-identical: rows are sorted
by the registry's total sort keys, quarantine rows keep the stamp (run, time) of the
run that first saw them. Plain Python: no Dagster here.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

import pandas as pd

from schemas.registry import COLUMNS
from warehouse.coercion import is_missing
from warehouse.quarantine_rows import row_json
from warehouse.validate import sort_rows, validate_rows

QUARANTINE_KEY = ["table_name", "article_id", "failed_check", "row_json"]
QUARANTINE_COLUMNS = [*QUARANTINE_KEY, "run_id", "created_at"]


@dataclass
class CuratedTable:
    """One table ready to publish, and the rows that did not make it."""

    name: str
    rows: pd.DataFrame
    quarantined: pd.DataFrame  # QUARANTINE_COLUMNS
    n_new: int = 0
    n_kept: int = 0


def quarantine_frame(rows: Iterable[Mapping]) -> pd.DataFrame:
    """Quarantine rows (dicts with at least QUARANTINE_KEY) as a frame of QUARANTINE_COLUMNS."""
    df = pd.DataFrame(list(rows), columns=QUARANTINE_COLUMNS)
    return df.astype({"table_name": object, "article_id": object, "failed_check": object,
                      "row_json": object})


def kept_rows(previous: pd.DataFrame | None, kept_article_ids: set[str]) -> pd.DataFrame | None:
    """Previous rows of the articles this run did not touch."""
    if previous is None or not len(previous) or "article_id" not in previous.columns:
        return None
    return previous[previous["article_id"].isin(kept_article_ids)]


def split_orphans(table: str, df: pd.DataFrame,
                  parents: Mapping[str, set]) -> tuple[pd.DataFrame, list[dict]]:
    """Rows whose key points at no row of its parent table go to quarantine ("orphan:<column>")."""
    bad_rows: list[dict] = []
    for column, known in parents.items():
        if column not in df.columns or not len(df):
            continue
        values = df[column]
        orphan = values.notna() & ~values.isin(known)
        if orphan.any():
            for record in df[orphan].to_dict("records"):
                bad_rows.append({"table_name": table, "article_id": record.get("article_id"),
                                 "failed_check": f"orphan:{column}", "row_json": row_json(record)})
            df = df[~orphan]
    return df, bad_rows


def curate_table(table: str, new_rows: list[dict], previous: pd.DataFrame | None,
                 kept_article_ids: set[str], run_id: str,
                 parents: Mapping[str, set] | None = None) -> CuratedTable:
    """Previous rows of unchanged articles + new rows → validated, orphan-free, sorted."""
    kept = kept_rows(previous, kept_article_ids)
    new = pd.DataFrame(new_rows) if new_rows else None
    frames = [f for f in (kept, new) if f is not None and len(f)]
    df = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=list(COLUMNS[table]))
    return validated(table, df, run_id, parents or {}, n_new=0 if new is None else len(new),
                     n_kept=0 if kept is None else len(kept))


def validated(table: str, df: pd.DataFrame, run_id: str, parents: Mapping[str, set],
              n_new: int = 0, n_kept: int = 0) -> CuratedTable:
    df, orphans = split_orphans(table, df, parents)
    valid, failed = validate_rows(table, df.reset_index(drop=True), run_id)
    quarantined = pd.concat([quarantine_frame(orphans), _as_quarantine(failed)], ignore_index=True)
    return CuratedTable(table, valid, quarantined, n_new, n_kept)


def _as_quarantine(failed: pd.DataFrame | None) -> pd.DataFrame:
    if failed is None or not len(failed):
        return quarantine_frame([])
    return quarantine_frame(failed.to_dict("records"))


def stamp_articles(rows: list[dict], previous: pd.DataFrame | None, started_at: dt.datetime,
                   pipeline_version: str) -> list[dict]:
    """Set `ingested_at` and `pipeline_version` on new article rows.

    `ingested_at` is when the pipeline first read these bytes: an article re-extracted
    because the code changed keeps the time of its first reading.
    """
    first_read = {}
    if previous is not None and len(previous):
        first_read = dict(zip(previous["article_id"], previous["ingested_at"]))
    now = pd.Timestamp(started_at)
    return [{**row, "ingested_at": first_read.get(row["article_id"], now),
             "pipeline_version": pipeline_version} for row in rows]


# ------------------------------------------------------------------ dimensions
def aggregate_dimension(mentions: pd.DataFrame, id_column: str, record: Callable[[str], dict],
                        table: str) -> tuple[list[dict], list[dict]]:
    """One row per id seen in `mentions`: its catalog record plus n_articles / n_mentions.

    An id the catalog cannot describe becomes a quarantine row instead of a guessed record.
    """
    if mentions is None or not len(mentions):
        return [], []
    counts = mentions.groupby(id_column).agg(n_articles=("article_id", "nunique"),
                                             n_mentions=("article_id", "size"))
    wanted = set(COLUMNS[table])
    rows, failed = [], []
    for entity_id, n_articles, n_mentions in counts.itertuples():
        try:
            row = {id_column: entity_id, **record(entity_id)}
        except Exception as exc:  # noqa: BLE001 - an unknown id must not stop the run
            failed.append({"table_name": table, "article_id": None,
                           "failed_check": f"catalog_error:{type(exc).__name__}",
                           "row_json": row_json({id_column: entity_id, "error": str(exc)})})
            continue
        row.update(n_articles=int(n_articles), n_mentions=int(n_mentions))
        rows.append({k: v for k, v in row.items() if k in wanted})
    return rows, failed


# ------------------------------------------------------------------ quarantine
def stamp_quarantine(new_rows: pd.DataFrame, previous: pd.DataFrame | None, kept_article_ids: set[str],
                     run_id: str, created_at: dt.datetime) -> pd.DataFrame:
    """This run's quarantine: previous rows of unchanged articles + new rows.

    A new row identical (table, article, check, row) to a previous one keeps the previous
    run_id and created_at: it records when the problem was first seen, and keeps a re-run
    byte-identical.
    """
    new_rows = new_rows[QUARANTINE_KEY].copy() if len(new_rows) else quarantine_frame([])[QUARANTINE_KEY]
    stamps: dict[tuple, tuple] = {}
    carried = None
    if previous is not None and len(previous):
        prev = previous[QUARANTINE_COLUMNS]
        for rec in prev.itertuples(index=False):
            stamps.setdefault(_key(rec[:4]), (rec[4], rec[5]))
        carried = prev[prev["article_id"].isin(kept_article_ids)]
    new_rows["run_id"], new_rows["created_at"] = run_id, pd.Timestamp(created_at)
    for i, rec in enumerate(new_rows[QUARANTINE_KEY].itertuples(index=False)):
        if (stamp := stamps.get(_key(rec))) is not None:
            new_rows.iat[i, 4], new_rows.iat[i, 5] = stamp
    frames = [f for f in (carried, new_rows) if f is not None and len(f)]
    df = pd.concat(frames, ignore_index=True) if frames else quarantine_frame([])
    df = df.drop_duplicates(subset=QUARANTINE_KEY, keep="first")
    return sort_rows("quarantine", df).reset_index(drop=True)


def _key(values) -> tuple:
    return tuple(None if is_missing(v) else str(v) for v in values)
