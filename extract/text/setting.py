"""The one reader of a claim's treatment setting, shared by indications and guideline recommendations.

The setting depends on the disease: "advanced" is metastatic for a solid tumour and says nothing for a
blood cancer ("advanced systemic mastocytosis" is a subtype), and surgical settings come first for a
solid tumour. A line word ("first-line", "previously treated") is a setting of its own for a blood
cancer but only the line of therapy of a solid tumour: it stands for the setting only when no stage
word of the claim or its context says one (`line_setting`); so do its course words ("relapsed", "came
back": `course_setting`), for "recurrent" breast cancer on a page about metastatic disease is metastatic. A
treatment named as what came before ("within a year of adjuvant X") says nothing of the claim's setting
(`history` cues). The cues and their orders are data (lexicons/settings.yaml).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.entities.condition_vocabulary import domains
from extract.entities.conditions import find_condition_names
from extract.entities.folding import fold
from extract.text.lexicon_files import read_yaml

KINDS = ("stage", "phase", "course", "line", "history")
_DOMAIN_ORDERS = ("default", "blood", "solid", "guideline")


@dataclass(frozen=True)
class SettingCue:
    id: str
    kind: str
    value: str
    regex: re.Pattern


@dataclass(frozen=True)
class _Lexicon:
    orders: dict[str, tuple[SettingCue, ...]]
    lines: tuple[SettingCue, ...]  # the line words, later lines first
    history: tuple[SettingCue, ...]  # earlier treatments whose setting words are not the claim's
    before_recurrence: frozenset[str]  # stages a recurrence rules out (around surgery)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    name = "settings.yaml"
    data = read_yaml(__package__, name)
    if not data.get("source") or not data.get("cues") or not data.get("orders"):
        raise ValueError(f"{name}: needs 'source', 'cues' and 'orders'")
    by_id = {}
    for e in data["cues"]:
        if set(e) != {"id", "kind", "value", "pattern"} or e["kind"] not in KINDS:
            raise ValueError(f"{name}: bad cue {e!r}")
        try:
            by_id[e["id"]] = SettingCue(e["id"], e["kind"], e["value"], re.compile(e["pattern"], re.IGNORECASE))
        except re.error as exc:
            raise ValueError(f"{name}: cue {e['id']!r}: bad pattern: {exc}") from exc
    orders = {}
    for domain, ids in data["orders"].items():
        unknown = [i for i in ids if i not in by_id]
        if unknown:
            raise ValueError(f"{name}: order {domain}: unknown cues {unknown}")
        orders[domain] = tuple(by_id[i] for i in ids)
    if set(orders) != set(_DOMAIN_ORDERS):
        raise ValueError(f"{name}: needs exactly the orders {list(_DOMAIN_ORDERS)}")
    if any(c.kind == "line" for c in orders["solid"]):
        raise ValueError(f"{name}: a line word is no setting of a solid tumour: keep it out of the solid order")
    if any(c.kind == "history" for o in orders.values() for c in o):
        raise ValueError(f"{name}: a history cue gives no setting: keep it out of the orders")
    lines = tuple(c for c in orders["default"] if c.kind == "line")
    ruled_out = frozenset(data.get("recurrence_rules_out") or ())
    if not ruled_out <= {c.value for c in by_id.values() if c.kind == "stage"}:
        raise ValueError(f"{name}: recurrence_rules_out names a value that is no stage")
    return _Lexicon(orders, lines, tuple(c for c in by_id.values() if c.kind == "history"), ruled_out)


def domain_of(condition_id: str | None) -> str | None:
    """"solid", "blood" or "other" for a known condition, else None."""
    return domains().get(condition_id) if condition_id else None


@lru_cache(maxsize=8192)
def text_domain(text: str) -> str | None:
    """"solid" or "blood" when every disease named in `text` is of that domain, else None."""
    found = {domains().get(h.condition_id) for h in find_condition_names(text, fold(text))} - {"other", None}
    return found.pop() if len(found) == 1 else None


def _free(m: re.Match, blocked) -> bool:
    return not any(s <= m.start() < e for s, e in blocked)


def history_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every earlier treatment `text` names ("after adjuvant chemotherapy"), whose setting
    words are history, not the claim's setting."""
    return [(m.start(), m.end()) for c in _lexicon().history for m in c.regex.finditer(text)]


