"""Readers of the ChEMBL / RxNorm / ATC sources behind lexicons/drug_identifiers.tsv (build time only).

Both files come from github.com/biopragmatics/obo-db-ingest, which exports public databases as plain
tables: `export/pharmgkb.drug/` (PharmGKB drugs: `pharmgkb.drug.tsv` names, `pharmgkb.drug.sssom.tsv`
cross-references to RxNorm, ATC, ChEMBL and DrugBank) and `export/chembl.compound/36/chembl.compound.tsv`
(ChEMBL 36 compound ids with their preferred names). Nothing here runs in the pipeline.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

_CHEMBL = re.compile(r"^CHEMBL\d+$")
_RXCUI = re.compile(r"^\d+$")
_DRUGBANK = re.compile(r"^DB\d{5}$")
_ATC_SUBSTANCE = re.compile(r"^[A-Z]\d{2}[A-Z]{2}\d{2}$")  # level 5: one substance, not a class


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))


@dataclass
class PharmGKBDrug:
    name: str
    rxnorm: set[str] = field(default_factory=set)
    atc: set[str] = field(default_factory=set)
    chembl: set[str] = field(default_factory=set)
    drugbank: set[str] = field(default_factory=set)


@dataclass
class PharmGKB:
    drugs: dict[str, PharmGKBDrug]
    by_drugbank: dict[str, set[str]]
    by_name: dict[str, set[str]]

    def find(self, drugbank_id: str | None, names: list[str]) -> PharmGKBDrug | None:
        """The one PharmGKB drug carrying the DrugBank id, else the one with an exact (case-folded) name."""
        hits = self.by_drugbank.get(drugbank_id or "", set())
        if len(hits) == 1:
            return self.drugs[next(iter(hits))]
        if hits:
            return None  # several PharmGKB drugs share the DrugBank id: no guess
        for name in names:
            found = self.by_name.get(name, set())
            if len(found) == 1:
                return self.drugs[next(iter(found))]
            if found:
                return None
        return None


def read_pharmgkb(names_tsv: Path, xrefs_sssom: Path) -> PharmGKB:
    drugs = {row["identifier"]: PharmGKBDrug(row["name"]) for row in _rows(names_tsv) if row.get("name")}
    for row in _rows(xrefs_sssom):
        if row.get("predicate_id") != "skos:exactMatch":
            continue
        drug = drugs.get(row["subject_id"].removeprefix("pharmgkb.drug:"))
        prefix, _, value = row["object_id"].partition(":")
        if drug is None:
            continue
        if prefix == "rxnorm" and _RXCUI.match(value):
            drug.rxnorm.add(value)
        elif prefix == "atc" and _ATC_SUBSTANCE.match(value):
            drug.atc.add(value)
        elif prefix == "chembl" and _CHEMBL.match(value):
            drug.chembl.add(value)
        elif prefix == "drugbank" and _DRUGBANK.match(value):
            drug.drugbank.add(value)
    by_drugbank: dict[str, set[str]] = defaultdict(set)
    by_name: dict[str, set[str]] = defaultdict(set)
    for pa, drug in drugs.items():
        by_name[drug.name.casefold()].add(pa)
        for db in drug.drugbank:
            by_drugbank[db].add(pa)
    return PharmGKB(drugs, dict(by_drugbank), dict(by_name))


def read_chembl_names(path: Path) -> dict[str, set[str]]:
    """Case-folded ChEMBL preferred name -> ChEMBL ids."""
    out: dict[str, set[str]] = defaultdict(set)
    for row in _rows(path):
        if _CHEMBL.match(row.get("identifier") or "") and row.get("name"):
            out[row["name"].casefold()].add(row["identifier"])
    return dict(out)
