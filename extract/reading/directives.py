"""Directive statements of one sentence, as frames, and the interventions each recommends.

A statement (a `Frame` with a `direction`) is the stretch of a sentence governed by one directive cue ("is recommended",
"should be considered", "is an option", an imperative "Give ..."). Two cues joined by "; however",
", but", ", or" make two statements; "either A ..., or B ..." under one cue makes two as well.
Interventions named in a restricting clause ("patients who relapsed after allo-HSCT", "before
midostaurin is started", "not X") are context, not part of what is recommended.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.reading.directive_cues import Cue, all_triggers, directive_cues, not_a_recommendation
from extract.reading.frames import Frame, NegationScope

PRIORITY = {"not_recommended": 0, "recommended": 1, "consider": 2, "option": 3}
CLAUSE_START = re.compile(r"(?:^|[,;:|]|\(|\u2022|\.)\s*(?:(?:and|then|so)\s+)?$")  # "|": a table cell starts
BOUNDARY = re.compile(r";\s*(?:however,?\s*)?|,\s*(?:but|or|and|whereas|while|however|yet)\b|\bwhereas\b|\bhowever,",
                      re.IGNORECASE)
EITHER_OR = re.compile(r"\beither\b(?P<a>.+?),\s*(?P<or>or)\b", re.IGNORECASE)
# Openers of a restricting clause; the clause runs to the next comma, semicolon or bracket.
RESTRICTING = re.compile(
    r"\b(?:who|whose|whom|if|unless|when|whenever|after|following|post|before(?!\s+(?:each|every)\s+(?:infusion|dose|injection|cycle|treatment|session)\b(?!\s+of\b))|during|prior\s+to|previous(?:ly)?|"
    r"despite|undergoing|treated\s+with|pretreated\s+with|exposed\s+to|resistant\s+to|refractory\s+to|"
    r"intoleran\w+\s+(?:of|to)|tolerate|failed|failure\s+of|respon(?:d|ded|se)\s+to|rather\s+than|"
    r"instead\s+of|other\s+than|ahead\s+of|earlier[- ]generation|outside(?:\s+of)?|unfit\s+for|ineligible\s+for|"
    r"not\s+(?:a\s+)?candidates?\s+for|preclud\w+|too\s+frail\s+for|replac(?:es|ed|ing)|in\s+place\s+of|"
    r"alternatives?\s+to|substitutes?\s+for|receiving|(?<=\bpatients\s)taking|(?<=\bpeople\s)taking)\b|"
    r"(?:,\s*|\()not\b",
    re.IGNORECASE)
CLAUSE_END = re.compile(r"[,;)|]|\s-\s|\s–\s")  # "|" ends a table cell
# ", such as X or Y" after a prior treatment names examples of it: the restriction runs on over them
EXAMPLES = re.compile(r",?\s*(?:such\s+as|including|e\.g\.,?|for\s+example,?|for\s+instance,?|like)\s", re.IGNORECASE)
_OPEN_BRACKET = re.compile(r"\s{0,2}\(")
# "the drug", "this medicine", and "it" as the object of a recommending verb ("NICE has recommended it").
ANAPHOR = re.compile(r"\b(?:the|this|that)\s+(?:drug|agent|medication|medicine|approval|treatment|combination|regimen|"
                     r"doublet|triplet)(?:'s|’s)?(?![\w-])|^\W*It(?=\s+(?:is|remains|was)\b)"
                     r"|\b(?:recommend(?:s|ed)?|prefer(?:s|red)?|endorse[sd]?|advise[sd]?)\s+it\b", re.IGNORECASE)
NOT_A_TREATMENT_CLAUSE = re.compile(
    r"\brecommended\s+(?:\w+\s+){0,3}?(?:dose|doses|dosing|dosage)\b|\b(?:dose|doses|dosing|dosage)\b[^.;]*\bshould\b"
    r"|\b(?:side\s+effects?|contraindications?|adverse\s+(?:events?|effects?)|toxicit(?:y|ies))\b[^.;]{0,60}\bshould\b"
    # how to take a medicine, and who may enter a trial, are not treatment recommendations
    r"|\bwith(?:out)?\s+food\b|\bwith\s+(?:a\s+glass\s+of\s+)?water\b|\bempty\s+stomach\b|\bswallow\w*|\bmissed\b"
    r"|\b(?:were|was)\s+(?:not\s+)?eligible\b|\beligibility\b|\beligible\s+for\s+(?:the|this|a)\s+(?:trial|study)\b"
    r"|\b(?:were|was|be|being)\s+enroll?ed\b|\benroll?ment\b(?!\s+(?:in|into|on)\s+an?\s+(?:[\w-]+\s+)?(?:clinical\s+)?(?:trial|study)\s+(?:should|must|is|are|may)\b)|\b(?:inclusion|exclusion)\s+criteria\b"
    r"|\bwere\s+required\b"
    # precautions, dose changes and regulators' marketing opinions share the words too
    r"|\bwith\s+caution\b|\bdose\s+(?:reduction|adjustment|modification|interruption|escalation|increase)s?\b"
    r"|\b(?:reduce|adjust|interrupt|lower|increase|decrease|hold)\s+the\s+dose\b"
    # (but "recommended, within its marketing authorisation, as an option for ..." is how NICE recommends)
    r"|\brecommended\s+(?:for\s+)?(?:approval|granting|marketing)\b"
    r"|(?<!within\sits\s)(?<!within\stheir\s)\bmarketing\s+authori[sz]ation\b|\bCHMP\b",
    re.IGNORECASE)
INTERVENTION_KINDS = ("drug", "intervention")
# A name that only modifies another word ("a steroid-containing mouthwash", "lenalidomide-refractory myeloma",
# "imatinib-resistant GIST") is not what is recommended.
# A drug name that only modifies another noun: "X-containing", "X-refractory", "the remaining X doses", "X activity
# levels" (the quantity, not the treatment a directive names).
COMPOUND_MODIFIER = re.compile(r"[-‐](?:containing|free|sparing|induced|related|associated|refractory|resistant|"
                               r"na[iï]ve|exposed|pre-?treated|intolerant|ineligible|eligible|experienced)\b"
                               r"|\s+(?:doses|activity|levels|concentrations|exposures?)\b",
                               re.IGNORECASE)
# "X raises the risk of clots, so Y should be given": what comes before "so" is the reason, not the directive.
REASON_BEFORE = re.compile(r",\s*(?:so|therefore|thus|hence)\b,?|;\s*(?:so|therefore|thus|hence)\b,?", re.IGNORECASE)
# The subject a cue needs sits in the cue's own clause: "X is not approved for A, and testing is required"
# does not make X required.
SUBJECT_BREAK = re.compile(r"[;:]|,\s*(?:and|but|or|while|whereas|so|yet)\b|[.!?]\s")


@dataclass(frozen=True)
class CueHit:
    direction: str
    start: int
    end: int
    graded: bool = False  # an evidence grade only: a list's lead-in, when there is one, says more
    imperative: bool = False  # an imperative verb at a clause start ("Give X", "Do not use Y")


def statement(direction: str, start: int, end: int, spans: list[tuple[int, int]] | None = None, text: str = "",
              imperative: bool = False, negations: list[NegationScope] | None = None) -> Frame:
    """The frame of one recommendation inside a sentence (offsets local to the sentence text); `spans`
    say where its interventions are read (the whole statement by default)."""
    return Frame(start, end, text=text, direction=direction, spans=spans if spans is not None else [(start, end)],
                 imperative=imperative, negations=negations or [])


@dataclass(frozen=True)
class Named:
    """An intervention or drug named in a sentence (local offsets)."""

    id: str
    start: int
    end: int
    is_drug: bool = False
    members: tuple[str, ...] = ()  # a regimen acronym ("pola-R-CHP") stands for its member drugs


def _at_clause_start(text: str, pos: int) -> bool:
    return bool(CLAUSE_START.search(text[:pos]))


def may_have_cue(text: str) -> bool:
    lowered = text.lower()
    return any(t in lowered for t in all_triggers())


def find_cues(text: str, named, guideline: bool) -> list[CueHit]:
    """Directive cues of one sentence, overlaps resolved (negation wins, then the longer cue).

    `named` is the sentence's intervention names, or a callable returning them: they are needed only
    for cues that want an intervention as their subject, so they are computed only then.
    """
    hits: list[tuple[int, int, int, CueHit]] = []
    grades: list[tuple[int, int, int, CueHit]] = []  # evidence grades: a directive only when no verb says one
    lowered = text.lower()
    for cue in directive_cues():
        if not cue.may_match(lowered):
            continue
        for m in cue.regex.finditer(text):
            if cue.not_after is not None and cue.not_after.search(text, max(0, m.start() - 60), m.start()):
                continue  # "no other treatment options": the cue's noun is denied
            if cue.needs == "subject":
                if callable(named):
                    named = named()
                if not any(n.end <= m.start() and not SUBJECT_BREAK.search(text, n.end, m.start()) for n in named) \
                        and not _anaphor_subject(text, m.start()):
                    continue
            elif not _cue_allowed(cue, text, m, guideline):
                continue
            hit = CueHit(cue.direction, m.start(), m.end(), cue.needs == "grade", cue.needs == "clause_start")
            (grades if cue.needs == "grade" else hits).append(
                (PRIORITY[cue.direction], -(m.end() - m.start()), m.start(), hit))
    if not hits:
        hits = grades[:1]
    chosen: list[CueHit] = []
    for _, _, _, hit in sorted(hits):
        if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda c: c.start)


COMBINATION_ANAPHOR = re.compile(r"\b(?:combination|regimen|doublet|triplet)\b", re.IGNORECASE)


def _anaphor_subject(text: str, cue_start: int) -> bool:
    """"The combination is the preferred therapy": a pronoun-like subject in the cue's own clause."""
    return any(a.end() <= cue_start and not SUBJECT_BREAK.search(text, a.end(), cue_start)
               for a in ANAPHOR.finditer(text) if a.start() < cue_start)


