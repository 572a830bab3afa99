"""Qualifiers of an indication claim read from text: setting, biomarker, population, ages, regulators.

The setting is read by the reader shared with guideline recommendations (extract/text/setting.py),
in the order of the disease's domain.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.entities.condition_vocabulary import conditions
from extract.entities.recognize import recognize_text
from extract.indications.cues import QUALIFIER_CUES, IndicationLexiconError
from extract.text.lexicon_files import lexicon_text, parse_yaml
from extract.text.setting import (course_setting, domain_of, line_setting as shared_line_setting, read_setting,
                                  recurrence_rules_out, stage_setting, stage_values, text_domain)

_BY_FIELD = {f: tuple(c for c in QUALIFIER_CUES if c.kind == f) for f in ("population", "regulator")}


def _biomarker_choice() -> tuple[dict[str, int], frozenset[str]]:
    data = parse_yaml(lexicon_text(__package__, "biomarker_choice.yaml"))
    ranks = data.get("status_rank") or []
    if not ranks or not data.get("source"):
        raise IndicationLexiconError("biomarker_choice.yaml: needs 'source' and 'status_rank'")
    return {s: i for i, s in enumerate(ranks)}, frozenset(data.get("receptor_markers") or ())


_STATUS_RANK, _RECEPTORS = _biomarker_choice()


def marker_pool(own: list, context: list | None) -> list:
    """The markers a claim chooses from: its clause's own when one of them has a status ("the FDA
    approved it only for PIK3CA-altered tumours" beside a context naming HER2-negative disease),
    else the context's, else its clause's."""
    if context is None or any(st for _, st, _ in own):
        return own
    return context or own


def pick_biomarker(pool: list, anchor: int) -> tuple:
    """The (symbol, status, offset) a claim is for, among the markers of its clause (see
    lexicons/biomarker_choice.yaml): one with a status, the most selecting status, a hormone
    receptor last, then the nearest to the condition at `anchor`."""
    def key(b):
        symbol, status, pos = b[0], b[1], b[2]
        receptor = symbol in _RECEPTORS and status != "mutated"
        return (status is None, receptor, _STATUS_RANK.get(status, len(_STATUS_RANK)), abs(pos - anchor))
    return min(pool, key=key)

_YEARS = r"\s*(?:years?|yrs?|y)(?:\s+(?:of\s+age|old))?"
_AGE_RANGE = re.compile(r"\b(?:aged?|ages)\s+(\d{1,3})\s*(?:-|\u2013|\u2014|to)\s*(\d{1,3})\b", re.IGNORECASE)
_AGE_MIN = re.compile(
    r"(?:\u2265|>=|>|\bat\s+least\s+|\bolder\s+than\s+|\bover\s+)\s*(\d{1,3})" + _YEARS
    + r"|\b(\d{1,3})" + _YEARS + r"\s+(?:or|and)\s+(?:older|over|above)\b", re.IGNORECASE)
_AGE_MAX = re.compile(r"(?:<|\u2264|<=|\byounger\s+than\s+|\bunder\s+|\bbelow\s+)\s*(\d{1,3})" + _YEARS,
                      re.IGNORECASE)


@lru_cache(maxsize=8192)
def first_value(field: str, text: str) -> str | None:
    """The value of the first lexicon entry of `field` that matches `text`."""
    for cue in _BY_FIELD[field]:
        if cue.regex.search(text):
            return cue.value
    return None


def _domain(text: str, condition_id: str | None) -> str | None:
    """The domain of `condition_id`, else of the disease names in `text`."""
    return domain_of(condition_id) if condition_id else text_domain(text)


@lru_cache(maxsize=8192)
def setting(text: str, condition_id: str | None = None) -> str | None:
    """The setting `text` states for a claim about `condition_id` (the shared reader, in the order of
    its domain; without an id, the domain of the disease names in `text`, else the default order). For a
    solid tumour only a stage (or maintenance) is read here: its course words are a last resort
    (`line_setting`), after every stage word of the claim's context."""
    domain = _domain(text, condition_id)
    return stage_setting(text) if domain == "solid" else read_setting(text, domain)


@lru_cache(maxsize=8192)
def line_setting(text: str, condition_id: str | None = None) -> str | None:
    """The setting a solid tumour's course words ("relapsed", "came back"), else its line words, imply when
    no stage word of the claim or its context says one (extract.text.setting.course_setting, line_setting)."""
    domain = _domain(text, condition_id)
    return course_setting(text, domain) or shared_line_setting(text, domain)


