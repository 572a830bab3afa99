"""Who a recommendation is for: condition, lineage, biomarker, setting, population, ages, grade.

Qualifiers are read from a span of text plus the entity mentions inside it. A recommendation takes
its own qualifiers first and fills the gaps from its context (a lead-in such as "For patients with
Ph+ ALL, ..." earlier in the paragraph, the section heading, the article title), one attribute
group at a time, so "For patients aged 40-64 years" keeps the Ph- context of the paragraph but
replaces its ages.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields

from extract.entities.mentions import either_way
from extract.text.line_of_therapy import line_of_therapy
from extract.text.setting import (course_setting, domain_of, guideline_setting, recurrence_rules_out, stage_setting,
                                  text_domain)

# Attribute groups that a context layer sets or replaces together.
GROUPS = {
    "condition": ("condition_id", "lineage"),
    "biomarker": ("biomarker", "biomarker_status", "biomarker_variant"),
    "setting": ("setting",),
    "population": ("population", "age_min", "age_max"),
    "line": ("line_of_therapy",),
}

POPULATION_PATTERNS = (
    ("adolescents-young-adults", re.compile(
        r"\badolescents?\s+and\s+young\s+adults?\b|\bAYAs?\b|\byoung\s+adults?\b", re.IGNORECASE)),
    ("older-adults", re.compile(
        r"\b(?:older|elderly)\s+(?:adults?|patients|people|persons)\b|\belderly\b", re.IGNORECASE)),
    ("children", re.compile(
        r"\bchild(?:ren|hood)?\b|\b(?:pediatric|paediatric)\s+patients\b|\binfants?\b", re.IGNORECASE)),
    ("adults", re.compile(r"\badults?\b(?![- ]type)|\badult\s+patients\b", re.IGNORECASE)),
)

_AGE_WORD = r"(?:aged|ages?|age\s+(?:of\s+)?|patients|adults|children|people)\s*"
_YEARS = r"\s*(?:years?|yrs?|y)\b(?:\s+(?:of\s+age|old))?"
AGE_RANGE = re.compile(_AGE_WORD + r"(?:between\s+)?(\d{1,3})\s*(?:–|-|—|to|and)\s*(\d{1,3})" + _YEARS,
                       re.IGNORECASE)
AGE_MIN_SIGN = re.compile(_AGE_WORD + r"(?:≥|>=|≧|>|over|above|older\s+than|at\s+least)\s*(\d{1,3})" + _YEARS,
                          re.IGNORECASE)
AGE_MAX_SIGN = re.compile(_AGE_WORD + r"(?:<|≤|<=|≦|under|below|younger\s+than|up\s+to)\s*(\d{1,3})" + _YEARS,
                          re.IGNORECASE)
AGE_MIN_WORDS = re.compile(r"\b(\d{1,3})\s*(?:years?|yrs?)(?:\s+of\s+age)?\s+(?:or|and)\s+(?:older|over|above)\b",
                           re.IGNORECASE)
AGE_MAX_WORDS = re.compile(r"\b(\d{1,3})\s*(?:years?|yrs?)(?:\s+of\s+age)?\s+(?:or|and)\s+(?:younger|under|below)\b",
                           re.IGNORECASE)

STRENGTH_PATTERNS = (
    re.compile(r"\[\s*((?:I{1,3}|IV|V)\s*,\s*[A-E])\s*\]"),
    re.compile(r"\b(category\s+(?:1|2A|2B|3))\b", re.IGNORECASE),
    re.compile(r"\b(grade\s+[1-3][A-C]?)\b", re.IGNORECASE),
    re.compile(r"\b((?:level|quality)\s+of\s+evidence\s*:?\s*(?:[IV]+|[A-D]|high|moderate|low))\b", re.IGNORECASE),
)

_STATUS_AFTER = re.compile(
    r"\s*(?:gene\s+)?(?:[-‐]\s*|\s)?(positiv\w*|\+|negativ\w*|−|–(?=\s)|-(?=\s|$)|mutat\w*+(?!\s+(?:test|status|analys|screen|detection))|mutant|ITD|TKD|"
    r"rearrange\w*|wild[- ]type)", re.IGNORECASE)
_STATUS_BEFORE = re.compile(r"(positiv\w*|negativ\w*|mutat\w*|mutant)\s+(?:for\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Qualifiers:
    condition_id: str | None = None
    lineage: str | None = None
    biomarker: str | None = None
    biomarker_status: str | None = None
    biomarker_variant: str | None = None
    setting: str | None = None
    population: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    line_of_therapy: str | None = None

    def groups_set(self) -> set[str]:
        return {g for g, cols in GROUPS.items() if any(getattr(self, c) is not None for c in cols)}

    def over(self, base: "Qualifiers") -> "Qualifiers":
        """These qualifiers, with every group they leave empty taken from `base`."""
        own = self.groups_set()
        values = {}
        for group, cols in GROUPS.items():
            src = self if group in own else base
            values.update({c: getattr(src, c) for c in cols})
        # A context status is kept for the same biomarker named without a status.
        if (self.biomarker and not self.biomarker_status and base.biomarker == self.biomarker):
            values["biomarker_status"] = base.biomarker_status
        return Qualifiers(**values)

    def as_row(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def normalise_status(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower()
    if w.startswith("positiv") or w == "+":
        return "positive"
    if w.startswith("negativ") or w in ("−", "–", "-", "wild-type", "wild type"):
        return "negative"
    if w.startswith("mutat") or w in ("mutant", "itd", "tkd") or w.startswith("rearrange"):
        return "mutated"
    return None


def biomarker_status(text: str, mention) -> str | None:
    """Status given on the mention by the recogniser, else read from the words around it."""
    status = (mention.attrs or {}).get("status")
    if status:
        return status
    m = _STATUS_AFTER.match(text, mention.end)
    if m:
        return normalise_status(m.group(1))
    before = _STATUS_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    return normalise_status(before.group(1)) if before else None


def read_setting(text: str, blocked: list[tuple[int, int]] = (), solid: bool | None = None) -> str | None:
    """Strongest course named in `text`, ignoring words inside intervention names (offsets local): the
    shared reader's `guideline` order (extract/text/setting.py, lexicons/settings.yaml).

    For a solid tumour a line word is its line, not a setting; `solid` says whether the claim is about one
    (None: read it from the text, solid when every disease the text names is). A solid tumour's stage is
    read by `solid_setting` once the statement's disease is known."""
    return guideline_setting(text, blocked, solid if solid is not None else text_domain(text) == "solid")


