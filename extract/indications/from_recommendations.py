"""Indication claims stated by guideline recommendations: "Preferred: letrozole with ribociclib" in a
first-line row of a breast-cancer table says what a curator records as "ribociclib is recommended for
breast cancer". The recommendations reader understands tables, graded lists and directives the
sentence-level claim reader does not, so each drug of a positive treatment recommendation becomes a
`recommended` claim, unless the claim reader already has that drug and condition (either polarity).

Only treatment choices count: a premedication or supportive-care directive ("premedicate with
dexamethasone", "give X to reduce oedema") is about the side effects of the treatment, not about the
disease, and a recommendation against a drug is left to the claim reader, which reads its scope.
"""
from __future__ import annotations

import re

from extract.reading.cues import SPAN_CUES
from extract.text.row_ids import stable_id

_TREATMENT_CHOICE = frozenset({"recommended", "option"})
_SUPPORTIVE_STATEMENT = re.compile(r"\b(?:premedicat\w*|pre-medicat\w*|prophyla\w*|to\s+(?:reduce|prevent|lower|"
                                   r"limit|manage|control)\b)", re.IGNORECASE)
# the reading layer's supportive-care spans ("to reduce oedema", "if you suspect it ... until the signs resolve")
_SUPPORTIVE_SPANS = tuple(c.regex for c in SPAN_CUES if c.kind == "supportive")
_QUALIFIERS = ("biomarker", "biomarker_status", "biomarker_variant", "setting", "line_of_therapy", "population",
               "age_min", "age_max", "lineage")


def _supportive(statement: str) -> bool:
    return bool(_SUPPORTIVE_STATEMENT.search(statement)) or any(rx.search(statement) for rx in _SUPPORTIVE_SPANS)


def claims_from_recommendations(recommendations: list[dict], claims: list[dict],
                                is_drug, is_supportive) -> list[dict]:
    """New `indications` rows for the drugs of positive treatment recommendations the claims lack.

    `is_drug(id)`: the id is a drug (not a procedure or "clinical-trial"); `is_supportive(id)`: supportive
    care, never an indication."""
    have = {(c["drug_id"], c["condition_id"]) for c in claims}  # either polarity: the claim reader's scope wins
    out: list[dict] = []
    for rec in recommendations:
        condition, interventions = rec.get("condition_id"), list(rec.get("interventions") or [])
        if (not condition or rec.get("direction") not in _TREATMENT_CHOICE or "supportive-care" in interventions
                or _supportive(rec.get("statement") or "")):
            continue
        drugs = [d for d in dict.fromkeys(interventions) if is_drug(d)]
        if not drugs or any(is_supportive(d) for d in drugs):
            continue
        for drug in drugs:
            if (drug, condition) in have:
                continue
            have.add((drug, condition))
            out.append({
                "indication_id": stable_id(rec["article_id"], rec["sentence_id"], drug, condition, False),
                "article_id": rec["article_id"], "sentence_id": rec["sentence_id"],
                "char_start": rec["char_start"], "char_end": rec["char_end"], "evidence": rec["evidence"],
                "drug_id": drug, "condition_id": condition, "subtype": None,
                **{k: rec.get(k) for k in _QUALIFIERS},
                "combination": [d for d in drugs if d != drug],
                "status": "recommended", "regulators": [], "negated": False, "negation_cue": None,
            })
    return out
