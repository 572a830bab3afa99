"""Condition mentions: full names (any case), abbreviations (upper case, in context) and the
abbreviations an article defines for itself, each with lineage / subtype qualifiers as attrs.

Short forms are where precision is lost: "ALL" is also the English word written in capitals, and
"MF", "PV", "ET", "SM", "HES" mean other things elsewhere. Such forms count only in a medical
context: the article defines them, names the condition in full, or the sentence talks about disease.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from extract.entities.condition_vocabulary import conditions, domains, qualifiers, spelling_variants
from extract.entities.literals import LiteralSet
from extract.entities.folding import at_word_boundaries, fold, fold_key, squeeze

_DISEASE_CUE = re.compile(
    r"\b(?:leuka?emias?|lymphomas?|myelomas?|neoplasms?|neoplasia|mastocytosis|myelofibrosis|"
    r"thrombocyth\w*|polycyth\w*|syndromes?|diagnos\w*|patients?|diseases?|disorders?|cancers?|"
    r"malignan\w*|remission|relapsed|refractory|blasts?|marrow)\b", re.I)
_DEFINITION_AFTER = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z0-9/+\-]{1,11})\s*[),;]")
_DEFINITION_BEFORE = re.compile(r"([A-Za-z][A-Za-z0-9/+\-]{1,11})\s*\(\s*$")
_GLOSSARY_ITEM = re.compile(r"([A-Z][A-Za-z0-9/+\-]{1,11})\s*[,:=]\s*([^;\n]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[^A-Za-z\n]{0,3}$")
_WORD_AFTER = re.compile(r"[^A-Za-z\n]{0,3}([A-Za-z]+)")
_LOOKBACK = 90  # chars a `before` qualifier may span ("very low-, low- or intermediate-risk ")


@dataclass(frozen=True)
class ConditionHit:
    start: int
    end: int
    condition_id: str
    attrs: dict
    needs_named: bool = False


@dataclass(frozen=True)
class _Short:
    condition_id: str
    attrs: tuple[tuple[str, str], ...]
    ambiguous: bool


_NAME_KEYS: dict[str, tuple] = {}  # folded name -> (condition_id, attrs, needs_named), for ellipsis


def _build():
    automaton = ahocorasick.Automaton()
    shorts: dict[str, _Short] = {}
    for entry in conditions().values():
        for name in (entry.name, *entry.names):
            for variant in spelling_variants(name.lower()):
                key = fold_key(variant)
                automaton.add_word(key, (len(key), entry.id, (), False))
                _NAME_KEYS.setdefault(key, (entry.id, (), False))
        for abbr in entry.abbreviations:
            shorts[abbr] = _Short(entry.id, (), abbr in entry.ambiguous)
        for form in entry.forms:
            if form.text.islower():  # a written-out form: any case, like a name
                for variant in spelling_variants(form.text):
                    key = fold_key(variant)
                    automaton.add_word(key, (len(key), entry.id, form.attrs, form.needs_named))
                    _NAME_KEYS.setdefault(key, (entry.id, form.attrs, form.needs_named))
            else:
                shorts[form.text] = _Short(entry.id, form.attrs, form.ambiguous)
    automaton.make_automaton()
    return automaton, shorts


_NAMES, _SHORTS = _build()
_SHORT_FORMS = LiteralSet(_SHORTS)  # whole words, case as written


# "gastroesophageal junction (GEJ) adenocarcinoma": an abbreviation bracketed inside a name, before its head noun
_INNER_ABBREVIATION = re.compile(r"(?<=[a-z]) \(\s*[A-Z][A-Za-z0-9/]{1,7}\s*\)(?= [a-z])")


def _without_inner_abbreviations(text: str, folded: str) -> str:
    """`folded` with each bracketed abbreviation written inside a name blanked (same length, same offsets)."""
    spans = [m.span() for m in _INNER_ABBREVIATION.finditer(text)]
    if not spans:
        return folded
    chars = list(folded)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def find_condition_names(text: str, folded: str) -> list[ConditionHit]:
    """Full condition names, leftmost-longest, with the qualifiers written around them."""
    if "(" in text:
        folded = _without_inner_abbreviations(text, folded)
    squeezed, index = squeeze(folded)
    hits = []
    for last, (length, cid, attrs, needs_named) in _NAMES.iter(squeezed):
        start, end = last - length + 1, last + 1
        if index is not None:
            start, end = index[start], index[end - 1] + 1
        if at_word_boundaries(text, start, end):
            hits.append((start, end, cid, attrs, needs_named))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[ConditionHit] = []
    for start, end, cid, attrs, needs_named in hits:
        if out and start < out[-1].end:
            continue
        out.append(ConditionHit(start, end, cid, dict(attrs), needs_named))
    extra = [h for hit in out for h in _elided(text, hit)]
    return sorted(out + extra, key=lambda h: (h.start, -h.end)) if extra else out


_CONJUNCTION_BEFORE = re.compile(r"\s*,?\s+(?:or|and|and/or)\s+$")
_PIECE_WORDS = re.compile(r"[A-Za-z][\w'/-]*")


def _elided(text: str, hit: ConditionHit) -> list[ConditionHit]:
    """Conditions that share this name's head noun: "epithelial ovarian, fallopian tube or primary
    peritoneal cancer", "breast or ovarian cancer", "non-small cell and small cell lung cancer"."""
    m = _CONJUNCTION_BEFORE.search(text, max(0, hit.start - 12), hit.start)
    if not m:
        return []
    words = text[hit.start:hit.end].split()
    out: list[ConditionHit] = []
    cut = m.start()
    window_start = max(0, hit.start - 120)
    pieces = text[window_start:cut].split(",")
    offset = cut
    for piece in reversed(pieces[-3:]):
        piece_start = offset - len(piece)
        tokens = list(_PIECE_WORDS.finditer(piece))
        found = None
        for n_words in (3, 2, 1):
            if len(tokens) < n_words:
                continue
            lead = tokens[-n_words:]
            for k in (1, 2, 3):
                if k >= len(words):
                    break
                key = fold_key(" ".join([*(w.group(0) for w in lead), *words[-k:]]))
                if key in _NAME_KEYS:
                    found = (piece_start + lead[0].start(), piece_start + lead[-1].end(), _NAME_KEYS[key])
                    break
            if found:
                break
        if not found or piece[found[1] - piece_start:].strip():
            break  # the list of conjuncts ends here
        start, end, (cid, attrs, needs_named) = found
        out.append(ConditionHit(start, end, cid, dict(attrs), needs_named))
        offset = piece_start - 1  # the comma before this piece
    return out


