"""Fixtures of the warehouse tests: small tables written for them (our own sentences, real facts).

Tests reach the helpers through the `samples` fixture (pytest runs with --import-mode=importlib,
so test modules cannot import each other or this file by name).
"""
from __future__ import annotations

import datetime as dt
import types

import pandas as pd
import pytest

from warehouse.validate import validate_rows

ARTICLE = "0123456789abcdef"
SENTENCE = "Imatinib is approved for adults with chronic myeloid leukemia in chronic phase."
NEGATIVE = "Imatinib is not recommended for acute myeloid leukemia."


def provenance(ordinal: int, text: str) -> dict:
    return {"article_id": ARTICLE, "sentence_id": f"{ARTICLE}:{ordinal}", "char_start": 100 * ordinal,
            "char_end": 100 * ordinal + len(text), "evidence": text}


def indication(ident: str, **overrides) -> dict:
    row = {**provenance(1, SENTENCE), "indication_id": ident * 16, "drug_id": "imatinib",
           "condition_id": "chronic-myeloid-leukemia", "subtype": "chronic phase", "population": "adults",
           "status": "approved", "regulators": ["FDA"], "negated": False}
    return {**row, **overrides}


def trial_result(ident: str, **overrides) -> dict:
    text = "In the trial, median overall survival was 20 months versus 15 months (HR 0.7, 95% CI 0.5-0.9; p=0.01)."
    row = {**provenance(2, text), "result_id": ident * 16, "trial_name": "EXAMPLE-1", "phase": "3",
           "drug_id": "imatinib", "comparator": "placebo", "condition_id": "chronic-myeloid-leukemia",
           "endpoint": "overall-survival", "measure": "median", "value": 20.0, "comparator_value": 15.0,
           "unit": "months", "hazard_ratio": 0.7, "ci_low": 0.5, "ci_high": 0.9, "p_value": 0.01,
           "p_operator": "="}
    return {**row, **overrides}


def run_row(run_id: str, started: dt.datetime) -> dict:
    return {"run_id": run_id, "started_at": started, "finished_at": started + dt.timedelta(seconds=3),
            "pipeline_version": "0.1.0", "n_articles_seen": 1, "n_articles_processed": 1, "n_quarantined": 0}


def sample_tables(run_id: str = "run-1", *, extra_indication: bool = False) -> dict[str, pd.DataFrame]:
    """Validated frames for a few tables (the others are published empty)."""
    indications = [indication("a"), indication("b", drug_id="imatinib", condition_id="acute-myeloid-leukemia",
                                                 status="not_recommended", negated=True, subtype=None,
                                                 population=None, regulators=[], **provenance(3, NEGATIVE))]
    if extra_indication:
        indications.append(indication("c", drug_id="dasatinib"))
    drugs = [{"drug_id": "imatinib", "name": "Imatinib", "brand_names": ["Gleevec", "Glivec"], "synonyms": ["STI-571"],
              "drug_classes": ["tyrosine-kinase-inhibitor"], "targets": ["BCR::ABL1", "KIT"],
              "drugbank_id": "DB00619", "atc_codes": ["L01EA01"], "n_articles": 1, "n_mentions": 2}]
    rows = {"indications": indications, "trial_results": [trial_result("d")], "drugs": drugs,
            "runs": [run_row(run_id, dt.datetime(2026, 1, 1, 12, tzinfo=dt.timezone.utc))]}
    out = {}
    for table, records in rows.items():
        valid, quarantined = validate_rows(table, records, run_id)
        assert quarantined.empty, quarantined["failed_check"].tolist()
        out[table] = valid
    return out


def meta(run_id: str = "run-1") -> dict:
    return {"run_id": run_id, "pipeline_version": "0.1.0", "vocabulary_versions": {"example-vocab": "2026-01"},
            "extra_files": {"README.md": "# Test dataset\n"}}


@pytest.fixture
def samples() -> types.SimpleNamespace:
    return types.SimpleNamespace(ARTICLE=ARTICLE, indication=indication, trial_result=trial_result,
                                 sample_tables=sample_tables, meta=meta)


@pytest.fixture
def tables() -> dict[str, pd.DataFrame]:
    return sample_tables()
