"""Recommendations read from the structure of a page rather than from one sentence's verb.

Three shapes: a table whose cells name treatments under a column that says the direction ("Preferred |
Alternative", or "Treatment | Grade"); a label or directive lead and an inline list ("Preferred: X", "Treatment
should be tailored: X for A; Y for B"); a statement with no subject under a heading that names the treatment
("## Venetoclax with obinutuzumab" / "Recommended as first-line treatment ..."). `StructureRows` is a mixin of the
article reader in rows.py: it needs the reader's `_named`, `_statement_rows`, `_members_for_classes`, `attribution`,
`article` and `title_q`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.reading.directives import (INTERVENTION_KINDS, PRIORITY, find_cues, is_treatment_clause, may_have_cue,
                                       restricting_zones, statement, statement_interventions)
from extract.reading.directive_cues import alternation
from extract.reading.frames import Frame
from extract.recommendations.qualifiers import EMPTY, Qualifiers, read_qualifiers, read_setting
from extract.recommendations.tables import Cell, TableHeader, label_direction
from extract.text.line_of_therapy import line_of_therapy

# A list introduced by one of these gives every item with an intervention that direction
# ("Treatment options: • Clinical trial • TKI with or without chemotherapy"; "Preferred regimens: ...").
LIST_LEADS = (
    ("recommended", re.compile(r"\b(?:preferred|recommended)\s+(?:first[- ]line\s+)?(?:regimens?|treatments?|"
                               r"therap(?:y|ies)|options?|approach(?:es)?)\b|^\W*recommendations?\b|"
                               r"^\W*(?:(?:[\w-]+\s+){0,2})recommendations?\W*$",  # "Board recommendation"
                               re.IGNORECASE)),
    ("option", re.compile(r"\b(?:options?|choices?|alternatives?|regimens?\s+include|useful\s+in\s+certain\s+"
                          r"circumstances)\b", re.IGNORECASE)),
)
DOSING_LEAD = re.compile(r"\bdos(?:e|es|ing|age)\b|\badministration\b", re.IGNORECASE)
# "<lead>: X for A; Y for B": a label or a directive clause, a colon, then the items it recommends.
INLINE_LEAD = re.compile(r"^(?P<lead>[^:;]{3,160}?):\s+(?=\S)")
MODAL_LEAD = re.compile(r"\b(?:should|must)\b", re.IGNORECASE)
LABEL_MAX_WORDS = 4  # "Preferred", "Other recommended regimens": a label, not a sentence
# A statement with no subject of its own ("Recommended as first-line ...", "Preferred first-line therapy for ...",
# "Not recommended ...", "It is recommended ..."): under a heading naming a treatment, the heading's.
SUBJECTLESS = re.compile(r"^\W*(?:not\s+(?:routinely\s+|generally\s+)?recommended|recommended|preferred|suggested|"
                         r"(?:an?\s+)?(?:option|alternative)|(?:may\s+be\s+|to\s+be\s+)?considered|"
                         r"should\s+(?:not\s+)?be|it\s+(?:is|remains)|this\s+is)\b", re.IGNORECASE)
HEADING_MAX_WORDS = 8  # a heading naming a treatment, not a sentence about several


class StructureRows:
    """Rows from tables, inline lists and treatment headings (mixed into rows._ArticleReader)."""

    def _table_rows(self, s, mentions, row: list[Cell], header: TableHeader, heading_ctx: Qualifiers) -> list[dict]:
        """A table row whose cells name treatments without a verb: each cell under a recommending column is one
        statement with that column's direction, qualified by the row's other cells (who, when, which marker)."""
        directions = header.directions(self.attribution is not None)
        named = self._named(s, mentions)
        base = s.char_start
        row_q = EMPTY
        for cell, direction in zip(row, directions):
            if direction is None:
                inside = [m for m in mentions if base + cell.start <= m.start and m.end <= base + cell.end]
                row_q = row_q.over(read_qualifiers(cell.text, base + cell.start, inside))
        context = row_q.over(heading_ctx).over(self.title_q)
        sentence_setting = read_setting(s.text, [(n.start, n.end) for n in named])
        grade = next((c.text for c, kind in zip(row, header.columns) if kind == "grade"), None)
        cues = find_cues(s.text, named, self.attribution is not None) \
            if header.has_actions and may_have_cue(s.text) else []
        out: list[dict] = []
        for cell, direction, kind in zip(row, directions, header.columns):
            zones: list[tuple[int, int]] = []
            if kind == "action":  # "Switch to X", "Do not re-challenge with Y": the cell's own verb says
                own = [c for c in cues if cell.start <= c.start < cell.end and not c.graded]
                if own:
                    direction = min((c.direction for c in own), key=PRIORITY.__getitem__)
                    zones = [(lo, hi) for lo, hi in restricting_zones(s.text, named, own)
                             if cell.start <= lo < cell.end]
            if direction is None:
                continue
            st = statement(direction, cell.start, cell.end, text=s.text)
            ids = self._members_for_classes(statement_interventions(st, named, zones))
            if ids:
                out.extend(self._statement_rows(s, st, mentions, named, zones, ids, sentence_setting, context))
        for r in out:
            r["strength"] = r["strength"] or grade  # the grade column's cell, as written
        return out

    def _cue_cell_header(self, s, mentions, row: list[Cell]) -> TableHeader | None:
        """A table row read without its header (lost, or saying no direction) whose directive sits in one cell
        that names a treatment ("| Grade 3 rash on X | Switch to Y | Strong |"): that cell is the row's action,
        the other cells say when (the drug they name is context). None when the cues span several cells or the
        cue's cell names no treatment ("| X | Recommended |" is read as a sentence)."""
        if not may_have_cue(s.text):
            return None
        named = self._named(s, mentions)
        cues = [c for c in find_cues(s.text, named, self.attribution is not None) if not c.graded]
        homes = {i for c in cues for i, cell in enumerate(row) if cell.start <= c.start < cell.end}
        if len(homes) != 1:
            return None
        home = row[homes.pop()]
        if not any(home.start <= n.start < home.end for n in named) or \
                not any(not (home.start <= n.start < home.end) for n in named):
            return None  # nothing to keep out: the row reads as one sentence as before
        return TableHeader(len(row), tuple("action" if c is home else None for c in row))

    def _heading_treatments(self, s, mentions) -> list[str]:
        """The treatments a short heading names ("Venetoclax with obinutuzumab"); none for a longer heading."""
        if not any(m.kind in INTERVENTION_KINDS for m in mentions) or len(s.text.split()) > HEADING_MAX_WORDS \
                or s.text.strip() == (self.article.title or "").strip():
            return []  # the page title's drug is the page's, read by the pronoun rules
        return list(dict.fromkeys(i for n in self._named(s, mentions) for i in (n.members or (n.id,))))

    def _under_treatment_heading(self, s, mentions, heading_ids: list[str], layers) -> list[dict]:
        """"Recommended as first-line treatment of A [I, A]" under a heading naming X: X is recommended."""
        text = s.text
        m = SUBJECTLESS.match(text)
        if m is None or text.rstrip().endswith(("?", ":")):
            return []  # a question, or a lead-in whose list says more
        named = self._named(s, mentions)
        cues = find_cues(text, named, self.attribution is not None) if may_have_cue(text) else []
        direction = label_direction(m.group(0))
        if direction is None and cues:
            direction = min((c.direction for c in cues), key=PRIORITY.__getitem__)
        if direction is None or not is_treatment_clause(text):
            return []
        zones = restricting_zones(text, named, cues)
        st = statement(direction, 0, len(text), text=text)
        ids = self._members_for_classes(heading_ids + [i for i in statement_interventions(st, named, zones)
                                                       if i not in heading_ids])
        context = layers[0].over(layers[1]).over(self.title_q)
        return self._statement_rows(s, st, mentions, named, zones, ids,
                                    read_setting(text, [(n.start, n.end) for n in named]), context)


