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

from extract.entities.condition_xrefs import mondo_codes
from extract.text.lexicon_files import LexiconError, as_list, load_lexicon, read_yaml

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

    def value_of(self, m: re.Match) -> str:
        """The subtype a match means: the fixed value, or the words as written for "{written}"."""
        if self.value != WRITTEN:
            return self.value
        text = m.group("v") if "v" in m.re.groupindex and m.group("v") else m.group(0)
        text = _BRACKETED_SHORT.sub("", text).translate(_DASHES)
        return re.sub(r"\s+", " ", text).strip(" ,;/")


WRITTEN = "{written}"
_BRACKETED_SHORT = re.compile(r"\s*\(\s*[A-Z]{2,5}\s*\)")  # "high-grade serous (HGS)"
_DASHES = str.maketrans({"\u2013": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-"})


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


_BLOOD_ICD10 = re.compile(r"^(?:C8[1-9]|C9[0-6]|D4[5-7])")
_SOLID_ICD10 = re.compile(r"^(?:C[0-7][0-9]|C80|C4A|C7[AB]|D48)")


@lru_cache(maxsize=None)
def domains() -> dict[str, str]:
    """condition_id -> "blood" | "solid" | "other", read from its ICD-10-CM chapter block (C81-C96
    and D45-D47 are haematological neoplasms, the rest of C00-C80 solid tumours), else from its
    parent's. Used to tell what an ambiguous short form means in a given article."""
    entries = conditions()

    def of(cid: str, depth: int = 0) -> str:
        entry = entries[cid]
        if entry.icd10 and _BLOOD_ICD10.match(entry.icd10):
            return "blood"
        if entry.icd10 and _SOLID_ICD10.match(entry.icd10):
            return "solid"
        if entry.parent_id and depth < 5:
            return of(entry.parent_id, depth + 1)
        return "other"
    return {cid: of(cid) for cid in entries}


@lru_cache(maxsize=None)
def checked_icd10() -> dict[str, str | None]:
    """condition_id -> ICD-10-CM code as written in conditions.yaml.

    Every code there is verified against the installed simple-icd-10-cm release by
    tests/extract/entities/test_catalog.py; importing that package at run time costs ~5 s (it loads
    the whole code set), so the pipeline trusts the verified lexicon instead.
    """
    return {entry.id: entry.icd10 for entry in conditions().values()}


@dataclass(frozen=True)
class CancerCodes:
    """Codes of one condition in the cancer vocabularies (lexicons/condition_codes.yaml)."""

    oncotree: str | None = None
    ncit: str | None = None
    umls: str | None = None


_ONCOTREE = re.compile(r"^[A-Z0-9_/]{2,16}$")
_NCIT = re.compile(r"^C[0-9]{2,7}$")
_UMLS = re.compile(r"^C(?:L|N)?[0-9]{6,7}$")


@lru_cache(maxsize=None)
def cancer_codes() -> dict[str, CancerCodes]:
    """condition_id -> its OncoTree code with the NCIt code and UMLS CUI OncoTree gives for it; where
    OncoTree gives no NCIt code or CUI, the ones Mondo maps the disease to exactly (condition_mondo.yaml).

    A code that does not look like its vocabulary's, or an id conditions.yaml does not know, fails
    at load: a typo must not reach the warehouse as a real-looking code.
    """
    out = dict(_oncotree_codes())
    for cid, m in mondo_codes().items():
        if cid not in conditions():
            raise LexiconError(f"condition_mondo.yaml: unknown id {cid!r}")
        for value, pattern in ((m.ncit, _NCIT), (m.umls, _UMLS)):
            if value is not None and not pattern.match(value):
                raise LexiconError(f"condition_mondo.yaml: {cid}: malformed code {value!r}")
        have = out.get(cid, CancerCodes())
        out[cid] = CancerCodes(have.oncotree, have.ncit or m.ncit, have.umls or m.umls)
    return out


def _oncotree_codes() -> dict[str, CancerCodes]:
    lex = load_lexicon(__package__, "condition_codes.yaml", {"id", "oncotree"}, {"ncit", "umls"})
    known = conditions()
    out: dict[str, CancerCodes] = {}
    for e in lex.entries:
        if e["id"] not in known or e["id"] in out:
            raise LexiconError(f"condition_codes.yaml: unknown or repeated id {e['id']!r}")
        codes = CancerCodes(*(None if e.get(k) is None else str(e[k]) for k in ("oncotree", "ncit", "umls")))
        for value, pattern in ((codes.oncotree, _ONCOTREE), (codes.ncit, _NCIT), (codes.umls, _UMLS)):
            if value is not None and not pattern.match(value):
                raise LexiconError(f"condition_codes.yaml: {e['id']}: malformed code {value!r}")
        out[e["id"]] = codes
    return out


def oncotree_version() -> str:
    """The OncoTree release condition_codes.yaml was read from."""
    return str(read_yaml(__package__, "condition_codes.yaml")["version"])


@lru_cache(maxsize=None)
def qualifiers() -> tuple[Qualifier, ...]:
    lex = load_lexicon(__package__, "condition_qualifiers.yaml", {"applies_to", "attr", "value", "why"},
                       {"before", "after", "overrides"})
    fragments = read_yaml(__package__, "condition_qualifiers.yaml").get("fragments") or {}

    def expand(pattern: str) -> str:
        for name, fragment in fragments.items():
            pattern = pattern.replace(f"<<{name}>>", fragment)
        if "<<" in pattern:
            raise LexiconError(f"condition_qualifiers.yaml: unknown fragment in {pattern!r}")
        return pattern

    known = conditions()
    out = []
    for e in lex.entries:
        ids = frozenset(as_list(e["applies_to"]))
        if not ids <= known.keys():
            raise LexiconError(f"condition_qualifiers.yaml: unknown ids {sorted(ids - known.keys())}")
        if e["attr"] not in ("lineage", "subtype"):
            raise LexiconError(f"condition_qualifiers.yaml: attr must be lineage or subtype: {e!r}")
        before = re.compile(f"(?:{expand(e['before'])})$", re.I) if e.get("before") else None
        after = re.compile(expand(e["after"]), re.I) if e.get("after") else None
        if before is None and after is None:
            raise LexiconError(f"condition_qualifiers.yaml: needs before or after: {e!r}")
        out.append(Qualifier(ids, e["attr"], str(e["value"]), before, after,
                             bool(e.get("overrides", False))))
    return tuple(out)
