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


@pytest.mark.parametrize("text, setting, line", [
    ("ESMO guideline: gastric cancer\n\nRamucirumab with paclitaxel is recommended as second-line treatment for "
     "gastric cancer.\n", None, "second-line"),
    ("ASCO guideline: lung cancer\n\nDocetaxel remains a second-line option for non-small cell lung cancer.\n",
     None, "second-line"),
    # a blood cancer keeps reading a second line as a relapse
    ("NCCN guideline: chronic lymphocytic leukaemia\n\nAcalabrutinib is recommended as second-line treatment "
     "for CLL.\n", "relapsed-refractory", "second-line"),
])
def test_a_line_word_is_no_setting_for_a_solid_tumour(text, setting, line):
    rows = _rows(text)
    assert rows and {(r["setting"], r["line_of_therapy"]) for r in rows} == {(setting, line)}
