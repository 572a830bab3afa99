"""The parts indication claims are built from: clause splitting, qualifiers, lexicon validation."""
from __future__ import annotations

import pytest

from extract.indications import qualifiers as q
from extract.reading import cues as reading_cues
from extract.text import lexicon_files
from extract.text.clauses import mask, span_end, split_clauses
from extract.entities.recognize import recognize
from extract.indications.rows import extract_indications
from sources.parse import parse_bytes


def _clause_texts(text: str) -> list[str]:
    return [text[a:b] for a, b in split_clauses(text)]


@pytest.mark.parametrize("text, expected", [
    ("X is not used for A; it is approved for B.", ["X is not used for A", "it is approved for B."]),
    ("X is used not for A but for B.", ["X is used not for A", "for B."]),
    ("X is not approved for A, although it is approved for B.", ["X is not approved for A", "it is approved for B."]),
    ("X is approved for A and B.", ["X is approved for A and B."]),
    ("While X is approved for A, it is not approved for B.",
     ["While X is approved for A", "it is not approved for B."]),
    ("X is not used for A, and you should not worry.", ["X is not used for A", "you should not worry."]),
    ("X is approved for A, and Y for B.", ["X is approved for A, and Y for B."]),
])
def test_clauses_split_where_a_new_assertion_starts(text, expected):
    assert _clause_texts(text) == expected


@pytest.mark.parametrize("text, span", [
    ("who had two inhibitors, including X, and", "who had two inhibitors, including X"),
    ("who had two inhibitors, and X", "who had two inhibitors"),
])
def test_a_span_runs_over_the_examples_it_names(text, span):
    assert text[:span_end(text, 0, len(text))] == span


def test_mask_keeps_offsets():
    assert mask("abcdef", [(1, 3)]) == "a  def"


@pytest.mark.parametrize("text, setting", [
    ("newly diagnosed disease", "newly-diagnosed"),
    ("leukemia that came back after remission", "relapsed-refractory"),
    ("R/R disease", "relapsed-refractory"),
    ("improved relapse-free survival", None),
    ("refractory anemia", None),
    ("in first complete remission", "first-remission"),
    ("if MRD is detected after transplant", "mrd-positive"),
    ("as maintenance therapy", "maintenance"),
])
def test_setting(text, setting):
    assert q.setting(text) == setting


@pytest.mark.parametrize("text, population", [
    ("adolescents and young adults", "adolescents-young-adults"),
    ("elderly patients", "older-adults"),
    ("pediatric-type chemotherapy for adults", "adults"),
    ("children with ALL", "children"),
])
def test_population(text, population):
    assert q.population(text) == population


@pytest.mark.parametrize("text, ages", [
    ("patients aged 18-59 years", (18, 59)),
    ("patients aged 30 to 54 years", (30, 54)),
    ("patients aged \u226565 years", (65, None)),
    ("patients 60 years of age or older", (60, None)),
    ("patients aged <25 years", (None, 24)),
])
def test_ages(text, ages):
    assert q.ages(text) == ages


def test_regulators_are_normalised():
    text = "The European Commission (EC) followed the CHMP, after the US Food and Drug Administration."
    assert q.regulators(text) == ("FDA", "EMA")


def test_lexicon_entry_with_unknown_key_is_rejected(monkeypatch):
    bad = "description: d\nsource: s\nentries:\n  - {id: x, status: used, pattern: 'x', colour: red}\n"

    monkeypatch.setattr(lexicon_files, "read_yaml", lambda _package, _name: lexicon_files.parse_yaml(bad))
    with pytest.raises(reading_cues.LexiconError):
        reading_cues._status_cues()


def test_rows_follow_the_contract_columns():
    article = parse_bytes(b"Imatinib is approved by the FDA to treat chronic myeloid leukemia.\n", "c.txt")
    (row,) = extract_indications(article, recognize(article))
    assert {"indication_id", "article_id", "sentence_id", "char_start", "char_end", "evidence", "drug_id",
            "condition_id", "lineage", "subtype", "biomarker", "biomarker_status", "setting", "population",
            "age_min", "age_max", "combination", "status", "regulators", "negated",
            "negation_cue"} <= row.keys()
    assert article.clean_text[row["char_start"]:row["char_end"]] == row["evidence"]
    assert row["regulators"] == ["FDA"]


def test_same_input_gives_same_ids():
    raw = b"Venetoclax may be given to people with CLL. It is not approved for ALL.\n"
    first = parse_bytes(raw, "c.txt")
    second = parse_bytes(raw, "c.txt")
    ids = [sorted(r["indication_id"] for r in extract_indications(a, recognize(a))) for a in (first, second)]
    assert ids[0] == ids[1] and len(ids[0]) == 2