def is_solid(condition_id: str | None) -> bool:
    return domain_of(condition_id) == "solid"


def solid_stage(text: str | None, blocked: list[tuple[int, int]] = ()) -> str | None:
    """The stage setting a text states for a solid tumour ("metastatic", "adjuvant", ...), or None."""
    return stage_setting(text, blocked)


def solid_setting(sentence: str, blocked=(), section: str | None = None, title: str | None = None,
                  context: str | None = None) -> str | None:
    """The setting of a recommendation about a solid tumour: the stage its sentence states (words of
    intervention names in `blocked` and earlier treatments, "after adjuvant chemotherapy", aside), else its
    heading's, else the page title's; only then a course word of the sentence or heading ("relapsed"),
    else the `context`'s setting (a lead-in or heading read earlier: "Maintenance after first treatment").
    A line word ("second line") is its line, never its setting (the shared reader, extract/text/setting.py)."""
    own = stage_setting(sentence, blocked)
    if own:
        return own
    for text in (section, title):  # a recurrence is past the surgery a heading names
        stage = stage_setting(text)
        if stage and not recurrence_rules_out(stage, sentence):
            return stage
    return course_setting(sentence, "solid") or course_setting(section or "", "solid") or context


def read_population(text: str) -> str | None:
    for population, regex in POPULATION_PATTERNS:
        m = regex.search(text)
        if m and not re.match(r"[- ]type\b|[- ]inspired\b", text[m.end():m.end() + 9]):
            return population
    return None


