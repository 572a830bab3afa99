"""The indication lexicons (YAML data files in `lexicons/` beside this module), validated and compiled once.

The clause cues (status, negation, role spans) belong to the shared reading layer (`extract.reading.cues`);
what stays here is what only indication rows need: qualifiers, supportive care, overlapping conditions
and label section headings. Entries are checked against a schema so that a typo fails at import.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.reading.cues import Cue, compile_entry, entries


class IndicationLexiconError(ValueError):
    """An indication lexicon file does not follow its schema."""


def _entries(name: str, required: set[str], optional: set[str] = frozenset()) -> list[dict]:
    return entries(__package__, name, required, optional, IndicationLexiconError)


def _compile(name: str, entry: dict, prefix: str = "") -> re.Pattern:
    return compile_entry(name, entry, prefix, IndicationLexiconError)


QUALIFIER_FIELDS = ("setting", "population", "regulator")


def _qualifier_cues() -> tuple[Cue, ...]:
    name = "indication_qualifiers.yaml"
    cues = []
    for e in _entries(name, {"id", "field", "value", "pattern"}):
        if e["field"] not in QUALIFIER_FIELDS:
            raise IndicationLexiconError(f"{name}: {e['id']}: unknown field {e['field']!r}")
        cues.append(Cue(e["id"], e["field"], _compile(name, e), value=e["value"]))
    return tuple(cues)


def _supportive_care() -> tuple[frozenset[str], tuple[str, ...]]:
    ids, prefixes = set(), []
    for e in _entries("indication_supportive_care.yaml", {"why"}, {"drug_id", "atc_prefix"}):
        if ("drug_id" in e) == ("atc_prefix" in e):
            raise IndicationLexiconError("indication_supportive_care.yaml: give drug_id or atc_prefix")
        if "drug_id" in e:
            ids.add(e["drug_id"])
        else:
            prefixes.append(str(e["atc_prefix"]).upper())
    return frozenset(ids), tuple(prefixes)


def _overlaps() -> dict[frozenset[str], str]:
    out = {}
    for e in _entries("indication_overlaps.yaml", {"overlap", "parts"}):
        if not isinstance(e["parts"], list) or len(e["parts"]) != 2:
            raise IndicationLexiconError("indication_overlaps.yaml: parts must list two condition ids")
        out[frozenset(e["parts"])] = e["overlap"]
    return out


QUALIFIER_CUES = _qualifier_cues()
SUPPORTIVE_DRUG_IDS, SUPPORTIVE_ATC_PREFIXES = _supportive_care()
OVERLAP_CONDITIONS = _overlaps()


@lru_cache(maxsize=1)
def _label_headings() -> tuple[tuple[str, re.Pattern], ...]:
    out = []
    for e in _entries("label_sections.yaml", {"id", "status", "pattern"}, set()):
        if e["status"] not in ("approved", "used", "stop"):
            raise IndicationLexiconError(f"label_sections.yaml: {e['id']}: unknown status {e['status']!r}")
        out.append((e["status"], re.compile(e["pattern"], re.IGNORECASE)))
    return tuple(out)


def label_heading_status(heading: str) -> str | None:
    """approved / used for a label's indications heading, "stop" for its other sections, else None."""
    return next((status for status, rx in _label_headings() if rx.search(heading)), None)


_REPORT_ROLES = ("approval", "back_reference", "not_an_approval")


@lru_cache(maxsize=1)
def _regulator_report_cues() -> dict[str, re.Pattern]:
    name = "regulator_reports.yaml"
    parts: dict[str, list[str]] = {r: [] for r in _REPORT_ROLES}
    for e in _entries(name, {"id", "role", "pattern"}):
        if e["role"] not in parts:
            raise IndicationLexiconError(f"{name}: {e['id']}: unknown role {e['role']!r}")
        _compile(name, e)  # each entry must compile on its own
        parts[e["role"]].append(f"(?:{e['pattern']})")
    if not all(parts.values()):
        raise IndicationLexiconError(f"{name}: every role needs an entry: {_REPORT_ROLES}")
    return {r: re.compile("|".join(p), re.IGNORECASE) for r, p in parts.items()}


def is_regulator_report(text: str) -> bool:
    """The sentence reports who granted approvals listed before it, pointing back at them ("both",
    "these", "the same") and being no designation, filing or refusal."""
    cues = _regulator_report_cues()
    return bool(cues["approval"].search(text) and cues["back_reference"].search(text)
                and not cues["not_an_approval"].search(text))