def _first(text: str, cues, blocked=()) -> str | None:
    past = history_spans(text)
    if past:
        blocked = [*blocked, *past]
    for cue in cues:
        if any(_free(m, blocked) for m in cue.regex.finditer(text)):
            return cue.value
    return None


@lru_cache(maxsize=8192)
def read_setting(text: str, domain: str | None = None) -> str | None:
    """The setting `text` states for a claim on a disease of `domain` ("solid", "blood"; None or
    "other": the default order). A solid tumour's line words give none (see `line_setting`)."""
    lex = _lexicon()
    return _first(text, lex.orders.get(domain or "default", lex.orders["default"]))


@lru_cache(maxsize=8192)
def line_setting(text: str, domain: str | None = None) -> str | None:
    """The setting a line word implies for a solid tumour, the last resort when no stage word of the claim
    or its context states one ("not recommended as part of first treatment" under a newly-diagnosed
    heading). Other domains read line words in `read_setting`, so here they give None."""
    return _first(text, _lexicon().lines) if domain == "solid" else None


@lru_cache(maxsize=8192)
def course_setting(text: str, domain: str | None = None) -> str | None:
    """The course a solid tumour's claim states ("relapsed", "came back", "newly diagnosed"), read only when
    no stage word of the claim or its context says a setting (a recurrent cancer on a page about metastatic
    disease is metastatic). Other domains read course words in `read_setting`, so here they give None."""
    if domain != "solid":
        return None
    return _first(text, (c for c in _lexicon().orders["solid"] if c.kind == "course"))


def stage_setting(text: str | None, blocked: list[tuple[int, int]] = ()) -> str | None:
    """The stage a text states for a solid tumour ("metastatic", "adjuvant", maintenance...), ignoring
    matches that start inside the `blocked` (start, end) ranges (names of interventions)."""
    if not text:
        return None
    return _first(text, (c for c in _lexicon().orders["solid"] if c.kind in ("stage", "phase")), blocked)


def recurrence_rules_out(stage: str | None, text: str) -> bool:
    """True when `text` says a solid tumour came back ("relapsed", "recurred", "came back") and `stage` is
    one a recurrence rules out (adjuvant, neoadjuvant, perioperative): a heading's or a page's "after
    surgery" is then not the setting of the claim `text` states."""
    return stage in _lexicon().before_recurrence and course_setting(text, "solid") == "relapsed-refractory"


def stage_values() -> frozenset[str]:
    """The settings that say how far a solid tumour has gone or where its treatment sits around surgery
    (adjuvant, metastatic...): the state of the disease, not a phase of one treatment (maintenance) nor a
    course that a line word may stand for (relapsed, newly diagnosed)."""
    return frozenset(c.value for c in _lexicon().orders["solid"] if c.kind == "stage")


def guideline_setting(text: str, blocked: list[tuple[int, int]] = (), solid: bool = False) -> str | None:
    """The course a guideline statement names (the `guideline` order: "relapse after a transplant" is the
    relapse), ignoring matches that start inside `blocked` (names of interventions). For a solid tumour a
    line word is its line, not a setting, so only course words are read."""
    cues = _lexicon().orders["guideline"]
    return _first(text, (c for c in cues if c.kind != "line") if solid else cues, blocked)


def line_word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line word in `text`: words a reader of settings must not take for a solid
    tumour's setting."""
    return [(m.start(), m.end()) for c in _lexicon().lines for m in c.regex.finditer(text)]


def names_line(text: str) -> bool:
    return any(c.regex.search(text) for c in _lexicon().lines)
