"""The care team told to test, in the active voice: "your doctor should test the cancer for changes in the EGFR gene".

Shape: patient and clinician pages put the clinician as subject of "should test / screen / check", with the
specimen between the verb and what it is tested for ("your leukaemia cells for a TP53 mutation"). The test is
recommended, with the marker it looks for. Every text is written for this test, blood cancers and solid tumours.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("doctor-tests-cancer-solid",
     "Lung cancer: your treatment explained\n\nNon-small cell lung cancer can be treated in several ways. Before "
     "treatment starts, your doctor should test the cancer for changes in the EGFR gene.\n",
     ("non-small-cell-lung-cancer", "EGFR")),
    ("haematologist-tests-cells-blood",
     "Chronic lymphocytic leukaemia: a guide for patients\n\nYour haematologist should test your leukaemia cells for "
     "a TP53 mutation before you choose a treatment.\n",
     ("chronic-lymphocytic-leukemia", "TP53")),
    ("team-screens-tumour-solid",
     "Ovarian cancer: what happens after surgery\n\nThe care team should screen the tumour for BRCA1 or BRCA2 "
     "mutations.\n",
     ("ovarian-cancer", "BRCA1")),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_the_care_team_told_to_test_recommends_the_test(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "patient.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert [(r["condition_id"], r["direction"], r["interventions"], r["biomarker"]) for r in rows] == [
        (expected[0], "recommended", ["molecular-testing"], expected[1])]
