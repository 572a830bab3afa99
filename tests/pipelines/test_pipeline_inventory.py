"""Classifying source files against the previous warehouse: what a re-run must redo."""
from __future__ import annotations

import datetime as dt
import hashlib
import json

import pandas as pd

from pipelines import inventory
from pipelines.inventory import CHANGED, NEW, UNCHANGED, plan_sources, rejected_file_row

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def previous_articles(*rows: tuple[str, str, str]) -> dict[str, pd.DataFrame]:
    return {"articles": pd.DataFrame(
        [{"article_id": s[:16], "source_path": p, "raw_sha256": s, "pipeline_version": v}
         for p, s, v in rows])}


def test_new_changed_unchanged_and_removed(tmp_path):
    (tmp_path / "same.txt").write_text("same text")
    (tmp_path / "edited.txt").write_text("edited text")
    (tmp_path / "fresh.md").write_text("a new article")
    previous = previous_articles(("same.txt", sha("same text"), "v1"),
                                 ("edited.txt", sha("old text"), "v1"),
                                 ("gone.html", sha("deleted"), "v1"))
    plan = plan_sources(tmp_path, tmp_path / "wh", previous, "v1", NOW)
    status = {f.rel_path: f.status for f in plan.files}
    assert status == {"same.txt": UNCHANGED, "edited.txt": CHANGED, "fresh.md": NEW}
    assert plan.removed_paths == ["gone.html"]
    assert plan.kept_article_ids == {sha("same text")[:16]}
    assert [f.rel_path for f in plan.to_process] == ["edited.txt", "fresh.md"]


def test_a_new_pipeline_version_reprocesses_everything(tmp_path):
    (tmp_path / "same.txt").write_text("same text")
    plan = plan_sources(tmp_path, tmp_path / "wh", previous_articles(("same.txt", sha("same text"), "v1")),
                        "v2", NOW)
    assert [f.status for f in plan.files] == [CHANGED]


def test_a_previously_rejected_file_is_not_retried_until_it_changes(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    row = rejected_file_row("empty.txt", sha(""), "v1", "empty_file", "file is empty")
    previous = {"quarantine": pd.DataFrame([row])}
    plan = plan_sources(tmp_path, tmp_path / "wh", previous, "v1", NOW)
    assert [f.status for f in plan.files] == [UNCHANGED]
    assert plan.to_process == []


def test_second_copy_of_the_same_bytes_is_quarantined_once(tmp_path):
    (tmp_path / "a.txt").write_text("identical")
    (tmp_path / "b.txt").write_text("identical")
    plan = plan_sources(tmp_path, tmp_path / "wh", {}, "v1", NOW)
    assert [f.rel_path for f in plan.files] == ["a.txt"]
    assert len(plan.quarantine) == 1
    assert json.loads(plan.quarantine[0]["row_json"])["source_path"] == "b.txt"
    assert plan.quarantine[0]["failed_check"] == "rejected:duplicate_content"


def test_file_vanishing_between_listing_and_reading_becomes_one_unreadable_row(tmp_path, monkeypatch):
    (tmp_path / "ok.txt").write_text("fine")
    (tmp_path / "vanishing.txt").write_text("here for a moment")
    real_discover = inventory.discover_files

    def discover_then_delete(root, **options):
        for source in real_discover(root, **options):
            if source.rel_path == "vanishing.txt":
                source.path.unlink()
            yield source

    monkeypatch.setattr(inventory, "discover_files", discover_then_delete)
    plan = plan_sources(tmp_path, tmp_path / "wh", {}, "v1", NOW)
    assert [f.rel_path for f in plan.files] == ["ok.txt"]
    [row] = plan.quarantine
    assert row["failed_check"] == "rejected:unreadable"
    assert json.loads(row["row_json"])["source_path"] == "vanishing.txt"
    assert plan.n_listed == 2
