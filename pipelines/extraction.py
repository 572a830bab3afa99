"""Parse and extract a batch of files, on every core, folding results into per-table rows.

Files are handed out one at a time to worker processes (forked, so lexicons loaded once
in the parent are shared), each under a time and a memory bound (pipelines.workers). A
file that is not an article, or that breaks a bound, becomes one quarantine row.
Plain Python: no Dagster here.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterable

from pipelines.inventory import PlannedFile, rejected_file_row
from pipelines.workers import MEMORY_LIMIT_MB, TIME_LIMIT_S, Bounded, bounded_map
from sources.model import ArticleRejected

QUARANTINE = "quarantine"  # the quarantine table's name, as extract.article_rows.QUARANTINE


def load_extractors() -> tuple[Callable, Callable]:
    """(parse_article, extract_article), imported on first use: the parser, the extractors and their
    compiled cues cost 2-3 s of imports that a run with nothing new to read does not need. Called in
    the parent before workers are forked, so they share the loaded modules."""
    from extract.article_rows import extract_article
    from sources.parse import parse_article

    return parse_article, extract_article


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
    parse_article, extract_article = load_extractors()
    try:
        article = parse_article(planned.path, root, planned.rel_path)
    except ArticleRejected as exc:
        row = rejected_file_row(planned.rel_path, planned.sha256, pipeline_version, exc.check, exc.message)
        return FileOutcome(planned.rel_path, row["article_id"], {QUARANTINE: [row]}, rejected=True)
    except OSError as exc:  # the file vanished or became unreadable after it was listed
        row = rejected_file_row(planned.rel_path, None, pipeline_version, "unreadable",
                                f"cannot read {planned.rel_path}: {exc.strerror or exc}")
        return FileOutcome(planned.rel_path, None, {QUARANTINE: [row]}, rejected=True)
    return FileOutcome(planned.rel_path, article.article_id, extract_article(article))


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def bounded_outcome(planned: PlannedFile, pipeline_version: str, failure: Bounded) -> FileOutcome:
    """A file whose worker was stopped (too slow, too much memory, crashed): one quarantine row.

    The row keeps the file's sha256, so the next run knows these bytes and does not stall on
    them again (they are retried when the file or the pipeline version changes).
    """
    row = rejected_file_row(planned.rel_path, planned.sha256, pipeline_version, failure.check,
                            f"{planned.rel_path}: {failure.reason}")
    return FileOutcome(planned.rel_path, row["article_id"], {QUARANTINE: [row]}, rejected=True)


def iter_outcomes(root: Path, files: list[PlannedFile], pipeline_version: str,
                  workers: int | None = None, time_limit_s: float = TIME_LIMIT_S,
                  memory_limit_mb: float = MEMORY_LIMIT_MB) -> Iterable[FileOutcome]:
    """Outcomes in the order of `files`, each file parsed in a worker process under a time and
    memory bound (pipelines.workers); a file that breaks one becomes a quarantine row."""
    load_extractors()  # before the workers fork
    work = partial(process_file, root, pipeline_version=pipeline_version)
    results = bounded_map(work, files, workers or default_workers(), time_limit_s, memory_limit_mb)
    for planned, result in zip(files, results):
        yield bounded_outcome(planned, pipeline_version, result) if isinstance(result, Bounded) else result


def extract_files(root: Path, files: list[PlannedFile], pipeline_version: str,
                  workers: int | None = None,
                  on_file: Callable[[FileOutcome], None] | None = None,
                  time_limit_s: float = TIME_LIMIT_S, memory_limit_mb: float = MEMORY_LIMIT_MB) -> ExtractBatch:
    """Parse + extract `files` and fold the outcomes into one batch of rows per table."""
    batch = ExtractBatch()
    for outcome in iter_outcomes(root, files, pipeline_version, workers, time_limit_s, memory_limit_mb):
        batch.add(outcome)
        if on_file is not None:
            on_file(outcome)
    return batch
