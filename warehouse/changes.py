"""The `changes` table: which facts appeared, changed or disappeared since the previous run.

A fact is compared by a key that survives editing an article (its `source_path`, not its
`article_id`, which is a hash of the bytes), so fixing a typo in a page shows up as "changed"
claims rather than a wave of removals and additions. Per key we compare one status string:

| table | entity_key | status |
|---|---|---|
| indications | source_path, drug, condition, negated | strongest status in that article |
| trial_results | source_path, drug, endpoint, trial | the reported numbers |
| guideline_recommendations | source_path, condition, body, year, interventions | direction |
| regimens | source_path, drug, route | frequency and cycle |

Deterministic: ids are hashes of (run, table, change type, key) and `created_at` is the run's
start time, so the same previous/current pair always gives the same rows, and a re-run on
unchanged input adds none.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Mapping

import numpy as np
import pandas as pd

from extract.text.row_ids import stable_id
from schemas.registry import COLUMNS

STATUS_STRENGTH = {"approved": 0, "recommended": 1, "used": 2, "investigational": 3,
                   "not_recommended": 0, "not_indicated": 1}


@dataclass(frozen=True)
class FactState:
    """What one key says in one warehouse version."""

    status: str
    article_id: str | None
    drug_id: str | None
    condition_id: str | None
    negated: bool | None
    evidence: str | None


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _items(value: object) -> tuple[str, ...]:
    """A list cell as a sorted tuple, whether it arrives as list, numpy array or null."""
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return ()
    return tuple(sorted(str(v) for v in value))


def _or_none(value: object) -> object:
    return None if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)) else value


def _paths(tables: Mapping[str, pd.DataFrame]) -> dict[str, str]:
    """article_id -> source_path (falls back to the article id when articles are missing)."""
    articles = tables.get("articles")
    if articles is None or not len(articles):
        return {}
    return dict(zip(articles["article_id"].astype(str), articles["source_path"].astype(str)))


def _indication_facts(df: pd.DataFrame, paths: dict[str, str]) -> dict[str, FactState]:
    facts: dict[str, FactState] = {}
    ranks: dict[str, tuple] = {}
    for row in df.itertuples(index=False):
        negated = bool(row.negated)
        key = "|".join((paths.get(row.article_id, row.article_id), row.drug_id, row.condition_id,
                        "negated" if negated else "asserted"))
        rank = (STATUS_STRENGTH.get(row.status, 9), int(_or_none(row.char_start) or 0))
        if key in facts and ranks[key] <= rank:
            continue
        ranks[key] = rank
        facts[key] = FactState(row.status, row.article_id, row.drug_id, row.condition_id, negated, row.evidence)
    return facts


def _trial_facts(df: pd.DataFrame, paths: dict[str, str]) -> dict[str, FactState]:
    numbers: dict[str, list[str]] = {}
    first: dict[str, FactState] = {}
    for row in df.itertuples(index=False):
        key = "|".join((paths.get(row.article_id, row.article_id), row.drug_id, row.endpoint,
                        _text(row.trial_name)))
        numbers.setdefault(key, []).append(
            f"{row.measure} {_text(row.value)} vs {_text(row.comparator_value)} {_text(row.unit)}; "
            f"HR {_text(row.hazard_ratio)} ({_text(row.ci_low)}-{_text(row.ci_high)}); "
            f"p {_text(row.p_operator)}{_text(row.p_value)}".strip())
        first.setdefault(key, FactState("", row.article_id, row.drug_id, _or_none(row.condition_id), None,
                                        row.evidence))
    return {key: FactState(" | ".join(sorted(numbers[key])), s.article_id, s.drug_id, s.condition_id, None,
                           s.evidence) for key, s in first.items()}


def _recommendation_facts(df: pd.DataFrame, paths: dict[str, str]) -> dict[str, FactState]:
    facts: dict[str, FactState] = {}
    for row in df.itertuples(index=False):
        key = "|".join((paths.get(row.article_id, row.article_id), _text(row.condition_id),
                        _text(row.guideline_body), _text(row.guideline_year), ",".join(_items(row.interventions))))
        negated = row.direction == "not_recommended"
        if key in facts and facts[key].status <= row.direction:
            continue  # several statements of one key: keep a deterministic one
        facts[key] = FactState(row.direction, row.article_id, None, _or_none(row.condition_id), negated,
                               row.evidence)
    return facts


def _regimen_facts(df: pd.DataFrame, paths: dict[str, str]) -> dict[str, FactState]:
    schedules: dict[str, list[str]] = {}
    first: dict[str, FactState] = {}
    for row in df.itertuples(index=False):
        key = "|".join((paths.get(row.article_id, row.article_id), row.drug_id, _text(row.route)))
        schedules.setdefault(key, []).append(
            f"{_text(row.frequency)} days {_text(row.treatment_days)}/{_text(row.rest_days)} "
            f"cycle {_text(row.cycle_days)}")
        first.setdefault(key, FactState("", row.article_id, row.drug_id, None, None, row.evidence))
    return {key: FactState(" | ".join(sorted(schedules[key])), s.article_id, s.drug_id, None, None, s.evidence)
            for key, s in first.items()}


FACT_KEYS: dict[str, Callable[[pd.DataFrame, dict[str, str]], dict[str, FactState]]] = {
    "indications": _indication_facts,
    "trial_results": _trial_facts,
    "guideline_recommendations": _recommendation_facts,
    "regimens": _regimen_facts,
}


def _facts(tables: Mapping[str, pd.DataFrame], table: str, paths: dict[str, str],
           unchanged: frozenset[str] | set[str]) -> dict[str, FactState]:
    df = tables.get(table)
    if df is None or not len(df):
        return {}
    if unchanged:
        ids = df["article_id"]
        touched = {a for a in pd.unique(ids) if a not in unchanged}
        df = df[ids.isin(touched)]
    return FACT_KEYS[table](df, paths)


def _run_started_at(current: Mapping[str, pd.DataFrame], run_id: str) -> pd.Timestamp:
    runs = current.get("runs")
    if runs is not None and len(runs):
        mine = runs.loc[runs["run_id"] == run_id, "started_at"]
        if len(mine):
            return pd.Timestamp(mine.iloc[0])
    return pd.Timestamp(dt.datetime.now(dt.timezone.utc))  # a run without its runs row yet: now


def _utc(ts: pd.Timestamp | dt.datetime) -> pd.Timestamp:
    ts = pd.Timestamp(ts)
    return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")


def diff_facts(previous: Mapping[str, pd.DataFrame], current: Mapping[str, pd.DataFrame], run_id: str,
               created_at: dt.datetime | pd.Timestamp | None = None,
               unchanged_article_ids: set[str] | frozenset[str] = frozenset()) -> pd.DataFrame:
    """This run's changes only: one row per fact added, removed or changed (empty when none).

    Rows of `unchanged_article_ids` (articles carried over as they were) are skipped on both
    sides: their facts are the same in both versions, so only touched articles are compared.
    """
    columns = list(COLUMNS["changes"])
    if not previous:  # first publish: nothing to compare with, so nothing "changed"
        return _typed(pd.DataFrame(columns=columns))
    when = _utc(created_at if created_at is not None else _run_started_at(current, run_id))
    rows = []
    paths_before, paths_after = _paths(previous), _paths(current)
    for table in FACT_KEYS:
        before = _facts(previous, table, paths_before, unchanged_article_ids)
        after = _facts(current, table, paths_after, unchanged_article_ids)
        for key in sorted(before.keys() | after.keys()):
            old, new = before.get(key), after.get(key)
            if old is not None and new is not None and old.status == new.status:
                continue
            change_type = "added" if old is None else "removed" if new is None else "changed"
            shown = new or old
            rows.append({
                "change_id": stable_id(run_id, table, change_type, key), "run_id": run_id,
                "table_name": table, "change_type": change_type, "entity_key": key,
                "article_id": shown.article_id, "drug_id": shown.drug_id, "condition_id": shown.condition_id,
                "negated": shown.negated, "status_before": old.status if old else None,
                "status_after": new.status if new else None, "evidence": shown.evidence, "created_at": when})
    return _typed(pd.DataFrame(rows, columns=columns))


def compute_changes(previous: Mapping[str, pd.DataFrame], current: Mapping[str, pd.DataFrame], run_id: str,
                    created_at: dt.datetime | pd.Timestamp | None = None,
                    unchanged_article_ids: set[str] | frozenset[str] = frozenset()) -> pd.DataFrame:
    """The whole `changes` table after this run: the previous history plus this run's changes.

    Keeping the history makes the table useful ("when did this claim appear?") and keeps a
    re-run on unchanged input from changing anything: it adds no rows.
    """
    new = diff_facts(previous, current, run_id, created_at, unchanged_article_ids)
    history = previous.get("changes")
    if history is None or not len(history):
        return new
    combined = pd.concat([_typed(history[list(COLUMNS["changes"])].copy()), new], ignore_index=True)
    return combined.drop_duplicates("change_id", keep="first").reset_index(drop=True)


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    df = df.astype({c: "object" for c in df.columns if c not in ("negated", "created_at")})
    df["negated"] = df["negated"].astype("boolean")
    df["created_at"] = pd.to_datetime(df["created_at"], utc=True)
    return df
