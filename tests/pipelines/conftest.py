"""A tiny corpus written for these tests (our own sentences, real facts) and a runner."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.in_process import run_pipeline

ARTICLES = {
    "imatinib.txt": (
        "Imatinib for chronic myeloid leukemia\n\n"
        "Imatinib is a tyrosine kinase inhibitor that blocks the BCR::ABL1 protein.\n"
        "The FDA approved imatinib for adults with newly diagnosed chronic myeloid leukemia.\n"
        "Most people take imatinib by mouth once a day.\n"),
    "aml/venetoclax.html": (
        "<!doctype html><html><head><title>Venetoclax in acute myeloid leukemia</title></head>"
        "<body><main><h1>Venetoclax in acute myeloid leukemia</h1>"
        "<p>Venetoclax is a BCL2 inhibitor taken as a tablet.</p>"
        "<p>Venetoclax combined with azacitidine is used for older adults with acute myeloid "
        "leukemia who cannot receive intensive chemotherapy.</p></main></body></html>"),
    "notes/dasatinib.md": (
        "# Dasatinib\n\n"
        "Dasatinib is a second-generation tyrosine kinase inhibitor.\n\n"
        "Doctors may give dasatinib to people with Philadelphia chromosome-positive acute "
        "lymphoblastic leukemia.\n"),
}


def write_corpus(root: Path, articles: dict[str, str | bytes] = ARTICLES) -> Path:
    for rel, body in articles.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    return root


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "source")


@pytest.fixture
def run(tmp_path: Path):
    """run(source) -> RunOutcome, always into the same tmp warehouse."""
    warehouse = tmp_path / "warehouse"

    def _run(source: Path, **kwargs):
        return run_pipeline(source, warehouse, **kwargs)

    _run.warehouse = warehouse
    return _run
