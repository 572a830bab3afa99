"""Drug classes and targets (lexicons/drug_classes.yaml) and the two article-level facts
built on them: the drug a page is about, and the drugs it names as members of a class."""
from __future__ import annotations

import re
from functools import lru_cache

from extract.text.lexicon_files import LexiconError, as_list, load_lexicon
from extract.entities.mentions import Mention

# Words that tie a drug to a class named in the same sentence ("X is a TKI", "the TKI X",
# "TKIs such as X", "TKIs include X", "TKI: X, Y").
_MEMBERSHIP_CUE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:a|an|the|another|one)\b|\bsuch as\b|\bincludes?\b|\bincluding\b|"
    r"\bnamely\b|\blike\b|\be\.g\.|\bother\b|\bsecond\b|\bnewer\b|\bthe\s*$|:", re.I)

_OPENS_LIST = re.compile(r"\binclud\w*\s*:?\s*$", re.I)
_BACK_REFERENCE = re.compile(r"\b(?:these|they|those|others?)\s+(?:include|are|comprise)\b", re.I)


@lru_cache(maxsize=None)
def drug_classes() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """drug_id -> (class ids, target symbols)."""
    from extract.entities.interventions import INTERVENTION_IDS

    lex = load_lexicon(__package__, "drug_classes.yaml", {"drug_id", "classes", "targets"})
    out = {}
    for e in lex.entries:
        classes = tuple(as_list(e["classes"]))
        unknown = set(classes) - INTERVENTION_IDS
        if unknown:
            raise LexiconError(f"drug_classes.yaml: {e['drug_id']}: unknown classes {sorted(unknown)}")
        out[e["drug_id"]] = (classes, tuple(as_list(e["targets"])))
    return out


def main_drug(title_drug_ids: list[str]) -> str | None:
    """The drug the page is about: the one drug its title (or first heading) names, if exactly one."""
    distinct = list(dict.fromkeys(title_drug_ids))
    return distinct[0] if len(distinct) == 1 else None


def class_members(text: str, sentences, mentions: list[Mention]) -> dict[str, list[str]]:
    """class id -> drug ids the article names as members of that class.

    A drug counts as a member when a sentence (or the list items that follow a sentence ending
    in ":" or "include") names the class and the drug, and either the lexicon files the drug
    under that class or the wording ties them together ("X is a selective FLT3 inhibitor").
    """
    known = drug_classes()
    members: dict[str, list[str]] = {}
    by_sentence: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.sentence_id is not None and m.kind in ("drug", "intervention"):
            by_sentence.setdefault(m.sentence_id, []).append(m)

    open_classes: list[str] = []  # classes introduced by a sentence that opens a list
    previous: list[str] = []  # classes of the sentence before ("Other TKIs exist. These include:")
    for sentence in sentences:
        found = by_sentence.get(sentence.sentence_id, [])
        classes = [m.id for m in found if m.kind == "intervention" and m.id in _CLASS_IDS]
        drugs = [m for m in found if m.kind == "drug"]
        if sentence.is_list_item and open_classes and not classes:
            for d in drugs:
                _add(members, open_classes, d.id, known, require_lexicon=False)
            continue
        open_classes = []
        if drugs and not classes and previous and _BACK_REFERENCE.search(sentence.text):
            for d in drugs:  # "Other TKIs exist. These include dasatinib and nilotinib."
                _add(members, previous, d.id, known, require_lexicon=False)
        if drugs and classes:
            cued = len(set(classes)) == 1 and bool(_MEMBERSHIP_CUE.search(sentence.text))
            for d in drugs:
                _add(members, classes, d.id, known, require_lexicon=not cued)
        if classes or previous:
            stripped = sentence.text.rstrip()
            if stripped.endswith(":") or _OPENS_LIST.search(stripped, max(0, len(stripped) - 24)):
                open_classes = list(dict.fromkeys(classes or previous))
        previous = classes
    return members


def _add(members, classes, drug_id, known, require_lexicon: bool) -> None:
    drug_class_ids = known.get(drug_id, ((), ()))[0]
    for cls in dict.fromkeys(classes):
        if require_lexicon and cls not in drug_class_ids:
            continue
        if drug_class_ids and cls not in drug_class_ids:
            # the lexicon knows this drug and files it elsewhere: trust the lexicon
            continue
        bucket = members.setdefault(cls, [])
        if drug_id not in bucket:
            bucket.append(drug_id)


# Classes whose members are drugs (the other intervention ids are procedures or settings).
_CLASS_IDS = {
    "tyrosine-kinase-inhibitor", "flt3-inhibitor", "bcl2-inhibitor", "btk-inhibitor",
    "jak-inhibitor", "idh-inhibitor", "menin-inhibitor", "proteasome-inhibitor",
    "immunomodulatory-drug", "hypomethylating-agent", "monoclonal-antibody",
    "antibody-drug-conjugate", "bispecific-antibody", "car-t-cell-therapy", "chemotherapy",
    "corticosteroid", "cytoreductive-therapy",
}
