"""What an article says about its trial as a whole: names, phase, size, usual comparator.

A result sentence often names none of these ("3-year OS: 100% versus 73%"); the curator reads
them from the title, a heading or the trial description, so they are collected once per article.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from extract.trials.vocabulary import cue_pattern, cues

_NAME = (r"(?:NCT\d{8}|(?!(?:I{1,3}|IV|VI{0,3})\s)(?=[A-Za-z0-9]*[A-Z][A-Za-z0-9-]*?[A-Z0-9])[A-Za-z]*[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*[®™]?"
         r"(?:\s(?=[A-Z0-9-]*\d)[A-Z0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
         r"|\s[A-Z]{2,}[®™]?(?=\s+(?:trial|study)\b))?)")  # "QUAZAR® AML-001", "BEACON CRC trial"
# "(ClinicalTrials.gov identifier: NCT01234567)": a registry note between a name and what follows
_REGISTRY_NOTE = r"(?:\([^()]{0,40}?NCT\d{8}[^()]*\)\s*)?"
_MARKS = re.compile(r"[®™]")
_ADJ = r"(?:(?:randomi[sz]ed|pivotal|confirmatory|registrational|multicen(?:ter|tre)|open-label|double-blind|placebo-controlled|phase\s*[0-9IV/]+[ab]?),?\s+)"
# Patterns around the word "trial"/"study": run only on a window before and after each such word.
_TRIAL_WORD = re.compile(r"\b(?:trial|study)\b")
_NEAR_TRIAL_WORD = (
    re.compile(rf"\b({_NAME})\s*{_REGISTRY_NOTE}{_ADJ}*(?:trial|study)\b"),
    re.compile(rf"\b(?:trial|study)\s+(?:called|named|known\s+as)\s+({_NAME})"),
    re.compile(rf"\b({_NAME})\s*{_REGISTRY_NOTE}\s+(?:was|is)\s+an?\s+[^.]{{0,80}}?\b(?:trial|study)\b"),
    # "VIALE-A, a phase 3 trial in ...", "LUMEN (NCT...), an open-label, multicentre phase 2 study"
    re.compile(rf"\b({_NAME})\s*{_REGISTRY_NOTE},\s+an?\s+[^.;]{{0,80}}?\b(?:trial|study)\b"),
    # "HARBOR Part 1, a phase 3 trial", "the STORK Part 2 cohort, a phase 2 study": a part of the trial
    re.compile(rf"\b({_NAME})\s+(?:Part|Cohort|Stage|Arm)\s+(?:[1-9]|[A-D]|I{{1,3}})\b[^.;]{{0,80}}?\b(?:trial|study)\b"),
)
_TRIAL_NAMES = (
    re.compile(r"\b(NCT\d{8})\b"),
    # "Key results: ORCHID-5 (NCT01234567)": a name followed by its registry number in parentheses
    re.compile(rf"\b({_NAME})\s*\(\s*(?:ClinicalTrials\.gov[^()]{{0,20}}?)?NCT\d{{8}}\s*\)"),
    # "Trial: IMerge, phase 3": a labelled field
    re.compile(rf"(?:^|\n|•\s)\s*(?:[Tt]rial|[Ss]tudy)(?:\s+name)?\s*:\s*({_NAME})(?=\s*(?:[,;(]|$))", re.M),
    # "CORAL-3 (302 patients)", "ORION-2 (n = 480 patients): ...": a name written beside its size.
    re.compile(rf"\b({_NAME})\s*\(\s*(?:n\s*=\s*)?\d{{1,3}}(?:,\d{{3}})*\d*\s+(?:[\w-]+\s+)?"
               r"(?:patients|participants|people|adults|women|men|children|subjects)\s*\)"),
    # "relied on tideLINE, in which 578 patients were randomised": the antecedent of a design clause; the
    # name may be written in camel case with one capital ("monarchE").
    re.compile(rf"\b((?=[a-z]+[A-Z])[A-Za-z]+[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|{_NAME})\s*,\s+in\s+which\s+"
               r"[^.;]{0,60}?\b(?:randomi[sz]ed|enrolled|enroled|included|recruited|assigned)\b"),
    # "ELIANA enrolled 75 children": an upper-case acronym that enrols patients.
    re.compile(r"\b((?=[A-Z0-9-]{4,}\b)[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\s*(?:\(NCT\d{8}\)\s*)?"
               r"(?:enrolled|enroled|randomi[sz]ed|included|recruited|accrued)\b"),
    # "KESTREL-7 compared X with Y", "HERON-2 tested ...": a numbered acronym as the subject of a design verb.
    re.compile(r"\b([A-Z][A-Za-z]*[A-Z][A-Za-z]*-?\d+[A-Za-z]?)\s*(?:\(NCT\d{8}\)\s*)?"
               r"(?:compared|tested|evaluated|assessed|studied|assigned|randomi[sz]ed|enrolled|enroled)\b"),
    # "In ADMIRAL, median OS was...": an upper-case acronym opening a result clause.
    re.compile(r"\b[Ii]n\s+(?:the\s+)?((?=[A-Z0-9-]{4,}\b)[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\s*(?:\(NCT\d{8}\)\s*)?,"),
    # "In ZUMA-2 the response rate was ...", "In KarMMa-3, median PFS ...": a numbered acronym (any case
    # mix) opening a result clause.
    re.compile(r"\b[Ii]n\s+(?:the\s+)?([A-Z][A-Za-z]*[A-Z][A-Za-z]*-?\d+[A-Za-z]?)(?:\s*,|\s+(?:the|a|an|median|"
               r"overall|patients|people|adults|children|participants)\b)"),
)
# "MERIDIAN-4: ribociclib after surgery": a numbered acronym in the title names the page's trial.
_TITLE_NAME = re.compile(r"(?<![\w-])((?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Z][A-Za-z]{2,}(?:-[A-Za-z]+)*(?:-|\s)\d{1,4}[A-Za-z]?)(?![\w-])")
_REGISTRY_ALIAS_GAP = 60  # "ORCA-7 study (ClinicalTrials.gov, NCT01234567)": an id this close names the same trial
PHASE = re.compile(r"\bphase\s*(IV|I{1,3}|[1-4])(?:\s*(?:/|-|–|and)\s*(IV|I{1,3}|[1-4]))?\s*([ab])?\b", re.I)
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
N_PATIENTS = re.compile(
    r"\b(\d{1,3}(?:,\d{3})+|\d{2,6})\s+(?:[\w-]+\s+){0,3}?"
    r"(?:patients|adults|participants|subjects|children|people|individuals)\b")


_CAMEL = re.compile(r"[a-z]{3,}[A-Z][A-Za-z]*$")  # "monarchE", "innovaTV": a lower-case start, then capitals


def _is_name(token: str, stop: set[str]) -> bool:
    core = token.split()[0]
    if core in stop:
        return False
    if core.startswith("NCT") or _CAMEL.match(core):
        return True
    upper = sum(c.isupper() for c in core)
    digits = any(c.isdigit() for c in core)
    return (upper >= 2 or (upper >= 1 and digits)) and len(core) >= 3


def _without_group(name: str, stop: set[str]) -> str:
    """ "ECOG-ACRIN E1910" is trial E1910 of a cooperative group: the group is not the name."""
    parts = name.split()
    if len(parts) == 2 and parts[0].split("-")[0] in stop:
        return parts[1]
    return name


def phase_of(text: str) -> str | None:
    m = PHASE.search(text)
    if not m:
        return None
    first = _ROMAN.get(m.group(1).lower(), m.group(1))
    out = first if not m.group(2) else f"{first}/{_ROMAN.get(m.group(2).lower(), m.group(2))}"
    return out + (m.group(3).lower() if m.group(3) else "")


@dataclass
class TrialContext:
    names: list[tuple[int, str]] = field(default_factory=list)  # (absolute offset, canonical name)
    registry: dict[str, str] = field(default_factory=dict)  # trial name -> its registry id (NCT number)
    phases: dict[str, str] = field(default_factory=dict)  # trial name -> phase
    sizes: dict[str, int] = field(default_factory=dict)  # trial name -> number of patients
    comparator: str | None = None  # most frequent comparator label of the article
    experimental: str | None = None  # most frequent experimental drug of comparisons
    trial_drug: str | None = None  # the one drug the trial's description names (a one-arm trial)
    description_sentences: list = field(default_factory=list)
    text: str = ""  # the article's clean text (paragraph breaks tell which sentences belong together)

    def name_at(self, offset: int) -> str | None:
        """The trial named last before `offset` (the sentence's end: a name in the sentence itself,
        else one from a heading or earlier sentence, carries over)."""
        before = [n for pos, n in self.names if pos < offset]
        if before:
            return before[-1]
        return self.names[0][1] if self.names else None

    def trial_of(self, sentence) -> str | None:
        """The trial a result sentence reports on: the one named last before its end, unless the sentence
        is about a study of another phase and names no trial itself ("In the phase 1/2 study that led to
        approval, ..." on a page whose named trial is a phase 3 one)."""
        trial = self.name_at(sentence.char_end)
        if trial is None or any(sentence.char_start <= pos < sentence.char_end for pos, _ in self.names):
            return trial
        phase, known = phase_of(sentence.text), self.phases.get(trial)
        if phase and known and phase != known and _TRIAL_WORD.search(sentence.text):
            return None
        return trial


def find_trial_names(text: str, entity_spans: list[tuple[int, int]]) -> tuple[list[tuple[int, str]], dict[str, str]]:
    """Every occurrence of every trial name, as (offset, canonical name), sorted; and the registry id
    of each name that has one. An acronym is preferred to a registry id written for the same trial."""
    stop = {str(e["text"]) for e in cues()["not_trial_name"]}
    found: list[str] = []
    windows = []
    for w in _TRIAL_WORD.finditer(text):
        start = max(0, w.start() - 130)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], w.end() + 60)
        else:
            windows.append((start, w.end() + 60))
    matches = [m for pat in _NEAR_TRIAL_WORD for a, b in windows for m in pat.finditer(text, a, b)]
    matches += [m for pat in _TRIAL_NAMES for m in pat.finditer(text)]
    title_end = text.find("\n")
    matches += list(_TITLE_NAME.finditer(text, 0, title_end if 0 <= title_end <= 200 else 0))
    for m in sorted(matches, key=lambda m: m.start(1)):
        name = m.group(1)
        if not _is_name(name, stop):
            continue
        if any(s <= m.start(1) < e for s, e in entity_spans):
            continue  # a drug or disease name, not a trial's (a disease inside one is: "TELO-MDS")
        found.append(_MARKS.sub("", _without_group(name, stop)))
    names = list(dict.fromkeys(found))
    occurrences = []
    for name in names:
        written = r"[®™]?\s+".join(re.escape(part) for part in name.split())
        for m in re.finditer(rf"(?<![\w-]){written}(?![\w-])", text):
            occurrences.append((m.start(), name))
    occurrences.sort()
    # A registry id written right after an acronym, in the same sentence, is that trial's alias.
    alias = {}
    for (p1, n1), (p2, n2) in zip(occurrences, occurrences[1:]):
        gap = text[p1 + len(n1):p2]
        if (n2.startswith("NCT") and not n1.startswith("NCT") and len(gap) <= _REGISTRY_ALIAS_GAP
                and not re.search(r"[.;]\s", gap)):
            alias[n2] = n1
    written = {n for _, n in occurrences}  # "HEM-101" inside a code "2102-HEM-101" is never written alone
    acronyms = [n for n in names if not n.startswith("NCT") and n in written]
    loose = [n for n in names if n.startswith("NCT") and n not in alias and n in written]
    if len(loose) == 1 and acronyms and not _other_study(text, loose[0], occurrences):
        first = min(p for p, n in occurrences if n == loose[0])
        if len(acronyms) == 1 and not alias:  # one trial written both ways
            alias[loose[0]] = acronyms[0]
        else:
            # "In this phase 3 trial ... (NCT01234567)": a registry id written apart from any name, on a page
            # that names trials, is that of the trial the page names most often before it, when that trial
            # has no registry id of its own.
            counts = Counter(n for p, n in occurrences if p < first and n in acronyms and n not in alias.values())
            if counts:
                alias[loose[0]] = counts.most_common(1)[0][0]
    registry = {a: n for n, a in alias.items()}
    registry.update({n: n for n in written if n.startswith("NCT")})
    return [(p, alias.get(n, n)) for p, n in occurrences], registry


