"""A cache of source files' content hashes, keyed by what stat() says about each file.

Hashing every file is most of what a run over an unchanged corpus reads. A file whose
(size, mtime_ns, ctime_ns, inode) are what they were when it was hashed has the same bytes,
so its hash is reused; any difference means hashing the bytes again. ctime cannot be set back
by a program (unlike mtime), so a rewrite that restores the old mtime is still seen.

A file changed within RACY_NS of the moment its entry was saved could be changed again in the
same clock tick without its stat changing, so such entries are never trusted (as git does with
its index). The cache is only an optimisation: a missing, stale or unreadable cache file means
hashing everything, never a wrong answer or a failed run.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from pathlib import Path

log = logging.getLogger(__name__)

CACHE_NAME = ".file_hashes.json"
FORMAT = 1
RACY_NS = 2_000_000_000  # entries of files changed this close to the save are re-hashed
HASH_CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _signature(st: os.stat_result) -> list[int]:
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]


class FileHashes:
    """sha256 of files, re-using the hash of a file whose stat signature is unchanged."""

    def __init__(self, warehouse_dir: str | os.PathLike | None):
        self.path = Path(warehouse_dir) / CACHE_NAME if warehouse_dir is not None else None
        self._known = self._load()
        self._seen: dict[str, list] = {}
        self.n_hashed = 0

    def _load(self) -> dict[str, list]:
        if self.path is None or not self.path.is_file():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                return {}
            trusted_before = int(data["saved_ns"]) - RACY_NS
            return {p: e for p, e in data["entries"].items()
                    if max(e[1], e[2]) < trusted_before}  # e = signature + [sha256]
        except (OSError, ValueError, KeyError, TypeError, IndexError) as err:
            log.warning("ignoring unreadable hash cache %s (%s)", self.path, err)
            return {}

    def sha256(self, path: Path) -> str:
        """The file's sha256; raises OSError when it cannot be read."""
        key = os.path.abspath(path)
        signature = _signature(os.stat(path))
        entry = self._known.get(key)
        if entry is not None and entry[:-1] == signature:
            sha = entry[-1]
        else:
            sha = file_sha256(path)
            self.n_hashed += 1
            after = _signature(os.stat(path))
            if after != signature:  # changed while we read it: hash is not tied to a stat
                self._seen.pop(key, None)
                return sha
        self._seen[key] = [*signature, sha]
        return sha

    def save(self) -> None:
        """Write the entries of the files seen by this run (atomically); failures are only logged."""
        if self.path is None or not self.path.parent.is_dir():
            return
        tmp = self.path.with_name(f"{CACHE_NAME}.{os.getpid()}.tmp")
        try:
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump({"format": FORMAT, "saved_ns": time.time_ns(), "entries": self._seen}, fh)
            os.replace(tmp, self.path)
        except OSError as err:
            log.warning("could not save the hash cache %s (%s)", self.path, err)
            tmp.unlink(missing_ok=True)
