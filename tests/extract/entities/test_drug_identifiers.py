"""External identifiers of the drugs table (issue #22: no always-empty column in `drugs`)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from extract.entities.catalog import drug_record, vocabulary_versions
from extract.entities.drug_identifiers import _xrefs, identifiers
from extract.entities.drug_xref_sources import read_chembl_names, read_pharmgkb

from .corpus_ids import corpora, entity_ids

ID_COLUMNS = ("drugbank_id", "mesh_id", "chembl_id", "rxcui", "atc_codes", "unii")
# Share of the drugs seen in a corpus that carry the id (sample / seeds / dev / dev2 measured 71-86 %
# for ChEMBL except dev2's antibodies, 70-85 % for RxCUI): a floor that catches a broken table or join.
FLOOR = {"chembl_id": 0.5, "rxcui": 0.6, "atc_codes": 0.75, "unii": 0.85, "drugbank_id": 0.9}


@pytest.mark.parametrize("drug_id, chembl, rxcui, atc_prefix", [
    ("imatinib", "CHEMBL941", "282388", "L01"),
    ("rituximab", None, "121191", "L01"),  # PharmGKB's RxCUI; no ChEMBL name for antibodies in the export
    ("cisplatin", None, "2555", "L01"),
    ("asciminib", "CHEMBL4208229", None, "L01"),  # ChEMBL by name; PharmGKB lists no RxCUI
])
def test_drug_records_carry_the_shipped_chembl_rxcui_and_atc(drug_id, chembl, rxcui, atc_prefix):
    rec = drug_record(drug_id)
    assert (rec["chembl_id"], rec["rxcui"]) == (chembl, rxcui)
    assert rec["atc_codes"] and all(c.startswith(atc_prefix) and len(c) == 7 for c in rec["atc_codes"])


def test_the_sources_and_their_licence_are_recorded_for_the_manifest():
    versions = vocabulary_versions()
    assert "PharmGKB" in versions["source rxcui, atc_codes, chembl_id"]
    assert "CC BY-SA 4.0" in versions["source rxcui, atc_codes, chembl_id"]
    assert "ChEMBL 36" in versions["source chembl_id (by name)"]
    assert "public domain" in versions["source unii"]


@pytest.mark.parametrize("folder", list(corpora("seeds", "dev", "dev2")))
def test_drugs_seen_in_a_corpus_carry_the_identifiers_the_table_holds(folder):
    drug_ids = entity_ids(folder)["drug"]
    assert drug_ids
    records = [drug_record(d) for d in sorted(drug_ids)]
    for rec in records:  # every identifier the shipped table holds reaches the drugs row
        for column, value in identifiers(rec["drug_id"]).items():
            assert rec[column] == value, (rec["drug_id"], column)
    for column, floor in FLOOR.items():
        share = sum(1 for r in records if r[column]) / len(records)
        assert share >= floor, (column, share, sorted(r["drug_id"] for r in records if not r[column]))


def test_no_drugs_column_is_always_empty_on_the_sample_corpus():
    param = next(corpora())
    records = [drug_record(d) for d in sorted(entity_ids(param.values[0])["drug"])]
    empty = [c for c in records[0] if c not in ("n_articles", "n_mentions") and not any(r[c] for r in records)]
    assert empty == []


# ---- the build step, on small made-up sources ---------------------------------------------------------

def _write(path, header, rows):
    path.write_text("\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def sources(tmp_path):
    names = _write(tmp_path / "pharmgkb.drug.tsv", ["identifier", "name"],
                   [["PA1", "alphanib"], ["PA2", "betamab"], ["PA3", "gammastat"], ["PA4", "gammastat sodium"]])
    xrefs = [["pharmgkb.drug:PA1", "drugbank:DB00001"], ["pharmgkb.drug:PA1", "rxnorm:111"],
             ["pharmgkb.drug:PA1", "atc:L01EA99"], ["pharmgkb.drug:PA1", "atc:L01E"],  # a class code: left out
             ["pharmgkb.drug:PA2", "rxnorm:222"], ["pharmgkb.drug:PA2", "rxnorm:223"],  # two RxCUIs: none kept
             ["pharmgkb.drug:PA2", "chembl:CHEMBL2"],
             ["pharmgkb.drug:PA3", "drugbank:DB00003"], ["pharmgkb.drug:PA4", "drugbank:DB00003"]]
    sssom = _write(tmp_path / "pharmgkb.drug.sssom.tsv", ["subject_id", "object_id", "predicate_id"],
                   [[s, o, "skos:exactMatch"] for s, o in xrefs])
    chembl = _write(tmp_path / "chembl.compound.tsv", ["identifier", "name"],
                    [["CHEMBL1", "ALPHANIB"], ["CHEMBL3", "GAMMASTAT"], ["CHEMBL9", "DELTAFEN"],
                     ["CHEMBL10", "DELTAFEN"]])
    return read_pharmgkb(names, sssom), read_chembl_names(chembl)


def _entry(name, drugbank=None):
    return SimpleNamespace(name=name, drugbank_id=drugbank)


def test_the_build_joins_pharmgkb_on_drugbank_else_name_and_never_guesses(sources):
    pharmgkb, chembl = sources
    rows = _xrefs([("alphanib", _entry("Alphanib", "DB00001")), ("betamab", _entry("Betamab")),
                   ("gammastat", _entry("Gammastat", "DB00003")), ("deltafen", _entry("Deltafen"))],
                  pharmgkb, chembl)
    assert rows["alphanib"] == {"chembl_id": "CHEMBL1", "rxcui": "111", "atc_codes": "L01EA99"}
    assert rows["betamab"] == {"chembl_id": "CHEMBL2", "rxcui": "", "atc_codes": ""}  # by name; 2 RxCUIs
    # two PharmGKB drugs carry DB00003: no PharmGKB data; ChEMBL still matches the name
    assert rows["gammastat"] == {"chembl_id": "CHEMBL3", "rxcui": "", "atc_codes": ""}
    assert rows["deltafen"]["chembl_id"] == ""  # two ChEMBL compounds of that name


def test_an_id_reached_from_two_drugs_stays_with_the_one_it_names(sources):
    pharmgkb, chembl = sources
    rows = _xrefs([("alphanib", _entry("Alphanib", "DB00001")),
                   ("alphanib-beta", _entry("Alphanib beta", "DB00001"))], pharmgkb, chembl)
    assert rows["alphanib"]["rxcui"] == "111" and rows["alphanib-beta"]["rxcui"] == ""


def test_a_rebuild_without_new_sources_reproduces_the_shipped_table():
    from extract.entities.drug_identifiers import LIST_SEPARATOR, _read_table, build_rows
    shipped = {drug_id: {k: (LIST_SEPARATOR.join(v) if isinstance(v, list) else v) for k, v in row.items()}
               for drug_id, row in _read_table()[1].items()}
    rebuilt = {row["drug_id"]: {k: v for k, v in row.items() if v and k != "drug_id"} for row in build_rows()}
    assert rebuilt == shipped