_LEAD_IN_WORDS = re.compile(r"(?:[\w/-]+\s+){1,3}$")


def learn_abbreviations(text: str, names: list[ConditionHit]) -> dict[str, tuple[str, dict]]:
    """Short forms the article defines: "acute myeloid leukemia (AML)", "AML (acute myeloid
    leukemia)", and glossaries such as "Abbreviations: ALL, acute lymphoblastic leukemia; ..."."""
    learned: dict[str, tuple[str, dict]] = {}
    for hit in names:
        hit = _qualify(text, hit)
        long_form = text[hit.start:hit.end]
        lead_in = _LEAD_IN_WORDS.search(text, max(0, hit.start - 40), hit.start)  # "relapsed ..." (R/R MCL)
        m = _DEFINITION_AFTER.match(text, hit.end)
        if m and _looks_like_abbreviation(m.group(1)) and abbreviates(
                m.group(1), (lead_in.group(0) if lead_in else "") + long_form):
            learned.setdefault(m.group(1), (hit.condition_id, hit.attrs))
        m = _DEFINITION_BEFORE.search(text, max(0, hit.start - 16), hit.start)
        if m and _looks_like_abbreviation(m.group(1)) and abbreviates(m.group(1), long_form):
            learned.setdefault(m.group(1), (hit.condition_id, hit.attrs))
    for m in re.finditer(r"\babbreviations?\s*(?:used)?\s*:", text, re.I):
        line_end = text.find("\n\n", m.end())
        block = text[m.end(): line_end if line_end > 0 else len(text)]
        for item in _GLOSSARY_ITEM.finditer(block):
            long_form = item.group(2).strip()
            found = find_condition_names(long_form, fold(long_form))
            if found and found[0].start == 0:
                first = _qualify(long_form, found[0])
                learned.setdefault(item.group(1), (first.condition_id, first.attrs))
    return learned


