"""extract_article: every table's rows for one article; a failing extractor loses nothing else."""
from __future__ import annotations

import json

import extract.trials.rows
from extract.article_rows import extract_article
from sources.parse import parse_bytes

TEXT = ("Imatinib for chronic myeloid leukemia\n\n"
        "The FDA approved imatinib for adults with chronic myeloid leukemia.\n"
        "Imatinib is taken by mouth once daily.\n")


def article():
    return parse_bytes(TEXT.encode(), "imatinib.txt")


def test_rows_for_every_table_carry_the_article_id():
    rows = extract_article(article())
    aid = article().article_id
    assert [r["article_id"] for r in rows["articles"]] == [aid]
    assert rows["sentences"] and all(r["article_id"] == aid for r in rows["sentences"])
    assert {"imatinib"} <= {r["drug_id"] for r in rows["drug_mentions"]}
    assert {"chronic-myeloid-leukemia"} <= {r["condition_id"] for r in rows["condition_mentions"]}


def test_mentions_point_at_their_text(tmp_path):
    a = article()
    for row in extract_article(a)["drug_mentions"]:
        assert a.clean_text[row["char_start"]:row["char_end"]] == row["surface"]


def test_a_raising_extractor_becomes_one_quarantine_row(monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("bad pattern\nsecond line")

    # a step inside the trial extractor fails: the extractor raises, the other tables keep their rows
    monkeypatch.setattr(extract.trials.rows, "endpoint_mentions", broken)
    rows = extract_article(article())
    assert rows["articles"] and rows["sentences"] and rows["drug_mentions"]
    assert "trial_results" not in rows
    [q] = [r for r in rows["quarantine"] if r["table_name"] == "trial_results"]
    assert q["table_name"] == "trial_results"
    assert q["failed_check"] == "extractor_error:extract.trials.rows"
    assert json.loads(q["row_json"]) == {"error": "ValueError: bad pattern"}
