"""Finding article files under the source folder, in a stable order."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})


@dataclass(frozen=True)
class SourceFile:
    """One candidate article file; `rel_path` uses POSIX separators and is the sort key."""

    path: Path
    rel_path: str
    size: int
    mtime_ns: int


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _inside(root_real: str, candidate: str) -> bool:
    real = os.path.realpath(candidate)
    return real == root_real or real.startswith(root_real.rstrip(os.sep) + os.sep)


def discover_files(root: Path) -> Iterator[SourceFile]:
    """Yield article files under `root` sorted by relative path.

    Hidden files and folders are skipped; symlinks are followed only while they stay
    inside `root` (a link pointing elsewhere could read arbitrary files). Each folder is
    listed once and its entries sorted, so the walk streams in relative-path order
    without collecting the whole tree first.
    """
    root = Path(root)
    root_real = os.path.realpath(root)
    if not os.path.isdir(root_real):
        return
    yield from _walk(root, "", root_real, {root_real})


def _walk(folder: Path, prefix: str, root_real: str, seen: set[str]) -> Iterator[SourceFile]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    # Relative-path order: "a/b.txt" < "a.txt" would be wrong with a plain name sort
    # only if a folder name is a prefix of a file name; compare full relative paths.
    items = []
    for entry in entries:
        if _is_hidden(entry.name):
            continue
        rel = f"{prefix}{entry.name}"
        try:
            is_link = entry.is_symlink()
            if is_link and not _inside(root_real, entry.path):
                continue
            if entry.is_dir(follow_symlinks=True):
                items.append((rel + "/", "dir", entry))
            elif entry.is_file(follow_symlinks=True):
                if os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES:
                    items.append((rel, "file", entry))
        except OSError:
            continue
    items.sort(key=lambda t: t[0])
    for rel, kind, entry in items:
        if kind == "dir":
            real = os.path.realpath(entry.path)
            if real in seen:  # a symlink loop inside the root
                continue
            yield from _walk(Path(entry.path), rel, root_real, seen | {real})
        else:
            try:
                st = entry.stat(follow_symlinks=True)
            except OSError:
                continue
            yield SourceFile(path=Path(entry.path), rel_path=rel, size=st.st_size,
                             mtime_ns=st.st_mtime_ns)
