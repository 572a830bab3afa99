"""What loading the code location costs: modules a run needs only on some paths stay unloaded.

A run with nothing new to read must not pay for the parser and the extractors (their cues are
compiled at import), nor for dask when the `dist` extra is installed but the run is in-process.
Checked in a fresh interpreter, by which modules got imported (no timing).
"""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _loaded_after(statement: str, modules: list[str]) -> dict[str, bool]:
    probe = f"import sys\n{statement}\nprint(' '.join(str(m in sys.modules) for m in {modules!r}))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True)
    return dict(zip(modules, (flag == "True" for flag in out.stdout.split())))


def test_loading_the_pipeline_does_not_load_the_extractors():
    loaded = _loaded_after("import pipelines.in_process, pipelines.cli",
                           ["extract.article_rows", "sources.parse", "extract.indications.rows"])
    assert not any(loaded.values()), loaded


def test_loading_the_pipeline_does_not_import_dask_when_it_is_installed():
    if importlib.util.find_spec("dask") is None:
        pytest.skip("the `dist` extra (dask) is not installed")
    loaded = _loaded_after("import pipelines.in_process", ["dask", "dask.dataframe", "dagster_dask"])
    assert not any(loaded.values()), loaded


def test_pandera_schemas_build_without_dask_and_dask_still_imports_after():
    if importlib.util.find_spec("dask") is None:
        pytest.skip("the `dist` extra (dask) is not installed")
    loaded = _loaded_after("from schemas.registry import schema\nschema('articles')\nimport dask.dataframe",
                           ["dask.dataframe"])
    assert loaded == {"dask.dataframe": True}
    assert not _loaded_after("from schemas.registry import schema\nschema('articles')",
                             ["dask.dataframe"])["dask.dataframe"]


def test_extraction_quarantine_name_is_the_extractors_table():
    from extract.article_rows import QUARANTINE
    from pipelines.extraction import QUARANTINE as PIPELINE_QUARANTINE

    assert PIPELINE_QUARANTINE == QUARANTINE
