"""The interventions a sentence names, as recommendation rows count them: entity mentions, the extra
phrases of `lexicons/recommendation_interventions.yaml`, and regimen acronyms standing for their members."""
from __future__ import annotations

from extract.reading.directives import COMPOUND_MODIFIER, INTERVENTION_KINDS, Named
from extract.recommendations.cues import intervention_phrases


def named_interventions(text: str, base: int, mentions, article_drugs: frozenset[str] = frozenset(),
                        regimens=()) -> list[Named]:
    """Drug and intervention names of a sentence: entity mentions plus the supplementary phrases.

    Overlapping names keep the longest ("maintenance chemotherapy" over "chemotherapy"). A regimen
    acronym (`regimens`: local (start, end, acronym, members)) stands for its members when the article
    spells every member out (`article_drugs`), as a curator lists only drugs the text names.
    """
    cands = [Named(m.id, m.start - base, m.end - base, m.kind == "drug")
             for m in mentions if m.kind in INTERVENTION_KINDS and not COMPOUND_MODIFIER.match(text, m.end - base)]
    for phrase in intervention_phrases():
        for m in phrase.regex.finditer(text):
            if not COMPOUND_MODIFIER.match(text, m.end()):
                cands.append(Named(phrase.intervention_id, m.start(), m.end()))
    for start, end, acronym, members in regimens:
        if set(members) <= article_drugs:
            cands.append(Named(acronym, start, end, True, members))
    cands.sort(key=lambda n: (-(n.end - n.start), n.start))
    kept: list[Named] = []
    for n in cands:
        if all(n.end <= k.start or n.start >= k.end for k in kept):
            kept.append(n)
    return sorted(kept, key=lambda n: n.start)
