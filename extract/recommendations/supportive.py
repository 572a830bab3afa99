"""Supportive-care directives: medicines that prevent or treat a side effect of the page's treatment.

The gold records such a directive as ONE recommendation row, 'supportive-care' plus the medicines it names
("give dexamethasone ... to reduce oedema" -> ['supportive-care', 'dexamethasone']), without the disease's
biomarker, setting or line: supportive care is for whoever receives the treatment. The cues are data
(`lexicons/supportive_care.yaml`); this module only says whether a sentence carries one, and folds the rows
of such a sentence into one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.reading.directive_cues import alternation, compile_pattern, load, pattern_list

SUPPORTIVE = "supportive-care"
_NAME = "supportive_care.yaml"
_CLEARED = {"biomarker": None, "biomarker_status": None, "setting": None, "line_of_therapy": None}


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern]:
    """(purpose cue, back-reference cue), each one alternation compiled once."""
    data = load(__package__, _NAME)
    tox, purposes, back = (pattern_list(_NAME, data, key) for key in ("toxicities", "purposes", "back_references"))
    tox_alt = "|".join(f"(?:{t})" for t in tox)
    purpose = "|".join(f"(?:{p.replace('{tox}', tox_alt)})" for p in purposes)
    return (compile_pattern(_NAME, purpose, re.IGNORECASE),
            compile_pattern(_NAME, "|".join(f"(?:{b})" for b in back), re.IGNORECASE))


@lru_cache(maxsize=1)
def _treatment_change() -> re.Pattern:
    return alternation(__package__, _NAME, "treatment_changes")


@lru_cache(maxsize=1)
def _generic() -> re.Pattern:
    return alternation(__package__, _NAME, "generic_medicines")


def names_generic_medicine(clause: str) -> bool:
    """Whether a clause names a kind of supportive medicine ("an antibiotic") rather than a drug."""
    return _generic().search(clause) is not None


@lru_cache(maxsize=1)
def _toxicity() -> re.Pattern:
    tox = load(__package__, _NAME)["toxicities"]
    return compile_pattern(_NAME, r"\b(?:" + "|".join(f"(?:{t})" for t in tox) + r")\b", re.IGNORECASE)


def is_supportive(text: str, previous: str = "") -> bool:
    """Whether a sentence directs supportive care: a side effect as the purpose or object of its directive, or
    a conditional pointing back at a side effect named in the sentence before (`previous`, same paragraph)."""
    purpose, back = _cues()
    if purpose.search(text):
        return True
    return bool(previous) and back.search(text) is not None and _toxicity().search(previous) is not None


def fold_supportive(rows: list[dict], page_drugs: frozenset[str]) -> list[dict]:
    """The rows of one supportive sentence as one row: 'supportive-care' plus every medicine they name.

    A row recommending against something, naming one of the page's own drugs (`page_drugs`: the treatment
    whose side effect is managed), or changing the cancer treatment ("switch to Y"), keeps its own row.
    """
    folded, kept = [], []
    change = _treatment_change()
    for r in rows:
        if r["direction"] != "not_recommended" and set(r["interventions"]) <= page_drugs \
                and names_generic_medicine(r.get("statement") or ""):
            folded.append({**r, "interventions": []})  # "everyone taking X must take an antibiotic": X says who
            continue
        if r["direction"] == "not_recommended" or page_drugs.intersection(r["interventions"]) \
                or change.search(r.get("statement") or ""):
            kept.append(r)
        else:
            folded.append(r)
    if not folded:
        return rows
    first = folded[0]
    ids = [SUPPORTIVE]
    for r in folded:
        ids.extend(i for i in r["interventions"] if i not in ids)
    one = {**first, **_CLEARED, "interventions": ids}
    if len(folded) > 1:  # the statement runs from the first folded clause to the end of the last
        one["statement"] = "; ".join(dict.fromkeys(r["statement"] for r in folded))
    return [one, *kept]
