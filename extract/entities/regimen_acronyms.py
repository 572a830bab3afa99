"""Regimen acronyms: the ones an article defines for itself, and well-known ones from a lexicon.

An article that writes "daratumumab, lenalidomide and dexamethasone (DRd)" or "R-CHOP (rituximab,
cyclophosphamide, ...)" later says just "DRd" or "the R-CHOP arm"; each later use stands for every
member drug, so it becomes one drug mention per member on the same span (attrs {"regimen": ...}).
An acronym the article never spells out (only known from `drug_regimens.yaml`) adds no drug
mention, because the curated drug list holds only drugs written in the text; its members are
offered to fact extractors through `ArticleEntities.regimens` instead.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.entities.drug_vocabulary import vocabulary
from extract.entities.literals import LiteralSet
from extract.text.lexicon_files import LexiconError, as_list, load_lexicon

Span = tuple[int, int, str]  # (start, end, drug_id)

# between two members of a written-out regimen: ", ", ", and ", " and ", " plus ", "/", "-", "+"
_JOINER = re.compile(r"\s*(?:,\s*(?:and|plus|with)?|and|plus|with|/|\+|-)\s*", re.I)
_ACRONYM = r"[A-Za-z0-9][A-Za-z0-9+\-/]{0,13}[A-Za-z0-9]"
_ACRONYM_AFTER = re.compile(r"\s*\(\s*(" + _ACRONYM + r")\s*(?:regimen\s*)?\)")
_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z0-9+\-])(" + _ACRONYM + r")\s*(?:regimen\s*)?\(\s*$")
_BOUNDARY_L = r"(?<![A-Za-z0-9+\-/])"
_BOUNDARY_R = r"(?![A-Za-z0-9+/]|-[A-Za-z])"


def _joined(text: str, end: int, start: int) -> bool:
    """True when text[end:start] only joins two list members."""
    return start - end <= 8 and _JOINER.fullmatch(text, end, start) is not None


@lru_cache(maxsize=None)
def _initials(drug_id: str) -> frozenset[str]:
    """First letters of a drug's generic and brand names, lower-case (synonym lists are too long
    to tell anything: some synonym of almost any drug starts with almost any letter)."""
    entry = vocabulary().entries.get(drug_id)
    names = [drug_id] + ([entry.name, *entry.brands] if entry else [])
    return frozenset(n[0].lower() for n in names if n)


def _plausible(acronym: str, drugs: list[str]) -> bool:
    """An acronym spells its members: at least half of them start one of its letters
    (by generic or brand name: "V" for Velcade, "A" for Adriamycin), and it is not a word."""
    letters = {c.lower() for c in acronym if c.isalpha()}
    capitals = sum(c.isupper() for c in acronym)
    if not letters or (acronym.islower() and len(acronym) > 3):
        return False
    if capitals > len(drugs) + 2:  # a trial name ("AGILE", "VIALE-A") spells more than its drugs
        return False
    hits = sum(1 for d in drugs if _initials(d) & letters)
    return hits * 2 >= len(drugs)


def defined_regimens(text: str, spans: list[Span]) -> dict[str, tuple[list[str], int, int]]:
    """Regimens the text spells out: acronym -> (member drug ids, start, end of the definition)."""
    found: dict[str, tuple[list[str], int, int]] = {}
    n = len(spans)
    for i, (start, end, _) in enumerate(spans):
        # "<d1>, <d2> and <d3> (ACR)": the list ends at this drug
        m = _ACRONYM_AFTER.match(text, end)
        if m:
            j = i
            while j > 0 and _joined(text, spans[j - 1][1], spans[j][0]):
                j -= 1
            members = _unique(d for _, _, d in spans[j:i + 1])
            if len(members) >= 2 and _plausible(m.group(1), members):
                found.setdefault(m.group(1), (members, spans[j][0], m.end()))
        # "ACR (<d1>, <d2> and <d3>)": the list starts at this drug
        m = _ACRONYM_BEFORE.search(text, max(0, start - 24), start)
        if m:
            k = i
            while k + 1 < n and _joined(text, spans[k][1], spans[k + 1][0]):
                k += 1
            close = re.match(r"\s*\)", text[spans[k][1]:])
            members = _unique(d for _, _, d in spans[i:k + 1])
            if close and len(members) >= 2 and _plausible(m.group(1), members):
                found.setdefault(m.group(1), (members, m.start(), spans[k][1] + close.end()))
    return found


def _unique(ids) -> list[str]:
    out: list[str] = []
    for d in ids:
        if d not in out:
            out.append(d)
    return out


def regimen_uses(text: str, defined: dict[str, tuple[list[str], int, int]]):
    """(start, end, acronym) of every use of a defined acronym outside its own definition."""
    if not defined:
        return []
    out = []
    for m in LiteralSet(defined, _BOUNDARY_L, _BOUNDARY_R).finditer(text):
        _, d_start, d_end = defined[m.text]
        if d_start <= m.start < d_end:
            continue
        out.append((m.start, m.end, m.text))
    return out


@lru_cache(maxsize=None)
def _known() -> tuple[dict[str, tuple[str, tuple[str, ...]]], LiteralSet]:
    lex = load_lexicon(__package__, "drug_regimens.yaml", {"acronym", "drugs", "why"}, {"forms"})
    ids = vocabulary().entries
    by_form: dict[str, tuple[str, tuple[str, ...]]] = {}
    for e in lex.entries:
        drugs = tuple(as_list(e["drugs"]))
        unknown = [d for d in drugs if d not in ids]
        if unknown:
            raise LexiconError(f"drug_regimens.yaml: {e['acronym']}: unknown drug ids {unknown}")
        for form in [str(e["acronym"]), *as_list(e.get("forms"))]:
            by_form[form] = (str(e["acronym"]), drugs)
    return by_form, LiteralSet(by_form, _BOUNDARY_L, _BOUNDARY_R)


def known_regimen_spans(text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """(start, end, acronym, member drug ids) of every lexicon regimen acronym written in `text`:
    a trial arm written "pola-R-CHP" or "A+AVD" stands for its member drugs."""
    by_form, forms = _known()
    return [(m.start, m.end, *by_form[m.text]) for m in forms.finditer(text)]
