""""X should be biopsied": the verb itself names the intervention, a biopsy.

Shape: a finding ("a new lesion", "a lymph node that grows", "a new lump") is the subject of "should / must / needs
to be biopsied". No noun names the biopsy, so no row was read; each sentence gives one row: the page's disease,
'recommended', ['biopsy']. Sentences written for this test (own words): a blood cancer and solid tumours, clinician
and patient register.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("clinician-blood", "# Follicular lymphoma follow-up\n\nA lymph node that grows quickly during treatment for "
     "follicular lymphoma should be biopsied to rule out transformation.\n", "follicular-lymphoma"),
    ("clinician-solid", "# Lung cancer on targeted therapy\n\nIn non-small cell lung cancer that progresses on "
     "targeted therapy, a new lesion must be biopsied before the next line is chosen.\n",
     "non-small-cell-lung-cancer"),
    ("patient-solid", "# Your breast cancer treatment\n\nIf a new lump appears while you are being treated for "
     "breast cancer, it needs to be biopsied.\n", "breast-cancer"),
]


@pytest.mark.parametrize("case_id, text, condition", CASES, ids=[c[0] for c in CASES])
def test_should_be_biopsied_is_a_biopsy_row(case_id, text, condition):
    article = parse_bytes(text.encode("utf-8"), f"{case_id}.md")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], tuple(r["interventions"])) for r in rows} == {
        (condition, "recommended", ("biopsy",))}
