"""Fixtures shared across the test suite: where the repository and ../shared are."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests never record runs in a developer's (or CI's) DAGSTER_HOME: each run uses a throwaway instance
# unless a test asks for a recording one (pipelines/dagster_instance.py).
os.environ["ONCOCURATE_DAGSTER_EPHEMERAL"] = "1"

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the repository (real corpora, gold, scorer); skips when absent."""
    if not (SHARED_DIR / "corpus").is_dir():
        pytest.skip(f"shared corpus not found at {SHARED_DIR} (clone ../shared beside the repo)")
    return SHARED_DIR
