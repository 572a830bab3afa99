"""Guideline recommendations by linguistic shape, not by phrase.

Each shape is a way guideline, HTA and clinician pages state a recommendation without the words the
first rules were written for. Every shape has at least three texts written for this test (own
words, real-world-like facts), over blood cancers and solid tumours, so a rule for one wording fails
here if it does not carry to the next. Pages are parsed and recognised for real. Expected rows are
(condition_id, direction, frozenset(interventions)) plus, where the shape is about them, the
guideline body and year.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

SHAPES = {
    # A graded statement ("category 1", "[I, A]", "Grade 1B", "strong recommendation") is a
    # recommendation even when its verb is a plain "for" or "is used".
    "graded-statement": [
        ("category-grade",
         "NCCN Guidelines for Kidney Cancer, version 2.2025\n\n"
         "Cabozantinib plus nivolumab for advanced renal cell carcinoma (category 1).\n",
         {("renal-cell-carcinoma", "recommended", frozenset({"cabozantinib", "nivolumab"}))}),
        ("esmo-level-grade",
         "ESMO Clinical Practice Guideline: chronic lymphocytic leukaemia\n\n"
         "Acalabrutinib is used as continuous first-line therapy in chronic lymphocytic leukaemia [I, A].\n",
         {("chronic-lymphocytic-leukemia", "recommended", frozenset({"acalabrutinib"}))}),
        ("strong-recommendation-words",
         "ASCO guideline on metastatic colorectal cancer\n\n"
         "Encorafenib with cetuximab for previously treated BRAF V600E colorectal cancer "
         "(strong recommendation, moderate-quality evidence).\n",
         {("colorectal-cancer", "recommended", frozenset({"encorafenib", "cetuximab"}))}),
    ],
    # An HTA decision: "is recommended as an option", "is recommended for use within the Cancer
    # Drugs Fund", "is not recommended, within its marketing authorisation".
    "hta-decision": [
        ("recommended-as-an-option",
         "NICE technology appraisal guidance\n\n"
         "Zanubrutinib is recommended as an option for treating chronic lymphocytic leukaemia in adults.\n",
         {("chronic-lymphocytic-leukemia", "recommended", frozenset({"zanubrutinib"}))}),
        ("not-recommended-within-authorisation",
         "NICE technology appraisal guidance\n\n"
         "Tucatinib with trastuzumab and capecitabine is not recommended, within its marketing authorisation, "
         "for treating metastatic breast cancer.\n",
         {("breast-cancer", "not_recommended", frozenset({"tucatinib", "trastuzumab", "capecitabine"}))}),
        ("recommended-for-use-within-fund",
         "NICE technology appraisal guidance\n\n"
         "Selpercatinib is recommended for use within the Cancer Drugs Fund as an option for treating "
         "advanced non-small cell lung cancer.\n",
         {("non-small-cell-lung-cancer", "recommended", frozenset({"selpercatinib"}))}),
    ],
    # Exclusion directives: "should be excluded from treatment with X", "are not candidates for X",
    # "X should be withheld": a negative recommendation.
    "exclusion-directive": [
        ("excluded-from-treatment-with",
         "ESMO guideline: acute myeloid leukaemia\n\n"
         "Patients with acute promyelocytic leukaemia should be excluded from treatment with gemtuzumab "
         "ozogamicin.\n",
         {("acute-promyelocytic-leukemia", "not_recommended", frozenset({"gemtuzumab-ozogamicin"}))}),
        ("not-candidates-for",
         "NCCN guideline summary: melanoma\n\n"
         "Patients with uveal melanoma are not candidates for vemurafenib.\n",
         {("uveal-melanoma", "not_recommended", frozenset({"vemurafenib"}))}),
        ("should-be-withheld",
         "ASCO guideline: non-small cell lung cancer\n\n"
         "In non-small cell lung cancer with an EGFR mutation, pembrolizumab should be withheld.\n",
         {("non-small-cell-lung-cancer", "not_recommended", frozenset({"pembrolizumab"}))}),
    ],
    # A permissive modal ("may be offered", "may be added", "can be used") in a guideline's article is an
    # option; the same words on a patient page are not a guideline's recommendation.
    "permissive-modal": [
        ("may-be-offered",
         "ESMO guideline: multiple myeloma\n\n"
         "For frail patients with multiple myeloma, lenalidomide with dexamethasone may be offered.\n",
         {("multiple-myeloma", "option", frozenset({"lenalidomide", "dexamethasone"}))}),
        ("may-be-added",
         "ASCO guideline: breast cancer\n\n"
         "Pertuzumab may be added to trastuzumab in HER2-positive early breast cancer.\n",
         {("breast-cancer", "option", frozenset({"pertuzumab", "trastuzumab"}))}),
        ("can-be-used",
         "ESMO guideline: acute myeloid leukaemia\n\n"
         "In older adults with acute myeloid leukaemia, venetoclax with azacitidine can be used.\n",
         {("acute-myeloid-leukemia", "option", frozenset({"venetoclax", "azacitidine"}))}),
        ("not-a-supportive-purpose",
         "ESMO guideline: acute promyelocytic leukaemia\n\n"
         "Allopurinol may be added to prevent tumour lysis in acute promyelocytic leukaemia.\n",
         set()),
        ("not-on-a-patient-page",
         "Living with myeloma\n\n"
         "Your doctor may offer you lenalidomide for multiple myeloma.\n",
         set()),
    ],
    # "X as a preferred <line> treatment", "<intervention> is encouraged": the preference is the directive.
    "preference-and-encouragement": [
        ("support-as-preferred-second-line",
         "ASH clinical news\n\n"
         "These data support zanubrutinib as a preferred second-line treatment for relapsed chronic "
         "lymphocytic leukaemia.\n",
         {("chronic-lymphocytic-leukemia", "recommended", frozenset({"zanubrutinib"}))}),
        ("preferred-later-line-solid",
         "ESMO guideline: metastatic colorectal cancer\n\n"
         "Fruquintinib is a preferred later-line option for metastatic colorectal cancer.\n",
         {("colorectal-cancer", "recommended", frozenset({"fruquintinib"}))}),
        ("trial-participation-encouraged",
         "ASCO guideline: ovarian cancer\n\n"
         "For recurrent ovarian cancer, taking part in a clinical trial is encouraged.\n",
         {("ovarian-cancer", "recommended", frozenset({"clinical-trial"}))}),
    ],
    # "X is the first-line treatment / standard of care for A" on a guideline page.
    "is-the-standard": [
        ("is-the-first-line-treatment",
         "ESMO guideline: chronic myeloid leukaemia\n\n"
         "Imatinib is the first-line treatment for chronic phase chronic myeloid leukaemia.\n",
         {("chronic-myeloid-leukemia", "recommended", frozenset({"imatinib"}))}),
        ("remains-standard-of-care",
         "ESMO guideline: metastatic prostate cancer\n\n"
         "Docetaxel with prednisone remains the standard of care for metastatic prostate cancer.\n",
         {("prostate-cancer", "recommended", frozenset({"docetaxel", "prednisone"}))}),
        ("is-the-mainstay",
         "NCCN guideline summary: myelodysplastic syndromes\n\n"
         "Azacitidine is the mainstay of treatment for higher-risk myelodysplastic syndromes.\n",
         {("myelodysplastic-syndrome", "recommended", frozenset({"azacitidine"}))}),
    ],
}

CASES = [(shape, case_id, text, expected) for shape, cases in SHAPES.items() for case_id, text, expected in cases]


def _rows(text: str) -> list[dict]:
    article = parse_bytes(text.encode("utf-8"), "guideline.txt")
    return extract_guideline_recommendations(article, recognize(article))


def test_every_shape_has_at_least_three_texts():
    assert all(len(cases) >= 3 for cases in SHAPES.values())


@pytest.mark.parametrize("shape, case_id, text, expected", CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_shape_gives_the_expected_recommendations(shape, case_id, text, expected):
    rows = _rows(text)
    got = {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows}
    assert got == expected


@pytest.mark.parametrize("text, line", [
    ("ESMO guideline: melanoma\n\nNivolumab with ipilimumab is recommended as first-line therapy for metastatic "
     "melanoma.\n", "first-line"),
    ("NCCN Guidelines for multiple myeloma\n\nSecond-line therapy\n\nDaratumumab with carfilzomib and "
     "dexamethasone is recommended for multiple myeloma.\n", "second-line"),
    ("ASCO guideline: colorectal cancer\n\nAfter two or more prior regimens, trifluridine/tipiracil with "
     "bevacizumab is recommended for metastatic colorectal cancer.\n", "later-line"),
])
def test_a_recommendation_carries_the_line_of_therapy_of_its_sentence_or_heading(text, line):
    rows = _rows(text)
    assert rows and {r["line_of_therapy"] for r in rows} == {line}


def test_a_recommendation_carries_the_named_variant_of_its_biomarker():
    rows = _rows("ESMO guideline: non-small cell lung cancer\n\nFor KRAS G12C-mutated non-small cell lung cancer "
                 "after chemotherapy, sotorasib is recommended.\n")
    assert [(r["biomarker"], r["biomarker_status"], r["biomarker_variant"]) for r in rows] == [
        ("KRAS", "mutated", "G12C")]
