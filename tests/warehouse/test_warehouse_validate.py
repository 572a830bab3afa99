"""validate_rows: bad rows go to quarantine with a readable reason; good rows come out typed and sorted."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from schemas.registry import COLUMNS
from warehouse.validate import validate_rows

BAD_ROWS = [  # (table, fields changed on a good row, check expected in failed_check)
    ("trial_results", {"p_value": 2.0}, "p_value: less_than_or_equal_to(1)"),
    ("trial_results", {"hazard_ratio": 1.5}, "ci_low <= hazard_ratio <= ci_high"),
    ("trial_results", {"unit": "percent", "measure": "rate", "value": 140.0}, "percent values within 0-100"),
    ("trial_results", {"value": -3.0}, "medians positive"),
    ("trial_results", {"unit": None}, "value has a unit"),
    ("trial_results", {"value": "twenty"}, "value: expected DOUBLE"),
    ("indications", {"status": "probably"}, "status: isin("),
    ("indications", {"status": "not_indicated", "negated": False},
     "negated exactly for not_indicated/not_recommended"),
    ("indications", {"negated": True}, "negated exactly for not_indicated/not_recommended"),
    ("indications", {"negated": None}, "negated: not_nullable"),
    ("indications", {"combination": ["Chemo therapy"]}, "combination: list_of_slugs"),
    ("indications", {"drug_id": "Imatinib Mesylate"}, "drug_id: str_matches"),
    ("indications", {"age_min": 60.0, "age_max": 18.0}, "age_min <= age_max"),
    ("indications", {"char_start": 50, "char_end": 10}, "char_start <= char_end"),
    ("indications", {"surprise": "x"}, "surprise: column not in schema"),
]


@pytest.mark.parametrize("table,changes,expected_check", BAD_ROWS, ids=[r[2][:30] for r in BAD_ROWS])
def test_bad_row_is_quarantined_with_its_check(samples, table, changes, expected_check):
    make = samples.trial_result if table == "trial_results" else samples.indication
    good, row = make("0"), make("1", **changes)
    valid, quarantined = validate_rows(table, [good, row], "run-1")
    assert len(valid) == 1 and len(quarantined) == 1
    q = quarantined.iloc[0]
    assert expected_check in q["failed_check"]
    assert q["table_name"] == table and q["run_id"] == "run-1" and q["article_id"] == samples.ARTICLE
    assert json.loads(q["row_json"]) == json.loads(json.dumps(row, default=str))


def test_no_row_is_dropped_silently(samples):
    indication = samples.indication
    rows = [indication(c) for c in "0123"] + [indication("4", status="bogus"), indication("0")]
    valid, quarantined = validate_rows("indications", rows, "r")
    assert len(valid) + len(quarantined) == len(rows)
    assert "unique(indication_id)" in quarantined["failed_check"].tolist()


def test_duplicate_is_judged_against_valid_rows_only(samples):
    indication = samples.indication
    # the first copy is invalid, so the second (valid) copy must survive rather than be called a duplicate
    rows = [indication("5", status="bogus"), indication("5")]
    valid, quarantined = validate_rows("indications", rows, "r")
    assert valid["indication_id"].tolist() == ["5" * 16]
    assert quarantined["failed_check"].str.startswith("status").all()


def test_composite_key_duplicates_quarantined(samples):
    ARTICLE = samples.ARTICLE
    mention = {"article_id": ARTICLE, "sentence_id": f"{ARTICLE}:0", "char_start": 0, "char_end": 8,
               "surface": "Gleevec", "drug_id": "imatinib", "section": None}
    valid, quarantined = validate_rows("drug_mentions", [mention, dict(mention)], "r")
    assert len(valid) == 1
    assert quarantined["failed_check"].tolist() == ["unique(article_id, char_start, char_end, drug_id)"]


def test_valid_rows_are_typed_complete_and_sorted(samples):
    indication, ARTICLE = samples.indication, samples.ARTICLE
    rows = [indication("b", char_start=300, char_end=310, sentence_id=f"{ARTICLE}:3"), indication("a")]
    rows[1].pop("regulators")  # optional keys may be missing
    valid, quarantined = validate_rows("indications", pd.DataFrame(rows), "r")
    assert quarantined.empty
    assert list(valid.columns) == list(COLUMNS["indications"])
    assert valid["char_start"].tolist() == [100, 300]
    assert valid["regulators"].tolist() == [[], ["FDA"]]
    assert valid["lineage"].isna().all()
    assert str(valid["char_start"].dtype) == "Int64" and valid["negated"].dtype == bool


def test_values_are_coerced_to_the_schema(samples):
    trial_result = samples.trial_result
    valid, quarantined = validate_rows("trial_results", [trial_result("1", n_patients="250", value=20)], "r")
    assert quarantined.empty
    assert valid.loc[0, "n_patients"] == 250 and valid.loc[0, "value"] == 20.0


def test_empty_input_gives_typed_empty_frames():
    valid, quarantined = validate_rows("drugs", [], "r")
    assert valid.empty and list(valid.columns) == list(COLUMNS["drugs"])
    assert quarantined.empty and list(quarantined.columns) == list(COLUMNS["quarantine"])
