"""What one clause says about drugs and conditions: roles, status cue, polarity, certainty.

The clause is read with regular-expression cues from the lexicons, over entity mentions from
`extract.entities.recognize`. Nothing here decides about context (lead-in sentences, headings, anaphora);
`extract.indications.rows` does that with the facts returned here.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from extract.text.clauses import Span, extend_over_list, mask, span_end
from extract.indications.cues import (EXPANDABLE_CLASSES, NEGATION_CUES, NEGATION_HINT, SPAN_CUES,
                                         STATUS_CUE_GROUPS)
from extract.entities.mentions import Mention, either_way
from extract.text.regex_prefilter import CueIndex

_POSITIVE_ORDER = ("approved", "recommended", "investigational", "used")  # investigational beats bare use
_BARE_NEGATION = re.compile(r"\b(?:not|no|never|cannot|neither|nor)\b|n't\b", re.IGNORECASE)
# "not for all / not every patient": a negation of a quantifier restricts the claim, it does not deny it.
_NOT_ALL = re.compile(r"\b(?:[Nn]ot|NOT|n't)\b[^,;]{0,40}?\b(?:all|every|everyone|everybody|each|always|necessarily)\b")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_ANAPHOR = re.compile(
    r"\b(?:this|the|that)\s+(?:drug|medicine|medication|agent)\b"
    r"|\bits\s+(?:only\s+|first\s+|initial\s+|new\s+|current\s+)?(?:approval|indication|use|licen[cs]e)\b"
    r"|\bit\s+(?!(?:is|was)\s+(?:\w+\s+)?(?:recommended|important|possible|necessary|essential|advisable|"
    r"likely|unclear|critical|crucial|best|reasonable|common|unknown|helpful|vital)\b)"
    r"(?=(?:is|was|has|had|received|gained|got|may|can|will|should|also|became|remains)\b)"
    # the drug as object: "specialists may use it for ...", "doctors give it to treat ..."
    r"|\b(?:use|uses|using|prescribe[sd]?|prescribing|give|gives|giving|offer|offers|offering|try|tries|have|take|takes)"
    r"\s+it\s+"
    r"(?=(?:for|in|to\s+treat|as|alongside|with)\b)",
    re.IGNORECASE)
# "have" + a treatment, as patient pages say it ("you usually have imatinib as tablets", "some also
# have blinatumomab", "you may have a stem cell transplant"): the treatment is used.
_HAVE_BEFORE = re.compile(r"\b(?:have|has|having)\s+(?:(?:a|an|also|usually|often|then|first|further|more)\s+){0,2}$",
                          re.IGNORECASE)
_SCOPE_STOP = re.compile(r"\s(?:for|in|as|at|after|before|because|since|if|when|to\s+treat)\s", re.IGNORECASE)
_OTHER_BEFORE = re.compile(r"\bother\s+$", re.IGNORECASE)
_WITHOUT_BEFORE = re.compile(r"\bwithout\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}$", re.IGNORECASE)
_FINITE_VERB = re.compile(r"\s(?:has|have|had|is|are|was|were|should|must|can|cannot|may|might|will|would|does|do|"
                          r"did|remains?)\s", re.IGNORECASE)
# What a drug is, said right after its name: ", a drug for A," / ", which is used for A," / "(a ... for A)".
# Conditions there describe the drug; the clause's own predicate (and its negation) is not about them.
_APPOSITIVE = re.compile(r"\s*(?:,\s*(?:which|that|a|an|the|one|another|itself|also)\s[^,;()]{0,120}?,"
                         r"|\((?!\s*(?:and|or|plus|with)\s)[^()]{3,120}\))", re.IGNORECASE)


@dataclass
class ClauseFacts:
    """Entities by role and the cues found in one clause (offsets relative to the sentence)."""

    start: int
    end: int
    principal: list[tuple[str, int]] = field(default_factory=list)  # (drug_id, offset)
    partners: list[tuple[str, int]] = field(default_factory=list)
    comparators: list[tuple[str, int]] = field(default_factory=list)
    negated_drugs: list[tuple[str, int]] = field(default_factory=list)
    conditions: list[Mention] = field(default_factory=list)
    negated_conditions: list[Mention] = field(default_factory=list)
    biomarkers: list[tuple[str, str | None, int]] = field(default_factory=list)  # (symbol, status, offset)
    interventions: list[str] = field(default_factory=list)
    has_entities: bool = False
    status: str | None = None  # strongest positive status cue (negations ignored)
    status_needs_condition: bool = False  # the status came from trial / efficacy wording only
    negation: str | None = None  # not_indicated / not_recommended when the claim is negated
    negation_cue: str | None = None
    constituent_cue: str | None = None
    hypothetical: bool = False
    uncertain: bool = False  # a negation word no cue explains: say nothing
    anaphor: bool = False
    no_condition: bool = False
    supportive: bool = False  # "... to prevent infections": supportive care, not an indication
    respectively: bool = False
    core_text: str = ""  # the clause with prior / circumstance / dropped stretches blanked


# Most cues are absent from most clauses: one pass over the sentence finds which ones could match
# (the same result as searching them all). Span cues, then status cue members, then negation cues.
_CUES = CueIndex([*(c.regex for c in SPAN_CUES), *(c.regex for group in STATUS_CUE_GROUPS for c in group),
                  *(c.regex for c in NEGATION_CUES)])
_STATUS_FIRST = [len(SPAN_CUES) + sum(map(len, STATUS_CUE_GROUPS[:i])) for i in range(len(STATUS_CUE_GROUPS))]
_NEGATION_FIRST = len(SPAN_CUES) + sum(map(len, STATUS_CUE_GROUPS))


def _spans(text: str, start: int, end: int, drug_starts: list[int], possible: set[int]) -> list[Span]:
    """Role spans of the clause text[start:end]; `possible`: the cues of `_CUES` that may match there."""
    spans = []
    for i, cue in enumerate(SPAN_CUES):
        if i not in possible:
            continue
        for m in cue.regex.finditer(text, start, end):
            if cue.kind in ("no-condition", "supportive") or cue.exact:
                spans.append(Span(m.start(), m.end(), cue.kind, cue.id))
                continue
            stop = span_end(text, m.end(), end)
            if cue.kind == "prior" and _in_relative_clause(text, m.start()):
                stop = _relative_history_end(text, m.end(), stop, end, drug_starts)
            elif cue.kind == "relative" and _RELATIVE_PRONOUN.match(text, m.start()):
                stop = _relative_clause_end(text, m.end(), stop)
            if cue.ends_at_verb:
                verb = _FINITE_VERB.search(text, m.end(), stop)
                stop = verb.start() if verb else stop
            if cue.kind == "partner":
                stop = extend_over_list(text, m.end(), stop, end, drug_starts)
            at = m.start("at") if "at" in cue.regex.groupindex else m.start()  # "adding X to Y": Y only
            spans.append(Span(at, stop, cue.kind, cue.id))
    return spans


_RELATIVE_PRONOUN = re.compile(r"(?:who|that|which|whose)\b", re.IGNORECASE)
_AND_OR = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|that|which)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)


def _in_relative_clause(text: str, pos: int) -> bool:
    return bool(_RELATIVE_PRONOUN.match(text, pos) or _RELATIVE_BEFORE.search(text, max(0, pos - 40), pos))


def _relative_history_end(text: str, cue_end: int, stop: int, end: int, drug_starts: list[int]) -> int:
    """"Patients who have received X, Y and Z may be given W": history said in a relative clause
    runs over the whole list of drugs and ends where the sentence's own verb begins."""
    listed = extend_over_list(text, cue_end, stop, end, drug_starts)
    if _AND_OR.search(text, stop, listed):  # ", Y and Z": a list; a bare ", W did ..." is the main clause
        stop = listed
    verb = _FINITE_VERB.search(text, max(cue_end - 1, 0), stop)
    return verb.start() if verb else stop


