"""The pipeline version stamped on every article row.

It is the package version plus a fingerprint of the code and lexicons that turn a
file into rows (`sources/`, `extract/`, `schemas/`), so that changing an extractor
makes the next run re-process every article instead of keeping stale rows.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata, resources

FINGERPRINTED_PACKAGES = ("sources", "extract", "schemas")
FINGERPRINTED_SUFFIXES = (".py", ".yaml", ".yml", ".tsv", ".json", ".txt")
SKIPPED_DIRS = ("__pycache__", "sample_corpus")


def _package_files(package: str, node=None, prefix: str = ""):
    """(path relative to the package, file) for every fingerprinted file, recursively."""
    for child in (node or resources.files(package)).iterdir():
        if child.is_dir():
            if child.name not in SKIPPED_DIRS:
                yield from _package_files(package, child, f"{prefix}{child.name}/")
        elif child.name.endswith(FINGERPRINTED_SUFFIXES):
            yield f"{package}/{prefix}{child.name}", child


def code_fingerprint(packages: tuple[str, ...] = FINGERPRINTED_PACKAGES) -> str:
    """sha256 over the names and bytes of every file that shapes the rows (8 hex chars)."""
    digest = hashlib.sha256()
    for package in packages:
        for name, node in sorted(_package_files(package), key=lambda item: item[0]):
            digest.update(name.encode())
            digest.update(node.read_bytes())
    return digest.hexdigest()[:8]


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """e.g. "0.1.0+3f2a9c01"."""
    try:
        base = metadata.version("oncocurate")
    except metadata.PackageNotFoundError:
        base = "0.0.0"
    return f"{base}+{code_fingerprint()}"


RELEASE_PACKAGES = ("pipelines", "warehouse")  # curation, the change feed, the run row, publish


@lru_cache(maxsize=1)
def release_fingerprint() -> str:
    """The pipeline version plus a fingerprint of the code that assembles and publishes the release
    from the rows (`pipelines/`, `warehouse/`), recorded in the manifest: a run whose sources and
    this fingerprint are those of the live version has nothing to recompute (pipelines/no_change.py)."""
    return f"{pipeline_version()}+{code_fingerprint(RELEASE_PACKAGES)}"
