"""Finding article files under the source folder, in a stable order, and opening them safely."""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sources.model import ArticleRejected

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})
# Marks of an oncocurate warehouse (warehouse.layout): never read back as articles.
WAREHOUSE_MARKS = (".versions", "oncocurate.duckdb")

# (relative folder path ending in "/" or "" for the root, the OSError) -> None
UnreadableCallback = Callable[[str, OSError], None]


@dataclass(frozen=True)
class SourceFile:
    """One candidate article file; `rel_path` uses POSIX separators and is the sort key."""

    path: Path
    rel_path: str
    size: int
    mtime_ns: int


def display_name(name: str) -> str:
    """A file name as valid text: bytes that are not UTF-8 are written as `\\xff` escapes.

    Python keeps such bytes as lone surrogates, which no Parquet or DuckDB string can hold;
    the escaped form names the file readably and the same way on every run.
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _within(root_real: str, real: str) -> bool:
    return real == root_real or real.startswith(root_real.rstrip(os.sep) + os.sep)


def _inside(root_real: str, candidate: str) -> bool:
    return _within(root_real, os.path.realpath(candidate))


def is_warehouse(folder: str | os.PathLike) -> bool:
    """A folder an oncocurate publish wrote (its database and versions): output, not input."""
    return all(os.path.lexists(os.path.join(folder, mark)) for mark in WAREHOUSE_MARKS)


class _Walk:
    def __init__(self, root_real: str, skip: list[str], on_unreadable: UnreadableCallback | None):
        self.root_real, self.skip, self.on_unreadable = root_real, skip, on_unreadable

    def skipped(self, real: str) -> bool:
        return any(_within(s, real) for s in self.skip)

    def folder(self, folder: Path, prefix: str, seen: frozenset[str]) -> Iterator[SourceFile]:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            if self.on_unreadable is not None:
                self.on_unreadable(display_name(prefix), exc)
            return
        items = []
        for entry in entries:
            if _is_hidden(entry.name):
                continue
            rel = f"{prefix}{entry.name}"
            try:
                if entry.is_symlink() and not _inside(self.root_real, entry.path):
                    continue
                if entry.is_dir(follow_symlinks=True):
                    items.append((rel + "/", "dir", entry))
                elif entry.is_file(follow_symlinks=True):
                    if os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES:
                        items.append((rel, "file", entry))
            except OSError:
                continue
        # Sort by full relative path ("a/b.txt" vs "a.txt"), not by name alone.
        items.sort(key=lambda t: t[0])
        for rel, kind, entry in items:
            if kind == "dir":
                real = os.path.realpath(entry.path)
                if real in seen or self.skipped(real) or is_warehouse(entry.path):
                    continue  # a symlink loop, or a warehouse: never read back as articles
                yield from self.folder(Path(entry.path), rel, seen | {real})
            else:
                try:
                    st = entry.stat(follow_symlinks=True)
                    # a plain file lies in its folder, already checked; a link may lead anywhere
                    if self.skip and entry.is_symlink() and self.skipped(os.path.realpath(entry.path)):
                        continue
                except OSError:
                    continue
                yield SourceFile(path=Path(entry.path), rel_path=display_name(rel), size=st.st_size,
                                 mtime_ns=st.st_mtime_ns)


def discover_files(root: Path, exclude: Iterable[str | os.PathLike] = (),
                   on_unreadable: UnreadableCallback | None = None) -> Iterator[SourceFile]:
    """Yield article files under `root` sorted by relative path.

    Hidden files and folders are skipped; symlinks are followed only while they stay
    inside `root` (a link pointing elsewhere could read arbitrary files). Folders in
    `exclude` (the warehouse being written) and any folder that is an oncocurate warehouse
    are skipped, so a warehouse kept inside the source is never read back as articles.
    A folder that cannot be listed is reported to `on_unreadable` (the root as ""), so its
    files are not mistaken for removed ones. Each folder is listed once and its entries
    sorted, so the walk streams in relative-path order without collecting the tree first.
    """
    root = Path(root)
    root_real = os.path.realpath(root)
    if not os.path.isdir(root_real):
        return
    walk = _Walk(root_real, [os.path.realpath(p) for p in exclude], on_unreadable)
    yield from walk.folder(root, "", frozenset({root_real}))


def inside_root(path: str | os.PathLike, root: str | os.PathLike) -> bool:
    """Whether `path`, all links followed, is inside `root` (checked when listing)."""
    return _inside(os.path.realpath(root), os.fspath(path))


def _opened_path(fd: int, path: str, st: os.stat_result) -> str | None:
    """The real path of an open file: /proc names the very file opened; else realpath, if it is that file."""
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        real = os.path.realpath(path)
        try:
            again = os.stat(real)
        except OSError:
            return None
        return real if (again.st_dev, again.st_ino) == (st.st_dev, st.st_ino) else None


def read_source(path: str | os.PathLike, root: str | os.PathLike, max_bytes: int) -> bytes:
    """Read an article file, checking what was opened rather than what was listed.

    The file may have been swapped for a symlink (or its folder for one) since it was
    listed: the open file itself must be a regular file inside `root`, else ArticleRejected
    ("outside_source" / "not_a_file"). Larger than `max_bytes`: "too_large", without reading.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
                     | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise ArticleRejected("unreadable", f"cannot read file: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as fh:
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise ArticleRejected("not_a_file", "not a regular file (a device, pipe or socket)")
            real = _opened_path(fd, os.fspath(path), st)
            if real is None or not _within(os.path.realpath(root), real):
                raise ArticleRejected("outside_source", "the file became a link leading out of the source "
                                                        "folder after it was listed; not read")
            if st.st_size > max_bytes:
                raise ArticleRejected("too_large", f"file is {st.st_size} bytes, limit is {max_bytes}")
            raw = fh.read(max_bytes + 1)
        except OSError as exc:
            raise ArticleRejected("unreadable", f"cannot read file: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:  # grew while we looked
        raise ArticleRejected("too_large", f"file is over the limit of {max_bytes} bytes")
    return raw