def _relative_clause_end(text: str, pronoun_end: int, stop: int) -> int:
    """"Patients with CML who cannot take imatinib may receive bosutinib": a relative clause after the
    subject ends before the main verb, the first finite verb after the clause's own one (if the
    clause starts with an auxiliary: "who cannot", "that are")."""
    verb = _FINITE_VERB.search(text, max(pronoun_end - 1, 0), stop)
    if verb is not None and len(text[pronoun_end:verb.start()].split()) <= 1:
        verb = _FINITE_VERB.search(text, verb.end() - 1, stop)  # the clause's own auxiliary: the next one
    return verb.start() if verb else stop


_ROLE_ORDER = ("prior", "circumstance", "dropped", "comparator", "partner")


class _RoleIndex:
    """Which role span covers a position; built once per clause, looked up by bisection.

    Priority: prior > circumstance > relative-dropped > comparator > partner. A scan of
    every span per mention was O(spans x mentions) on long comparison chains.
    """

    def __init__(self, spans: list[Span]):
        self._by_kind = {}
        for kind in _ROLE_ORDER:
            merged = []
            for s, e in sorted((s.start, s.end) for s in spans if s.kind == kind and s.end > s.start):
                if merged and s <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], e)
                else:
                    merged.append([s, e])
            self._by_kind[kind] = ([s for s, _ in merged], [e for _, e in merged])

    def role(self, pos: int) -> str | None:
        for kind in _ROLE_ORDER:
            starts, ends = self._by_kind[kind]
            i = bisect_right(starts, pos) - 1
            if i >= 0 and pos < ends[i]:
                return kind
        return None


