"""The role reading of one clause: its entities by role, status cue, polarity and links, as a `Frame`.

The clause is read with regular-expression cues from the lexicons, over entity mentions from
`extract.entities.recognize`. Nothing here decides about context (lead-in sentences, headings, anaphora);
the fact extractors do that with the frames returned here.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from extract.text.clauses import Span, extend_over_list, mask, span_end
from extract.reading.cues import EXPANDABLE_CLASSES, NEGATION_CUES, SPAN_CUES, STATUS_CUE_GROUPS
from extract.reading.frames import Frame
from extract.reading.negation import constituent_scope, cue_matches, predicate_scope
from extract.entities.mentions import Mention, either_way
from extract.text.regex_prefilter import CueIndex

_POSITIVE_ORDER = ("approved", "recommended", "investigational", "used")  # investigational beats bare use
BARE_NEGATION = re.compile(r"\b(?:not|no|never|cannot|neither|nor)\b|n't\b", re.IGNORECASE)
# "not for all / not every patient": a negation of a quantifier restricts the claim, it does not deny it.
_NOT_ALL = re.compile(r"\b(?:[Nn]ot|NOT|n't)\b[^,;]{0,40}?\b(?:all|every|everyone|everybody|each|always|necessarily)\b")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_ANAPHOR = re.compile(
    r"\b(?:this|the|that)\s+(?:drug|medicine|medication|agent)\b"
    r"|\bits\s+(?:only\s+|first\s+|initial\s+|new\s+|current\s+)?(?:approval|indication|use|licen[cs]e)\b"
    # "the listing for B continues unchanged": the drug's own listing, still in force
    r"|\b(?:the|its|this)\s+(?:listing|funding|reimbursement|subsidy|coverage)\s+for\b(?=[^.;:]{3,80}?\s(?:continues|remains|stays)\b)"
    r"|\bit\s+(?!(?:is|was)\s+(?:\w+\s+)?(?:recommended|important|possible|necessary|essential|advisable|"
    r"likely|unclear|critical|crucial|best|reasonable|common|unknown|helpful|vital)\b)"
    r"(?=(?:is|was|has|had|received|gained|got|may|can|will|should|also|became|remains|holds|held|carries|obtained|won)\b)"
    # the drug as object: "specialists may use it for ...", "doctors give it to treat ..."
    r"|\b(?:use|uses|using|prescribe[sd]?|prescribing|give|gives|giving|offer|offers|offering|try|tries|have|take|takes"
    r"|approved|approves|authori[sz]ed|authori[sz]es|licensed|cleared)"
    r"\s+it\s+"
    r"(?=(?:for|in|to\s+treat|as|alongside|with)\b)",
    re.IGNORECASE)
# "The licence does not cover B", "The marketing authorisation does not extend to B": the authorisation
# of the drug being discussed stands for the drug. Read only in a denied clause (a restriction of scope);
# a plural ("these listings") may stand for several drugs and is left alone.
_LICENCE_SUBJECT = re.compile(r"\b(?:the|this|that|its)\s+(?:(?:current|present|eu|us|european|uk|conditional|"
                              r"full|marketing|regulatory|product|drug's|medicine's)\s+){0,2}"
                              r"(?:licen[cs]e|authori[sz]ation|approval|label(?:l?ing)?|listing|indication)\b"
                              r"(?!\s+(?:holders?|applications?|of|process)\b)", re.IGNORECASE)


def _licence_subject(masked: str, start: int, trigger: str) -> re.Match | None:
    """ "The licence does not cover B": the authorisation is the subject of the denial, so it stands
    within a few words of the clause start and of the trigger (not "The approval rests on a trial in
    patients who were not suitable for ...")."""
    at = masked.find(trigger, start)
    if at < 0:
        return None
    m = _LICENCE_SUBJECT.search(masked, start, at + len(trigger))
    if m is None or m.start() > at or len(masked[start:m.start()].split()) > 4:
        return None
    return m if m.end() >= at or len(masked[m.end():at].split()) <= 4 else None


_GROUP_ANAPHOR = re.compile(r"\b(?:this|the|that|such\s+an?)\s+(?:(?:new|same|two-drug|three-drug|oral|whole)\s+)?"
                            r"(?:combination|regimen|protocol|doublet|triplet|pairing)\b(?!\s+(?:of|with)\b)"
                            # "These tablets are not used first", "Both medicines are approved": the drugs just named
                            r"|\b(?:these|both|the\s+two|the\s+three|all\s+three|both\s+of\s+these)\s+(?:(?:new|oral|targeted)\s+)?"
                            r"(?:tablets|capsules|medicines|medications|drugs|treatments|therapies|inhibitors|agents)\b"
                            r"(?!\s+(?:of|with|such|like|including)\b)"
                            # "the FDA has approved both for A", "the agency licensed them in 2024": the object
                            # "Neither drug / Neither myeloma combination / Neither of them is ...": the drugs just named
                            r"|\b(?:neither|none)\s+(?:of\s+(?:them|these|those|the\s+(?:two|three))\b(?:\s+[\w-]+)?"
                            r"|(?:[\w-]+\s+)?(?:drugs?|medicines?|medications?|agents?|treatments?|therap(?:y|ies)|"
                            r"combinations?|regimens?|doublets?|triplets?|tablets?|options?)\b)"
                            r"|\b(?:approved|approves|authori[sz]ed|authori[sz]es|licensed|licenses|cleared|clears|funds|funded|"
                            r"reimburses|reimbursed|recommended|recommends)\s+(?:both|them|all\s+(?:three|four))\b",
                            re.IGNORECASE)
# "have" + a treatment, as patient pages say it ("you usually have imatinib as tablets", "some also
# have blinatumomab", "you may have a stem cell transplant"): the treatment is used.
_HAVE_BEFORE = re.compile(r"\b(?:have|has|having)\s+(?:(?:a|an|also|usually|often|then|first|further|more|intensive|standard|"
                          r"combination|adjuvant|targeted|induction|maintenance|high-dose)\s+){0,3}$",
                          re.IGNORECASE)
_OTHER_BEFORE = re.compile(r"\bother\s+$", re.IGNORECASE)
_WITHOUT_BEFORE = re.compile(r"\bwithout\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}$", re.IGNORECASE)
_FINITE_VERB = re.compile(r"\s(?:has|have|had|is|are|was|were|should|must|can|cannot|may|might|will|would|does|do|"
                          r"did|remains?)\s", re.IGNORECASE)
# What a drug is, said right after its name: ", a drug for A," / ", which is used for A," / "(a ... for A)".
# Conditions there describe the drug; the clause's own predicate (and its negation) is not about them.
_APPOSITIVE = re.compile(r"\s*(?:,\s*(?:which|that|a|an|the|one|another|itself|also)\s[^,;()]{0,120}?,"
                         r"|\((?!\s*(?:and|or|plus|with)\s)[^()]{3,120}\))", re.IGNORECASE)


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
                if m.start() > start:  # "A that had grown after earlier treatments took X": the clause's verb
                    stop = _main_verb_end(text, m.end(), stop)
            if cue.kind == "partner":
                stop = extend_over_list(text, m.end(), stop, end, drug_starts)
            at = m.start("at") if "at" in cue.regex.groupindex else m.start()  # "adding X to Y": Y only
            spans.append(Span(at, stop, cue.kind, cue.id))
    return spans


# A past-tense main verb after a mid-clause history or circumstance phrase ("people with A that had spread
# after hormone therapy took X or Y") is the clause's own verb, unless a subject of its own stands just
# before it ("after they received X").
_MAIN_PAST_VERB = re.compile(r"\s(?:took|received|got|started|began|underwent)\s", re.IGNORECASE)
_OWN_SUBJECT = re.compile(r"\b(?:they|he|she|we|you|it|patients|people|participants|adults|children|who|which|that)\s*$",
                          re.IGNORECASE)


def _main_verb_end(text: str, at: int, stop: int) -> int:
    verb = _MAIN_PAST_VERB.search(text, at, stop)
    if verb is None or _OWN_SUBJECT.search(text, at, verb.start()):
        return stop
    return verb.start()


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

    def span_start(self, kind: str, pos: int) -> int | None:
        """Start of the (merged) `kind` span covering `pos`, if any."""
        starts, ends = self._by_kind[kind]
        i = bisect_right(starts, pos) - 1
        return starts[i] if i >= 0 and pos < ends[i] else None

    def role(self, pos: int) -> str | None:
        for kind in _ROLE_ORDER:
            starts, ends = self._by_kind[kind]
            i = bisect_right(starts, pos) - 1
            if i >= 0 and pos < ends[i]:
                return kind
        return None


_FOR_NEXT = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?for\s", re.IGNORECASE)


def _pairs_after_colon(text: str, start: int, end: int, local: list[tuple[Mention, int]]) -> bool:
    """ "Treatment follows the subtype: X for A, Y for B": drug-for-disease pairs listed after a colon, with
    no verb of their own, each say the drug is used for the disease that follows it."""
    colon = text.find(":", start, end)
    if colon < 0:
        return False
    conditions = sorted(pos for m, pos in local if m.kind == "condition" and pos > colon)
    for m, pos in local:
        if m.kind != "drug" or pos <= colon:
            continue
        stop = pos + m.end - m.start
        i = bisect_right(conditions, stop)  # the first condition after the drug
        if i < len(conditions) and conditions[i] <= stop + 60 and _FOR_NEXT.match(text, stop, end):
            return not _FINITE_VERB.search(text, colon, end)
    return False


# What a closing relative clause may restate: a use noun ("a regimen that", "an approach that") or the
# way the drug was just said to be given ("as a single agent, which").
_USE_ANTECEDENT = re.compile(
    r"(?:\b(?:an?|the|this)\s+(?:[\w-]+\s+){0,2}?(?:regimen|approach|use|option|combination|practice|schedule|"
    r"strategy|way)|\b(?:alone|on\s+its\s+own|as\s+(?:an?\s+)?(?:single\s+agent|monotherapy|maintenance)|monotherapy))"
    r"\s*[,–—-]?\s*$", re.IGNORECASE)


def _closing_restriction(text: str, span: Span, end: int, local) -> tuple[str, str, list[Mention]] | None:
    """(status, cue, conditions) when the relative clause `span` ends the clause, restates the use just
    named and negates it with a predicate cue for a condition it names; None otherwise."""
    if text[span.end:end].strip(" .;:!)") or not _USE_ANTECEDENT.search(text, max(0, span.start - 80), span.start):
        return None
    conditions = [m for m, pos in local if m.kind == "condition" and span.start <= pos < span.end]
    if not conditions:
        return None
    for cue in NEGATION_CUES:
        if cue.kind == "predicate":
            m = cue.regex.search(text, span.start, span.end)
            if m:
                return cue.status or "not_indicated", m.group(0), conditions
    return None


def _treated_before(span_start: int | None, pos: int, drug_starts: list[int]) -> bool:
    """A condition in a history span is the history's own ("had received X for A") when a treatment
    is named before it there; otherwise the history describes the patients' disease ("previously
    treated A", "A that has already been treated") and A is the claim's."""
    if span_start is None:
        return False
    i = bisect_right(drug_starts, span_start - 1)
    return i < len(drug_starts) and drug_starts[i] < pos


def read_clause(text: str, start: int, end: int, mentions: list[Mention], sent_start: int,
                class_members: dict[str, list[str]]) -> Frame:
    """Read the clause text[start:end]; `mentions` carry absolute offsets (minus `sent_start`)."""
    facts = Frame(start, end, text=text)
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

    # A harm the drug brings ("raises the risk of C", "can cause C") is dropped whole: C is no indication.
    spans = [Span(s.start, s.end, "dropped", s.cue_id) if s.kind == "harm" else s for s in spans]
    # A relative clause that holds a negation is dropped whole (drugs, conditions and cues); when it
    # closes the clause and restates the use just named, its negation restricts that use.
    for i, s in enumerate(spans):
        if s.kind == "relative" and BARE_NEGATION.search(text, s.start, s.end):
            benign = any(c.kind == "benign" and c.regex.search(text[s.start:s.end]) for c in NEGATION_CUES)
            if not benign:
                spans[i] = Span(s.start, s.end, "dropped", s.cue_id)
                if facts.restriction is None:
                    facts.restriction = _closing_restriction(text, s, end, local)
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
                facts.arms = True
                continue
            statuses.add(cue.status)
            trial_only = trial_only and cue.explicit_condition
    facts.status = next((s for s in _POSITIVE_ORDER if s in statuses), None)
    if caps and facts.status in ("approved", "recommended"):
        facts.status = caps[0]  # "randomized to X or to a standard regimen of Y": the arms are used
    elif caps and facts.status is None:
        facts.status = caps[0]  # "... were allocated (1:1:1) to X, to Y or to Z": the arms are used
    facts.status_needs_condition = bool(statuses) and trial_only
    if facts.status is None and _pairs_after_colon(text, start, end, local):
        facts.status = "used"  # "matched to the subtype: X for A, Y for B"
    if facts.status is None and any(m.kind in ("drug", "intervention") and _HAVE_BEFORE.search(
            masked, max(start, pos - 40), pos) for m, pos in local):
        facts.status = "used"  # "children usually have chemotherapy", "you might have imatinib"

    # Polarity.
    cues = cue_matches(neg_masked, start, end, possible, _NEGATION_FIRST, text)
    explained = [(s, e) for kind in cues for s, e, _ in cues[kind]]
    facts.hypothetical = bool(cues["hypothetical"])
    if cues["predicate"]:
        s, e, cue = min(cues["predicate"], key=lambda c: c[0])  # the first one written
        facts.negation = ("not_recommended" if any(c.status == "not_recommended" for _, _, c in cues["predicate"])
                          else "not_indicated")
        facts.negation_cue = text[s:e]
        facts.predicate_cue = cue.id
        facts.negations.extend(predicate_scope(text, s, e, c, start, end) for s, e, c in cues["predicate"])
    scopes = []
    alternatives = []  # "instead of X" / "rather than X": a drug there is an alternative, not negated
    constituent = []
    for s, e, cue in cues["constituent"]:
        stop = span_end(neg_masked, e, end)
        # The negated phrase is the noun phrase right after the cue, not what follows its head.
        first = min((p for _, p in local if e <= p < stop), default=None)
        scope = constituent_scope(neg_masked, s, e, cue, end, first)
        stop = scope.end
        constituent.append(scope)
        scopes.append((e, stop, text[s:e].strip(" ,;(")))
        if cue.id == "rather-than":
            alternatives.append((e, stop))
    rest = mask(neg_masked, explained)
    if BARE_NEGATION.search(rest, start, end) or (explained and _NOT_ALL.search(neg_masked, start, end)):
        facts.uncertain = True

    # Entities by role.
    scoped_hits = [False] * len(scopes)
    roles = _RoleIndex(spans)
    for m, pos in local:
        role = roles.role(pos)
        hits = [i for i, (s, e, _) in enumerate(scopes) if s <= pos < e]
        in_scope = hits[0] if hits else None
        if m.kind == "condition":
            if role == "dropped" or roles.span_start("dropped", pos) is not None or (
                    m.surface.lower() == "all" and m.surface != "ALL"):
                continue
            if role == "prior" and _treated_before(roles.span_start("prior", pos), pos, drug_starts):
                continue  # "who had received azacitidine for MDS": the disease of the history
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
            if m.attrs.get("variant"):
                facts.variants[pos] = m.attrs["variant"]  # "EGFR exon 19 deletion", "PD-L1 TPS >= 50%"
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
    for (s, e, cue_text), hit, scope in zip(scopes, scoped_hits, constituent):
        if hit:
            facts.constituent_cue = facts.constituent_cue or cue_text
            facts.negations.append(scope)
        else:
            facts.uncertain = True  # "not" with nothing we know after it
    anaphor = _ANAPHOR.search(masked, start, end)
    if anaphor is None and facts.negation and not facts.principal:
        anaphor = _licence_subject(masked, start, facts.negation_cue)
    group = None if facts.principal else _GROUP_ANAPHOR.search(masked, start, end)
    facts.anaphor, facts.group_anaphor = anaphor is not None, group is not None
    if not facts.principal and facts.partners and any(sp.cue_id == "drug-named-combination" for sp in spans):
        facts.anaphor = True  # "the pomalidomide combination": the subject drug with pomalidomide
    if anaphor or group:
        facts.links.anaphor = (anaphor or group).group(0).strip()
    facts.respectively = bool(_RESPECTIVELY.search(text, start, end))
    return facts
