"""The indication lexicons (YAML data files in `lexicons/` beside this module), validated and compiled once.

Each file is a mapping with `description`, `source` and `entries`; every entry's keys are checked
against a schema so that a typo in a data file fails at import, not silently at run time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.text.lexicon_files import lexicon_text, parse_yaml

_FLAGS = re.IGNORECASE


class IndicationLexiconError(ValueError):
    """An indication lexicon file does not follow its schema."""


@dataclass(frozen=True)
class Cue:
    """One compiled pattern with what it means."""

    id: str
    kind: str  # status value for status cues; cue kind for negation / span cues; field for qualifiers
    regex: re.Pattern
    status: str | None = None
    value: str | None = None
    explicit_condition: bool = False
    imperative: bool = False
    caps: bool = False  # status cues: the clause's status is at most this one (trial arms are "used")
    ends_at_verb: bool = False  # span cues: the span also stops before the next finite verb
    exact: bool = False  # span cues: the span is the match itself


def _entries(name: str, required: set[str], optional: set[str] = frozenset()) -> list[dict]:
    text = lexicon_text(__package__, name)
    data = parse_yaml(text)
    if not isinstance(data, dict) or not {"description", "source", "entries"} <= data.keys():
        raise IndicationLexiconError(f"{name}: needs description, source and entries")
    out = []
    for i, entry in enumerate(data["entries"]):
        if not isinstance(entry, dict):
            raise IndicationLexiconError(f"{name}: entry {i} is not a mapping")
        missing, unknown = required - entry.keys(), entry.keys() - required - optional
        if missing or unknown:
            raise IndicationLexiconError(
                f"{name}: entry {i} {entry.get('id')!r}: missing {sorted(missing)}, unknown {sorted(unknown)}")
        out.append(entry)
    return out


def _compile(name: str, entry: dict, prefix: str = "") -> re.Pattern:
    try:
        return re.compile(prefix + entry["pattern"], _FLAGS)
    except re.error as exc:
        raise IndicationLexiconError(f"{name}: entry {entry.get('id')!r}: bad pattern: {exc}") from exc


STATUS_VALUES = ("approved", "recommended", "used", "investigational")
NEGATED_STATUS_VALUES = ("not_recommended", "not_indicated")
NEGATION_KINDS = ("benign", "predicate", "constituent", "hypothetical")
SPAN_KINDS = ("prior", "circumstance", "comparator", "partner", "relative", "supportive", "no-condition")
QUALIFIER_FIELDS = ("setting", "population", "regulator")


def _status_cues() -> tuple[Cue, ...]:
    name = "status_cues.yaml"
    cues = []
    for e in _entries(name, {"id", "status", "pattern"}, {"explicit_condition", "imperative", "caps"}):
        if e["status"] not in STATUS_VALUES:
            raise IndicationLexiconError(f"{name}: {e['id']}: unknown status {e['status']!r}")
        imperative = bool(e.get("imperative"))
        # Imperatives ("Give X", "Add Y") only count at the start of a clause (after bullets / labels).
        regex = _compile(name, e, r"^[\W\d]*(?:\w+:\s*)?(?:[^;]{0,160}?,\s*)?" if imperative else "")
        cues.append(Cue(e["id"], e["status"], regex, status=e["status"],
                        explicit_condition=bool(e.get("explicit_condition")), imperative=imperative,
                        caps=bool(e.get("caps"))))
    return tuple(cues)


def _negation_cues() -> tuple[Cue, ...]:
    name = "negation_cues.yaml"
    cues = []
    for e in _entries(name, {"id", "kind", "pattern"}, {"status"}):
        kinds = e["kind"] if isinstance(e["kind"], list) else [e["kind"]]  # one wording, several roles
        regex = _compile(name, e)
        for kind in kinds:
            if kind not in NEGATION_KINDS:
                raise IndicationLexiconError(f"{name}: {e['id']}: unknown kind {kind!r}")
            if kind in ("predicate", "constituent") and e.get("status") not in NEGATED_STATUS_VALUES:
                raise IndicationLexiconError(f"{name}: {e['id']}: needs a negated status")
            cues.append(Cue(e["id"], kind, regex, status=e.get("status")))
    return tuple(cues)


def _span_cues() -> tuple[Cue, ...]:
    name = "indication_spans.yaml"
    cues = []
    for e in _entries(name, {"id", "kind", "pattern"}, {"ends_at_verb", "exact"}):
        if e["kind"] not in SPAN_KINDS:
            raise IndicationLexiconError(f"{name}: {e['id']}: unknown kind {e['kind']!r}")
        cues.append(Cue(e["id"], e["kind"], _compile(name, e), ends_at_verb=bool(e.get("ends_at_verb")),
                        exact=bool(e.get("exact"))))
    return tuple(cues)


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


def _expandable_classes() -> frozenset[str]:
    return frozenset(e["id"] for e in _entries("indication_classes.yaml", {"id"}))


def _grouped(cues: tuple[Cue, ...]) -> tuple[tuple[Cue, ...], ...]:
    """Status cues of one meaning (status, explicit_condition, imperative, caps) together, in file
    order: a clause has that meaning when any member matches."""
    groups: dict[tuple, list[Cue]] = {}
    for c in cues:
        groups.setdefault((c.status, c.explicit_condition, c.imperative, c.caps), []).append(c)
    return tuple(tuple(members) for members in groups.values())


STATUS_CUES = _status_cues()
STATUS_CUE_GROUPS = _grouped(STATUS_CUES)
# Any word some negation / hypothetical cue starts with: clauses without one skip those cues.
NEGATION_HINT = re.compile(
    r"\b(?:not|no|never|neither|nor|without|rather|instead|except|cannot|would|could|might|once|"
    r"formerly|longer|historically|past|until|previously|used\s+to|off-label|unsupported|ineffective|"
    r"contraindicated|fail\w*|avoid\w*|whether|if|recommend\w*|should|must|non|withdr\w+|revoked|rescinded|suspended|"
    r"seldom|rarely|hardly|refus\w+|reject\w+|declined|voted|den\w+|negative|complete|discontinued)\b|n't\b", _FLAGS)
EXPANDABLE_CLASSES = _expandable_classes()
NEGATION_CUES = _negation_cues()
SPAN_CUES = _span_cues()
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
