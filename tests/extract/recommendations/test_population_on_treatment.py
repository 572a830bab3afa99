"""Who receives a treatment is the population, not what is recommended; prophylaxis named by its target.

Shapes:
- "X is recommended for all patients receiving Y", "patients receiving Y should receive X": Y says who, X is the
  recommendation (Y was read as recommended too);
- anti-infective prophylaxis named by what it prevents ("Pneumocystis prophylaxis", "herpes zoster prophylaxis",
  "prophylactic antivirals") is supportive care;
- a test wording naming the abnormality tested ("testing for mismatch repair deficiency") and a marker to be
  reassessed after a first statement ("...; X status should be reassessed at relapse") are test rows of their own.
Texts written for this test (own words): blood cancers and solid tumours.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("prophylaxis-for-patients-receiving-blood",
     "Myeloma guideline\n\nAntiviral prophylaxis is recommended for all patients receiving bortezomib or "
     "daratumumab.\n", {("multiple-myeloma", "recommended", frozenset({"supportive-care"}))}),
    ("patients-receiving-should-receive-blood",
     "Chronic lymphocytic leukaemia guideline\n\nPatients receiving idelalisib should receive Pneumocystis "
     "prophylaxis with co-trimoxazole.\n",
     {("chronic-lymphocytic-leukemia", "recommended", frozenset({"supportive-care", "co-trimoxazole"}))}),
    ("zoster-prophylaxis-solid",
     "Renal cancer guideline\n\nHerpes zoster prophylaxis with valaciclovir is advised for patients taking "
     "everolimus for renal cell carcinoma.\n",
     {("renal-cell-carcinoma", "recommended", frozenset({"supportive-care", "valacyclovir"}))}),
    ("testing-for-deficiency-solid",
     "Endometrial cancer guideline\n\nTumour testing for mismatch repair deficiency is recommended in every "
     "endometrial cancer.\n", {("endometrial-cancer", "recommended", frozenset({"molecular-testing"}))}),
    ("reassessed-after-first-statement-blood",
     "AML guideline\n\nGilteritinib is recommended for relapsed FLT3-mutated acute myeloid leukaemia; FLT3 status "
     "should be reassessed at every relapse.\n",
     {("acute-myeloid-leukemia", "recommended", frozenset({"gilteritinib"})),
      ("acute-myeloid-leukemia", "recommended", frozenset({"molecular-testing"}))}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_population_and_prophylaxis(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "guideline.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
