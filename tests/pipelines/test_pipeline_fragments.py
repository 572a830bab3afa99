"""Extraction shards: files are dealt by content, and the Parquet fragments give back exactly the batch
that one process would have made (so a release does not depend on how many shards made it)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipelines.extraction import ExtractBatch, FileOutcome
from pipelines.fragments import (ShardFragments, encode, gather, rows_to_table, shard_count, shard_of, split_plan,
                                 table_to_rows)
from pipelines.inventory import CHANGED, NEW, UNCHANGED, PlannedFile, SourcePlan

ROWS = [
    {"a": "x", "n": 1, "f": 0.5, "b": True, "d": dt.date(2024, 5, 1), "l": ["p", "q"], "none": None},
    {"a": None, "n": None, "f": float("nan"), "b": None, "d": None, "l": [], "none": None},
    {"a": "ü — ψ", "n": 2**40, "f": None, "b": False, "d": dt.date(1999, 1, 2), "l": None, "none": None},
]


def _same(a: list[dict], b: list[dict]) -> bool:
    def norm(v):
        return "nan" if isinstance(v, float) and v != v else v
    return [{k: norm(v) for k, v in r.items()} for r in a] == [{k: norm(v) for k, v in r.items()} for r in b]


def test_rows_survive_the_parquet_round_trip_with_their_types_and_keys():
    positions, rows = table_to_rows(rows_to_table(ROWS, [3, 3, 7]))
    assert positions == [3, 3, 7]
    assert _same(rows, ROWS)
    assert [list(r) for r in rows] == [list(r) for r in ROWS]  # key order kept
    assert type(rows[0]["d"]) is dt.date and type(rows[0]["n"]) is int


def test_mixed_columns_and_missing_keys_round_trip_too():
    rows = [{"v": 1, "only_here": "x"}, {"v": "one"}, {"v": {"nested": [1, 2]}}]
    _, back = table_to_rows(rows_to_table(rows, [0, 1, 2]))
    assert back == rows


def _planned(name: str, status: str = NEW) -> PlannedFile:
    sha = __import__("hashlib").sha256(name.encode()).hexdigest()
    return PlannedFile(name, Path("/src") / name, 10, sha, status)


def test_files_are_dealt_by_content_hash_and_every_new_or_changed_file_once():
    files = [_planned(f"f{i}.txt", NEW if i % 3 else CHANGED) for i in range(40)] + [_planned("old.txt", UNCHANGED)]
    plan = SourcePlan(Path("/src"), Path("/wh"), dt.datetime.now(dt.timezone.utc), "v", files, [])
    works = split_plan(plan, 4)
    dealt = [p for w in works for _, p in w.files]
    assert sorted(p.rel_path for p in dealt) == sorted(p.rel_path for p in plan.to_process)
    assert all(shard_of(p, 4) == w.index for w in works for _, p in w.files)
    assert sum(1 for w in works if w.files) > 1  # 40 files really spread
    renamed = PlannedFile("elsewhere/f1.txt", Path("/x"), 10, files[1].sha256, NEW)
    assert shard_of(renamed, 4) == shard_of(files[1], 4)  # same bytes, same shard, on any machine


def test_gathered_shards_equal_the_one_process_batch():
    outcomes = [
        FileOutcome("a.txt", "aaaa", {"articles": [{"article_id": "aaaa"}], "sentences": [
            {"article_id": "aaaa", "sentence_id": "s1"}, {"article_id": "aaaa", "sentence_id": "s2"}]}),
        FileOutcome("b.bin", "bbbb", {"quarantine": [{"table_name": "articles", "article_id": "bbbb",
                                                      "failed_check": "rejected:binary", "row_json": "{}"}]},
                    rejected=True),
        FileOutcome("c.txt", "cccc", {"articles": [{"article_id": "cccc"}], "sentences": [],
                                      "quarantine": [{"table_name": "indications", "article_id": "cccc",
                                                      "failed_check": "extractor_error", "row_json": "{}"}]}),
    ]
    expected = ExtractBatch()
    for outcome in outcomes:
        expected.add(outcome)
    # shards hold files out of order; the gather restores the run's order
    fragments = [encode(1, [(2, outcomes[2]), (0, outcomes[0])]), encode(0, [(1, outcomes[1])]), encode(2, [])]
    got = gather(fragments)
    assert got.rows == expected.rows
    assert got.processed_article_ids == expected.processed_article_ids == ["aaaa", "cccc"]
    assert (got.n_rejected, got.n_extractor_errors) == (1, 1)
    # shards kept in memory (the in-process run) and shards that crossed a process boundary
    # (pickled: Parquet bytes only) gather the same batch
    import pickle
    kept = [ShardFragments(1, outcomes=[(2, outcomes[2]), (0, outcomes[0])]),
            ShardFragments(0, outcomes=[(1, outcomes[1])])]
    moved = [pickle.loads(pickle.dumps(f)) for f in kept]
    assert all(f.outcomes is None and f.parquet for f in moved)
    for shards in (kept, moved, [kept[0], moved[1]]):
        assert gather(shards).rows == expected.rows


def test_shard_count_comes_from_the_environment_and_is_checked(monkeypatch):
    monkeypatch.delenv("ONCOCURATE_EXTRACT_SHARDS", raising=False)
    assert shard_count() == 8
    monkeypatch.setenv("ONCOCURATE_EXTRACT_SHARDS", "3")
    assert shard_count() == 3
    for bad in ("0", "many", "1000"):
        monkeypatch.setenv("ONCOCURATE_EXTRACT_SHARDS", bad)
        with pytest.raises(ValueError, match="ONCOCURATE_EXTRACT_SHARDS"):
            shard_count()
