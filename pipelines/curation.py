"""Assemble each published table: previous rows of unchanged articles + this run's rows,
validated, with orphans and failures moved to quarantine, in a deterministic order.

Determinism is what makes a re-run on the same input byte-identical: rows are sorted
by the registry's total sort keys, quarantine rows keep the stamp (run, time) of the
run that first saw them. Plain Python: no Dagster here.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping

import numpy as np
import pandas as pd

from schemas.registry import COLUMNS, PRIMARY_KEYS
from warehouse.coercion import is_missing
from warehouse.quarantine_rows import row_json
from warehouse.shards import is_sharded
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
    # Articles whose rows may differ from the previous version's; None: any row may differ.
    touched_article_ids: set[str] | None = None
    _key_sets: dict = field(default_factory=dict, repr=False, compare=False)

    def key_set(self, column: str) -> set:
        """Distinct values of one column (the parent side of key checks), computed once."""
        if column not in self._key_sets:
            self._key_sets[column] = set(pd.unique(self.rows[column])) if column in self.rows else set()
        return self._key_sets[column]


def quarantine_frame(rows: Iterable[Mapping]) -> pd.DataFrame:
    """Quarantine rows (dicts with at least QUARANTINE_KEY) as a frame of QUARANTINE_COLUMNS."""
    df = pd.DataFrame(list(rows), columns=QUARANTINE_COLUMNS)
    return df.astype({"table_name": object, "article_id": object, "failed_check": object,
                      "row_json": object})


def gone_ids(previous: pd.DataFrame | None, kept_article_ids: set[str]) -> set:
    """Article ids of the previous rows that are not carried over (changed or removed articles)."""
    if previous is None or not len(previous) or "article_id" not in previous.columns:
        return set()
    return {a for a in pd.unique(previous["article_id"]) if a not in kept_article_ids}


def missing_keys(values: pd.Series, known: set) -> set:
    """Values of `values` (nulls aside) that are not in `known`, compared on distinct values only."""
    if not len(values):
        return set()
    distinct = pd.unique(values.dropna())
    return {v for v in distinct if v not in known}


def split_orphans(table: str, df: pd.DataFrame,
                  parents: Mapping[str, set]) -> tuple[pd.DataFrame, list[dict]]:
    """Rows whose key points at no row of its parent table go to quarantine ("orphan:<column>").

    Distinct values are looked up first, so a table whose keys all resolve (the usual case)
    costs one pass over its distinct values, not a set lookup per row.
    """
    bad_rows: list[dict] = []
    for column, known in parents.items():
        if column not in df.columns or not len(df):
            continue
        missing = missing_keys(df[column], known)
        if not missing:
            continue
        orphan = df[column].isin(missing)
        for record in df[orphan].to_dict("records"):
            bad_rows.append({"table_name": table, "article_id": record.get("article_id"),
                             "failed_check": f"orphan:{column}", "row_json": row_json(record)})
        df = df[~orphan]
    return df, bad_rows


def curate_table(table: str, new_rows: list[dict], previous: pd.DataFrame | None,
                 kept_article_ids: set[str], run_id: str,
                 parents: Mapping[str, set] | None = None) -> CuratedTable:
    """Previous rows of unchanged articles + new rows → validated, orphan-free, sorted.

    Only the new rows are validated: kept rows were validated when they were written, by a
    pipeline of the same version and schema (else every article is processed again). Keys
    of every row, kept ones included, are checked against the parents, because a parent
    table can lose rows (a drug no longer mentioned by any article).
    """
    parents = parents or {}
    had_previous = previous is not None and "article_id" in previous.columns
    gone = gone_ids(previous, kept_article_ids)
    kept = None
    if had_previous and len(previous):
        kept = previous if not gone else previous[~previous["article_id"].isin(gone)]
    kept = kept if kept is not None and len(kept) else None
    if not new_rows:
        if kept is None:
            empty = validated(table, pd.DataFrame(columns=list(COLUMNS[table])), run_id, parents)
            empty.touched_article_ids = set(gone) if had_previous else None
            return empty
        rows, orphans = split_orphans(table, kept, parents)
        return CuratedTable(table, rows.reset_index(drop=True), quarantine_frame(orphans), 0, len(kept),
                            _touched(gone, orphans) if had_previous else None)
    new = validated(table, pd.DataFrame(new_rows), run_id, parents, n_new=len(new_rows))
    if kept is None:
        new.touched_article_ids = _touched(gone, [], new.rows) if had_previous else None
        return new
    kept_valid, orphans = split_orphans(table, kept, parents)
    fresh, clashes = _without_kept_keys(table, new.rows, kept_valid)
    rows = _merged(table, kept_valid, fresh)
    quarantined = pd.concat([quarantine_frame(orphans), new.quarantined, quarantine_frame(clashes)],
                            ignore_index=True)
    return CuratedTable(table, rows, quarantined, len(new_rows), len(kept), _touched(gone, orphans, fresh))


def _touched(gone: set, orphans: list[dict], fresh: pd.DataFrame | None = None) -> set[str]:
    """Articles whose rows left (changed, removed, orphaned) or arrived (new rows)."""
    ids = set(gone) | {o["article_id"] for o in orphans}
    if fresh is not None and len(fresh) and "article_id" in fresh.columns:
        ids |= set(pd.unique(fresh["article_id"]))
    return ids


def _without_kept_keys(table: str, fresh: pd.DataFrame,
                       kept: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """New rows whose primary key a kept row already holds go to quarantine: the kept row stays."""
    key = list(PRIMARY_KEYS[table])
    if not key or not len(fresh) or not len(kept):
        return fresh, []
    clash = fresh[key[0]].isin(set(fresh[key[0]]) & set(kept[key[0]])).to_numpy()  # first column only
    if clash.any() and len(key) > 1:  # then the whole key, for the few candidates
        taken = set(kept[key].itertuples(index=False, name=None))
        clash &= np.array([tuple(r) in taken for r in fresh[key].itertuples(index=False, name=None)])
    if not clash.any():
        return fresh, []
    bad = [{"table_name": table, "article_id": r.get("article_id"),
            "failed_check": "unique(" + ", ".join(key) + ")", "row_json": row_json(r)}
           for r in fresh[clash].to_dict("records")]
    return fresh[~clash], bad


def _merged(table: str, kept: pd.DataFrame, fresh: pd.DataFrame) -> pd.DataFrame:
    """Kept + new rows in sort order.

    Both sides are already sorted and, in per-article tables, a new article's rows form one
    block that goes before the first kept row of a greater article id: placing the blocks
    costs a binary search per new row instead of sorting the whole table again.
    """
    if not is_sharded(table) or not len(fresh) or not len(kept):
        return sort_rows(table, _concat(kept, fresh)).reset_index(drop=True)
    fresh = fresh[list(kept.columns)]
    at = np.searchsorted(kept["article_id"].to_numpy(dtype=object), fresh["article_id"].to_numpy(dtype=object))
    pieces, start = [], 0
    for pos in np.unique(at):  # few: one per place a new article goes
        pieces += [kept.iloc[start:pos], fresh[at == pos]]
        start = pos
    pieces.append(kept.iloc[start:])
    return pd.concat([p for p in pieces if len(p)], ignore_index=True)


def _concat(kept: pd.DataFrame, fresh: pd.DataFrame) -> pd.DataFrame:
    """Kept + new rows, keeping the schema dtypes when one side is empty."""
    if not len(fresh):
        return kept
    if not len(kept):
        return fresh
    return pd.concat([kept, fresh[list(kept.columns)]], ignore_index=True)


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
