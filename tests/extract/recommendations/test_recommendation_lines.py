"""The line of therapy a recommendation carries when its sentence names the earlier treatments or
says none was given (contract v2; the same reader as indications), in guideline text written for
these tests."""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes


def _rows(text: str) -> list[dict]:
    article = parse_bytes(text.encode("utf-8"), "guideline.txt")
    return extract_guideline_recommendations(article, recognize(article))


@pytest.mark.parametrize("text, line", [
    ("ESMO guideline: prostate cancer\n\nFor metastatic prostate cancer already treated with an androgen receptor "
     "inhibitor and with a taxane, lutetium-177 vipivotide tetraxetan is recommended.\n", "later-line"),
    ("ESMO guideline: liver cancer\n\nFor hepatocellular carcinoma that progressed on sorafenib, regorafenib is "
     "recommended.\n", "second-line"),
    ("NCCN guideline: chronic lymphocytic leukaemia\n\nFor previously untreated CLL, acalabrutinib is "
     "recommended.\n", "first-line"),
    ("ASCO guideline: bladder cancer\n\nFor urothelial carcinoma that progressed after first-line platinum "
     "chemotherapy, enfortumab vedotin is recommended.\n", "second-line"),
])
def test_a_recommendation_carries_the_line_its_earlier_treatments_imply(text, line):
    rows = _rows(text)
    assert rows and {r["line_of_therapy"] for r in rows} == {line}