def inline_list(text: str, cues, named, guideline: bool = False) -> tuple[int, list[Frame]] | None:
    """"Treatment should be tailored: X for A; Y for B", "Preferred: X", "Options for A: X or Y": a lead naming no
    treatment says the direction, and each ";"-separated item after its colon is one statement. None unless the
    lead says a direction and only the items name treatments (a cue after the colon is read as usual). On a
    guideline's page a line label ("First line:", "Second-line therapy:") recommends its items."""
    m = INLINE_LEAD.match(text)
    if m is None:
        return None
    colon = m.end("lead")
    if any(c.start >= colon for c in cues):
        return None
    named = named() if callable(named) else named
    context_zones = restricting_zones(text, named, cues)  # "Options after chemotherapy:" names a prior treatment
    if not named or any(n.start < colon and not any(lo <= n.start < hi for lo, hi in context_zones) for n in named):
        return None
    lead = m.group("lead")
    lead_cues = [c for c in cues if not c.graded]
    if lead_cues:
        direction = min((c.direction for c in lead_cues), key=PRIORITY.__getitem__)
    elif len(lead.split()) <= LABEL_MAX_WORDS and (d := label_direction(lead)):
        direction = d
    else:
        direction = list_lead_direction(lead) or ("recommended" if MODAL_LEAD.search(lead) else None)
        if direction is None and guideline and len(lead.split()) <= LABEL_MAX_WORDS and line_of_therapy(lead):
            direction = "recommended"
    if direction is None:
        return None
    items, lo = [], m.end()
    for part in [*re.finditer(r";", text[lo:]), None]:
        hi = lo + part.start() if part else len(text)
        if any(lo <= n.start < hi for n in named):
            items.append(statement(direction, lo, hi, text=text))
        lo = hi + 1
    return (colon, items) if items else None


@lru_cache(maxsize=1)
def _usage_lead() -> re.Pattern:
    """"Common choices are:", "The usual options are:": a lead describing practice (lexicons/list_leads.yaml)."""
    return alternation(__package__, "list_leads.yaml", "usage")


def is_usage_lead(lead: str) -> bool:
    return _usage_lead().search(lead) is not None


def list_lead_direction(lead: str | None) -> str | None:
    if not lead or DOSING_LEAD.search(lead) or is_usage_lead(lead):
        return None
    return next((direction for direction, rx in LIST_LEADS if rx.search(lead)), None)
