"""Guideline recommendations: one row per recommendation statement of an article.

Reads the article sentence by sentence, keeping the context a curator would carry: the guideline the
article reports (guideline_attribution.py), the population named by the current heading, and the
lead-in of the current paragraph ("For patients with Ph+ ALL, ..."). Each directive statement
(`extract.reading.directives`) becomes one row per condition (and two rows for "A and B ... for X and
Y, respectively"), qualified by recommendation_qualifiers.py.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from extract.entities.drug_classes import drug_classes, member_classes
from extract.recommendations.attribution import (REFERENCE_SECTION, Attribution, find_attribution, speaking_body,
                                                 title_year, update_year)
from extract.text.provenance import provenance
from extract.reading.directives import (ANAPHOR, COMBINATION_ANAPHOR, INTERVENTION_KINDS, PRIORITY, Named, find_cues,
                                       is_treatment_clause, may_have_cue, restricting_zones, split_statements, statement,
                                       statement_interventions)
from extract.reading.frames import Frame
from extract.recommendations.families import expand_families
from extract.recommendations.names import named_interventions
from extract.recommendations.cues import kept_classes
from extract.recommendations.conventions import coordinated_markers, page_wide
from extract.recommendations.supportive import SUPPORTIVE, fold_supportive, is_supportive, names_generic_medicine
from extract.recommendations.structure import (INLINE_LEAD, StructureRows, inline_list, is_usage_lead,
                                              list_lead_direction)
from extract.recommendations.page_disease import excluded_disease
from extract.recommendations.tables import TableHeader, cells, read_header
from extract.recommendations.lists import CONDITION_LEAD, CONTINUED_ITEM, FINITE_VERB, Group, qualify_by_condition
from extract.recommendations.qualifiers import (EMPTY, Qualifiers, biomarker_status, is_solid, read_qualifiers,
                                               solid_setting,
                                               read_setting, read_strength, replace_offsets)
from extract.text.dominance import dominant
from extract.text.line_of_therapy import line_of_therapy
from extract.text.row_ids import stable_id
from sources.model import same_paragraph

LEAD_IN = re.compile(r"^\W{0,3}(?:for|in|among|when|if|after|during|as)\b[^,;:]{3,140}[,;:]", re.IGNORECASE)
GIVEN_WITH = re.compile(r"\b(?:is|are)\s+(?:usually\s+|always\s+)?(?:given|used|taken|combined|administered)\s+"
                        r"(?:together\s+)?(?:with|alongside|in\s+combination\s+with)\b", re.IGNORECASE)
# "You should not take it if ...": "it" as the object of taking is the page's medicine.
PRONOUN_OBJECT = re.compile(r"\b(?:take|taking|be\s+given|receive|use|using)\s+it\b", re.IGNORECASE)
PRONOUN_SUBJECT = re.compile(r"^\W*(?:it|this\s+(?:drug|medicine))\s*$", re.IGNORECASE)
TERMINAL = (".", "?", "!", ";")
RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
STATEMENT_TRIM = re.compile(r"^[\s•\-–*·;,]*(?:(?:however|but|or|and|whereas|while|yet)\b,?\s*)?"
                            r"|[\s.;,:]+(?:\d+(?:\s*,\s*\d+)*)?[\s.;,:]*$", re.IGNORECASE)


def extract_guideline_recommendations(article, entities) -> list[dict]:
    """Rows of `guideline_recommendations` for one article (contract column names)."""
    if entities is None or not article.sentences:
        return []
    attribution = find_attribution(article)
    reader = _ArticleReader(article, entities, attribution)
    return reader.rows()


class _ArticleReader(StructureRows):
    """Walks one article's sentences, carrying heading and paragraph context."""

    def __init__(self, article, entities, attribution: Attribution | None):
        self.article, self.entities, self.attribution = article, entities, attribution
        self.text = article.clean_text
        self.by_sentence: dict[str, list] = {}
        for m in entities.mentions:
            self.by_sentence.setdefault(m.sentence_id, []).append(m)
        self.title_q = self._title_qualifiers()
        self.title_year = title_year(article) if attribution is None else None  # no body named: the title's year
        self.article_condition = self._article_condition()
        self.article_drugs = frozenset(m.id for m in entities.mentions if m.kind == "drug")
        self.page_drugs = frozenset([entities.main_drug_id] if entities.main_drug_id else [])
        self.body = self._body_sentences()
        self.body_starts = [b.char_start for b in self.body]
        self.partners: list[str] | None = None  # what the page's drug is given with, read once
        # (condition, direction, interventions, biomarker, status) -> the section that first stated it
        self.stated: dict[tuple, str | None] = {}
        body = {s.sentence_id for s in self.body}
        self.drug_order = list(dict.fromkeys(m.id for m in entities.mentions
                                             if m.kind == "drug" and m.sentence_id in body))

    # ---- article-level context
    def _body_sentences(self):
        return [s for s in self.article.sentences
                if not (s.section and REFERENCE_SECTION.search(s.section))]

    def _title_qualifiers(self) -> Qualifiers:
        title = (self.article.title or "").strip()
        pos = self.text.find(title) if title else -1
        if pos < 0:
            return EMPTY
        span = self.entities.in_span(pos, pos + len(title))
        return read_qualifiers(title, pos, span)

    def _article_condition(self) -> str | None:
        """The disease the page is about: the title's, else one dominating the condition mentions."""
        if self.title_q.condition_id:
            return self.title_q.condition_id
        counts: dict[str, int] = {}
        for s in self._body_sentences():
            for m in self.by_sentence.get(s.sentence_id, ()):
                if m.kind == "condition" and not excluded_disease(s.text[:max(0, m.start - s.char_start)]):
                    counts[m.id] = counts.get(m.id, 0) + 1  # "not funded for Y": Y is not the page's
        return dominant(Counter(counts))  # most of the mentions, clearly ahead of any other disease

    # ---- sentence walk
    def rows(self) -> list[dict]:
        out: list[dict] = []
        heading_ctx, para_ctx = EMPTY, EMPTY
        list_lead: str | None = None
        conditions_follow = False  # the list items below are conditions of the sentence above
        group: Group | None = None  # a directive lead-in whose list items name what it recommends
        intro, intro_ctx = None, EMPTY  # the paragraph sentence a list follows, and what it says of who
        lead_rows: list[dict] = []  # the rows of the sentence whose conditions a list gives
        table: tuple[TableHeader, Qualifiers] | None = None  # the header of the table being read, and its context
        heading_ids: list[str] = []  # the treatments the current heading names
        prev = None
        for s in self._body_sentences():
            text = s.text
            mentions = self.by_sentence.get(s.sentence_id, [])
            row_cells = None if s.is_heading else cells(text)
            table_row = table is not None and row_cells is not None and len(row_cells) == table[0].width
            if row_cells is None:
                table = None
            elif not table_row:
                header = read_header(row_cells, any(m.kind in INTERVENTION_KINDS for m in mentions))
                table = (header, heading_ctx) if header else None
            item_of_group = False
            if group is not None:
                if s.is_list_item and (item_ids := self._group_item(s, mentions)) is not None:
                    group.ids.extend(i for i in item_ids if i not in group.ids)
                    group.continued = group.continued or bool(CONTINUED_ITEM.search(text))
                    item_of_group = True
                else:
                    out.extend(self._group_rows(group))
                    group = None
            previous = prev.text if prev is not None and same_paragraph(self.text, prev, s) else ""
            if prev is not None and not same_paragraph(self.text, prev, s) and not s.is_list_item:
                para_ctx = EMPTY
            prev = s
            # a table row is no heading: its disease must not qualify what follows the table
            heading_like = s.is_heading or (not s.is_list_item and row_cells is None and len(text) < 120
                                            and not text.rstrip().endswith(TERMINAL + (":",)))
            if s.is_list_item and conditions_follow:
                qualify_by_condition(lead_rows, text)
                continue
            if not s.is_list_item:
                conditions_follow = bool(CONDITION_LEAD.search(text)) and not heading_like
                intro, intro_ctx = (None if heading_like else (s, mentions)), None
            elif intro_ctx is None:  # the first item of a list: its intro sentence qualifies the items
                intro_ctx = self._intro_qualifiers(*intro) if intro else EMPTY
            if s.is_heading:
                heading_ids = self._heading_treatments(s, mentions)
            if heading_like:
                q = read_qualifiers(text, s.char_start, mentions)
                if q.groups_set():
                    heading_ctx = q
                para_ctx = EMPTY
                list_lead = text
                if s.is_heading:
                    continue
            elif not s.is_list_item:
                list_lead = text if text.rstrip().endswith(":") else None
            if lead := LEAD_IN.match(text):
                lead_mentions = [m for m in mentions if m.end <= s.char_start + lead.end()]
                lead_q = read_qualifiers(lead.group(0), s.char_start, lead_mentions)
                # Ages and age groups of a lead-in hold for its own sentence only.
                para_ctx = Qualifiers(**{**lead_q.as_row(), "population": None, "age_min": None,
                                         "age_max": None}).over(para_ctx)
            layers = (para_ctx, (intro_ctx or EMPTY).over(heading_ctx) if s.is_list_item else heading_ctx)
            # a row of an action table: each action cell is one statement, its other cells context only
            action_row = table_row and table[0].has_actions
            rows = self._table_rows(s, mentions, row_cells, *table) if action_row else []
            if row_cells is not None and not table_row and (by_cue := self._cue_cell_header(s, mentions, row_cells)):
                rows = self._table_rows(s, mentions, row_cells, by_cue, heading_ctx)
            if not rows:
                rows = self._sentence_rows(s, mentions, layers, list_lead)
            if rows and is_supportive(text, previous):
                rows = fold_supportive(rows, self.page_drugs)
            if not rows and table_row and not action_row:
                rows = self._table_rows(s, mentions, row_cells, *table)
            if not rows and heading_ids and not heading_like:
                rows = self._under_treatment_heading(s, mentions, heading_ids, layers)
            if not s.is_list_item and (rows or heading_like):
                lead_rows = rows  # "It is recommended only if:" adds conditions to the recommendation before
            if item_of_group:
                group.item_rows.extend(rows)  # kept unless the items turn out to continue one sentence
                continue
            if not rows and text.rstrip().endswith(":") and not heading_like:
                group = self._open_group(s, mentions, layers)
            out.extend(rows)
        if group is not None:
            out.extend(self._group_rows(group))
        return out

    def _intro_qualifiers(self, s, mentions) -> Qualifiers:
        """Who the sentence introducing a list speaks of (its items elaborate it); its ages stay its own."""
        q = read_qualifiers(s.text, s.char_start, mentions)
        return Qualifiers(**{**q.as_row(), "population": None, "age_min": None, "age_max": None})

    # ---- "the options offered should include: - X ...; - Y ...; or - Z ...": one statement over a list
    def _named(self, s, mentions) -> list[Named]:
        return named_interventions(s.text, s.char_start, mentions, self.article_drugs,
                                   self.entities.regimens_in(s.char_start, s.char_end))

    def _open_group(self, s, mentions, layers) -> "Group | None":
        """A lead-in ending in ":" with a directive but no intervention of its own: its list items complete it."""
        if not may_have_cue(s.text) or not is_treatment_clause(s.text) or not FINITE_VERB.search(s.text) \
                or is_usage_lead(s.text):
            return None  # a label ("Treatment options:") gives each item its own row (structure.LIST_LEADS)
        cues = [c for c in find_cues(s.text, lambda: self._named(s, mentions), self.attribution is not None)
                if not c.graded]
        if not cues:
            return None
        direction = min((c.direction for c in cues), key=PRIORITY.__getitem__)
        return Group(s, mentions, layers[0].over(layers[1]).over(self.title_q), direction)

    def _group_item(self, s, mentions) -> list[str] | None:
        """The interventions a list item adds to an open lead-in, or None when the item is a statement of its
        own (its own directive or its own disease)."""
        if any(m.kind == "condition" for m in mentions):
            return None
        if may_have_cue(s.text) and find_cues(s.text, lambda: self._named(s, mentions), self.attribution is not None):
            return None
        named = self._named(s, mentions)
        span = statement("recommended", 0, len(s.text), text=s.text)
        return statement_interventions(span, named, restricting_zones(s.text, named))

    def _group_rows(self, group: "Group") -> list[dict]:
        """One row when the items continue the lead-in's sentence ("X;", "Y; or", "Z."), else each item's own."""
        ids = self._members_for_classes(group.ids)
        if not group.continued or not ids:
            return group.item_rows
        s = group.lead
        st = statement(group.direction, 0, len(s.text), text=s.text)
        return self._statement_rows(s, st, group.mentions, [], [], ids, read_setting(s.text), group.context)

    def _sentence_rows(self, s, mentions, layers: tuple[Qualifiers, Qualifiers], list_lead: str | None) -> list[dict]:
        text = s.text
        if text.rstrip().endswith("?"):  # a question ("Is X recommended for Y?") recommends nothing
            return []
        lead_direction = list_lead_direction(list_lead) if s.is_list_item else None
        if not lead_direction and not may_have_cue(text) and not (
                INLINE_LEAD.match(text) and any(m.kind in INTERVENTION_KINDS for m in mentions)):
            return []
        named_cache: list = []

        def named_once() -> list[Named]:
            if not named_cache:
                named_cache.append(named_interventions(text, s.char_start, mentions, self.article_drugs,
                                                       self.entities.regimens_in(s.char_start, s.char_end)))
            return named_cache[0]

        cues = find_cues(text, named_once, self.attribution is not None)
        if lead_direction and all(c.graded for c in cues):
            cues = []  # "Options: - X for most patients (Grade 1B)": the lead-in gives the direction
        inline = inline_list(text, cues, named_once, self.attribution is not None)
        statements = inline[1] if inline else split_statements(text, cues)
        if not statements and lead_direction:
            statements = [statement(lead_direction, 0, len(text), text=text)]
        if not statements:
            return []
        named = named_once()
        zones = restricting_zones(text, named, cues)
        context = layers[0].over(layers[1]).over(self.title_q)
        if inline:  # the lead's restricting clause ends at its colon; the lead qualifies every item
            colon = inline[0]
            zones = [(lo, min(hi, colon)) if lo < colon else (lo, hi) for lo, hi in zones]
            lead_mentions = [m for m in mentions if m.end <= s.char_start + colon]
            context = read_qualifiers(text[:colon], s.char_start, lead_mentions).over(context)
        sentence_setting = read_setting(text, [(n.start, n.end) for n in named])
        rows = []
        for st in statements:
            clause = text[st.start:st.end]
            if not is_treatment_clause(clause):
                continue
            ids = self._members_for_classes(statement_interventions(st, named, zones))
            if not ids and (anaphor := ANAPHOR.search(clause)):
                ids = self._anaphor(s, COMBINATION_ANAPHOR.search(anaphor.group(0)) is not None,
                                    pronoun=anaphor.group(0).strip().lower() == "it")
            elif not ids and PRONOUN_OBJECT.search(clause):
                ids = self._anaphor(s, pronoun=True)
            if not ids and names_generic_medicine(clause) and is_supportive(clause):
                ids = [SUPPORTIVE]  # "you should take an antiviral medicine to prevent shingles"
            if not ids:
                continue
            rows.extend(self._statement_rows(s, st, mentions, named, zones, ids, sentence_setting, context))
        return rows

    def _members_for_classes(self, ids: list[str]) -> list[str]:
        """A drug class outside the contract's vocabulary stands for the members the article names (the ones
        the statement names itself, else every member named in the article); a class with none stays."""
        known = drug_classes()
        out: list[str] = []
        for i in ids:
            members = []
            if i in member_classes() and i not in kept_classes():
                in_ids = [d for d in ids if i in known.get(d, ((), ()))[0]]
                named = (self.entities.class_members or {}).get(i) or []
                members = in_ids or list(dict.fromkeys(
                    [d for d in self.drug_order if d in named or i in known.get(d, ((), ()))[0]]))
            for x in members or [i]:
                if x not in out:
                    out.append(x)
        return out

    def _anaphor(self, s, combination: bool = False, pronoun: bool = False) -> list[str]:
        """"the drug", "the approval": the drug the page is about, else the last one named before.
        "the combination", "the regimen": the treatments of the nearest sentence before that names two or more."""
        if combination:
            hi = bisect_left(self.body_starts, s.char_start)
            lo = bisect_left(self.body_starts, s.char_start - 600)
            for prev in reversed(self.body[lo:hi]):
                named = [n for n in self._named(prev, self.by_sentence.get(prev.sentence_id, []))]
                ids = list(dict.fromkeys(i for n in named for i in (n.members or (n.id,))))
                if len(ids) >= 2:
                    return ids
        if self.entities.main_drug_id:
            return [self.entities.main_drug_id, *self._main_drug_partners()]
        if pronoun:  # a bare "It" is the page's drug, not whichever drug was named last
            return []
        before = [m for m in self.entities.mentions
                  if m.kind == "drug" and s.char_start - 600 <= m.start < s.char_start]
        return [before[-1].id] if before else []

    def _main_drug_partners(self) -> list[str]:
        """What the page says the drug it is about is given with ("It is given together with X and Y")."""
        if self.partners is None:
            self.partners = self._read_partners()
        return self.partners

    def _read_partners(self) -> list[str]:
        main = self.entities.main_drug_id
        for p in self.body:
            m = GIVEN_WITH.search(p.text)
            if m is None:
                continue
            mentions = self.by_sentence.get(p.sentence_id, [])
            before = p.text[:m.start()]
            if not (PRONOUN_SUBJECT.match(before) or any(x.id == main and x.start < p.char_start + m.start()
                                                         for x in mentions)):
                continue
            named = [n for n in self._named(p, mentions) if n.start >= m.end()]
            return [i for i in dict.fromkeys(j for n in named for j in (n.members or (n.id,))) if i != main]
        return []

    def _statement_rows(self, s, st: Frame, mentions, named: list[Named], zones, ids, sentence_setting,
                        context: Qualifiers) -> list[dict]:
        ids = expand_families(s.text, st.start, st.end, named, ids, self.drug_order)  # "any X product"
        base = s.char_start
        clause = s.text[st.start:st.end]
        inside = [m for m in mentions if base + st.start <= m.start and m.end <= base + st.end]
        blocked = [(n.start - st.start, n.end - st.start) for n in named]
        own = read_qualifiers(clause, base + st.start, inside, blocked)
        if sentence_setting is not None:  # the sentence's strongest setting governs all its clauses
            own = Qualifiers(**{**own.as_row(), "setting": sentence_setting})
        if own.line_of_therapy is None and (line := line_of_therapy(s.text)):
            own = Qualifiers(**{**own.as_row(), "line_of_therapy": line})  # the sentence's line, as for setting
        q = own.over(context)
        if (own.condition_id is None and self.article_condition is None and self.entities.main_drug_id
                and page_wide(ids) and not any(m.kind == "condition" for m in mentions)):
            # a drug page's test or supportive directive naming no disease, on a page with several: it holds for
            # every indication of the drug, not for the disease of the heading above it
            q = Qualifiers(**{**q.as_row(), "condition_id": None})
        if q.condition_id is None and self.article_condition:
            q = Qualifiers(**{**q.as_row(), "condition_id": self.article_condition})
        if is_solid(q.condition_id):  # a solid tumour's setting is its stage (qualifiers.solid_setting)
            q = Qualifiers(**{**q.as_row(), "setting": solid_setting(s.text, blocked_in_sentence(named), s.section,
                                                                     self.article.title, context.setting)})
            if q.setting == "relapsed-refractory":
                q = Qualifiers(**{**q.as_row(), "setting": "metastatic"})  # a progressed solid tumour is advanced disease
        if ids == ["molecular-testing"] and coordinated_markers(s.text, base, inside):
            # "have IDH1, IDH2 and FLT3 tested": a panel of markers, no one of them the row's biomarker
            q = Qualifiers(**{**q.as_row(), "biomarker": None, "biomarker_status": None})
        paired = self._respectively(s, st, inside, ids, q)
        if paired:
            return [self._row(s, st, clause, v_ids, v_q, v_q.condition_id) for v_ids, v_q in paired]
        # "X is recommended for CML and GIST": one row per condition the statement names
        conditions = []
        for m in inside:
            if m.kind == "condition" and m.id not in conditions and not _in_zones(m.start - base, zones):
                conditions.append(m.id)
        rows = [self._row(s, st, clause, ids, q, condition_id)
                for condition_id in (conditions if len(conditions) > 1 else [q.condition_id])]
        keys = [(r["condition_id"], r["direction"], frozenset(ids), r["biomarker"], r["biomarker_status"]) for r in rows]
        if not s.is_list_item and not own.groups_set() and all(
                self.stated.get(k, s.section) != s.section for k in keys):
            return []  # "X is therefore not recommended" in a later section: a bare restatement of one made before
        for k in keys:
            self.stated.setdefault(k, s.section)
        return rows

    def _respectively(self, s, st: Frame, inside, ids, q: Qualifiers):
        """"A and B are recommended for X and Y, respectively": pair the i-th intervention with the i-th target."""
        clause = s.text[st.start:st.end]
        if not RESPECTIVELY.search(clause) or len(ids) < 2:
            return None
        markers = []
        for m in inside:
            if m.kind == "biomarker" and m.id not in [x.id for x in markers]:
                markers.append(m)
        if len(markers) == len(ids):
            return [([i], Qualifiers(**{**q.as_row(), "biomarker": m.id,
                                        "biomarker_status": biomarker_status(s.text, replace_offsets(m, -s.char_start))
                                        or q.biomarker_status}))
                    for i, m in zip(ids, markers)]
        conds = []
        for m in inside:
            if m.kind == "condition" and m.id not in conds:
                conds.append(m.id)
        if len(conds) == len(ids):
            return [([i], Qualifiers(**{**q.as_row(), "condition_id": c})) for i, c in zip(ids, conds)]
        return None

    def _row(self, s, st: Frame, clause: str, ids, q: Qualifiers, condition_id) -> dict:
        a = self.attribution
        speaker = speaking_body(s.text)
        if speaker is not None and (a is None or a.body != speaker):
            a = Attribution(body=speaker, title=None, year=None)  # this sentence quotes another body
        elif (newer := update_year(s.section, a, self.article)) is not None:
            a = Attribution(body=a.body, title=a.title, year=newer)  # stated under an "Update" heading
        statement = STATEMENT_TRIM.sub("", clause) or clause.strip()
        row = {
            **provenance(s, s.char_start + st.start, s.char_start + st.end),
            "guideline_body": a.body if a else None,
            "guideline_title": a.title if a else None,
            "guideline_year": a.year if a else self.title_year,
            **q.as_row(),
            "condition_id": condition_id,
            "interventions": list(ids),
            "direction": st.direction,
            "strength": read_strength(s.text),
            "statement": statement,
        }
        row["recommendation_id"] = stable_id(s.sentence_id, st.start, condition_id, "|".join(ids),
                                             st.direction, q.biomarker, q.biomarker_status)
        return row


def blocked_in_sentence(named) -> list[tuple[int, int]]:
    """Spans of intervention names, whose words are not settings ("maintenance chemotherapy")."""
    return [(n.start, n.end) for n in named]


def _in_zones(pos: int, zones) -> bool:
    return any(lo <= pos < hi for lo, hi in zones)