def population(text: str) -> str | None:
    return first_value("population", text)


@lru_cache(maxsize=8192)
def regulators(text: str) -> tuple[str, ...]:
    """Every regulator the text names, in lexicon order, once each."""
    return tuple(c.value for c in _BY_FIELD["regulator"] if c.regex.search(text))


@lru_cache(maxsize=8192)
def ages(text: str) -> tuple[int | None, int | None]:
    """(age_min, age_max) in years stated in `text`; a strict bound ("<25 years") is made inclusive."""
    m = _AGE_RANGE.search(text)
    if m:
        lo, hi = int(m.group(1)), int(m.group(2))
        return (lo, hi) if lo <= hi <= 120 else (None, None)
    lo = hi = None
    m = _AGE_MIN.search(text)
    if m:
        lo = int(m.group(1) or m.group(2))
    m = _AGE_MAX.search(text)
    if m:
        hi = int(m.group(1)) - (1 if m.group(0).lstrip().startswith(("<", "younger", "under", "below"))
                                and not m.group(0).lstrip().startswith("<=") else 0)
    return lo, hi


_CARRIED = (("biomarker", "biomarker_status", "biomarker_variant"), ("line_of_therapy",), ("setting",))


def carry_to_restrictions(rows: list[dict], article=None, entities=None) -> list[dict]:
    """A negated claim that names no biomarker, line or setting of its own restricts the positive
    claim beside it ("X with Y is approved for EGFR-mutated NSCLC as first-line; X alone is not
    approved"), so it takes that claim's qualifiers: from a positive row for the same drug and
    condition in the same sentence, else in the page title (its first sentence), when those rows
    agree on one value. Given the `article` and its `entities`, a solid tumour's claims then take the page's
    stage (`carry_page_stage`) and the subtype of their heading or page title (`carry_heading_subtype`)."""
    positive: dict[tuple, list[dict]] = {}
    for r in rows:
        if not r["negated"]:
            positive.setdefault((r["drug_id"], r["condition_id"], r["sentence_id"]), []).append(r)
    for r in rows:
        if not r["negated"]:
            continue
        title_id = r["sentence_id"].rsplit(":", 1)[0] + ":0"
        for sentence_id in (r["sentence_id"], title_id):
            sources = positive.get((r["drug_id"], r["condition_id"], sentence_id))
            if not sources:
                continue
            for group in _CARRIED:
                if r.get(group[0]) is not None:
                    continue
                values = {tuple(src.get(c) for c in group) for src in sources if src.get(group[0]) is not None}
                if len(values) == 1:
                    r.update(zip(group, values.pop()))
            break
    rows = carry_page_stage(rows, page_stages(article, entities, rows))
    return carry_heading_subtype(rows, article, entities)


# Settings a solid tumour's claim may state only by a course or line word: the page's stage replaces them.
_COURSE_OR_LINE = frozenset({"relapsed-refractory", "newly-diagnosed"})


def page_stages(article, entities, rows: list[dict]) -> dict[str, set]:
    """The stages (adjuvant, metastatic...) that the sentences of the page naming each solid tumour of
    `rows` state, earlier treatments aside ("advanced bile duct cancer" in a testing advice)."""
    if article is None or entities is None:
        return {}
    wanted = {r["condition_id"] for r in rows if domain_of(r["condition_id"]) == "solid"}
    # a cited paper's title ("... in metastatic breast cancer") says nothing of this page's patients
    text_of = {s.sentence_id: s.text for s in article.sentences if (s.section or "").lower() != "references"}
    found: dict[str, set] = {}
    seen = set()
    for m in entities.mentions:
        if m.kind != "condition" or m.id not in wanted or (m.id, m.sentence_id) in seen:
            continue
        seen.add((m.id, m.sentence_id))
        stage = stage_setting(text_of.get(m.sentence_id))
        if stage in stage_values():
            found.setdefault(m.id, set()).add(stage)
    return found


