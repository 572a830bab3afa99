"""The condition vocabulary (lexicons/conditions.yaml) and its qualifiers, validated on load.

ICD-10 codes are verified against the installed simple-icd-10-cm code set by the test suite
(tests/extract/entities/test_catalog.py), so a mistyped or invented code fails CI rather than reaching the
warehouse; the pipeline does not import that package at run time, since loading the code set takes
seconds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from extract.text.lexicon_files import LexiconError, as_list, load_lexicon

_BRITISH = (("leukemia", "leukaemia"), ("tumor", "tumour"), ("hematolog", "haematolog"),
            ("polycythemia", "polycythaemia"), ("thrombocythemia", "thrombocythaemia"),
            ("macroglobulinemia", "macroglobulinaemia"), ("anemia", "anaemia"),
            ("esophag", "oesophag"))
_PLURAL_HEADS = ("leukemia", "leukaemia", "lymphoma", "neoplasm", "syndrome", "tumor", "tumour",
                 "disease", "disorder", "cancer", "carcinoma", "myeloma")


@dataclass(frozen=True)
class Form:
    """A written form of a condition that carries qualifiers (attrs) of its own."""

    text: str
    attrs: tuple[tuple[str, str], ...]
    ambiguous: bool
    needs_named: bool = False  # only in an article that also names the condition ("chronic phase")


@dataclass(frozen=True)
class ConditionEntry:
    id: str
    name: str
    names: tuple[str, ...]
    abbreviations: tuple[str, ...]
    ambiguous: frozenset[str]
    parent_id: str | None
    icd10: str | None
    forms: tuple[Form, ...] = field(default=())


@dataclass(frozen=True)
class Qualifier:
    applies_to: frozenset[str]
    attr: str
    value: str
    before: re.Pattern | None
    after: re.Pattern | None
    overrides: bool = False  # replaces a value the written form carries ("high-risk PMF" → risk)


def spelling_variants(name: str) -> set[str]:
    """The name with British spellings and a plural head noun added."""
    out = {name}
    for us, uk in _BRITISH:
        out |= {v.replace(us, uk) for v in out if us in v}
    out |= {v + "s" for v in out if v.endswith(_PLURAL_HEADS)}
    return out


@lru_cache(maxsize=None)
def conditions() -> dict[str, ConditionEntry]:
    lex = load_lexicon(__package__, "conditions.yaml", {"id", "name", "names"},
                       {"abbreviations", "ambiguous", "parent_id", "icd10", "forms"})
    out: dict[str, ConditionEntry] = {}
    for e in lex.entries:
        code = e.get("icd10")
        forms = []
        for f in e.get("forms") or []:
            unknown = f.keys() - {"text", "subtype", "lineage", "ambiguous", "needs_named"}
            if unknown or "text" not in f:
                raise LexiconError(f"conditions.yaml: {e['id']}: bad form {f!r}")
            attrs = tuple((k, str(f[k])) for k in ("lineage", "subtype") if k in f)
            forms.append(Form(str(f["text"]), attrs, bool(f.get("ambiguous", False)),
                              bool(f.get("needs_named", False))))
        out[e["id"]] = ConditionEntry(
            id=e["id"], name=e["name"], names=tuple(as_list(e["names"])),
            abbreviations=tuple(as_list(e.get("abbreviations"))),
            ambiguous=frozenset(as_list(e.get("ambiguous"))), parent_id=e.get("parent_id"),
            icd10=None if code is None else str(code), forms=tuple(forms))
    for entry in out.values():
        if entry.parent_id is not None and entry.parent_id not in out:
            raise LexiconError(f"conditions.yaml: {entry.id}: unknown parent {entry.parent_id!r}")
        if not entry.ambiguous <= set(entry.abbreviations):
            raise LexiconError(f"conditions.yaml: {entry.id}: ambiguous forms must be abbreviations")
    return out


@lru_cache(maxsize=None)
def checked_icd10() -> dict[str, str | None]:
    """condition_id -> ICD-10-CM code as written in conditions.yaml.

    Every code there is verified against the installed simple-icd-10-cm release by
    tests/extract/entities/test_catalog.py; importing that package at run time costs ~5 s (it loads
    the whole code set), so the pipeline trusts the verified lexicon instead.
    """
    return {entry.id: entry.icd10 for entry in conditions().values()}


@lru_cache(maxsize=None)
def qualifiers() -> tuple[Qualifier, ...]:
    lex = load_lexicon(__package__, "condition_qualifiers.yaml", {"applies_to", "attr", "value", "why"},
                       {"before", "after", "overrides"})
    known = conditions()
    out = []
    for e in lex.entries:
        ids = frozenset(as_list(e["applies_to"]))
        if not ids <= known.keys():
            raise LexiconError(f"condition_qualifiers.yaml: unknown ids {sorted(ids - known.keys())}")
        if e["attr"] not in ("lineage", "subtype"):
            raise LexiconError(f"condition_qualifiers.yaml: attr must be lineage or subtype: {e!r}")
        before = re.compile(f"(?:{e['before']})$", re.I) if e.get("before") else None
        after = re.compile(e["after"], re.I) if e.get("after") else None
        if before is None and after is None:
            raise LexiconError(f"condition_qualifiers.yaml: needs before or after: {e!r}")
        out.append(Qualifier(ids, e["attr"], str(e["value"]), before, after,
                             bool(e.get("overrides", False))))
    return tuple(out)
