"""Indication claims: one row per article x sentence x drug x condition x polarity.

Claims come from sentence structure, never from co-occurrence alone: a clause must hold a status
cue ("is approved to treat", "may be given to", "is an option for", "not recommended") and a drug
that is the clause's agent (not a prior treatment, not an "if ..." circumstance). What the clause
leaves out is taken from its context: a list item from its lead-in sentence, a missing condition
from the heading or the sentences just before, "it" / "this drug" from the last drug subject or the
page's main drug, a drug class ("a TKI") from the members the article names. When the polarity is
unclear the clause gives nothing: a wrong polarity is worse than a missing row.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.indications import qualifiers as q
from extract.indications.context import (ArticleContext, Context, SentenceFacts, heading_like,
                                        merged_conditions, rank)
from extract.indications.cues import SUPPORTIVE_ATC_PREFIXES, SUPPORTIVE_DRUG_IDS
from extract.indications.referents import NEITHER, names_new_referent
from extract.indications.elided_subject import ELIDED_SUBJECT, heading_drug, only_partners
from extract.indications.pairing import merge_overlaps, pair
from extract.indications.regulators import credit_reported_regulators, denial_regulators, partner_status
from extract.entities.mentions import ArticleEntities, Mention
from extract.reading.frames import Frame
from extract.reading.roles import BARE_NEGATION
from extract.indications.tables import RelationHeader, relation_header, row_pairs, row_verdict
from extract.text.line_of_therapy import line_of_therapy
from extract.text.provenance import provenance
from extract.text.row_ids import stable_id
from extract.text.tables import is_table_row
from sources.model import ParsedArticle, Sentence

# Interventions that are tests or the setting of a claim, never given with the drug ("not for use
# outside of a clinical trial", "with MRD assessment"): not combination partners.
_NOT_GIVEN_WITH = frozenset({"clinical-trial", "mrd-assessment", "molecular-testing", "biopsy"})


_SKIP_SECTION = re.compile(r"\b(?:references?|bibliography|further\s+reading|see\s+also|related\s+"
                           r"(?:articles?|content|stories|links|channels)|sources?)\b", re.IGNORECASE)
_DOSING = re.compile(r"\b\d+(?:\.\d+)?\s*(?:mg|mcg|\u00b5g|g|units?|IU)\b|\bdoses?\b|\bdosing\b"
                     r"|\b(?:once|twice|three\s+times)\s+(?:a\s+)?daily\b", re.IGNORECASE)
_INTRODUCES_LIST = re.compile(r":\s*$|\b(?:include|includes|including|following|"
                              r"these\s+(?:indications|conditions|uses))\b", re.IGNORECASE)
_SAME_SUBJECT = re.compile(r"\W*(?:neither|both|(?:is|are|was|were|has|have|had|can|may|should|must|will|does|do|"
                           r"did)\s)", re.IGNORECASE)
# A guideline's grade on the statement: "(Grade 1B)", "[I, A]", "category 2A", "level of evidence II".
_EVIDENCE_GRADE = re.compile(r"\(\s*grade\s+[12]\s*[A-C]\s*\)|\[\s*(?:I{1,3}|IV|V)\s*,\s*[A-E]\s*\]|"
                             r"\bcategory\s+(?:1|2A|2B)\b", re.IGNORECASE)
# A biomarker test the drug needs first: "... must be confirmed (with a validated test) before X is started".
_REQUIRES_MARKER = re.compile(r"\b(?:must|should|needs?\s+to)\s+be\s+(?:confirmed|documented|demonstrated|detected|"
                              r"tested|shown)\b[^.;]{0,80}?\bbefore\b|\btest(?:ed|ing)?\s+for\b[^.;]{0,60}?\bbefore\s+"
                              r"(?:starting|start|giving|prescribing)\b", re.IGNORECASE)
# "... for women who are pregnant": a verb inside a relative clause is not the item's own predicate.
_RELATIVE = re.compile(r"\b(?:who|which|that|whose)\s+[^,;()]*", re.IGNORECASE)
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|do|does|did|can|may|will|should|must|would|could|"
                          r"might|include|includes)\b", re.IGNORECASE)
# Words shaped like a disease name (amyloidosis, carcinoma, ...). Only clauses without a recognised
# condition are checked, so a match is a disease the vocabulary lacks; the bare family words
# ("the leukemia", "this lymphoma") refer back to the context's condition and do not count.
_DISEASE_WORD = re.compile(r"\b(?!(?:diagnos|prognos|apoptos|osmos)is\b|(?:leuka?emia|lymphoma|myeloma)s?\b)"
                           r"[a-z]\w*(?:osis|a?emia|omas?|itis|opathy)\b|\bsyndromes?\b", re.IGNORECASE)

def _names_unknown_disease(s: Sentence, c: Frame) -> bool:
    """The clause names a disease we do not recognise: its claim is not about the context's condition."""
    return bool(_DISEASE_WORD.search(s.text, c.start, c.end))


