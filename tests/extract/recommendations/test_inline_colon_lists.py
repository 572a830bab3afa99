"""A recommendation written as a label and an inline list: "<lead>: X for A; Y for B".

Shape: the lead before the colon says the direction - a label ("Preferred:", "Alternative:", "Options for A:")
or a directive clause with no treatment of its own ("Treatment should be tailored to the subtype:") - and the
items after it, separated by semicolons, each name what is recommended, often with their own disease or marker.
Each item is one statement. A lead that says no direction ("Results:", "Dosing:") recommends nothing. Every text
is written for this test, blood cancers and solid tumours.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("directive-lead-items-with-markers-blood",
     "EHA guideline 2021: myelodysplastic syndromes\n\nTreatment of anaemia should be tailored to the subtype: "
     "lenalidomide for myelodysplastic syndrome with del(5q); luspatercept for myelodysplastic syndrome with "
     "ring sideroblasts.\n",
     {("myelodysplastic-syndrome", "recommended", frozenset({"lenalidomide"})),
      ("myelodysplastic-syndrome", "recommended", frozenset({"luspatercept"}))}),
    ("options-label-solid",
     "ESMO Clinical Practice Guideline 2023: metastatic breast cancer\n\nOptions for HER2-low metastatic breast "
     "cancer after chemotherapy: trastuzumab deruxtecan or sacituzumab govitecan.\n",
     {("breast-cancer", "option", frozenset({"trastuzumab-deruxtecan", "sacituzumab-govitecan"}))}),
    ("one-word-labels-solid",
     "ESMO Clinical Practice Guideline 2023: metastatic breast cancer\n\nFor hormone receptor-positive metastatic "
     "breast cancer in the first line:\n\nPreferred: ribociclib with letrozole.\n\nAlternative: palbociclib with "
     "letrozole.\n",
     {("breast-cancer", "recommended", frozenset({"ribociclib", "letrozole"})),
      ("breast-cancer", "option", frozenset({"palbociclib", "letrozole"}))}),
    ("must-lead-items-blood",
     "NCCN Guidelines for chronic myeloid leukaemia, version 2.2024\n\nAfter failure of two kinase inhibitors, "
     "the next treatment must follow the mutation: ponatinib for chronic myeloid leukaemia with T315I; asciminib "
     "for chronic myeloid leukaemia without it.\n",
     {("chronic-myeloid-leukemia", "recommended", frozenset({"ponatinib"})),
      ("chronic-myeloid-leukemia", "recommended", frozenset({"asciminib"}))}),
    ("line-labels-on-a-guideline-page-solid",
     "NCCN Guidelines for non-small cell lung cancer, version 3.2024\n\nALK-positive metastatic non-small cell lung "
     "cancer.\n\nFirst line: alectinib or lorlatinib.\n\nSecond line: brigatinib or ceritinib.\n",
     {("non-small-cell-lung-cancer", "recommended", frozenset({"alectinib", "lorlatinib"})),
      ("non-small-cell-lung-cancer", "recommended", frozenset({"brigatinib", "ceritinib"}))}),
    ("line-label-on-a-guideline-page-blood",
     "ESMO guideline 2021: chronic lymphocytic leukaemia\n\nSecond-line therapy: venetoclax with rituximab for "
     "relapsed chronic lymphocytic leukaemia.\n",
     {("chronic-lymphocytic-leukemia", "recommended", frozenset({"venetoclax", "rituximab"}))}),
    ("line-label-on-a-news-page-is-no-row",
     "Myeloma study update\n\nFirst line: daratumumab with lenalidomide and dexamethasone.\n", set()),
    ("results-label-no-direction",
     "ESMO Clinical Practice Guideline 2023: ovarian cancer\n\nResults in the maintenance trial: olaparib "
     "lengthened progression-free survival in BRCA-mutated ovarian cancer.\n",
     set()),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_each_item_of_an_inline_list_under_a_directive_lead_is_a_statement(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "guideline.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