def abbreviates(short: str, long_form: str) -> bool:
    """Schwartz-Hearst test: the short form's letters occur in order in the long form, the first
    one starting a word. A trial acronym after a disease name ("... myeloma (MAIA)") fails it."""
    letters = [c.lower() for c in short if c.isalnum()]
    long_low = long_form.lower()
    if not letters:
        return False
    starts = [i for i, c in enumerate(long_low) if c == letters[0] and (i == 0 or not long_low[i - 1].isalnum())]
    for first in starts:
        pos = first + 1
        for c in letters[1:]:
            pos = long_low.find(c, pos) + 1
            if pos == 0:
                break
        else:
            return True
    return False


def _looks_like_abbreviation(short: str) -> bool:
    letters = [c for c in short if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= len(letters) - 1


def find_conditions(text: str, folded: str, sentence_bounds,
                    medical_spans: list[tuple[int, int]] = ()) -> tuple[list[ConditionHit], dict[str, str]]:
    """All condition mentions and the abbreviations the article defined.

    `sentence_bounds(offset)` returns the (start, end) of the sentence holding `offset`;
    `medical_spans` are drug and intervention mentions, which make a sentence a medical context.
    """
    names = find_condition_names(text, folded)
    learned = learn_abbreviations(text, names)
    named_ids = {h.condition_id for h in names if not h.needs_named}
    hits = list(names)
    taken = [(h.start, h.end) for h in names]
    other_meanings = defined_otherwise(text, learned)
    short_matches = list(_SHORT_FORMS.finditer(text))
    # what the article is about: conditions named in full or by an unambiguous short form ("TNBC")
    certain = named_ids | {_SHORTS[m.text].condition_id for m in short_matches if not _SHORTS[m.text].ambiguous}
    named_domains = {_DOMAINS[c] for c in certain} - {"other"}

    for m in short_matches:
        short = _SHORTS[m.text]
        if _overlaps(taken, m.start, m.end):
            continue
        if m.text in learned and learned[m.text][0] != short.condition_id:
            continue  # the article gave this short form another meaning
        if m.text == "ALL" and _shouted(text, m.start, m.end):
            continue
        if short.ambiguous and m.text not in learned and short.condition_id not in named_ids:
            if m.text in other_meanings:
                continue  # "endocrine therapy (ET)": the article's own meaning of the letters
            domain = _DOMAINS[short.condition_id]
            if domain != "other" and named_domains and domain not in named_domains:
                continue  # "ET" on a breast-cancer page is no myeloproliferative neoplasm
            if not _disease_context(text, m.start, sentence_bounds, medical_spans):
                continue
        hits.append(ConditionHit(m.start, m.end, short.condition_id, dict(short.attrs)))
    extra = {k: v for k, v in learned.items() if k not in _SHORTS or _SHORTS[k].condition_id != v[0]}
    if extra:
        taken = [(h.start, h.end) for h in hits]
        for m in LiteralSet(extra).finditer(text):
            if not _overlaps(taken, m.start, m.end):
                cid, attrs = extra[m.text]
                hits.append(ConditionHit(m.start, m.end, cid, dict(attrs)))
    named_ids |= {h.condition_id for h in hits if not h.needs_named}
    qualified = [_qualify(text, h) for h in hits if not h.needs_named or h.condition_id in named_ids]
    qualified.sort(key=lambda h: (h.start, -h.end))
    kept: list[ConditionHit] = []
    for h in qualified:
        # "chronic phase" inside "chronic phase CML" is one mention, not two; "PV" inside the
        # qualifier of "post-PV myelofibrosis" is the history of this disease, not a second one
        if kept and h.end <= kept[-1].end and (h.condition_id == kept[-1].condition_id
                                               or h.start > kept[-1].start or h.end < kept[-1].end):
            continue
        kept.append(h)
    return kept, {k: v[0] for k, v in learned.items()}


_DOMAINS = domains()
_AMBIGUOUS_SHORTS = frozenset(k for k, v in _SHORTS.items() if v.ambiguous)
_PAREN_SHORT = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9/+\-]{1,11})\s*[),;]")
_WORDS_BEFORE = re.compile(r"((?:[A-Za-z][\w'-]*[\s/-]+){1,6})$")


