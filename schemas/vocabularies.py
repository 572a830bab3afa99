"""Closed vocabularies and identifier patterns of the data contract (../shared/CONTRACT.md).

They live here, beside the schemas, because a schema check is where the contract is enforced;
extractors import them instead of re-typing the values.
"""
from __future__ import annotations

AUDIENCE = ("patient", "professional", "unknown")
LINEAGE = ("B-cell", "T-cell")
# contract v2 adds low (HER2-low, PD-L1 low), high (MSI-high, TMB-high) and deficient (dMMR, HRD)
BIOMARKER_STATUS = ("positive", "negative", "mutated", "low", "high", "deficient")
SETTING = ("newly-diagnosed", "relapsed-refractory", "first-remission", "maintenance",
           "mrd-positive", "post-transplant",
           # contract v2 (solid tumours)
           "adjuvant", "neoadjuvant", "perioperative", "locally-advanced", "metastatic")
LINE_OF_THERAPY = ("first-line", "second-line", "later-line")  # later-line: third line or later
POPULATION = ("adults", "children", "adolescents-young-adults", "older-adults")
STATUS = ("approved", "recommended", "used", "investigational", "not_indicated", "not_recommended")
NEGATED_STATUSES = ("not_indicated", "not_recommended")  # negated is true exactly for these
DIRECTION = ("recommended", "consider", "option", "not_recommended")
ROUTE = ("oral", "intravenous", "subcutaneous", "intrathecal")
MEASURE = ("median", "rate", "hr-only")
UNIT = ("months", "years", "percent")
P_OPERATOR = ("=", "<", ">")
CHANGE_TYPE = ("added", "removed", "changed")

ARTICLE_ID = r"^[0-9a-f]{16}$"
SENTENCE_ID = r"^[0-9a-f]{16}:[0-9]+$"
ROW_ID = r"^[0-9a-f]{16}$"  # extract.text.row_ids.stable_id
SHA256 = r"^[0-9a-f]{64}$"
SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"  # drug_id, condition_id, intervention ids, endpoints
SYMBOL = r"^\S+$"  # biomarker: HGNC symbol, fusions joined by '::'
DOI = r"^10\.[0-9]{4,9}/\S+$"
DRUGBANK_ID = r"^DB[0-9]{5}$"
CHEMBL_ID = r"^CHEMBL[0-9]+$"
MESH_ID = r"^[CD][0-9]{6,9}$"
RXCUI = r"^[0-9]+$"
UNII = r"^[A-Z0-9]{10}$"
ATC_CODE = r"^[A-Z](?:[0-9]{2}(?:[A-Z](?:[A-Z](?:[0-9]{2})?)?)?)?$"  # any ATC level
ICD10 = r"^[A-Z][0-9]{2}(?:\.[0-9A-Z]{1,4})?$"
