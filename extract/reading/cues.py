"""The reading lexicons (YAML in `lexicons/` beside this module), validated and compiled once.

Each file is a mapping with `description`, `source` and `entries`; the shared loader
(`extract.text.lexicon_files.load_lexicon`) checks every entry's keys against a schema so that a typo in a data
file fails at import, not silently at run time. Other packages with lexicons of the same shape load them with
`entries` and `compile_entry`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.text.lexicon_files import LexiconError, load_lexicon

_FLAGS = re.IGNORECASE


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
    direction: str | None = None  # negation cues: forward, backward or bidirectional (ConText)


def entries(package: str, name: str, required: set[str], optional: set[str] = frozenset(),
            error: type[ValueError] = LexiconError) -> list[dict]:
    """The checked entries of lexicon `name` of `package` (raises `error` on a schema fault)."""
    try:
        return list(load_lexicon(package, name, required, optional).entries)
    except LexiconError as exc:
        if error is LexiconError:
            raise
        raise error(str(exc)) from exc


def compile_entry(name: str, entry: dict, prefix: str = "", error: type[ValueError] = LexiconError) -> re.Pattern:
    try:
        return re.compile(prefix + entry["pattern"], _FLAGS)
    except re.error as exc:
        raise error(f"{name}: entry {entry.get('id')!r}: bad pattern: {exc}") from exc


def _entries(name: str, required: set[str], optional: set[str] = frozenset()) -> list[dict]:
    return entries(__package__, name, required, optional)


STATUS_VALUES = ("approved", "recommended", "used", "investigational")
NEGATED_STATUS_VALUES = ("not_recommended", "not_indicated")
NEGATION_KINDS = ("benign", "predicate", "constituent", "hypothetical")
DIRECTIONS = ("forward", "backward", "bidirectional")
# ConText's default direction of a trigger by the role it plays: a predicate negation denies the claim
# of its whole clause (its arguments stand on both sides), a constituent one the phrase after it.
DEFAULT_DIRECTION = {"predicate": "bidirectional", "constituent": "forward"}
SPAN_KINDS = ("prior", "circumstance", "comparator", "partner", "relative", "supportive", "no-condition", "harm")


def _status_cues() -> tuple[Cue, ...]:
    name = "status_cues.yaml"
    cues = []
    for e in _entries(name, {"id", "status", "pattern"}, {"explicit_condition", "imperative", "caps"}):
        if e["status"] not in STATUS_VALUES:
            raise LexiconError(f"{name}: {e['id']}: unknown status {e['status']!r}")
        imperative = bool(e.get("imperative"))
        # Imperatives ("Give X", "Add Y") only count at the start of a clause (after bullets / labels).
        regex = compile_entry(name, e, r"^[\W\d]*(?:\w+:\s*)?(?:[^;]{0,160}?,\s*)?" if imperative else "")
        cues.append(Cue(e["id"], e["status"], regex, status=e["status"],
                        explicit_condition=bool(e.get("explicit_condition")), imperative=imperative,
                        caps=bool(e.get("caps"))))
    return tuple(cues)


def _negation_cues() -> tuple[Cue, ...]:
    name = "negation_cues.yaml"
    cues = []
    for e in _entries(name, {"id", "kind", "pattern"}, {"status", "direction"}):
        kinds = e["kind"] if isinstance(e["kind"], list) else [e["kind"]]  # one wording, several roles
        regex = compile_entry(name, e)
        for kind in kinds:
            if kind not in NEGATION_KINDS:
                raise LexiconError(f"{name}: {e['id']}: unknown kind {kind!r}")
            if kind in ("predicate", "constituent") and e.get("status") not in NEGATED_STATUS_VALUES:
                raise LexiconError(f"{name}: {e['id']}: needs a negated status")
            direction = e.get("direction", DEFAULT_DIRECTION.get(kind))
            if direction is not None and direction not in DIRECTIONS:
                raise LexiconError(f"{name}: {e['id']}: unknown direction {direction!r}")
            cues.append(Cue(e["id"], kind, regex, status=e.get("status"), direction=direction))
    return tuple(cues)


def _span_cues() -> tuple[Cue, ...]:
    name = "role_spans.yaml"
    cues = []
    for e in _entries(name, {"id", "kind", "pattern"}, {"ends_at_verb", "exact"}):
        if e["kind"] not in SPAN_KINDS:
            raise LexiconError(f"{name}: {e['id']}: unknown kind {e['kind']!r}")
        cues.append(Cue(e["id"], e["kind"], compile_entry(name, e), ends_at_verb=bool(e.get("ends_at_verb")),
                        exact=bool(e.get("exact"))))
    return tuple(cues)


def _expandable_classes() -> frozenset[str]:
    return frozenset(e["id"] for e in _entries("expandable_classes.yaml", {"id"}))


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
    r"already|currently|seldom|rarely|hardly|refus\w+|reject\w+|declined|voted|den\w+|negative|complete|discontinued)\b|n't\b", _FLAGS)
EXPANDABLE_CLASSES = _expandable_classes()
NEGATION_CUES = _negation_cues()
SPAN_CUES = _span_cues()
