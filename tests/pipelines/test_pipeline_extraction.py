"""Batch extraction: several worker processes give exactly what one process gives, in the same order."""
from __future__ import annotations

import datetime as dt

from pipelines.extraction import extract_files
from pipelines.inventory import plan_sources

N_FILES = 32
DRUGS = ["imatinib", "dasatinib", "nilotinib", "bosutinib", "ponatinib", "asciminib"]


def write_many(root, n):
    root.mkdir()
    for i in range(n):
        drug = DRUGS[i % len(DRUGS)]
        (root / f"article_{i:03d}.txt").write_text(
            f"{drug.title()} note {i}\n\n{drug.title()} is used for chronic myeloid leukemia.\n"
            f"Patient {i} took {drug} by mouth once daily.\n")
    (root / "empty.txt").write_text("")


def test_pool_and_single_process_give_identical_rows(tmp_path):
    source = tmp_path / "src"
    write_many(source, N_FILES)
    plan = plan_sources(source, tmp_path / "wh", {}, "v1", dt.datetime.now(dt.timezone.utc))
    single = extract_files(source, plan.to_process, "v1", workers=1)
    pooled = extract_files(source, plan.to_process, "v1", workers=2)
    assert pooled.rows == single.rows
    assert pooled.processed_article_ids == single.processed_article_ids
    assert len(pooled.processed_article_ids) == N_FILES
    assert pooled.n_rejected == 1
    assert {r["source_path"] for r in pooled.table("articles")} == {
        f"article_{i:03d}.txt" for i in range(N_FILES)}


def test_progress_callback_sees_every_file(tmp_path):
    source = tmp_path / "src"
    write_many(source, 3)
    plan = plan_sources(source, tmp_path / "wh", {}, "v1", dt.datetime.now(dt.timezone.utc))
    seen = []
    extract_files(source, plan.to_process, "v1", workers=1, on_file=lambda o: seen.append(o.rel_path))
    assert seen == ["article_000.txt", "article_001.txt", "article_002.txt", "empty.txt"]
