"""What this run has to do: every source file, classified against the previous warehouse.

A file is *unchanged* when the previous warehouse holds it under the same path, with
the same bytes (sha256) and the same pipeline version; only *new* and *changed* files
are parsed again. Paths the previous warehouse had but the folder lost are *removed*.
Plain Python: no Dagster here.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from sources.discover import discover_files
from warehouse.file_hashes import FileHashes

NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"
REJECTED_PREFIX = "rejected:"  # failed_check of quarantine rows for files that are not articles
DUPLICATE_CHECK = "duplicate_content"


@dataclass(frozen=True)
class PlannedFile:
    rel_path: str
    path: Path
    size: int
    sha256: str | None  # None when the file could not be read
    status: str  # new | changed | unchanged

    @property
    def article_id(self) -> str | None:
        return self.sha256[:16] if self.sha256 else None


@dataclass
class SourcePlan:
    """The files of one run, what to do with each, and what the previous run left."""

    source_dir: Path
    warehouse_dir: Path
    run_started_at: dt.datetime
    pipeline_version: str
    files: list[PlannedFile]
    removed_paths: list[str]
    previous: dict[str, pd.DataFrame] = field(default_factory=dict)
    quarantine: list[dict] = field(default_factory=list)  # unreadable and duplicate files
    n_listed: int = 0  # every article file found, readable or not
    unreadable_folders: list[str] = field(default_factory=list)  # "a/b/": could not be listed
    base_token: str | None = None  # the published version this plan was computed from

    @property
    def to_process(self) -> list[PlannedFile]:
        return [f for f in self.files if f.status in (NEW, CHANGED)]

    @property
    def kept_article_ids(self) -> set[str]:
        """Articles whose previous rows are carried over untouched."""
        return {f.article_id for f in self.files if f.status == UNCHANGED}

    def count(self, status: str) -> int:
        return sum(f.status == status for f in self.files)


def rejected_file_row(rel_path: str, sha256: str | None, pipeline_version: str,
                      check: str, reason: str) -> dict:
    """A quarantine row for a file that did not become an article."""
    return {"table_name": "articles", "article_id": sha256[:16] if sha256 else None,
            "failed_check": f"{REJECTED_PREFIX}{check}",
            "row_json": json.dumps({"source_path": rel_path, "raw_sha256": sha256,
                                    "pipeline_version": pipeline_version, "reason": reason},
                                   ensure_ascii=False, sort_keys=True)}


def _known_files(previous: dict[str, pd.DataFrame]) -> dict[str, tuple[str, str]]:
    """source_path -> (raw_sha256, pipeline_version) of every file the previous run handled."""
    known: dict[str, tuple[str, str]] = {}
    articles = previous.get("articles")
    if articles is not None and len(articles):
        for path, sha, version in articles[["source_path", "raw_sha256", "pipeline_version"]] \
                .itertuples(index=False):
            known[str(path)] = (str(sha), str(version))
    quarantine = previous.get("quarantine")
    if quarantine is not None and len(quarantine):
        checks = quarantine["failed_check"].astype(str)
        # A duplicate is re-decided every run (its original may have gone), so it is never "known".
        rejected = quarantine[checks.str.startswith(REJECTED_PREFIX)
                              & (checks != REJECTED_PREFIX + DUPLICATE_CHECK)]
        for raw in rejected["row_json"]:
            info = json.loads(raw)
            if info.get("raw_sha256"):
                known.setdefault(info["source_path"], (info["raw_sha256"], info["pipeline_version"]))
    return known


class SourceUnreadable(RuntimeError):
    """The source folder itself cannot be listed: nothing can be said about its articles."""


def plan_sources(source_dir: Path, warehouse_dir: Path, previous: dict[str, pd.DataFrame],
                 pipeline_version: str, started_at: dt.datetime) -> SourcePlan:
    """Hash every source file and classify it as new / changed / unchanged; list removed paths.

    A file whose stat is what it was when a previous run hashed it keeps that hash
    (warehouse.file_hashes); only new or touched files are read. The warehouse is never read
    as a source. A sub-folder that cannot be listed is one quarantine row, and the articles
    it held are kept as they were (not "removed"); an unlistable source folder raises
    SourceUnreadable.
    """
    known = _known_files(previous)
    hashes = FileHashes(warehouse_dir)
    plan = SourcePlan(Path(source_dir), Path(warehouse_dir), started_at, pipeline_version, [], [],
                      previous)
    seen: list[PlannedFile] = []

    def unreadable(prefix: str, exc: OSError) -> None:
        if not prefix:
            raise SourceUnreadable(f"cannot list the source folder {source_dir}: {exc.strerror or exc}")
        plan.unreadable_folders.append(prefix)
        plan.quarantine.append(rejected_file_row(
            prefix, None, pipeline_version, "unreadable_folder",
            f"cannot list folder {prefix}: {exc.strerror or exc}; its articles are kept as they were"))

    for source in discover_files(Path(source_dir), exclude=[warehouse_dir], on_unreadable=unreadable):
        plan.n_listed += 1
        try:
            sha = hashes.sha256(source.path)
        except OSError as exc:  # vanished, dangling link, permission: one quarantine row
            kept = not isinstance(exc, FileNotFoundError) and source.rel_path in known
            plan.quarantine.append(rejected_file_row(
                source.rel_path, None, pipeline_version, "unreadable",
                f"cannot read {source.rel_path}: {exc.strerror or exc}"
                + ("; its article is kept as it was" if kept else "")))
            if kept:  # there but unreadable (permissions): not a removal
                seen.append(PlannedFile(source.rel_path, source.path, source.size,
                                        known[source.rel_path][0], UNCHANGED))
            continue
        status = NEW if source.rel_path not in known else (
            UNCHANGED if known[source.rel_path] == (sha, pipeline_version) else CHANGED)
        seen.append(PlannedFile(source.rel_path, source.path, source.size, sha, status))
    hashes.save()
    listed = {f.rel_path for f in seen}
    for rel, (sha, _version) in sorted(known.items()):
        if rel not in listed and any(rel.startswith(folder) for folder in plan.unreadable_folders):
            seen.append(PlannedFile(rel, Path(source_dir) / rel, 0, sha, UNCHANGED))  # kept as it was
            listed.add(rel)
    plan.files = _without_duplicate_content(sorted(seen, key=lambda f: f.rel_path), plan)
    plan.removed_paths = sorted(p for p in known if p not in listed)
    return plan


def _without_duplicate_content(files: list[PlannedFile], plan: SourcePlan) -> list[PlannedFile]:
    """One article per content: a second file with the same bytes is quarantined.

    Unchanged files claim their article id first, so adding a copy never displaces
    the original's rows.
    """
    owner: dict[str, str] = {}
    for f in sorted(files, key=lambda f: (f.status != UNCHANGED, f.rel_path)):
        owner.setdefault(f.article_id, f.rel_path)
    kept = []
    for f in files:
        if owner[f.article_id] == f.rel_path:
            kept.append(f)
        else:
            plan.quarantine.append(rejected_file_row(
                f.rel_path, f.sha256, plan.pipeline_version, DUPLICATE_CHECK,
                f"same bytes as {owner[f.article_id]}"))
    return kept
