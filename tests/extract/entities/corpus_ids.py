"""Entity ids the recogniser finds in a corpus (what the drugs / conditions tables get one row each for),
computed once per folder for the identifier-coverage tests."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import pytest

from extract.entities.recognize import recognize
from sources.discover import discover_files
from sources.parse import parse_article
from sources.sample_corpus import articles_dir

REPO = Path(__file__).resolve().parents[3]
# ../shared beside the repository; ONCOCURATE_SHARED points elsewhere (a worktree in another folder)
SHARED_CORPUS = Path(os.environ.get("ONCOCURATE_SHARED", REPO.parent / "shared")) / "corpus"


@lru_cache(maxsize=None)
def entity_ids(folder: Path) -> dict[str, frozenset[str]]:
    """{"drug": ids, "condition": ids} over every article under `folder`."""
    found: dict[str, set[str]] = {"drug": set(), "condition": set()}
    for source in discover_files(folder):
        for mention in recognize(parse_article(source.path, folder)).mentions:
            if mention.kind in found:
                found[mention.kind].add(mention.id)
    return {kind: frozenset(ids) for kind, ids in found.items()}


def corpora(*shared: str):
    """pytest params: the embedded sample corpus, then the named shared corpora (skipped when absent)."""
    yield pytest.param(Path(str(articles_dir())), id="sample")
    for name in shared:
        folder = SHARED_CORPUS / name
        yield pytest.param(folder, id=name, marks=pytest.mark.skipif(
            not folder.is_dir(), reason=f"shared corpus {name} not present at {folder}"))
