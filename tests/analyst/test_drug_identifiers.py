"""Drug identifiers come from the shipped, versioned table: real ids, never guessed, sources recorded."""
from __future__ import annotations

import inspect
import re

import pytest

from extract.entities import catalog
from extract.entities.drug_identifiers import identifiers, versions, with_identifiers, _read_table
from schemas import vocabularies as vocab

# Well-known public identifiers, checked by hand against the FDA substance registry, MeSH, ChEMBL and RxNorm.
KNOWN = {
    "imatinib": {"unii": "BKJ8M8G5HI", "mesh_id": "D000068877",  # MeSH heading "Imatinib Mesylate"
                 "chembl_id": "CHEMBL941", "rxcui": "282388"},
    "cytarabine": {"unii": "04079A1RDZ", "mesh_id": "D003561", "chembl_id": "CHEMBL803", "rxcui": "3041"},
    "azacitidine": {"unii": "M801H13NRU", "mesh_id": "D001374", "chembl_id": "CHEMBL1489", "rxcui": "1251"},
    "venetoclax": {"unii": "N54AIC43PW", "chembl_id": "CHEMBL3137309", "rxcui": "1747556"},
}


@pytest.mark.parametrize("drug_id", sorted(KNOWN))
def test_known_drugs_get_their_real_identifiers(drug_id):
    found = identifiers(drug_id)
    assert {k: found.get(k) for k in KNOWN[drug_id]} == KNOWN[drug_id]


def test_unknown_drug_gets_no_identifier():
    assert identifiers("no-such-drug") == {}


def test_every_shipped_identifier_matches_the_schema_pattern_and_no_unii_is_shared():
    rows = _read_table()[1]
    assert len(rows) > 5000
    uniis = [r["unii"] for r in rows.values() if "unii" in r]
    assert all(re.match(vocab.UNII, u) for u in uniis)
    assert all(re.match(vocab.MESH_ID, r["mesh_id"]) for r in rows.values() if "mesh_id" in r)
    assert len(uniis) == len(set(uniis)), "one UNII names one substance: never two drug ids"
    for column, pattern in (("chembl_id", vocab.CHEMBL_ID), ("rxcui", vocab.RXCUI)):
        values = [r[column] for r in rows.values() if column in r]
        assert values and all(re.match(pattern, v) for v in values)
        assert len(values) == len(set(values)), f"one {column} names one substance: never two drug ids"
    assert all(re.match(vocab.ATC_CODE, c) for r in rows.values() for c in r.get("atc_codes", []))


def test_sources_and_versions_are_recorded():
    found = versions()
    assert set(found) == {"source unii", "source mesh", "source rxcui, atc_codes, chembl_id",
                          "source chembl_id (by name)"}
    assert "public domain" in found["source unii"] and "2025-06-12" in found["source unii"]
    assert "MeSH 2026" in found["source mesh"]


def test_the_table_fills_unii_and_replaces_a_class_level_mesh_id():
    record = {"drug_id": "imatinib", "unii": None, "mesh_id": "D000970", "chembl_id": None}
    filled = with_identifiers(record)
    assert filled["unii"] == "BKJ8M8G5HI" and filled["mesh_id"] == "D000068877"
    assert filled["chembl_id"] == "CHEMBL941"
    assert record["chembl_id"] is None and record["unii"] is None  # input untouched


@pytest.mark.skipif("with_identifiers" not in inspect.getsource(catalog),
                    reason="hook pending in extract/entities/catalog.drug_record (wrap its row in with_identifiers)")
def test_drug_rows_of_the_catalog_carry_the_shipped_identifiers():
    row = catalog.drug_record("imatinib")
    assert row["unii"] == "BKJ8M8G5HI" and row["mesh_id"] == "D000068877"
