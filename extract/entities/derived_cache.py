"""Derived data kept on disk between processes: the drug vocabulary and its name automaton.

Building them reads and folds the whole drug package dictionary and fills an automaton of ~46,000
names, about a second of every process's start-up; a pickle keyed by every input loads in a
fraction of that. The cache holds derived data only: a missing, stale or corrupt file is rebuilt,
and where the cache folder cannot be written the data is built every time.

Files of other keys (older code or lexicon versions, ~5-15 MB each) are pruned when a new one is
written, once unused for `KEEP_UNUSED_S`: every load touches its file, so two checkouts of different
versions sharing one cache folder do not delete each other's file on every start.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import re
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Callable, TypeVar

T = TypeVar("T")
KEEP_UNUSED_S = 24 * 3600  # a file of another key still used within a day is kept


def cache_dir() -> Path:
    root = os.environ.get("ONCOCURATE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "oncocurate")
    return Path(root)


def content_key(*parts: str | bytes) -> str:
    """A short hash of every input a cached value is derived from."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()[:16]


def load_or_build(name: str, key: str, build: Callable[[], T]) -> T:
    """The value cached as `<name>-<key>.pickle`, else `build()` (then written for the next process)."""
    path = cache_dir() / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as fh:
            value = pickle.load(fh)
        _touch(path)
        return value
    except Exception:  # noqa: BLE001 - missing, stale or corrupt cache: rebuild
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # read-only cache folder: build every time
    else:
        prune(name, key)
    return value


def _touch(path: Path) -> None:
    """Mark a file as used now (its mtime), so that `prune` keeps it."""
    try:
        os.utime(path)
    except OSError:
        pass  # read-only cache: nothing is pruned there either


def prune(name: str, keep_key: str, unused_for_s: float = KEEP_UNUSED_S) -> list[Path]:
    """Delete the `<name>-<key>.pickle` files (and leftover temporary files) of keys other than
    `keep_key` that no process has loaded for `unused_for_s` seconds; returns what was deleted."""
    pattern = re.compile(re.escape(name) + r"-([0-9a-f]+)(\.pickle|\.\d+\.tmp)")
    cutoff = time.time() - unused_for_s
    deleted = []
    try:
        entries = list(os.scandir(cache_dir()))
    except OSError:
        return deleted
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None or (match.group(1) == keep_key and match.group(2) == ".pickle"):
            continue
        try:
            if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                os.unlink(entry.path)
                deleted.append(Path(entry.path))
        except OSError:
            continue  # gone already, or not ours to delete
    return deleted


class PackedMapping(Mapping):
    """A read-only mapping whose values are unpickled on first use.

    A run looks up a few hundred of the vocabulary's ~12,000 drug entries; unpickling them all
    (objects holding sets of names) cost more than the rest of the start-up together.
    """

    def __init__(self, packed: dict[str, bytes]):
        self._packed = packed
        self._open: dict[str, Any] = {}

    @classmethod
    def pack(cls, mapping: Mapping[str, Any]) -> PackedMapping:
        return cls({k: pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL) for k, v in mapping.items()})

    def __getitem__(self, key: str) -> Any:
        value = self._open.get(key)
        if value is None:
            value = self._open[key] = pickle.loads(self._packed[key])
        return value

    def __contains__(self, key: object) -> bool:
        return key in self._packed

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)

    def __reduce__(self):
        return (PackedMapping, (self._packed,))  # the packed bytes only, not what was opened
