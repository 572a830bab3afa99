"""Entity recognition: drugs, conditions, biomarkers and interventions of one article.

`recognize(article)` is the one entry point fact extractors use; it returns mentions with
absolute offsets into `clean_text` and the sentence each lies in, plus what the article teaches
about itself (abbreviations it defines, the drug it is about, class members it lists).
Each kind has its own module (extract/entity_*.py); this one only assembles them.
"""
from __future__ import annotations

import bisect
import hashlib
import re

from extract.entities.biomarkers import find_biomarkers
from extract.entities.conditions import find_conditions
from extract.entities.drug_classes import class_members, main_drug
from extract.entities.drugs import defined_drug_abbreviations, find_drugs, history_drug_spans
from extract.entities.interventions import find_interventions
from extract.entities.regimen_acronyms import defined_regimens, known_regimen_spans, regimen_uses
from extract.entities.folding import fold
from extract.entities.mentions import ArticleEntities, Mention
from sources.model import ParsedArticle, Sentence


def recognize(article: ParsedArticle) -> ArticleEntities:
    """All entity mentions of `article`, sorted by offset."""
    text = article.clean_text
    folded = fold(text)
    sentences = article.sentences
    locate, bounds = _sentence_index(sentences, len(text))

    drug_spans = find_drugs(text, folded)
    defined = defined_regimens(text, drug_spans)
    drug_abbrevs = {k: v for k, v in defined_drug_abbreviations(text, drug_spans).items()
                    if k not in defined}  # "cytarabine and daunorubicin (DA)" names both
    drug_spans = _with_abbreviation_uses(text, drug_spans, drug_abbrevs)
    history = history_drug_spans(text, drug_spans)
    mentions = [Mention("drug", d, s, e, text[s:e], locate(s),
                        {"role": "history"} if i in history else {})
                for i, (s, e, d) in enumerate(drug_spans)]
    drug_taken = [(s, e) for s, e, _ in drug_spans]
    for s, e, acronym in regimen_uses(text, defined):
        if _overlaps(drug_taken, s, e):
            continue
        mentions += [Mention("drug", d, s, e, text[s:e], locate(s), {"regimen": acronym})
                     for d in defined[acronym][0]]

    interventions = find_interventions(text)
    medical = drug_taken + [(h.start, h.end) for h in interventions]
    conditions, condition_abbrevs = find_conditions(text, folded, bounds, medical)
    mentions += [Mention("condition", h.condition_id, h.start, h.end, text[h.start:h.end],
                         locate(h.start), h.attrs) for h in conditions]

    condition_spans = [(h.start, h.end) for h in conditions]
    for h in interventions:
        # "steroid" in "steroid-refractory GVHD" qualifies the disease; it is no treatment
        if not _overlaps(drug_taken, h.start, h.end) and not _inside(condition_spans, h.start, h.end):
            mentions.append(Mention("intervention", h.intervention_id, h.start, h.end,
                                    text[h.start:h.end], locate(h.start), h.attrs))
    class_spans = [(h.start, h.end) for h in interventions]
    for h in find_biomarkers(text):
        # "FLT3 inhibitor" names a target of a class, not the patient's FLT3 status
        if h.status is None and _overlaps(class_spans, h.start, h.end):
            continue
        mentions.append(Mention("biomarker", h.symbol, h.start, h.end, text[h.start:h.end],
                                locate(h.start), {"status": h.status}))

    mentions.sort(key=lambda m: (m.start, -m.end, m.kind))
    abbreviations = {**drug_abbrevs, **condition_abbrevs}
    known = known_regimen_spans(text)
    return ArticleEntities(
        mentions=mentions,
        abbreviations=abbreviations,
        main_drug_id=main_drug(_title_drugs(article, drug_spans)),
        class_members=class_members(text, sentences, mentions),
        regimens={**{acronym: list(members) for _, _, acronym, members in known},
                  **{k: v[0] for k, v in defined.items()}},
        regimen_spans=known,
    )


def recognize_text(text: str) -> ArticleEntities:
    """Recognise entities in one piece of text (wrapped as a one-sentence article); for tests."""
    article_id = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    sentence = Sentence(f"{article_id}:0", article_id, 0, None, 0, len(text), text)
    article = ParsedArticle(article_id=article_id, source_path="text.txt", raw_sha256=article_id,
                            n_chars_raw=len(text), encoding="utf-8", source_format="txt",
                            clean_text=text, sentences=[sentence])
    return recognize(article)


def _title_drugs(article: ParsedArticle, drug_spans) -> list[str]:
    """Drugs named in the title, else in the first heading of the text."""
    if article.title:
        found = [d for _, _, d in find_drugs(article.title)]
        if found:
            return found
    for sentence in article.sentences[:5]:
        if sentence.is_heading:
            return [d for s, e, d in drug_spans if sentence.char_start <= s < sentence.char_end]
    return []


def _sentence_index(sentences: list[Sentence], n_chars: int):
    """locate(offset) -> sentence_id, bounds(offset) -> (start, end) of its sentence."""
    starts = [s.char_start for s in sentences]

    def find(offset: int) -> Sentence | None:
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < sentences[i].char_end:
            return sentences[i]
        return None

    def locate(offset: int) -> str | None:
        s = find(offset)
        return None if s is None else s.sentence_id

    def bounds(offset: int) -> tuple[int, int]:
        s = find(offset)
        return (0, n_chars) if s is None else (s.char_start, s.char_end)
    return locate, bounds


def _overlaps(spans, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _inside(spans, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _with_abbreviation_uses(text: str, spans, abbrevs: dict[str, str]):
    """Later uses of a drug abbreviation the article defined ("GO at 3 mg/m²")."""
    if not abbrevs:
        return spans
    pattern = re.compile(r"(?<![A-Za-z0-9])(" + "|".join(
        re.escape(a) for a in sorted(abbrevs, key=len, reverse=True)) + r")(?![A-Za-z0-9])")
    taken = [(s, e) for s, e, _ in spans]
    extra = [(m.start(), m.end(), abbrevs[m.group(1)]) for m in pattern.finditer(text)
             if not _overlaps(taken, m.start(), m.end())]
    return sorted(spans + extra)