def defined_otherwise(text: str, learned: dict) -> set[str]:
    """Ambiguous condition short forms the article defines as something else: "endocrine therapy
    (ET)", "progression-free survival (PFS)". The letters must start the words before the bracket in
    order (Schwartz-Hearst), and those words must not be the condition itself (`learned`)."""
    out: set[str] = set()
    for m in _PAREN_SHORT.finditer(text):
        short = m.group(1)
        if short not in _AMBIGUOUS_SHORTS or short in learned:
            continue
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if before and _initials_spell(short, before.group(1)):
            out.add(short)
    return out


def _initials_spell(short: str, words_text: str) -> bool:
    """The short form's letters are the initials of the last words before it ("endocrine therapy")."""
    letters = [c.lower() for c in short if c.isalpha()]
    words = [w for w in re.split(r"[\s/-]+", words_text.strip()) if w]
    if len(words) < len(letters):
        return False
    return [w[0].lower() for w in words[-len(letters):]] == letters


def _overlaps(spans, start, end) -> bool:
    return any(s < end and start < e for s, e in spans)


def _shouted(text: str, start: int, end: int) -> bool:
    """"ALL" inside a run of capitals ("FOR ALL PATIENTS") is the English word."""
    neighbours = []
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before:
        neighbours.append(before.group(1))
    after = _WORD_AFTER.match(text, end)
    if after:
        neighbours.append(after.group(1))
    return any(len(w) >= 3 and w.isupper() and w not in _SHORTS for w in neighbours)


def _disease_context(text: str, start: int, sentence_bounds, medical_spans) -> bool:
    """The sentence talks about disease or treatment: a disease word, a drug or an intervention."""
    s, e = sentence_bounds(start)
    if _DISEASE_CUE.search(text, s, e) or any(s <= a < e for a, _ in medical_spans):
        return True
    return bool(find_condition_names(text[s:e], fold(text[s:e])))


def _qualifiers_by_condition() -> dict[str, list]:
    out: dict[str, list] = {}
    for q in qualifiers():
        for cid in q.applies_to:
            out.setdefault(cid, []).append(q)
    return out


_QUALIFIERS = _qualifiers_by_condition()


def _qualify(text: str, hit: ConditionHit) -> ConditionHit:
    start, end, attrs = hit.start, hit.end, dict(hit.attrs)
    set_here: set[str] = set()  # attrs a qualifier set (the form's own attrs may be overridden)
    for q in _QUALIFIERS.get(hit.condition_id, ()):
        if q.attr in set_here or (q.attr in attrs and not q.overrides):
            continue
        if q.before is not None and start > 0:
            m = q.before.search(text, max(0, start - _LOOKBACK), start)
            if m:
                attrs[q.attr] = q.value_of(m)
                set_here.add(q.attr)
                start = m.start()
                continue
        if q.after is not None:
            m = q.after.match(text, end)
            if m:
                attrs[q.attr] = q.value_of(m)
                set_here.add(q.attr)
                end = m.end()
    return ConditionHit(start, end, hit.condition_id, attrs)