@lru_cache(maxsize=4096)
def is_supportive(drug_id: str) -> bool:
    """Supportive care (antiemetic, anti-infective, G-CSF ...) or placebo: never an indication."""
    if drug_id in SUPPORTIVE_DRUG_IDS:
        return True
    try:
        from extract.entities.catalog import drug_record
        codes = drug_record(drug_id).get("atc_codes") or []
    except Exception:  # noqa: BLE001 - no catalog record: the id list above decides
        return False
    return any(str(c).upper().startswith(p) for c in codes for p in SUPPORTIVE_ATC_PREFIXES)


class _ArticleReader(ArticleContext):
    """Reads one article's sentences in order and collects its indication rows."""

    def __init__(self, article: ParsedArticle, entities: ArticleEntities):
        super().__init__(article, entities)
        self.rows: dict[str, dict] = {}
        self.required_markers = self._required_markers()
        self.frame: tuple[list[Mention], Context | None] | None = None  # last claim's conditions, this sentence

    def _required_markers(self) -> dict[tuple[str, str], tuple[str, str | None]]:
        """(drug, condition) -> biomarker the page requires before the drug is given: "For patients
        with AML, an FLT3 mutation must be confirmed with a validated test before X is started"."""
        out: dict[tuple[str, str], tuple[str, str | None]] = {}
        main = self.entities.main_drug_id
        for s in self.sentences:
            if not _REQUIRES_MARKER.search(s.text):
                continue
            mentions = self.sentence_mentions(s)
            markers = [m for m in mentions if m.kind == "biomarker"]
            drugs = [m.id for m in mentions if m.kind == "drug"] or ([main] if main else [])
            conditions = [m.id for m in mentions if m.kind == "condition"]
            if len(markers) != 1 or not drugs or len(set(conditions)) != 1:
                continue
            status = markers[0].attrs.get("status") or "positive"
            for d in drugs:
                out.setdefault((d, conditions[0]), (markers[0].id, status))
        return out

    # ------------------------------------------------------------------ reading
    def read(self) -> list[dict]:
        header: RelationHeader | None = None
        for idx, s in enumerate(self.sentences):
            if s.section and _SKIP_SECTION.search(s.section):
                continue
            if not is_table_row(s.text):
                header = None
            elif idx == 0 or not is_table_row(self.sentences[idx - 1].text):
                header = relation_header(s.text)  # a table's first row may name the relation
            elif header is not None:
                self.read_relation_row(s, header)
            self.read_sentence(idx, s)
            credit_reported_regulators(self.rows, self.sentences, idx, self.index_of,
                                       any(m.kind in ("drug", "condition") for m in self.sentence_mentions(s)),
                                       self.page_drug)
        return q.carry_to_restrictions(list(self.rows.values()), self.article, self.entities)

    def read_sentence(self, idx: int, s: Sentence) -> None:
        mentions = self.sentence_mentions(s)
        text = s.text
        if not self.worth_reading(s, mentions) and not (
                any(m.kind == "condition" for m in mentions) and self.label_section(idx)):
            # No drug, no "it"/"this drug", no list entry: keep only what context needs.
            conditions = [m for m in mentions if m.kind == "condition"
                          and not (m.surface.lower() == "all" and m.surface != "ALL")]
            biomarkers = [(m.id, m.attrs.get("status"), m.start - s.char_start)
                          for m in mentions if m.kind == "biomarker"]
            facts = SentenceFacts(text=text, is_heading=s.is_heading, heading_like=heading_like(s),
                                  conditions=conditions, biomarkers=biomarkers, lazy=True)
            self.facts[idx] = facts
            self.drug_page_heading(idx, s, facts)
            return
        clauses = self.clauses(s, mentions)
        facts = SentenceFacts(text=text, is_heading=s.is_heading, heading_like=heading_like(s),
                              has_entities=any(c.has_entities for c in clauses))
        for c in clauses:
            facts.drugs += [d for d, _ in (c.principal or c.partners) if d not in facts.drugs]
            if c.principal:
                facts.partners += [d for d, _ in c.partners if d not in facts.partners]
            facts.conditions += c.conditions
            facts.biomarkers += c.biomarkers
            facts.interventions += c.interventions
            if c.status and (facts.status is None or rank(c.status) < rank(facts.status)):
                facts.status = c.status
            if c.negation and not c.uncertain:
                facts.negation, facts.negation_cue = c.negation, c.negation_cue
            facts.arms = facts.arms or c.arms
        self.facts[idx] = facts
        if text.rstrip().endswith("?"):
            return  # a question asserts nothing
        prev: Frame | None = None
        self.frame = None
        prev_drugs: list[str] = []
        prev_status: str | None = None
        for c in clauses:
            drugs = self.claims_for_clause(idx, s, c, prev_drugs, prev_status)
            if self.frame is None and c.conditions:  # "Patients with A who ..., and are ... can receive Y"
                self.frame = (list(c.conditions), None)
            # Even a clause that made no claim names the subject "it" refers to next.
            drugs = drugs or list(dict.fromkeys(d for d, _ in c.principal))
            if drugs:
                prev_drugs, prev_status = drugs, c.status or prev_status
            prev = c
        if facts.drugs:
            self.last_subject = (facts.drugs[0], idx)
        elif any(c.anaphor for c in clauses) and prev is not None and prev_drugs:
            self.last_subject = (prev_drugs[0], idx)
        self.drug_page_heading(idx, s, facts)

    def claims_for_clause(self, idx: int, s: Sentence, c: Frame,
                          prev_drugs: list[str], prev_status: str | None) -> list[str]:
        """Add the rows of one clause; return the drugs it was about (for the next clause)."""
        if c.uncertain or c.supportive:
            return []
        drugs = list(dict.fromkeys(d for d, _ in c.principal))
        positions = {d: p + s.char_start for d, p in reversed(c.principal)}
        status, negation, negation_cue = c.status, c.negation, c.negation_cue
        partners = list(dict.fromkeys(d for d, _ in c.partners))
        lead = None
        if s.is_list_item:
            lead, _ = self.lead(idx)
        introduces = lead is not None and bool(_INTRODUCES_LIST.search(lead.text))
        # A list item inherits its lead-in's predicate only when it is a bare list entry.
        bare_item = lead is not None and (introduces or lead.heading_like) and not _FINITE_VERB.search(
            _RELATIVE.sub(" ", c.core_text))
        label = None
        if not drugs and (c.conditions or partners) and not (c.negation or c.negated_conditions or c.anaphor):
            label = self.label_section(idx)  # "1.1 Mantle Cell Lymphoma / For adults who ...": the label's drug
            if label:
                drugs = [label[1]]
                positions = {drugs[0]: s.char_start}
                if status in (None, "used"):
                    status = label[0]
        with_partners = bool(drugs) and c.start <= 1 and only_partners(s.text, c.principal)
        if (not drugs and not c.principal or with_partners) and c.start <= 1 and ELIDED_SUBJECT.match(s.text):
            subject = heading_drug(self.sentences, idx, self.sentence_mentions, self.entities.main_drug_id)
            if subject and with_partners:  # "## Carfilzomib / Funded for: A with dexamethasone"
                partners = [d for d in dict.fromkeys([*drugs, *partners]) if d != subject]
                drugs = []
            if not drugs:
                drugs = [subject] if subject else []  # "## Osimertinib / Reimbursed for A": the heading's drug
                positions = {subject: s.char_start} if subject else positions
        neither = NEITHER.match(c.links.anaphor or "") if c.group_anaphor else None
        if not drugs and neither:  # "Neither drug / Neither combination is approved for B"
            drugs = self.neither_group(idx, bool(neither.group("combination")))
        if not drugs and c.group_anaphor:
            drugs = self.last_group(idx)  # "The combination is used for A": the drugs named together before
        if not drugs and c.anaphor:
            target = prev_drugs[0] if prev_drugs else self.resolve_anaphor(idx)
            drugs = [target] if target else []
        if not drugs and not c.interventions and c.status == "approved" and not prev_drugs:
            subject = self.regulator_subject(s)  # "The EMA granted marketing authorisation for ..."
            drugs = [subject] if subject else []
        # "X has no role in A and is not recommended" / "...; neither is recommended": the subject and
        # the conditions of the clause before.
        same_subject = not drugs and bool(prev_drugs) and bool(_SAME_SUBJECT.match(s.text, c.start))
        if same_subject:
            drugs = list(prev_drugs)
        if not drugs and prev_drugs and (c.conditions or c.negated_conditions):
            drugs, status = prev_drugs, status or prev_status  # "X is used for A but not for B"
        if not drugs and not c.interventions and (c.conditions or c.negated_conditions):
            lead_drugs = lead.drugs if lead is not None else []
            if introduces and not lead_drugs and (lead.status or lead.negation) and self.entities.main_drug_id:
                lead_drugs = [self.entities.main_drug_id]  # "Approved uses:" on the drug's own page
            if introduces and lead_drugs:
                drugs = lead_drugs
                if status is None and negation is None:
                    status, negation, negation_cue = lead.status, lead.negation, lead.negation_cue
        if bare_item and c.principal and status is None and negation is None:
            status, negation, negation_cue = lead.status, lead.negation, lead.negation_cue
        if not drugs and partners:
            drugs, partners = partners, []
        drugs = [d for d in drugs if not is_supportive(d)]
        partners = [d for d in partners if not is_supportive(d) and d not in drugs]
        negated_drugs = [d for d in dict.fromkeys(d for d, _ in c.negated_drugs) if not is_supportive(d)]
        if c.restriction and drugs:  # "X alone, a regimen that is not approved for A"
            r_status, r_cue, r_conditions = c.restriction
            for d in drugs:
                for cond in merged_conditions(r_conditions):
                    self.add_row(s, c, d, cond, True, r_status, r_cue, None, lead,
                                 combination=[x for x in drugs if x != d])
        if not (drugs or negated_drugs) or (status is None and negation is None):
            return drugs
        if status in ("used", "investigational") and negation is None and _EVIDENCE_GRADE.search(c.core_text):
            status = "recommended"  # "X, for most patients (Grade 1B)": a graded guideline statement

        conditions, negated_conditions = list(c.conditions), list(c.negated_conditions)
        ctx = None
        if not conditions and not negated_conditions and same_subject and self.frame:
            conditions, ctx = list(self.frame[0]), self.frame[1]
        elif not conditions and not negated_conditions:
            # A trial's arms without their disease take it from the context (the title, the
            # sentence before); other trial wording ("improved survival") needs it in the clause.
            lead_in_arms = c.arms and s.text.rstrip().endswith(":")  # "randomised to X or to one of:"
            if (c.no_condition or (c.status_needs_condition and not negation and not c.arms)
                    or (heading_like(s) and not lead_in_arms)
                    or names_new_referent(s.text, c.start, c.end)
                    or _names_unknown_disease(s, c)):
                return drugs
            # "X is approved for A, and Y and Z are also options": new drugs named for A again
            if self.frame is not None and c.principal and not set(drugs) & set(prev_drugs):
                conditions, ctx = list(self.frame[0]), self.frame[1]
            else:
                ctx = self.inherit(idx) or self.trial_context(idx, c.arms or bool(lead is not None and lead.arms))
                if ctx is None:
                    return drugs
                conditions = list(ctx.conditions)
        conditions = merge_overlaps(conditions, self.article.clean_text, self.article_conditions)
        negated_conditions = merge_overlaps(negated_conditions, self.article.clean_text, self.article_conditions)
        explicit = ctx is None
        may_negate = explicit or ctx.allows_negation or self.is_topic(conditions)
        if conditions:
            self.frame = (conditions, ctx)

        def add(drug, cond, negated, st, cue=None, partners_=(), marker=None):
            self.add_row(s, c, drug, cond, negated, st, cue, ctx, lead, marker=marker,
                         combination=[x for x in (*drugs, *partners_) if x != drug])

        if negation:
            if may_negate:  # "X and Y are not approved for A and B, respectively" pairs them too
                for d, cond, _ in pair(c, drugs, positions, conditions + negated_conditions):
                    add(d, cond, True, negation, negation_cue)
            return drugs
        if status and not c.hypothetical:
            pairs = pair(c, drugs, positions, conditions)
            for d, cond, marker in pairs:
                add(d, cond, False, status, partners_=partners, marker=marker)
            for d in partners:  # the approval of a combination approves its partners too
                for cond in conditions:
                    add(d, cond, False, partner_status(status), partners_=partners)
            if explicit or c.arms:  # an active comparator is an arm: used for the trial's disease
                for d in dict.fromkeys(x for x, _ in c.comparators):
                    if not is_supportive(d) and d not in drugs:
                        for cond in conditions:
                            add(d, cond, False, "used")
        if may_negate and c.constituent_cue:
            for d in drugs:
                for cond in negated_conditions:
                    add(d, cond, True, "not_indicated", c.constituent_cue)
            for d in negated_drugs:
                for cond in conditions:
                    add(d, cond, True, "not_indicated", c.constituent_cue)
        return drugs

    def read_relation_row(self, s: Sentence, header: RelationHeader) -> None:
        """One body row of a "Drug | Approved use" table: its drugs for its diseases, the header's status."""
        mentions = self.sentence_mentions(s)
        drugs = [(m.id, m.start - s.char_start) for m in mentions if m.kind == "drug" and not is_supportive(m.id)]
        conditions = [(m, m.start - s.char_start) for m in mentions if m.kind == "condition"]
        row_drugs, row_conditions = row_pairs(s.text, header, drugs, conditions)
        status, negated, verdict, cell = row_verdict(s.text, header)  # "| Not funded |": the row's own verdict
        rest = s.text if cell is None else s.text[:cell[0]] + " " + s.text[cell[1]:]
        if not row_drugs or not row_conditions or BARE_NEGATION.search(rest):
            return
        facts = Frame(0, len(s.text), conditions=row_conditions,
                            biomarkers=[(m.id, m.attrs.get("status"), m.start - s.char_start)
                                        for m in mentions if m.kind == "biomarker"])
        for drug in dict.fromkeys(row_drugs):
            for cond in merged_conditions(row_conditions):
                self.add_row(s, facts, drug, cond, negated, status, verdict or None, None, None,
                             combination=[d for d in dict.fromkeys(row_drugs) if d != drug])

    def framing_setting(self, s: Sentence, condition_id: str) -> str | None:
        """Setting of a drug-less sentence just before that frames the same condition ("For R/R ALL, ...")."""
        idx = self.index_of.get(s.sentence_id)
        for j in range(idx - 1 if idx is not None else -1, max(-1, idx - 3 if idx is not None else -1), -1):
            f = self.facts[j]
            t = self.sentences[j]
            if f is None or f.drugs or t.section != s.section or t.is_list_item:
                return None
            if any(m.id == condition_id for m in f.conditions):
                return q.setting(f.text, condition_id)
        return None

    def drug_page_heading(self, idx: int, s: Sentence, facts: SentenceFacts) -> None:
        """On a drug's page, a heading naming only conditions, over dosing text, means the drug is used for them."""
        main = self.entities.main_drug_id
        if not main or not facts.heading_like or facts.drugs or facts.status or not facts.conditions:
            return
        if facts.has_entities or s.text.rstrip().endswith("?") or is_supportive(main):
            return
        for j in range(idx + 1, min(len(self.sentences), idx + 7)):
            t = self.sentences[j]
            if heading_like(t) and not t.text.strip().lower().startswith(("recommended", "dose", "dosage")):
                break
            others = {m.id for m in self.sentence_mentions(t) if m.kind == "drug"} - {main}
            if others:
                return
            if _DOSING.search(t.text):
                dummy = Frame(0, len(s.text), conditions=list(facts.conditions),
                                    biomarkers=list(facts.biomarkers))
                for cond in merged_conditions(facts.conditions):
                    self.add_row(s, dummy, main, cond, False, "used", None, None, None,
                                 combination=[])
                return

    def approving_regulators_before(self, s: Sentence) -> tuple[str, ...]:
        """ "Health Canada cleared X for A. It is also indicated for B.": the approval of B is the same
        regulator's when the sentence just before, in the same paragraph, is its approval."""
        prev = self.previous_in_paragraph(s)
        if prev is None:
            return ()
        f = self.facts[self.index_of[prev.sentence_id]]
        if f is None or f.lazy or f.status != "approved":
            return ()
        return q.regulators(prev.text)

    # ------------------------------------------------------------------ rows
    def add_row(self, s: Sentence, c: Frame, drug: str, cond, negated: bool, status: str,
                cue: str | None, ctx: Context | None, lead: SentenceFacts | None, combination,
                marker: tuple | None = None) -> None:
        clause_text = s.text[c.start:c.end]
        attrs = dict(cond.attrs or {})
        biomarker, biomarker_status = attrs.get("biomarker"), attrs.get("biomarker_status")
        variant = attrs.get("biomarker_variant")
        if biomarker is None:
            pool = [marker] if marker else q.marker_pool(c.biomarkers, ctx.biomarkers if ctx else None)
            if pool:
                anchor = cond.start - s.char_start
                best = q.pick_biomarker(pool, anchor)
                biomarker, biomarker_status = best[0], best[1]
                variant = c.variants.get(best[2])
            elif not negated and (drug, cond.id) in self.required_markers:
                biomarker, biomarker_status = self.required_markers[(drug, cond.id)]
        context_texts = (ctx.texts if ctx else []) + ([lead.text] if lead else [])
        # A later clause's setting ("..., but not first-line") is not this claim's.
        # The section heading frames its sentences ("First-line treatment") more closely than context.
        setting = q.setting(clause_text, cond.id) or q.setting(s.text[:c.end], cond.id) or (
            q.setting(s.section, cond.id) if s.section and not s.is_heading else None) or next(
            (v for v in (q.setting(t, cond.id) for t in context_texts) if v), None) or self.framing_setting(
            s, cond.id) or q.line_setting(clause_text, cond.id) or q.line_setting(s.text[:c.end], cond.id)
        # The line of therapy is read like the setting: the clause, the sentence up to it, the section
        # heading, then the context the claim leans on.
        line = line_of_therapy(clause_text) or line_of_therapy(s.text[:c.end]) or (
            line_of_therapy(s.section) if s.section and not s.is_heading else None) or next(
            (v for v in map(line_of_therapy, context_texts) if v), None)
        population = q.population(clause_text)
        age_min, age_max = q.ages(clause_text)
        # A list item's approval is the lead-in's ("Health Canada approved X for:"), so is its regulator.
        # The clause's own regulator, else one named before it ("The FDA approved X for A; it is also ...").
        named = q.regulators(clause_text) or q.regulators(s.text[:c.start])
        regulators = list(dict.fromkeys(named + (q.regulators(lead.text) if lead else ()))
                          ) if status == "approved" else []
        if status == "approved" and not regulators:
            regulators = list(self.approving_regulators_before(s) or self.label_regulators(self.index_of[s.sentence_id]))
        elif negated:
            regulators = denial_regulators(clause_text)
        interventions = [i for i in dict.fromkeys(c.interventions) if i not in _NOT_GIVEN_WITH]
        combo = list(dict.fromkeys([*combination, *interventions]))
        key = stable_id(s.article_id, s.sentence_id, drug, cond.id, negated)
        old = self.rows.get(key)
        if old is not None:
            if rank(status) < rank(old["status"]):
                old["status"] = status
            old["regulators"] = list(dict.fromkeys(old["regulators"] + regulators))
            return
        self.rows[key] = {
            "indication_id": key, **provenance(s),
            "drug_id": drug, "condition_id": cond.id,
            "lineage": attrs.get("lineage"), "subtype": attrs.get("subtype"),
            "biomarker": biomarker, "biomarker_status": biomarker_status, "biomarker_variant": variant,
            "setting": setting, "line_of_therapy": line, "population": population, "age_min": age_min, "age_max": age_max,
            "combination": combo, "status": status, "regulators": regulators,
            "negated": negated, "negation_cue": cue if negated else None,
        }


def extract_indications(article: ParsedArticle, entities: ArticleEntities) -> list[dict]:
    """Indication claims of one article (see the module docstring for what makes a claim)."""
    return _ArticleReader(article, entities).read()
