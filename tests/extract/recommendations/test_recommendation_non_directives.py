"""Sentences that share the words of a recommendation but direct nothing about the treatment's use.

Shapes (each with texts written for this test, blood cancer and solid tumour, label and patient register):
- an administration instruction ("do not give X as an intravenous push", "do not crush the tablets") says how
  to give a drug, not that it should not be given;
- a rationale ("X offers another fixed-duration option", "this gives patients a new oral choice") describes a
  treatment; it is no recommendation row of its own.
A real directive in the same page still gives its row.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("iv-push-label-solid",
     "Trastuzumab deruxtecan: prescribing summary for HER2-positive breast cancer\n\n"
     "Trastuzumab deruxtecan is given as an intravenous infusion every 3 weeks.\n\n"
     "Do not administer trastuzumab deruxtecan as an intravenous push or bolus.\n",
     set()),
    ("iv-bolus-monograph-blood",
     "Blinatumomab monograph: acute lymphoblastic leukaemia\n\n"
     "Blinatumomab must never be given by rapid injection; use a continuous infusion pump.\n",
     set()),
    ("do-not-crush-patient",
     "Taking your ibrutinib for chronic lymphocytic leukaemia\n\n"
     "You should not crush, open or chew the ibrutinib capsules.\n",
     set()),
    ("offers-another-option-hta-blood",
     "Medicines appraisal: ibrutinib with venetoclax for chronic lymphocytic leukaemia\n\n"
     "Ibrutinib with venetoclax provides another fixed-duration, all-oral option for untreated chronic "
     "lymphocytic leukaemia.\n",
     set()),
    ("gives-a-new-choice-news-solid",
     "Lung cancer news\n\n"
     "\"For people with EGFR-mutated non-small cell lung cancer, amivantamab with lazertinib gives one more "
     "chemotherapy-free choice,\" the investigator said.\n",
     set()),
    ("a-real-directive-stays",
     "Guideline summary: multiple myeloma\n\n"
     "Daratumumab should not be given to patients with multiple myeloma who had a severe reaction to it "
     "before. Do not give daratumumab as an intravenous push.\n",
     {("multiple-myeloma", "not_recommended", frozenset({"daratumumab"}))}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_instructions_and_rationales_are_not_recommendations(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "page.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