def _role(pos: int, spans: list[Span]) -> str | None:
    """The span kind covering `pos` (kept for callers with a single lookup)."""
    return _RoleIndex(spans).role(pos)


def _cue_matches(masked: str, start: int, end: int, possible: set[int]):
    """Negation cue matches by kind; benign matches hide the words they explain.

    `masked` is the sentence with stretches blanked; `possible` the cues of `_CUES` that may match
    in the unblanked clause (a cue absent from it is absent from `masked` too).
    """
    found = {"benign": [], "predicate": [], "constituent": [], "hypothetical": []}
    if not any(i >= _NEGATION_FIRST for i in possible) or not NEGATION_HINT.search(masked, start, end):
        return found
    for i, cue in enumerate(NEGATION_CUES):
        if _NEGATION_FIRST + i not in possible:
            continue
        for m in cue.regex.finditer(masked, start, end):
            found[cue.kind].append((m.start(), m.end(), cue))
    taken = [(s, e) for s, e, _ in found["benign"] + found["predicate"]]
    found["constituent"] = [(s, e, c) for s, e, c in found["constituent"]
                            if not any(ts <= s < te or s <= ts < e for ts, te in taken)]
    found["predicate"] = [(s, e, c) for s, e, c in found["predicate"]
                          if not any(bs <= s < be for bs, be, _ in found["benign"])]
    return found


