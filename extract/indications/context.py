"""Context of a sentence inside its article: what a clause may take from the sentences around it.

A list item takes its lead-in's drug and status; a clause without a condition takes the one of the
heading or sentence just above, or of the title; "it" / "this drug" is the last drug subject or the
page's main drug. `ArticleContext` walks the article in order and keeps the facts this needs.
"""
from __future__ import annotations

import bisect
from collections import Counter
import re
from dataclasses import dataclass, field

from extract.text.dominance import dominant
from extract.text.tables import is_table_row
from extract.entities.conditions import find_condition_names
from extract.entities.folding import fold
from extract.indications.cues import label_heading_status
from extract.indications.elided_subject import ELIDED_SUBJECT
from extract.indications.qualifiers import regulators
from extract.reading.read import read_sentence
from extract.entities.mentions import ArticleEntities, Mention
from sources.model import ParsedArticle, Sentence, same_paragraph

_LEAD_ONLY = re.compile(r"^\W*(?:(?:these|they|this|which|others?|options?)\s+)?(?:may\s+)?"
                        r"(?:include|includes|including|are|is|consist\s+of)?\s*(?:the\s+following\W*)?\W*$"
                        r"|:\s*$", re.IGNORECASE)
LABEL_WINDOW = 40  # sentences searched upwards for a label's indications heading
ARMS_WINDOW = 8
_METHODS_SECTION = re.compile(r"^\W*(?:\d+\.?\s+)?(?:(?:patients\s+and\s+)?methods?|study\s+design|design|treatments?|interventions?|(?:treatment\s+|study\s+)?arms?|randomi[sz]ation)\b", re.IGNORECASE)  # list items searched upwards for the label of a trial's arms
_TERMINAL = (".", "?", "!")
_CLOSERS = "\"'\u201d\u2019)]\u00bb "  # a sentence may end in a closing quote or bracket after its stop
_ANAPHOR_HINT = re.compile(r"\b(?:it|its|them|both|drugs?|medicines?|medications?|agents?|combination|regimen|protocol|doublet|triplet|pairing|"
                           r"tablets|capsules|treatments|therapies|inhibitors|licen[cs]es?|authori[sz]ations?|approvals?|label(?:l?ing)?|listings?|funding|coverage|reimbursement|subsidy)\b",
                           re.IGNORECASE)
GROUP_WINDOW = 2  # sentences back in which "the combination" finds its drugs
_INDICATED_WORD = re.compile(r"\b(?:indicated|approv\w*|authori[sz]\w*|licen[sc]\w*|registered)\b", re.IGNORECASE)
_APPROVAL_WORD = re.compile(r"\b(?:approv\w*|granted|authori[sz]\w*|cleared|licen[sc]ed)\b", re.IGNORECASE)
# "for platinum-sensitive disease", "patients with relapsed disease": the page's disease named by a generic noun
# after its qualifiers (not "disease progression", "disease control").
GENERIC_DISEASE = re.compile(r"\b(?:with|for|in|whose|of)\s+(?:[\w,\u03b1\u2011-]+\s+){0,4}?(?:disease|tumou?rs?)\b"
                             r"(?!\s+(?:progression|control|burden|status|cells?|types?|sites?|markers?))", re.IGNORECASE)
WINDOW = 6  # sentences looked back for a condition the clause leaves out
NEG_WINDOW = 3  # ... when the claim is negated (a heading just above only)
HEADING_WINDOW = 20
TOPIC_SHARE = 0.75  # share of an article's condition mentions that makes a condition its topic
DOMINANT_SHARE, DOMINANT_RATIO = 0.6, 3  # ... or this share and this many times any other condition
SUBJECT_WINDOW = 4  # how far back "it" / "this drug" may reach for the last drug subject
RANKS = {s: i for i, s in enumerate(("approved", "recommended", "investigational", "used",
                                     "not_recommended", "not_indicated"))}


def rank(status: str | None) -> int:
    """Strength of a status: lower is stronger."""
    return RANKS.get(status, 99)