# An imperative after a comma follows an opening clause ("If MRD persists, give ..."); after a
# subject with an appositive ("Two drugs, X and Y, give clinicians options") it is a plain verb.
OPENING_CLAUSE = re.compile(r"^\W*(?:if|when|whenever|where|for|in|among|after|once|unless|before|during|as|"
                            r"at|on|following|then|otherwise|alternatively|finally|first|second|third|to|because|given|"
                            r"since)\b",
                            re.IGNORECASE)


def _cue_allowed(cue: Cue, text: str, m: re.Match, guideline: bool) -> bool:
    if cue.needs == "clause_start":
        before = text[:m.start()]
        if not _at_clause_start(text, m.start()):
            return False
        if before.rstrip().endswith(",") and not OPENING_CLAUSE.match(before):
            return False
        return (m.start() == 0 or text[m.start()].islower() or not before.strip(" \t•-*–")
                or before.rstrip().endswith("|"))  # the first word of a table cell
    if cue.needs in ("guideline", "grade"):
        return guideline
    return True


def split_statements(text: str, cues: list[CueHit]) -> list[Frame]:
    """One statement per cue (cues of one clause merged), then "either A, or B" splits."""
    if not cues:
        return []
    groups: list[list[CueHit]] = [[cues[0]]]
    cuts: list[int] = []
    for prev, cur in zip(cues, cues[1:]):
        between = list(BOUNDARY.finditer(text, prev.end, cur.start))
        if between:
            groups.append([cur])
            cuts.append(between[-1].start())
        else:
            groups[-1].append(cur)
    bounds = [0, *cuts, len(text)]
    out: list[Frame] = []
    for group, lo, hi in zip(groups, bounds, bounds[1:]):
        reasons = list(REASON_BEFORE.finditer(text, lo, group[0].start))
        lo = reasons[-1].end() if reasons else lo
        direction = min((c.direction for c in group), key=PRIORITY.__getitem__)
        imperative = any(c.imperative and c.direction == direction for c in group)
        negations = [NegationScope(text[c.start:c.end].strip(), "directive-" + c.direction.replace("_", "-"),
                                   "predicate", "bidirectional", lo, hi) for c in group if c.direction == direction
                     and direction == "not_recommended"]
        out.extend(_either_or(text, statement(direction, lo, hi, None, text, imperative, negations)))
    return out


