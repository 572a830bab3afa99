"""NCI Thesaurus codes and UMLS concepts of the conditions OncoTree gives none for, from Mondo.

OncoTree (condition_codes.yaml) has no node of the same scope for some conditions (acute lymphoblastic
leukaemia is split by lineage there, MDS by subtype) and knows no non-cancer disease at all (immune
thrombocytopenia, graft-versus-host disease). The Mondo Disease Ontology states, per disease, which NCIt
concept and which UMLS concept are the *same* disease (its `skos:exactMatch` mapping sets, curated by
the Mondo editors). `lexicons/condition_mondo.yaml` is a per-condition excerpt of those two sets: the
condition's Mondo id, chosen by hand and reviewed against the labels kept beside it, and the NCIt code
and UMLS CUI Mondo maps it to exactly. Nothing is fetched at run time.

The excerpt is rebuilt offline by `python -m extract.entities.condition_xrefs --mondo-ncit FILE
--mondo-umls FILE --mondo-version V` from local copies of `mondo_exactmatch_ncit.sssom.tsv` and
`mondo_exactmatch_umls.sssom.tsv` (github.com/monarch-initiative/mondo, src/ontology/mappings/). It
keeps each entry's chosen Mondo id and re-reads its codes; a Mondo id with two exact matches in one
vocabulary gets none there (no guess). `--propose` prints candidate Mondo ids for the conditions that
still lack a code (Mondo or NCIt label equal to one of the condition's names), for a person to review.
"""
from __future__ import annotations

import argparse
import csv
import sys
import textwrap
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from extract.text.lexicon_files import LexiconError, lexicon_text, load_lexicon

LEXICON = "condition_mondo.yaml"
_MONDO = "MONDO:"


@dataclass(frozen=True)
class MondoCodes:
    mondo: str
    ncit: str | None = None
    umls: str | None = None


@lru_cache(maxsize=None)
def mondo_codes() -> dict[str, MondoCodes]:
    """condition_id -> its Mondo id with the NCIt code and UMLS CUI Mondo maps it to exactly."""
    lex = load_lexicon(__package__, LEXICON, {"id", "mondo"}, {"ncit", "umls"})
    out: dict[str, MondoCodes] = {}
    for e in lex.entries:
        if e["id"] in out or not str(e["mondo"]).startswith(_MONDO):
            raise LexiconError(f"{LEXICON}: repeated id or malformed Mondo id: {e!r}")
        out[e["id"]] = MondoCodes(str(e["mondo"]), *(None if e.get(k) is None else str(e[k])
                                                       for k in ("ncit", "umls")))
    return out


def mondo_version() -> str:
    """The Mondo release the excerpt was read from."""
    return str(yaml.safe_load(lexicon_text(__package__, LEXICON))["version"])


# ---- rebuilding the excerpt (developers only; reads local copies of the mapping sets) ----------------

def _read_sssom(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))


def _exact(rows: list[dict[str, str]], prefix: str) -> dict[str, list[tuple[str, str]]]:
    """Mondo id -> [(code without prefix, label)] of its skos:exactMatch mappings into one vocabulary."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in rows:
        if row.get("predicate_id") == "skos:exactMatch" and row["object_id"].startswith(prefix):
            out[row["subject_id"]].append((row["object_id"][len(prefix):], row.get("object_label") or ""))
    return out


def _labels(*sets: list[dict[str, str]]) -> dict[str, str]:
    return {row["subject_id"]: row.get("subject_label") or "" for rows in sets for row in rows
            if row.get("predicate_id") == "skos:exactMatch"}


def build_entries(chosen: dict[str, str], ncit_rows, umls_rows) -> list[dict]:
    """The excerpt's entries for the chosen {condition_id: Mondo id}, codes read from the mapping sets."""
    ncit, umls, labels = _exact(ncit_rows, "NCIT:"), _exact(umls_rows, "UMLS:"), _labels(ncit_rows, umls_rows)
    entries = []
    for condition_id, mondo in sorted(chosen.items()):
        if mondo not in labels:
            raise SystemExit(f"{condition_id}: {mondo} has no exact NCIt or UMLS match in this Mondo release")
        entry = {"id": condition_id, "mondo": mondo}
        notes = [labels[mondo]]
        for key, found in (("ncit", ncit.get(mondo, [])), ("umls", umls.get(mondo, []))):
            if len(found) == 1:
                entry[key] = found[0][0]
                if found[0][1]:
                    notes.append(f"NCIt: {found[0][1]}")
        entries.append((entry, "; ".join(notes)))
    return entries


def propose(ncit_rows, umls_rows, missing: dict[str, list[str]]) -> dict[str, list[tuple[str, str]]]:
    """Candidate Mondo ids per condition: a Mondo or NCIt label equal (case-folded) to one of its names."""
    by_label: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for row in ncit_rows + umls_rows:
        if row.get("predicate_id") != "skos:exactMatch":
            continue
        for label in (row.get("subject_label"), row.get("object_label")):
            if label:
                by_label[label.casefold()].add((row["subject_id"], row.get("subject_label") or ""))
    return {cid: sorted({hit for name in names for hit in by_label.get(name.casefold(), ())})
            for cid, names in missing.items()}


def _wrapped(text: str) -> str:
    return "\n".join(textwrap.wrap(" ".join(str(text).split()), 100, initial_indent="  ",
                                    subsequent_indent="  ", break_on_hyphens=False))


def _write(entries, version: str, out: Path) -> None:
    head = yaml.safe_load(lexicon_text(__package__, LEXICON)) if out.exists() else {}
    lines = [f"description: >\n{_wrapped(head.get('description', ''))}",
             f"source: >\n{_wrapped(head.get('source', ''))}",
             f"version: '{version}'", f"licence: {head.get('licence', '')}", "entries:"]
    for entry, note in entries:
        fields = ", ".join(f"{k}: '{v}'" if k == "mondo" else f"{k}: {v}" for k, v in entry.items())
        lines.append(f"  - {{{fields}}}  # {note}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=f"Rebuild lexicons/{LEXICON} from local Mondo mapping sets.")
    parser.add_argument("--mondo-ncit", type=Path, required=True, help="mondo_exactmatch_ncit.sssom.tsv")
    parser.add_argument("--mondo-umls", type=Path, required=True, help="mondo_exactmatch_umls.sssom.tsv")
    parser.add_argument("--mondo-version", help="e.g. 2026-08-04 (the mapping_set_version's release)")
    parser.add_argument("--propose", action="store_true", help="print candidates for uncoded conditions")
    args = parser.parse_args(argv)
    ncit_rows, umls_rows = _read_sssom(args.mondo_ncit), _read_sssom(args.mondo_umls)
    if args.propose:
        from extract.entities.condition_vocabulary import cancer_codes, conditions
        have = {cid for cid, c in cancer_codes().items() if c.ncit} | set(mondo_codes())
        missing = {cid: [e.name, *e.names] for cid, e in conditions().items() if cid not in have}
        for cid, hits in propose(ncit_rows, umls_rows, missing).items():
            print(cid, hits or "-")
        return 0
    if not args.mondo_version:
        parser.error("--mondo-version is required to rebuild")
    chosen = {cid: codes.mondo for cid, codes in mondo_codes().items()}
    out = Path(__file__).parent / "lexicons" / LEXICON
    _write(build_entries(chosen, ncit_rows, umls_rows), args.mondo_version, out)
    print(f"{len(chosen)} conditions -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
