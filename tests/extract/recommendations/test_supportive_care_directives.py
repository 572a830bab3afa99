"""Supportive-care directives: the medicines given to prevent or treat a side effect make ONE row.

Shape: a directive whose purpose is a toxicity of the page's treatment ("give X ... to reduce the risk of CRS",
"diarrhoea ... should be treated promptly with X", "at the first loose stool, start X", "if it is suspected
[the syndrome just described], give X; add Y if ..."). The gold records one row whose interventions are
'supportive-care' plus the medicines named (not one row per medicine), with no biomarker or setting of the
disease: supportive care is for whoever receives the treatment. The page's own drug recommended in the same
sentence keeps its own row.
Texts written for this test (own words): blood cancers and solid tumours, clinician and patient register.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("suspected-syndrome-of-sentence-before-blood",
     "Ivosidenib in relapsed IDH1-mutated AML: bedside notes\n\nThe toxicity to watch for is differentiation "
     "syndrome, with fever, breathlessness and weight gain. If it is suspected, give dexamethasone 10 mg twice daily "
     "without delay; add hydroxyurea if the leucocyte count rises.\n",
     {("acute-myeloid-leukemia", "recommended", frozenset({"supportive-care", "dexamethasone", "hydroxycarbamide"}),
       None)}),
    ("toxicity-managed-with-solid",
     "Neratinib after trastuzumab in early breast cancer: what the guideline says\n\nDiarrhoea is frequent during "
     "the first weeks and should be treated promptly with loperamide.\n",
     {("breast-cancer", "recommended", frozenset({"supportive-care", "loperamide"}), None)}),
    ("purpose-clause-after-blood",
     "Mosunetuzumab for follicular lymphoma: dosing notes\n\nGive dexamethasone one hour before each of the first "
     "three doses to reduce the risk of cytokine release syndrome.\n",
     {("follicular-lymphoma", "recommended", frozenset({"supportive-care", "dexamethasone"}), None)}),
    ("first-sign-solid-patient",
     "Irinotecan for bowel cancer: looking after yourself\n\nAt the first sign of diarrhoea, start loperamide and "
     "drink plenty of fluids.\n",
     {("colorectal-cancer", "recommended", frozenset({"supportive-care", "loperamide"}), None)}),
    ("should-be-prevented-with-solid",
     "Trastuzumab deruxtecan in HER2-low breast cancer: practice points\n\nNausea is the commonest complaint and "
     "should be prevented routinely with ondansetron before each infusion.\n",
     {("breast-cancer", "recommended", frozenset({"supportive-care", "ondansetron"}), None)}),
    ("should-be-managed-with-blood",
     "Venetoclax for chronic lymphocytic leukaemia: starting safely\n\nThe risk of tumour lysis is highest in the "
     "first weeks and must be managed with allopurinol and hydration throughout the ramp-up.\n",
     {("chronic-lymphocytic-leukemia", "recommended", frozenset({"supportive-care", "allopurinol"}), None)}),
    ("patients-should-be-premedicated-blood",
     "Bispecific antibodies in myeloma: a monograph\n\nPatients should be premedicated with dexamethasone, an "
     "antihistamine and paracetamol before each step-up dose.\n",
     {("multiple-myeloma", "recommended", frozenset({"supportive-care", "dexamethasone", "paracetamol"}), None)}),
    ("at-the-onset-of-solid",
     "Sacituzumab govitecan for triple-negative breast cancer\n\nLoperamide should be started at the onset of "
     "diarrhoea, and atropine may be given for early cholinergic symptoms.\n",
     {("breast-cancer", "recommended", frozenset({"supportive-care", "loperamide", "atropine"}), None)}),
    ("page-drug-keeps-its-row-solid",
     "Pembrolizumab for lung cancer: guideline digest\n\nPembrolizumab is recommended for metastatic non-small cell "
     "lung cancer with PD-L1 of 50% or more; pneumonitis should be treated with prednisolone.\n",
     {("non-small-cell-lung-cancer", "recommended", frozenset({"pembrolizumab"}), "CD274"),
      ("non-small-cell-lung-cancer", "recommended", frozenset({"supportive-care", "prednisolone"}), None)}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_supportive_directive_is_one_supportive_care_row(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "page.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"]), r["biomarker"]) for r in rows} == expected
