"""`changes` tells an analyst which claims appeared, changed or disappeared since the last run."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from schemas.registry import COLUMNS, schema
from warehouse.changes import compute_changes, diff_facts

from .handmade_warehouse import AID, handmade_tables

RUN_AT = dt.datetime(2026, 2, 1, 8, 30, tzinfo=dt.timezone.utc)


def _tables() -> dict[str, pd.DataFrame]:
    return {name: df.copy() for name, df in handmade_tables().items()}


def test_rerun_on_unchanged_input_records_nothing():
    previous, current = _tables(), _tables()
    assert diff_facts(previous, current, "run-2", RUN_AT).empty
    history = compute_changes(previous, current, "run-2", RUN_AT)
    assert list(history.columns) == list(COLUMNS["changes"]) and history.empty


def test_first_run_has_nothing_to_compare_with():
    assert compute_changes({}, _tables(), "run-1", RUN_AT).empty


def test_new_changed_and_removed_claims_are_reported_and_valid():
    previous, current = _tables(), _tables()
    ind = current["indications"]
    # one article upgrades a claim, another drops a claim, a third adds one
    ind.loc[(ind.drug_id == "azacitidine"), "status"] = "approved"
    current["indications"] = ind[~((ind.drug_id == "asciminib") & (ind.condition_id == "chronic-myeloid-leukemia"))]
    extra = ind[ind.drug_id == "ponatinib"].copy()
    extra["indication_id"], extra["condition_id"] = "f" * 16, "chronic-myeloid-leukemia"
    current["indications"] = pd.concat([current["indications"], extra], ignore_index=True)

    changes = compute_changes(previous, current, "run-2", RUN_AT)
    schema("changes").validate(changes)
    got = {(r.change_type, r.drug_id, r.condition_id, r.status_before, r.status_after)
           for r in changes.itertuples()}
    assert got == {
        ("changed", "azacitidine", "acute-myeloid-leukemia", "recommended", "approved"),
        ("removed", "asciminib", "chronic-myeloid-leukemia", "approved", None),
        ("added", "ponatinib", "chronic-myeloid-leukemia", None, "approved"),
    }
    assert (changes["created_at"] == pd.Timestamp(RUN_AT)).all()
    removed = changes[changes.change_type == "removed"].iloc[0]
    assert removed.article_id == AID["05_trial_news_asc4first"] and "asciminib" in removed.evidence


def test_changed_trial_numbers_and_recommendation_direction_are_reported():
    previous, current = _tables(), _tables()
    trials = current["trial_results"]
    trials.loc[trials.trial_name == "VIALE-A", "value"] = 15.0
    recs = current["guideline_recommendations"]
    recs.loc[recs.direction == "option", "direction"] = "recommended"
    changes = diff_facts(previous, current, "run-2", RUN_AT)
    by_table = dict(zip(changes.table_name, changes.change_type))
    assert by_table == {"trial_results": "changed", "guideline_recommendations": "changed"}
    trial = changes[changes.table_name == "trial_results"].iloc[0]
    assert "14.7" in trial.status_before and "15" in trial.status_after


def test_an_edited_article_shows_changed_claims_not_a_wave_of_removals():
    previous, current = _tables(), _tables()
    old_id, new_id = AID["07_news_brief_gilteritinib_approval"], "0" * 16  # new bytes -> new article_id
    for name in ("articles", "indications"):
        current[name].loc[current[name].article_id == old_id, "article_id"] = new_id
    ind = current["indications"]
    ind.loc[ind.article_id == new_id, "status"] = "used"
    changes = diff_facts(previous, current, "run-2", RUN_AT)
    assert list(changes.change_type) == ["changed"]
    assert changes.iloc[0].article_id == new_id


def test_history_is_kept_and_ids_are_deterministic():
    first, second = _tables(), _tables()
    second["indications"] = second["indications"].iloc[1:]
    run2 = compute_changes(first, second, "run-2", RUN_AT)
    assert len(run2) == 1
    again = compute_changes(first, second, "run-2", RUN_AT)
    pd.testing.assert_frame_equal(run2, again)
    second["changes"] = run2
    third = {k: v.copy() for k, v in second.items()}
    run3 = compute_changes(second, third, "run-3", RUN_AT + dt.timedelta(days=1))
    assert list(run3.change_id) == list(run2.change_id)  # unchanged input: history kept, nothing added