def _either_or(text: str, st: Frame) -> list[Frame]:
    m = EITHER_OR.search(text, st.start, st.end)
    if not m:
        return [st]
    either, orpos = m.start(), m.start("or")
    first = statement(st.direction, st.start, orpos, [(st.start, orpos)], text, st.imperative, st.negations)
    second = statement(st.direction, orpos, st.end, [(st.start, either), (orpos, st.end)], text, st.imperative,
                       st.negations)
    return [first, second]


def restricting_zones(text: str, named: list[Named], cues: list[CueHit] = ()) -> list[tuple[int, int]]:
    """Local spans whose interventions are context (restricting clauses, explanatory brackets).

    A restricting clause ends at the next comma, semicolon or bracket, or where a directive cue
    starts ("Patients treated with X should continue Y": Y is recommended, X is not).
    """
    zones = []
    for m in RESTRICTING.finditer(text):
        if any(c.start <= m.start() < c.end for c in cues):
            continue  # "should be treated with Y": the directive itself, not a prior treatment
        end = CLAUSE_END.search(text, m.end())
        while end and end.group(0) == "," and EXAMPLES.match(text, end.start()):
            end = CLAUSE_END.search(text, end.end())
        stop = end.start() if end else len(text)
        stop = min([stop] + [c.start for c in cues if c.start >= m.end()])
        zones.append((m.start(), stop))
    for n in named:  # "CPX-351 (liposomal cytarabine ... with daunorubicin ...)" explains, not adds
        if not n.is_drug:  # a class's bracket names its members: "an HMA (azacitidine or decitabine)"
            continue
        m = _OPEN_BRACKET.match(text, n.end)
        if m:
            close = text.find(")", m.end())
            if close > 0 and close - m.end() > 12:
                zones.append((m.end(), close))
    return zones


def statement_interventions(st: Frame, named: list[Named], zones) -> list[str]:
    ids: list[str] = []
    for n in named:
        if not any(lo <= n.start and n.end <= hi for lo, hi in st.spans):
            continue
        if any(lo <= n.start < hi for lo, hi in zones):
            continue
        for i in n.members or (n.id,):
            if i not in ids:
                ids.append(i)
    return ids


def is_treatment_clause(text: str) -> bool:
    """False for dosing instructions and side-effect advice, which share the directive words, and for
    frames that are not a clinical recommendation (lexicon `not_a_recommendation`)."""
    if NOT_A_TREATMENT_CLAUSE.search(text):
        return False
    frames = not_a_recommendation()
    return not (frames and frames.search(text))
