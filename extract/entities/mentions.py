"""Recognised entities of one article: the shared input of every fact extractor."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping

_WITH_OR_WITHOUT = re.compile(r"\bwith\s+or\s+without\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


def either_way(text: str, pos: int) -> bool:
    """"with or without rituximab / 17p deletion": the thing named at `pos` (an offset in `text`)
    is optional, so it neither joins a regimen nor restricts who a claim is for."""
    return bool(_WITH_OR_WITHOUT.search(text, max(0, pos - 40), pos))


@dataclass(frozen=True)
class Mention:
    """One entity occurrence in `clean_text`.

    kind: "drug" (id = drug_id), "condition" (id = condition_id), "biomarker"
    (id = HGNC symbol such as "BCR::ABL1", "FLT3", "CD19"), "intervention"
    (id = an intervention-vocabulary id such as "tyrosine-kinase-inhibitor").
    attrs carries qualifiers found on the mention itself, e.g. for conditions
    {"lineage": "B-cell", "subtype": "chronic phase"}, for biomarkers {"status": "positive"}, for
    drugs {"role": "history"} ("lenalidomide-refractory": prior treatment, not one given) and
    {"regimen": "DRd"} (one mention per member drug on an acronym the article defined).
    """

    kind: str
    id: str
    start: int  # absolute offset into clean_text
    end: int
    surface: str
    sentence_id: str | None = None
    attrs: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class ArticleEntities:
    """All mentions of one article plus what was learned from the article as a whole."""

    mentions: list[Mention]  # sorted by start
    abbreviations: dict[str, str] = field(default_factory=dict)  # "AML" -> "acute-myeloid-leukemia"
    main_drug_id: str | None = None  # the drug the page is about (title / headline), if any
    class_members: dict[str, list[str]] = field(default_factory=dict)  # class id -> drug ids named as members
    # regimen acronym -> member drug ids, for every acronym the article uses: defined in the text
    # ("DRd" after "daratumumab, lenalidomide and dexamethasone (DRd)"; its later uses are also drug
    # mentions with attrs {"regimen": "DRd"}) or well known ("R-CHOP"; no drug mentions, since the
    # text never spells its members out)
    regimens: dict[str, list[str]] = field(default_factory=dict)
    # (start, end, acronym, member drug ids) of every well-known acronym written, found once per article
    regimen_spans: list[tuple[int, int, str, tuple[str, ...]]] = field(default_factory=list)

    def regimens_in(self, start: int, end: int) -> list[tuple[int, int, str, tuple[str, ...]]]:
        """Well-known regimen acronyms inside [start, end), with offsets relative to `start`."""
        return [(a - start, b - start, acronym, members) for a, b, acronym, members in self.regimen_spans
                if start <= a and b <= end]

    def in_span(self, start: int, end: int, kind: str | None = None) -> list[Mention]:
        """Mentions inside [start, end), optionally of one kind."""
        return [m for m in self.mentions
                if m.start >= start and m.end <= end and (kind is None or m.kind == kind)]

    def in_sentence(self, sentence, kind: str | None = None) -> list[Mention]:
        return self.in_span(sentence.char_start, sentence.char_end, kind)