_STRICT_MIN = re.compile(r">(?!=)|over|above|older\s+than", re.IGNORECASE)
_STRICT_MAX = re.compile(r"<(?!=)|under|below|younger\s+than", re.IGNORECASE)


def read_ages(text: str) -> tuple[int | None, int | None]:
    """Age bounds in years: "aged 40-64" → (40, 64); "≥65 years" → (65, None); "<25 years" → (None, 24)."""
    m = AGE_RANGE.search(text)
    if m:
        lo, hi = int(m.group(1)), int(m.group(2))
        if lo < hi <= 130:
            return lo, hi
    lo = hi = None
    if m := AGE_MIN_SIGN.search(text):
        strict = _STRICT_MIN.search(m.group(0)) and "≥" not in m.group(0)
        lo = int(m.group(1)) + (1 if strict else 0)
    elif m := AGE_MIN_WORDS.search(text):
        lo = int(m.group(1))
    if m := AGE_MAX_SIGN.search(text):
        strict = _STRICT_MAX.search(m.group(0)) and "≤" not in m.group(0)
        hi = int(m.group(1)) - (1 if strict else 0)
    elif m := AGE_MAX_WORDS.search(text):
        hi = int(m.group(1))
    return lo, hi


def read_strength(text: str) -> str | None:
    for regex in STRENGTH_PATTERNS:
        if m := regex.search(text):
            return re.sub(r"\s*,\s*", ", ", m.group(1))
    return None


_LINEAGE = (("B-cell", re.compile(r"\bB[- ](?:ALL|LBL)\b|\bB[- ]cell\s+(?:ALL|acute|precursor|lymphoblastic)|\bB[- ]lineage\b")),
            ("T-cell", re.compile(r"\bT[- ](?:ALL|LBL)\b|\bT[- ]cell\s+(?:ALL|acute|precursor|lymphoblastic)|\bT[- ]lineage\b")))


def read_qualifiers(text: str, start: int, mentions, blocked=()) -> Qualifiers:
    """Qualifiers of the span text[start:...] given; `mentions` are the entity mentions inside it.

    `text` is the span's own text; mention offsets are absolute, `start` is the span's offset.
    `blocked` are local (start, end) ranges of intervention names whose words are not settings.
    """
    conditions = [m for m in mentions if m.kind == "condition"]
    markers = [m for m in mentions if m.kind == "biomarker" and not either_way(text, m.start - start)]
    condition_id = conditions[0].id if conditions else None
    lineage = next(((m.attrs or {}).get("lineage") for m in conditions if (m.attrs or {}).get("lineage")), None)
    if lineage is None:
        lineage = next((name for name, rx in _LINEAGE if rx.search(text)), None)
    biomarker = status = variant = None
    for m in markers:
        st = biomarker_status(text, replace_offsets(m, -start))
        if biomarker is None or (status is None and st):
            biomarker, status, variant = m.id, st, (m.attrs or {}).get("variant")
        if status:
            break
    lo, hi = read_ages(text)
    # "second-line" is a solid tumour's line, not a relapse (contract v2)
    solid = True if is_solid(condition_id) else None
    return Qualifiers(condition_id=condition_id, lineage=lineage, biomarker=biomarker,
                      biomarker_status=status, biomarker_variant=variant, setting=read_setting(text, blocked, solid),
                      population=read_population(text), age_min=lo, age_max=hi,
                      line_of_therapy=line_of_therapy(text))


@dataclass(frozen=True)
class _LocalMention:
    """A mention with offsets moved into a span's own text."""

    start: int
    end: int
    attrs: dict


def replace_offsets(mention, shift: int) -> _LocalMention:
    return _LocalMention(mention.start + shift, mention.end + shift, dict(mention.attrs or {}))


EMPTY = Qualifiers()
__all__ = ["Qualifiers", "EMPTY", "read_qualifiers", "read_strength", "read_setting", "read_population",
           "is_solid", "solid_stage", "solid_setting",
           "read_ages", "biomarker_status", "replace_offsets"]
