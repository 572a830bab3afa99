"""A directive to confirm the marker with a test before treatment is a testing recommendation.

Shape: the test is named as "a blood / tissue test to confirm / check <the marker>" after "should have" (patient
register), or the marker is the subject of "must be confirmed ... with a companion test / validated assay" (clinician
register). Neither says "test for X mutation", so no testing row was read. Each gives one row: the page's disease,
'recommended', ['molecular-testing']. Sentences written for this test (own words), blood cancers and solid tumours.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("patient-blood", """# Imatinib for chronic myeloid leukaemia: a guide for patients

Imatinib is a tablet for chronic myeloid leukaemia.

Before you start, you should have a blood test to confirm the BCR-ABL1 fusion gene.
""", "chronic-myeloid-leukemia"),
    ("patient-solid", """# Trastuzumab for breast cancer: what to expect

Trastuzumab is a drip for some women with breast cancer.

Before treatment starts, every patient should have a tissue test to check the HER2 level of the cancer.
""", "breast-cancer"),
    ("clinician-solid", """# Alectinib in non-small cell lung cancer: dispensing notes

Alectinib is on formulary for advanced non-small cell lung cancer.

The ALK rearrangement must be confirmed on tumour tissue or plasma with an approved companion test before the
first prescription.
""", "non-small-cell-lung-cancer"),
    ("clinician-blood", """# Gilteritinib in acute myeloid leukaemia: pharmacy notes

Gilteritinib is used for relapsed acute myeloid leukaemia.

The FLT3 mutation must be confirmed with a validated assay before the first dose.
""", "acute-myeloid-leukemia"),
]


@pytest.mark.parametrize("case_id, text, condition", CASES, ids=[c[0] for c in CASES])
def test_a_confirmation_test_directive_is_a_testing_row(case_id, text, condition):
    article = parse_bytes(text.encode("utf-8"), f"{case_id}.md")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], tuple(r["interventions"])) for r in rows} == {
        (condition, "recommended", ("molecular-testing",))}