def analyse_clause(text: str, start: int, end: int, mentions: list[Mention], sent_start: int,
                   class_members: dict[str, list[str]]) -> ClauseFacts:
    """Read the clause text[start:end]; `mentions` carry absolute offsets (minus `sent_start`)."""
    facts = ClauseFacts(start, end)
    local = [(m, m.start - sent_start) for m in mentions if start <= m.start - sent_start < end]
    facts.has_entities = any(m.kind in ("drug", "intervention") for m, _ in local)
    drug_starts = sorted(p for m, p in local if m.kind in ("drug", "intervention"))
    possible = _CUES.hits(text).within(start, end)
    spans = _spans(text, start, end, drug_starts, possible)
    for m, pos in local:
        if m.kind in ("drug", "intervention"):
            app = _APPOSITIVE.match(text, pos + (m.end - m.start), end)
            if app:
                spans.append(Span(app.start(), app.end(), "relative", "appositive"))

    # A relative clause that holds a negation is dropped whole (drugs, conditions and cues).
    for i, s in enumerate(spans):
        if s.kind == "relative" and _BARE_NEGATION.search(text, s.start, s.end):
            benign = any(c.kind == "benign" and c.regex.search(text[s.start:s.end]) for c in NEGATION_CUES)
            if not benign:
                spans[i] = Span(s.start, s.end, "dropped", s.cue_id)
    facts.no_condition = any(s.kind == "no-condition" for s in spans)
    facts.supportive = any(s.kind == "supportive" for s in spans)
    describing = [(s.start, s.end) for s in spans if s.cue_id == "appositive" and s.kind == "relative"]
    hidden = [(s.start, s.end) for s in spans if s.kind in ("prior", "circumstance", "dropped")]
    masked = mask(text, hidden)
    facts.core_text = masked[start:end]
    neg_masked = mask(masked, [(s.start, s.end) for s in spans if s.kind == "comparator"])

    # Status cues (negation words do not hide them: "not used" still tells the kind of claim).
    statuses, trial_only = set(), True
    window = masked[start:end]
    caps = []
    for group, first in zip(STATUS_CUE_GROUPS, _STATUS_FIRST):
        cue = group[0]  # the members share status, explicit_condition and caps
        if any(first + j in possible and c.regex.search(window) for j, c in enumerate(group)):
            if cue.caps:
                caps.append(cue.status)
                continue
            statuses.add(cue.status)
            trial_only = trial_only and cue.explicit_condition
    facts.status = next((s for s in _POSITIVE_ORDER if s in statuses), None)
    if caps and facts.status in ("approved", "recommended"):
        facts.status = caps[0]  # "randomized to X or to a standard regimen of Y": the arms are used
    facts.status_needs_condition = bool(statuses) and trial_only
    if facts.status is None and any(m.kind in ("drug", "intervention") and _HAVE_BEFORE.search(
            masked, max(start, pos - 40), pos) for m, pos in local):
        facts.status = "used"  # "children usually have chemotherapy", "you might have imatinib"

    # Polarity.
    cues = _cue_matches(neg_masked, start, end, possible)
    explained = [(s, e) for kind in cues for s, e, _ in cues[kind]]
    facts.hypothetical = bool(cues["hypothetical"])
    if cues["predicate"]:
        s, e, cue = min(cues["predicate"], key=lambda c: c[0])  # the first one written
        facts.negation = ("not_recommended" if any(c.status == "not_recommended" for _, _, c in cues["predicate"])
                          else "not_indicated")
        facts.negation_cue = text[s:e]
    scopes = []
    alternatives = []  # "instead of X" / "rather than X": a drug there is an alternative, not negated
    for s, e, cue in cues["constituent"]:
        stop = span_end(neg_masked, e, end)
        # The negated phrase is the noun phrase right after the cue, not what follows its head.
        first = min((p for _, p in local if e <= p < stop), default=None)
        inner = _SCOPE_STOP.search(neg_masked, first, stop) if first is not None else None
        stop = inner.start() if inner else stop
        scopes.append((e, stop, text[s:e].strip(" ,;(")))
        if cue.id == "rather-than":
            alternatives.append((e, stop))
    rest = mask(neg_masked, explained)
    if _BARE_NEGATION.search(rest, start, end) or (explained and _NOT_ALL.search(neg_masked, start, end)):
        facts.uncertain = True

    # Entities by role.
    scoped_hits = [False] * len(scopes)
    roles = _RoleIndex(spans)
    for m, pos in local:
        role = roles.role(pos)
        hits = [i for i, (s, e, _) in enumerate(scopes) if s <= pos < e]
        in_scope = hits[0] if hits else None
        if m.kind == "condition":
            if role in ("prior", "dropped") or (m.surface.lower() == "all" and m.surface != "ALL"):
                continue
            if facts.negation and any(a <= pos < b for a, b in describing):
                continue  # "X, a drug for A, is not used for B": A is not negated
            if in_scope is not None:
                for i in hits:
                    scoped_hits[i] = True
                facts.negated_conditions.append(m)
            else:
                facts.conditions.append(m)
        elif m.kind == "biomarker":
            if role in ("prior", "dropped"):
                continue
            status = m.attrs.get("status") or m.attrs.get("biomarker_status")
            if either_way(text, pos):
                continue  # "with or without 17p deletion": the claim holds either way
            if _WITHOUT_BEFORE.search(text, max(0, pos - 40), pos):
                status = "negative"
            facts.biomarkers.append((m.id, status, pos))
        elif m.kind in ("drug", "intervention"):
            if role in ("prior", "circumstance", "dropped"):
                continue
            if in_scope is not None and any(a <= pos < b for a, b in alternatives):
                for i in hits:
                    scoped_hits[i] = True
                continue  # "instead of chemotherapy": an alternative, neither negated nor given with it
            if m.kind == "intervention":
                facts.interventions.append(m.id)
                members = class_members.get(m.id) or [] if m.id in EXPANDABLE_CLASSES else []
                if role == "partner" or not members:
                    continue
                named_here = {d.id for d, _ in local if d.kind == "drug"}
                if named_here & set(members) and not _OTHER_BEFORE.search(text, max(0, pos - 8), pos):
                    continue  # "imatinib is the most common TKI": the class names the drug, not more drugs
                if _OTHER_BEFORE.search(text, max(0, pos - 8), pos):
                    members = [d for d in members if d not in named_here]
                ids = members
            else:
                ids = [m.id]
            if role is None and _WITHOUT_BEFORE.search(text, max(0, pos - 40), pos) and not either_way(text, pos):
                continue
            if in_scope is not None:
                for i in hits:
                    scoped_hits[i] = True
                facts.negated_drugs.extend((d, pos) for d in ids)
            elif role == "comparator":
                facts.comparators.extend((d, pos) for d in ids)
            elif role == "partner":
                facts.partners.extend((d, pos) for d in ids)
            else:
                facts.principal.extend((d, pos) for d in ids)
    for (s, e, cue_text), hit in zip(scopes, scoped_hits):
        if hit:
            facts.constituent_cue = facts.constituent_cue or cue_text
        else:
            facts.uncertain = True  # "not" with nothing we know after it
    facts.anaphor = bool(_ANAPHOR.search(masked, start, end))
    facts.respectively = bool(_RESPECTIVELY.search(text, start, end))
    return facts