def carry_page_stage(rows: list[dict], stated: dict[str, set] | None = None) -> list[dict]:
    """A solid tumour's stage is the page's: when the claims of a page about one solid tumour that state a
    setting, and the sentences of the page naming it (`stated`, from `page_stages`), all state the same
    stage (adjuvant, metastatic...), the claims about it that state none take it (a trial's "in the
    adjuvant setting" holds for the drugs of its arms, named sentences later), and so do those whose setting
    only a course or line word gave ("came back after chemotherapy" on a page about metastatic disease).
    Maintenance belongs to one treatment: a page that names it beside a stage carries nothing; a course
    word ("relapsed") with no stage anywhere on the page stays the claim's own, and so does one beside a
    stage a recurrence rules out ("if it comes back" on a page about treatment after surgery)."""
    for r in rows:  # "if it comes back, X is used" under "after surgery": the recurrence, not the surgery
        if domain_of(r["condition_id"]) == "solid" and stage_setting(r["evidence"]) is None \
                and recurrence_rules_out(r.get("setting"), r["evidence"]):
            r["setting"] = "relapsed-refractory"
    found: dict[str, set] = {k: set(v) for k, v in (stated or {}).items()}
    for r in rows:
        if r.get("setting") and domain_of(r["condition_id"]) == "solid":
            found.setdefault(r["condition_id"], set()).add(r["setting"])
    states = stage_values()
    for r in rows:
        values = found.get(r["condition_id"]) or set()
        stages = values & states
        if len(stages) != 1 or values - states - _COURSE_OR_LINE:
            continue
        stage = next(iter(stages))
        if r.get("setting") is None or (r["setting"] in _COURSE_OR_LINE
                                         and not recurrence_rules_out(stage, r["evidence"])):
            r["setting"] = stage
    return rows


def carry_heading_subtype(rows: list[dict], article=None, entities=None) -> list[dict]:
    """A solid tumour's subtype written in the heading above a claim, else in the page title ("HR-positive,
    HER2-negative advanced breast cancer: what is new"), is the subtype of the claims about that disease
    under it that name none of their own."""
    if article is None or entities is None or not rows:
        return rows
    sentences = {s.sentence_id: s for s in article.sentences}
    headings = {s.sentence_id for s in article.sentences if s.is_heading}
    title = (article.title or "").strip()
    first = article.sentences[0] if article.sentences else None
    title_id = first.sentence_id if first is not None and (first.is_heading or first.text.strip() == title) else None
    by_heading: dict[str, dict[str, str]] = {}
    in_title: dict[str, str] = {}
    for m in entities.mentions:
        subtype = (m.attrs or {}).get("subtype") if m.kind == "condition" else None
        if not subtype or domain_of(m.id) != "solid":
            continue
        if m.sentence_id in headings:
            by_heading.setdefault(sentences[m.sentence_id].text.strip(), {}).setdefault(m.id, subtype)
        if m.sentence_id == title_id:
            in_title.setdefault(m.id, subtype)
    _generic_headings(article, entities, rows, by_heading)
    if not by_heading and not in_title:
        return rows
    for r in rows:
        if r.get("subtype") is not None or domain_of(r["condition_id"]) != "solid":
            continue
        s = sentences.get(r["sentence_id"])
        section = (s.section or "").strip() if s is not None else ""
        r["subtype"] = by_heading.get(section, {}).get(r["condition_id"]) or in_title.get(r["condition_id"])
    return rows


# "Castration-resistant disease": a heading that qualifies the page's disease with a generic noun
_GENERIC_NOUN = re.compile(r"\b(?:disease|cancers?|tumou?rs?)\b", re.IGNORECASE)


def _generic_headings(article, entities, rows: list[dict], by_heading: dict[str, dict[str, str]]) -> None:
    """Add to `by_heading` the subtype a heading gives a solid tumour of `rows` with a generic noun
    ("Castration-resistant disease", "HR-positive tumours"): the heading read with the disease's name in
    place of the noun, by the same condition qualifiers as any other mention."""
    wanted = [c for c in dict.fromkeys(r["condition_id"] for r in rows) if domain_of(c) == "solid"]
    named = {m.sentence_id for m in entities.mentions if m.kind == "condition"}
    for s in article.sentences:
        text = s.text.strip()
        if not s.is_heading or s.sentence_id in named or text in by_heading or len(text.split()) > 8 \
                or not _GENERIC_NOUN.search(text):
            continue
        for cid in wanted:
            read = recognize_text(_GENERIC_NOUN.sub(conditions()[cid].name.lower(), text, count=1))
            subtype = next(((m.attrs or {}).get("subtype") for m in read.mentions
                            if m.kind == "condition" and m.id == cid and (m.attrs or {}).get("subtype")), None)
            if subtype:
                by_heading.setdefault(text, {})[cid] = subtype

