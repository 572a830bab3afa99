"""Reference records for the drugs and conditions tables, from the versioned vocabularies.

`drug_record` reads the installed drug dictionary (drug-named-entity-recognition) through
entity_drug_vocabulary plus the repo lexicons; `condition_record` reads conditions.yaml (ICD-10-CM
codes checked against simple-icd-10-cm). Identifiers are never invented: a column is null when
no shipped source holds the value.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
from functools import lru_cache
from importlib import resources

from extract.entities.condition_vocabulary import (CancerCodes, cancer_codes, checked_icd10, conditions,
                                                   oncotree_version)
from extract.entities.condition_xrefs import mondo_version
from extract.entities.drug_classes import drug_classes
from extract.entities.drug_identifiers import versions as drug_identifier_versions, with_identifiers
from extract.entities.drug_vocabulary import PACKAGE, vocabulary

ENTITY_LEXICONS = ("biomarkers.yaml", "condition_codes.yaml", "condition_mondo.yaml", "condition_qualifiers.yaml",
                   "conditions.yaml",
                   "drug_brands.yaml",
                   "drug_classes.yaml", "drug_inn_names.yaml", "drug_stoplist.yaml",
                   "drug_supplement.yaml", "interventions.yaml")
_MAX_SYNONYMS = 25  # the package lists up to ~100 spellings (other languages, chemical names)


def drug_record(drug_id: str) -> dict:
    """One drugs-table row (without the corpus counts n_articles / n_mentions).

    Raises KeyError for an id the vocabulary does not know: the caller quarantines it rather
    than publish a guessed record.
    """
    entry = vocabulary().entries.get(drug_id)
    if entry is None:
        raise KeyError(f"unknown drug_id {drug_id!r}")
    classes, targets = drug_classes().get(drug_id, ((), ()))
    brands = sorted({_display(b) for b in entry.brands}, key=str.lower)
    lowered = {b.lower() for b in brands} | {entry.name.lower(), drug_id.replace("-", " ")}
    synonyms = sorted({s for s in entry.synonyms if s.lower() not in lowered and "," not in s
                       and len(s) <= 40}, key=lambda s: (len(s), s))[:_MAX_SYNONYMS]
    return with_identifiers(_record(drug_id, entry.name, brands, sorted(synonyms, key=str.lower), classes,
                                    targets, entry.drugbank_id, entry.mesh_id, entry.medlineplus_id))


def _record(drug_id, name, brands, synonyms, classes, targets, drugbank, mesh, medlineplus) -> dict:
    return {
        "drug_id": drug_id,
        "name": name,
        "brand_names": list(brands),
        "synonyms": list(synonyms),
        "drug_classes": list(classes),
        "targets": list(targets),
        "drugbank_id": drugbank,
        "mesh_id": mesh,
        "chembl_id": None,  # no shippable source of ChEMBL, RxNorm or ATC ids (UNII / MeSH: drug_identifiers)
        "rxcui": None,
        "atc_codes": [],  # a list column: empty, not null
        "unii": None,
        "medlineplus_id": medlineplus,  # extra column: MedlinePlus drug page id from the package
    }


def _display(name: str) -> str:
    """Brand names as usually written ("gleevec" -> "Gleevec"); keep names that have capitals."""
    return name if any(c.isupper() for c in name) else name[:1].upper() + name[1:]


def condition_record(condition_id: str) -> dict:
    """One conditions-table row (without n_articles); KeyError for an unknown id."""
    entry = conditions().get(condition_id)
    if entry is None:
        raise KeyError(f"unknown condition_id {condition_id!r}")
    codes = cancer_codes().get(condition_id, CancerCodes())
    return {"condition_id": condition_id, "name": entry.name,
            "abbreviations": list(entry.abbreviations), "parent_id": entry.parent_id,
            "icd10": checked_icd10()[condition_id],
            "oncotree_code": codes.oncotree, "ncit_code": codes.ncit, "umls_cui": codes.umls}


@lru_cache(maxsize=None)
def vocabulary_versions() -> dict[str, str]:
    """Versions of every vocabulary the entities come from (for the run manifest)."""
    digest = hashlib.sha256()
    folder = resources.files(__package__).joinpath("lexicons")
    for name in ENTITY_LEXICONS:
        digest.update(name.encode())
        digest.update(folder.joinpath(name).read_bytes())
    return {
        PACKAGE: importlib.metadata.version(PACKAGE),
        "simple-icd-10-cm": importlib.metadata.version("simple-icd-10-cm"),
        "oncotree": oncotree_version(),
        "mondo": mondo_version(),
        "oncocurate-entity-lexicons": digest.hexdigest()[:12],
        **drug_identifier_versions(),
    }
