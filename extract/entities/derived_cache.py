"""Derived data kept on disk between processes: the drug vocabulary and its name automaton.

Building them reads and folds the whole drug package dictionary and fills an automaton of ~46,000
names, about a second of every process's start-up; a pickle keyed by every input loads in a
fraction of that. The cache holds derived data only: a missing, stale or corrupt file is rebuilt,
and where the cache folder cannot be written the data is built every time.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Callable, TypeVar

T = TypeVar("T")


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
            return pickle.load(fh)
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
    return value


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