@dataclass
class SentenceFacts:
    """What later sentences may inherit from one sentence."""

    drugs: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)  # "X with Y": Y (what "neither drug" also counts)
    status: str | None = None
    negation: str | None = None
    negation_cue: str | None = None
    conditions: list[Mention] = field(default_factory=list)
    biomarkers: list[tuple[str, str | None, int]] = field(default_factory=list)
    text: str = ""
    is_heading: bool = False
    heading_like: bool = False
    has_entities: bool = False
    interventions: list[str] = field(default_factory=list)
    lazy: bool = False  # status and negation not read yet (see ArticleContext.full_facts)
    arms: bool = False  # the sentence gives or labels a trial's arms ("Treatment groups (randomised 2:1)")


@dataclass
class Context:
    """Where missing parts of a claim came from."""

    conditions: list[Mention]
    biomarkers: list[tuple[str, str | None, int]]
    texts: list[str]
    allows_negation: bool


def outermost(mentions: list[Mention]) -> list[Mention]:
    """Mentions sorted by start, without a condition nested in a longer condition mention."""
    out: list[Mention] = []
    last_end = {}
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.kind == "condition" and last_end.get(m.kind, -1) >= m.end:
            continue
        last_end[m.kind] = max(last_end.get(m.kind, -1), m.end)
        out.append(m)
    return out


def merged_conditions(conditions: list[Mention]) -> list[Mention]:
    """One mention per condition id, in order, its attrs filled from later mentions of the same id."""
    by_id: dict[str, Mention] = {}
    for m in conditions:
        first = by_id.get(m.id)
        if first is None:
            by_id[m.id] = m
        elif any(first.attrs.get(k) is None and v is not None for k, v in (m.attrs or {}).items()):
            attrs = {**{k: v for k, v in (m.attrs or {}).items() if v is not None},
                     **{k: v for k, v in (first.attrs or {}).items() if v is not None}}
            by_id[m.id] = Mention(first.kind, first.id, first.start, first.end, first.surface,
                                  first.sentence_id, attrs)
    return list(by_id.values())


def heading_like(s: Sentence) -> bool:
    text = s.text.strip()
    if is_table_row(text):
        return False  # a table row ends without a full stop ("X is recommended. | I, A") but is no heading
    return s.is_heading or (not s.is_list_item and len(text) < 160 and not text.rstrip(_CLOSERS).endswith(_TERMINAL))


def _distinct(conditions: list[Mention]) -> list[str]:
    return list(dict.fromkeys(c.id for c in conditions))


