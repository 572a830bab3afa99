"""Parse and extract a batch of files, on every core, folding results into per-table rows.

Files are handed out in chunks to a process pool (forked, so lexicons loaded once in
the parent are shared); small batches run in-process because starting workers costs
more than they save. A file that is not an article becomes one quarantine row.
Plain Python: no Dagster here.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from extract.article_rows import QUARANTINE, extract_article
from pipelines.inventory import PlannedFile, rejected_file_row
from sources.model import ArticleRejected
from sources.parse import parse_article

IN_PROCESS_MAX_FILES = 24  # below this, a pool's start-up costs more than it saves
CHUNK_FILES = 16


@dataclass
class FileOutcome:
    """What one file produced: rows per table (quarantine rows included)."""

    rel_path: str
    article_id: str | None
    rows: dict[str, list[dict]]
    rejected: bool = False


@dataclass
class ExtractBatch:
    """Rows of every processed article, table by table."""

    rows: dict[str, list[dict]] = field(default_factory=dict)
    processed_article_ids: list[str] = field(default_factory=list)
    n_rejected: int = 0
    n_extractor_errors: int = 0

    def add(self, outcome: FileOutcome) -> None:
        for table, rows in outcome.rows.items():
            self.rows.setdefault(table, []).extend(rows)
        if outcome.rejected:
            self.n_rejected += 1
        else:
            self.processed_article_ids.append(outcome.article_id)
            self.n_extractor_errors += len(outcome.rows.get(QUARANTINE, []))

    def table(self, name: str) -> list[dict]:
        return self.rows.get(name, [])


def process_file(root: Path, planned: PlannedFile, pipeline_version: str) -> FileOutcome:
    """Parse one file and extract its rows; a rejected file becomes a quarantine row."""
    try:
        article = parse_article(planned.path, root)
    except ArticleRejected as exc:
        row = rejected_file_row(planned.rel_path, planned.sha256, pipeline_version, exc.check, exc.message)
        return FileOutcome(planned.rel_path, row["article_id"], {QUARANTINE: [row]}, rejected=True)
    except OSError as exc:  # the file vanished or became unreadable after it was listed
        row = rejected_file_row(planned.rel_path, None, pipeline_version, "unreadable",
                                f"cannot read {planned.rel_path}: {exc.strerror or exc}")
        return FileOutcome(planned.rel_path, None, {QUARANTINE: [row]}, rejected=True)
    return FileOutcome(planned.rel_path, article.article_id, extract_article(article))


def _process_chunk(args: tuple[Path, list[PlannedFile], str]) -> list[FileOutcome]:
    root, chunk, version = args
    return [process_file(root, planned, version) for planned in chunk]


def _chunks(files: list[PlannedFile], size: int) -> Iterator[list[PlannedFile]]:
    for i in range(0, len(files), size):
        yield files[i:i + size]


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def iter_outcomes(root: Path, files: list[PlannedFile], pipeline_version: str,
                  workers: int | None = None) -> Iterable[FileOutcome]:
    """Outcomes in the order of `files`, computed in a pool when the batch is big enough."""
    workers = workers or default_workers()
    if workers <= 1 or len(files) < IN_PROCESS_MAX_FILES:
        for planned in files:
            yield process_file(root, planned, pipeline_version)
        return
    size = max(1, min(CHUNK_FILES, len(files) // (workers * 4) or 1))
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods()
                                          else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        jobs = ((root, chunk, pipeline_version) for chunk in _chunks(files, size))
        for outcomes in pool.map(_process_chunk, jobs):
            yield from outcomes


def extract_files(root: Path, files: list[PlannedFile], pipeline_version: str,
                  workers: int | None = None,
                  on_file: Callable[[FileOutcome], None] | None = None) -> ExtractBatch:
    """Parse + extract `files` and fold the outcomes into one batch of rows per table."""
    batch = ExtractBatch()
    for outcome in iter_outcomes(root, files, pipeline_version, workers):
        batch.add(outcome)
        if on_file is not None:
            on_file(outcome)
    return batch
