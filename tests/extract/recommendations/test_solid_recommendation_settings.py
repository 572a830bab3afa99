"""A solid tumour's recommendation takes its stage from the sentence, its heading or the page title before
any course or line word; a blood cancer's keeps relapsed-refractory (#18). Guideline text written for
these tests (a first line without a full stop is the page title; a short line alone is a heading)."""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes


def _rows(text: str) -> list[dict]:
    article = parse_bytes(text.encode("utf-8"), "guideline.md")
    return extract_guideline_recommendations(article, recognize(article))


CASES = [
    ("breast-table-under-advanced-heading",
     "ESMO guideline summary: breast cancer\n\nAdvanced disease\n\n"
     "| Line | Situation | Preferred treatment | Grade |\n|---|---|---|---|\n"
     "| Second line | Progression on a CDK4/6 inhibitor | Fulvestrant with everolimus | I, B |\n",
     "everolimus", "metastatic"),
    ("colorectal-relapsed-under-metastatic-heading",
     "ESMO guideline: colorectal cancer\n\nMetastatic colorectal cancer\n\n"
     "For colorectal cancer that relapsed after oxaliplatin, FOLFIRI with bevacizumab is recommended.\n",
     "bevacizumab", "metastatic"),
    ("lung-second-line-advanced-title",
     "ASCO guideline: advanced non-small cell lung cancer\n\n"
     "Docetaxel is recommended as a second-line treatment for non-small cell lung cancer.\n",
     "docetaxel", "metastatic"),
    ("gastric-history-adjuvant",
     "Stomach cancer guideline\n\nAdvanced gastric cancer\n\n"
     "For gastric cancer that recurred within six months of adjuvant chemotherapy, ramucirumab with paclitaxel "
     "is recommended.\n", "ramucirumab", "metastatic"),
    # blood cancers keep their course
    ("myeloma-control",
     "NCCN guideline: advanced myeloma\n\nFor multiple myeloma that relapsed after lenalidomide, carfilzomib is "
     "recommended.\n", "carfilzomib", "relapsed-refractory"),
]


@pytest.mark.parametrize("case_id, text, drug, setting", CASES, ids=[c[0] for c in CASES])
def test_a_solid_tumours_recommendation_takes_its_stage(case_id, text, drug, setting):
    rows = [r for r in _rows(text) if drug in r["interventions"]]
    assert rows, f"no recommendation of {drug}: {[r['interventions'] for r in _rows(text)]}"
    assert {r["setting"] for r in rows} == {setting}


def test_one_reader_gives_a_solid_tumours_setting():
    from extract.recommendations.qualifiers import solid_setting
    assert solid_setting("Fulvestrant for disease that relapsed", (), "Advanced disease", None) == "metastatic"
    assert solid_setting("Second-line docetaxel", (), None, "Lung cancer guideline") is None
    assert solid_setting("For relapsed disease, X is recommended", (), None, None) == "relapsed-refractory"
    assert solid_setting("after adjuvant chemotherapy, X", (), None, None) is None


def test_a_recurrence_is_past_the_surgery_its_heading_names():
    from extract.recommendations.qualifiers import solid_setting
    assert solid_setting("If the cancer comes back, FOLFIRI is recommended", (), "Adjuvant treatment", None) \
        == "relapsed-refractory"
    assert solid_setting("If the cancer comes back, FOLFIRI is recommended", (), "Metastatic disease", None) \
        == "metastatic"
    assert solid_setting("Capecitabine is recommended", (), None, "Treatment after surgery") == "adjuvant"