class ArticleContext:
    """One article's sentences in reading order, with the facts later sentences may inherit."""

    def __init__(self, article: ParsedArticle, entities: ArticleEntities):
        self.article, self.entities = article, entities
        self.sentences = article.sentences
        self.mentions = outermost(entities.mentions)
        self.starts = [m.start for m in self.mentions]
        self.facts: list[SentenceFacts | None] = [None] * len(self.sentences)
        self.class_members = entities.class_members or {}
        self.condition_counts: dict[str, int] = {}
        self.first_mention: dict[str, Mention] = {}
        for m in self.mentions:
            if m.kind == "condition":
                self.condition_counts[m.id] = self.condition_counts.get(m.id, 0) + 1
                self.first_mention.setdefault(m.id, m)
        self.article_conditions = set(self.condition_counts)
        self.last_subject: tuple[str, int] | None = None
        self.title_index = self._title_index()
        self.title_outside_text, self.title_conditions = self._title_conditions()
        self.page_drug = entities.main_drug_id or self._dominant_drug()
        self.index_of = {s.sentence_id: i for i, s in enumerate(self.sentences)}

    # ------------------------------------------------------------------ context
    def _title_index(self) -> int | None:
        title = (self.article.title or "").strip().lower()
        for i, s in enumerate(self.sentences[:12]):
            t = s.text.strip().lower()
            if title and t and (t in title or title in t):
                return i
        return next((i for i, s in enumerate(self.sentences[:12]) if s.is_heading), None)

    def _dominant_drug(self) -> str | None:
        """The drug most of the page names (a label saved with a site banner for its title)."""
        return dominant(m.id for m in self.mentions if m.kind == "drug")

    def _title_conditions(self) -> tuple[bool, list[Mention]]:
        """The conditions of the page title when the title is not one of the text's lines (a saved title
        field, a front-matter title): the title still frames the page."""
        title = (self.article.title or "").strip()
        if not title or (self.title_index is not None
                         and self.sentences[self.title_index].text.strip().lower() in title.lower()):
            return False, []
        hits = find_condition_names(title, fold(title))
        return True, [Mention("condition", h.condition_id, -1, -1, title[h.start:h.end], "", dict(h.attrs))
                      for h in hits]

    def clauses(self, s: Sentence, mentions: list[Mention]) -> list:
        """The frames of sentence `s`, one per clause (the shared reading layer)."""
        return read_sentence(s.text, mentions, s.char_start, self.class_members)

    def sentence_mentions(self, s: Sentence) -> list[Mention]:
        lo = bisect.bisect_left(self.starts, s.char_start)
        hi = bisect.bisect_left(self.starts, s.char_end)
        return self.mentions[lo:hi]

    def worth_reading(self, s: Sentence, mentions: list[Mention]) -> bool:
        if any(m.kind in ("drug", "intervention") for m in mentions):
            return True
        if s.is_list_item and any(m.kind == "condition" for m in mentions):
            return True
        return (bool(_ANAPHOR_HINT.search(s.text)) or self.regulator_subject(s) is not None
                or bool(ELIDED_SUBJECT.match(s.text)))

    def regulator_subject(self, s: Sentence) -> str | None:
        """ "X (Brand) inhibits JAK1 and JAK2. The EMA granted marketing authorisation for adults with A.":
        a regulator's approval naming no drug is about the drug the sentence just before, in the same
        paragraph, was about."""
        if not _APPROVAL_WORD.search(s.text) or not regulators(s.text):
            return None
        prev = self.previous_in_paragraph(s)
        if prev is None or prev.is_heading:
            return None
        drugs = [m.id for m in self.sentence_mentions(prev) if m.kind == "drug"]
        return drugs[0] if drugs and len(set(drugs)) == 1 else None

    def previous_in_paragraph(self, s: Sentence) -> Sentence | None:
        """The sentence just before `s` when both stand in one paragraph."""
        idx = self.index_of.get(s.sentence_id)
        if not idx:
            return None
        prev = self.sentences[idx - 1]
        return prev if same_paragraph(self.article.clean_text, prev, s) else None

    def full_facts(self, j: int) -> SentenceFacts | None:
        """Facts of sentence j with its status cues read (a lead-in needs them)."""
        f = self.facts[j]
        if f is None or not f.lazy:
            return f
        s = self.sentences[j]
        clauses = self.clauses(s, self.sentence_mentions(s))
        f.lazy = False
        for c in clauses:
            if c.status and (f.status is None or rank(c.status) < rank(f.status)):
                f.status = c.status
            if c.negation and not c.uncertain:
                f.negation, f.negation_cue = c.negation, c.negation_cue
            f.arms = f.arms or c.arms
        return f

    def arms_label(self, idx: int) -> tuple[SentenceFacts | None, int | None]:
        """A list item's arms label: the closest item above, in the same run of list items, that labels a
        trial's arms ("Arms (randomised 1:1)", "Treatment groups"), when only arms lie between them (bare
        treatments or a "choice of:" lead-in). Lists flattened from nested bullets keep arms under it."""
        for j in range(idx - 1, max(-1, idx - ARMS_WINDOW - 1), -1):
            s = self.sentences[j]
            f = self.full_facts(j)
            if not s.is_list_item or f is None:
                return None, None
            if f.arms:
                return SentenceFacts(drugs=[], status="used", conditions=f.conditions, biomarkers=f.biomarkers,
                                     text=f.text, heading_like=True, arms=True), j
            if f.conditions or f.negation or not (f.drugs or s.text.rstrip().endswith(":")):
                return None, None  # a list of something else: eligibility, outcomes, notes
        return None, None

    def lead(self, idx: int) -> tuple[SentenceFacts | None, int | None]:
        """The lead-in of a list item: an arms label above it in its list, else the nearest sentence above
        that is not a list item."""
        if self.sentences[idx].is_list_item:
            label, j = self.arms_label(idx)
            if label is not None:
                return label, j
        j = idx - 1
        while j >= 0 and self.sentences[j].is_list_item:
            j -= 1
        if j < 0 or self.facts[j] is None:
            return None, None
        f = self.full_facts(j)
        if not f.drugs and f.status is None and _LEAD_ONLY.search(f.text.strip()):
            k = j - 1
            while k >= 0 and self.sentences[k].is_list_item:
                k -= 1
            if k >= 0 and self.facts[k] is not None and j - k <= 2:
                g = self.full_facts(k)
                merged = SentenceFacts(drugs=g.drugs, status=g.status, negation=g.negation,
                                       negation_cue=g.negation_cue, conditions=f.conditions or g.conditions,
                                       biomarkers=f.biomarkers or g.biomarkers, text=g.text + " " + f.text,
                                       is_heading=f.is_heading, has_entities=g.has_entities)
                return merged, k
        return f, j

    def inherit(self, idx: int, depth: int = 0) -> Context | None:
        """Conditions a clause of sentence `idx` leaves out, from its closest context; a generic disease
        noun ("platinum-sensitive disease", "patients with relapsed disease") is the page's own disease."""
        ctx = self._inherit(idx, depth)
        if depth or (ctx is not None and ctx.allows_negation):
            return ctx
        page = self.page_condition()
        if page is None or not self._names_disease_generically(self.sentences[idx], ctx is None):
            return ctx
        if ctx is not None and _distinct(ctx.conditions) != [page]:
            return ctx
        own = GENERIC_DISEASE.search(self.sentences[idx].text) is not None
        if ctx is not None:
            return Context(ctx.conditions, ctx.biomarkers, ctx.texts, own)
        return Context([self.first_mention[page]], [], [self.sentences[idx].text], own)

    def page_condition(self) -> str | None:
        """The disease most of the page names (clearly ahead of any other)."""
        return dominant(Counter(self.condition_counts))

    def _names_disease_generically(self, s: Sentence, with_previous: bool) -> bool:
        if GENERIC_DISEASE.search(s.text):
            return True
        prev = self.previous_in_paragraph(s) if with_previous else None
        return prev is not None and GENERIC_DISEASE.search(prev.text) is not None

    def _inherit(self, idx: int, depth: int = 0) -> Context | None:
        s = self.sentences[idx]
        if s.is_list_item and depth == 0:
            lead, j = self.lead(idx)
            if lead is not None:
                if lead.conditions:
                    return Context(lead.conditions, lead.biomarkers, [lead.text], True)
                ctx = self._inherit(j, depth + 1)
                if ctx is not None:
                    return Context(ctx.conditions, ctx.biomarkers + lead.biomarkers,
                                    [lead.text] + ctx.texts, ctx.allows_negation)
        for j in range(idx - 1, max(-1, idx - WINDOW - 1), -1):
            f = self.facts[j]
            if self.sentences[j].section != s.section and not self.sentences[j].is_heading:
                break  # a new section starts below that sentence: its condition is not this one's
            if f is None or not f.conditions:
                continue
            ids = _distinct(f.conditions)
            if len(ids) == 1 or f.heading_like:
                # A negated claim may lean on a heading above it, not on a neighbouring sentence.
                return Context(f.conditions, f.biomarkers, [f.text], f.heading_like and idx - j <= NEG_WINDOW)
            break
        for j in range(idx - 1, max(-1, idx - HEADING_WINDOW - 1), -1):
            f = self.facts[j]
            if f is not None and f.is_heading and f.conditions:
                return Context(f.conditions, f.biomarkers, [f.text], False)
        t = self.title_index
        if t is not None and t < idx and self.facts[t] is not None:
            f = self.facts[t]
            if len(_distinct(f.conditions)) == 1:
                return Context(f.conditions, f.biomarkers, [f.text], False)
        if self.title_outside_text and len(_distinct(self.title_conditions)) == 1:
            return Context(self.title_conditions, [], [self.article.title or ""], False)
        return None

    def is_topic(self, conditions: list[Mention]) -> bool:
        """The page is about this one condition: its title names it and it is most of what the page names
        (a title naming others too: only when the page names it far more often than any other).

        Only then may a negated clause without a condition ("X should not be used in pregnancy") take it:
        a neighbouring sentence's condition is not enough evidence for a negation."""
        ids = _distinct(conditions)
        t = self.title_index
        if len(ids) != 1 or t is None or self.facts[t] is None or ids[0] not in _distinct(self.facts[t].conditions):
            return False
        total = sum(self.condition_counts.values())
        mine = self.condition_counts.get(ids[0], 0)
        runner_up = max((n for c, n in self.condition_counts.items() if c != ids[0]), default=0)
        dominant_ = mine >= DOMINANT_SHARE * total and mine >= DOMINANT_RATIO * runner_up
        if _distinct(self.facts[t].conditions) != ids:
            return total > 0 and dominant_  # "A and B: ..." titles: A only when the page is clearly about A
        # Most of what the page names, or clearly dominant (a related disease named once or twice).
        return total > 0 and (mine >= TOPIC_SHARE * total or dominant_)

    def last_group(self, idx: int) -> list[str]:
        """The drugs of the list just before `idx` whose items name one drug each, else of the closest
        sentence before `idx`, in its section, naming two or more."""
        s = self.sentences[idx]
        listed: list[str] = []  # "- X: one tablet a day / - Y: ... / These tablets are not ...": the list's drugs
        for t in reversed(self.sentences[max(0, idx - 8):idx]):
            f = self.facts[self.index_of[t.sentence_id]]
            if not t.is_list_item or t.section != s.section or f is None or len(f.drugs) > 1:
                break
            listed = [*f.drugs, *(d for d in listed if d not in f.drugs)]  # an item's second line names none
        if len(listed) >= 2:
            return listed
        for j in range(idx - 1, max(-1, idx - GROUP_WINDOW - 1), -1):
            f = self.facts[j]
            if self.sentences[j].section != s.section:
                return []
            if f is not None and len(f.drugs) >= 2:
                return list(f.drugs)
        return []

    def neither_group(self, idx: int, counts_combinations: bool) -> list[str]:
        """The drugs "Neither drug / Neither of them / Neither combination" quantifies over: the two or more
        drugs of the closest sentence naming some (a combination's partners count as drugs); for
        combinations, whose restriction is on the drug each is named after, the subjects of the two
        closest sentences naming drugs (one subject when both combinations are built on the same drug)."""
        s = self.sentences[idx]
        found: list[str] = []
        for j in range(idx - 1, max(-1, idx - GROUP_WINDOW - 2), -1):
            f = self.facts[j]
            if self.sentences[j].section != s.section:
                break
            if f is None or not f.drugs:
                continue
            if not counts_combinations:
                named = list(dict.fromkeys([*f.drugs, *f.partners]))
                return named if len(named) >= 2 else []
            found.append(f.drugs[0])
            if len(found) == 2:
                break
        return list(dict.fromkeys(found))

    def resolve_anaphor(self, idx: int) -> str | None:
        if self.last_subject and idx - self.last_subject[1] <= SUBJECT_WINDOW:
            return self.last_subject[0]
        return self.entities.main_drug_id

    def label_section(self, idx: int) -> tuple[str, str] | None:
        """(status, drug) for a line of a label's indications section ("INDICATIONS AND USAGE": approved;
        "What X is used for": used): the drug is the page's, else the first one the section names."""
        for j in range(idx - 1, max(-1, idx - LABEL_WINDOW - 1), -1):
            t = self.sentences[j]
            if not (t.is_heading or heading_like(t)) or t.is_list_item:
                continue
            status = label_heading_status(t.text.strip())
            if status is None:
                continue
            if status == "stop":
                return None
            drug = self.page_drug or next((m.id for k in range(j + 1, idx)
                                           for m in self.sentence_mentions(self.sentences[k]) if m.kind == "drug"), None)
            return (status, drug) if drug else None
        return None

    def label_regulators(self, idx: int) -> tuple[str, ...]:
        """Regulators a label's indications section names for all its lines: in its heading ("FDA-approved
        uses") or in an approval sentence between the heading and line `idx` ("In the United States it is
        indicated for the following cancers."); none outside such a section."""
        found: list[str] = []
        for j in range(idx - 1, max(-1, idx - LABEL_WINDOW - 1), -1):
            t = self.sentences[j]
            if (t.is_heading or heading_like(t)) and not t.is_list_item:
                status = label_heading_status(t.text.strip())
                if status == "stop":
                    return ()
                if status is not None:
                    return tuple(dict.fromkeys([*regulators(t.text), *found]))
                continue
            if not t.is_list_item and _INDICATED_WORD.search(t.text):
                found.extend(regulators(t.text))
        return ()

    def trial_context(self, idx: int, arms: bool) -> Context | None:
        """The trial's disease for its arms: when a clause gives a trial's arms (or sits in a methods
        section) and no nearer context names a disease, the one disease the page is about."""
        s = self.sentences[idx]
        if not (arms or (s.section and _METHODS_SECTION.search(s.section))):
            return None
        top = dominant(Counter(self.condition_counts))
        return Context([self.first_mention[top]], [], [], False) if top else None
