"""Table assembly: orphans quarantined, unchanged articles carried over, quarantine stamps kept."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from pipelines.curation import aggregate_dimension, curate_table, stamp_quarantine

A, B = "a" * 16, "b" * 16
FIRST = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
SECOND = dt.datetime(2026, 1, 2, tzinfo=dt.timezone.utc)


def sentence(aid: str, ordinal: int) -> dict:
    return {"sentence_id": f"{aid}:{ordinal}", "article_id": aid, "ordinal": ordinal, "section": None,
            "char_start": 10 * ordinal, "char_end": 10 * ordinal + 9, "text": "Some text"}


def mention(aid: str, ordinal: int, drug: str) -> dict:
    return {"article_id": aid, "sentence_id": f"{aid}:{ordinal}", "char_start": 10 * ordinal,
            "char_end": 10 * ordinal + 4, "surface": drug, "drug_id": drug, "section": None}


def test_rows_pointing_at_missing_sentences_are_quarantined_not_published():
    curated = curate_table("drug_mentions", [mention(A, 0, "imatinib"), mention(A, 7, "dasatinib")],
                           None, set(), "run-1", {"sentence_id": {f"{A}:0"}})
    assert curated.rows["drug_id"].tolist() == ["imatinib"]
    assert curated.quarantined["failed_check"].tolist() == ["orphan:sentence_id"]
    assert '"dasatinib"' in curated.quarantined["row_json"].iloc[0]


def test_previous_rows_of_unchanged_articles_are_kept_and_others_replaced():
    previous = curate_table("sentences", [sentence(A, 0), sentence(B, 0), sentence(B, 1)],
                            None, set(), "run-1").rows
    curated = curate_table("sentences", [sentence(B, 0)], previous, {A}, "run-2")
    assert curated.rows["sentence_id"].tolist() == [f"{A}:0", f"{B}:0"]
    assert (curated.n_kept, curated.n_new) == (1, 1)


def test_a_problem_seen_again_keeps_its_first_stamp_and_resolved_ones_disappear():
    problem = {"table_name": "indications", "article_id": A, "failed_check": "drug_id: str_matches",
               "row_json": "{}"}
    first = stamp_quarantine(pd.DataFrame([problem]), None, set(), "run-1", FIRST)
    again = stamp_quarantine(pd.DataFrame([problem]), first, set(), "run-2", SECOND)
    assert again[["run_id", "created_at"]].values.tolist() == first[["run_id", "created_at"]].values.tolist()
    carried = stamp_quarantine(pd.DataFrame([]), first, {A}, "run-2", SECOND)
    assert carried["run_id"].tolist() == ["run-1"]
    resolved = stamp_quarantine(pd.DataFrame([]), first, set(), "run-2", SECOND)
    assert resolved.empty


def test_dimension_counts_articles_and_mentions_and_quarantines_unknown_ids():
    mentions = pd.DataFrame([mention(A, 0, "imatinib"), mention(A, 1, "imatinib"),
                             mention(B, 0, "imatinib"), mention(B, 1, "not-a-drug")])

    def record(drug_id):
        if drug_id == "not-a-drug":
            raise KeyError(drug_id)
        return {"name": drug_id.title(), "brand_names": ["Gleevec"], "synonyms": []}

    rows, failed = aggregate_dimension(mentions, "drug_id", record, "drugs")
    assert [(r["drug_id"], r["n_articles"], r["n_mentions"]) for r in rows] == [("imatinib", 2, 3)]
    assert [f["failed_check"] for f in failed] == ["catalog_error:KeyError"]


def test_kept_rows_pointing_at_a_parent_that_is_gone_are_quarantined():
    previous = curate_table("drug_mentions", [mention(A, 0, "imatinib"), mention(B, 0, "dasatinib")],
                            None, set(), "run-1").rows
    # B changed and no longer exists under its old id; A is kept, but no article mentions imatinib's
    # sentence any more (its parent row is gone)
    curated = curate_table("drug_mentions", [], previous, {A}, "run-2", {"sentence_id": {f"{B}:0"}})
    assert curated.rows.empty
    assert curated.quarantined["failed_check"].tolist() == ["orphan:sentence_id"]
    assert curated.touched_article_ids == {A, B}


def test_new_articles_are_merged_into_the_sort_order_of_kept_ones():
    C = "c" * 16
    previous = curate_table("sentences", [sentence(A, 0), sentence(C, 0)], None, set(), "run-1").rows
    curated = curate_table("sentences", [sentence(B, 1), sentence(B, 0)], previous, {A, C}, "run-2")
    assert curated.rows["sentence_id"].tolist() == [f"{A}:0", f"{B}:0", f"{B}:1", f"{C}:0"]
    assert curated.touched_article_ids == {B}