def _other_study(text: str, registry_id: str, occurrences: list[tuple[int, str]]) -> bool:
    """The registry id is first written for a study its sentence calls another one ("A separate phase 2
    study (NCT...)", "Another trial, registered as NCT...")."""
    first = min(p for p, n in occurrences if n == registry_id)
    opening = max(text.rfind(". ", 0, first), text.rfind("\n", 0, first), first - 200)
    return cue_pattern("other_study").search(text, opening, first) is not None


def build_context(text: str, sentences, entity_spans, comparisons: list[tuple[str | None, str | None]]):
    """Trial context of one article; `comparisons` are (experimental, comparator) pairs seen.

    Phase and size belong to the trial named in the same sentence; an article about one trial
    also lends them from sentences that name no trial ("The study enrolled 539 adults").
    """
    found, registry = find_trial_names(text, entity_spans)
    ctx = TrialContext(names=found, registry=registry, text=text)
    names = list(dict.fromkeys(n for _, n in ctx.names))
    enrol = cue_pattern("enrolment")
    lent: dict[str, str] = {}
    for s in sentences:
        here = [n for pos, n in ctx.names if s.char_start <= pos < s.char_end]
        owner = here[-1] if here else (names[0] if len(names) == 1 else None)
        enrols = enrol.search(s.text) is not None
        if here or enrols:
            ctx.description_sentences.append(s)
        if owner is None:
            continue
        if here and owner not in ctx.phases:
            phase = phase_of(s.text)
            if phase:
                ctx.phases[owner] = phase
        elif not here and owner not in lent and _TRIAL_WORD.search(s.text):
            phase = phase_of(s.text)
            if phase:
                lent[owner] = phase
        if owner not in ctx.sizes and enrols:
            m = N_PATIENTS.search(s.text)
            if m and int(m.group(1).replace(",", "")) > 0:
                ctx.sizes[owner] = int(m.group(1).replace(",", ""))
    # a phase from a sentence that names the trial wins over one lent by a sentence naming none
    # ("the phase 1/2 study that led to approval" on a page whose named trial is phase 3)
    ctx.phases = {**lent, **ctx.phases}
    comps = Counter(c for _, c in comparisons if c)
    exps = Counter(e for e, _ in comparisons if e)
    ctx.comparator = comps.most_common(1)[0][0] if comps else None
    ctx.experimental = exps.most_common(1)[0][0] if exps else None
    return ctx
