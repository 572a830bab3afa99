"""Warehouses the analyst-layer tests query.

`pipeline_warehouse`: the real pipeline run on `sources/sample_corpus` (what an analyst gets).
`handmade_warehouse`: the same facts written by hand (tests/analyst/handmade_warehouse.py), so
the SQL is tested even while the pipeline is being built. `any_warehouse` runs a test on both.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from sources.sample_corpus import articles_dir

from .handmade_warehouse import build_handmade_warehouse


@pytest.fixture(scope="session")
def handmade_warehouse(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("handmade_warehouse")
    build_handmade_warehouse(folder)
    return folder


@pytest.fixture(scope="session")
def pipeline_warehouse(tmp_path_factory) -> Path:
    try:
        from pipelines.in_process import run_pipeline
    except ImportError as err:  # the pipeline is not assembled yet in this checkout
        pytest.skip(f"pipeline not importable ({err}); only the hand-made warehouse is tested")
    folder = tmp_path_factory.mktemp("pipeline_warehouse")
    run_pipeline(articles_dir(), folder)
    return folder


@pytest.fixture(scope="session", params=["handmade", "pipeline"])
def any_warehouse(request) -> Path:
    return request.getfixturevalue(f"{request.param}_warehouse")


@pytest.fixture
def con(any_warehouse):
    connection = duckdb.connect(str(any_warehouse / "oncocurate.duckdb"), read_only=True)
    yield connection
    connection.close()
