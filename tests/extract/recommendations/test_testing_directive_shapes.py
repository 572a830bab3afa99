"""Testing directives without the word "recommend": who should have which markers tested, and when.

Shapes (the gold records one row ['molecular-testing'] with the marker when one is named):
- "everyone with A should have their tumour / the markers X, Y tested (at diagnosis)": `should have ... tested`;
- "testing for X mutations should be repeated at progression": the test as subject of a passive directive;
- "all patients should have X and Y testing": a gene-symbol list before "testing";
- "screen every new case for X at diagnosis": an imperative test verb with the marker after "for";
- "X expression / status should be assessed / established", and a panel test named by its method ("NGS testing").
Texts written for this test (own words): blood cancers and solid tumours, patient and clinician register.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("should-have-tumour-tested-solid-patient",
     "Advanced lung cancer: the tests you may need\n\nEveryone with advanced non-small cell lung cancer should have "
     "their tumour tested for driver alterations, ideally before any treatment starts.\n",
     {("non-small-cell-lung-cancer", "recommended", ("molecular-testing",), None)}),
    ("should-have-markers-tested-blood",
     "Acute myeloid leukaemia: what the ward team needs to know\n\nEvery adult with acute myeloid leukaemia should "
     "have NPM1, FLT3 and IDH2 checked at diagnosis and once more at relapse.\n",
     {("acute-myeloid-leukemia", "recommended", ("molecular-testing",), None)}),
    ("test-subject-should-be-repeated-solid",
     "Hormone receptor-positive breast cancer: guideline digest\n\nTesting for PIK3CA mutations in plasma should be "
     "repeated whenever the cancer grows on endocrine therapy.\n",
     {("breast-cancer", "recommended", ("molecular-testing",), "PIK3CA")}),
    ("gene-list-testing-solid",
     "Cholangiocarcinoma: treatment summary for clinicians\n\nAll patients with advanced cholangiocarcinoma should "
     "have FGFR2 and IDH1 testing before second-line therapy is chosen.\n",
     {("biliary-tract-cancer", "recommended", ("molecular-testing",), None)}),
    ("imperative-screen-for-marker-blood",
     "Acute myeloid leukaemia: a checklist at diagnosis\n\nScreen every newly diagnosed patient for FLT3 before "
     "the first induction cycle.\n",
     {("acute-myeloid-leukemia", "recommended", ("molecular-testing",), "FLT3")}),
    ("test-should-be-sent-blood",
     "Chronic lymphocytic leukaemia: before treatment\n\nA TP53 mutation test should be sent before each new line "
     "of treatment.\n",
     {("chronic-lymphocytic-leukemia", "recommended", ("molecular-testing",), "TP53")}),
    ("marker-expression-should-be-assessed-solid",
     "Lung cancer guideline\n\nPD-L1 expression should be assessed before first-line treatment of metastatic "
     "non-small cell lung cancer.\n",
     {("non-small-cell-lung-cancer", "recommended", ("molecular-testing",), "CD274")}),
    ("status-should-be-established-blood",
     "Polycythaemia vera: diagnosis in brief\n\nJAK2 status should be established in every adult with suspected "
     "polycythaemia vera.\n",
     {("polycythemia-vera", "recommended", ("molecular-testing",), "JAK2")}),
    ("panel-test-by-method-solid",
     "Advanced lung cancer: a guideline digest\n\nBroad NGS testing of tumour tissue is advised for every "
     "patient with advanced non-squamous non-small cell lung cancer.\n",
     {("non-small-cell-lung-cancer", "recommended", ("molecular-testing",), None)}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_testing_directive_recommends_the_test(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "page.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    got = {(r["condition_id"], r["direction"], tuple(r["interventions"]), r["biomarker"]) for r in rows}
    assert got == expected


GUARDS = [
    ("lab-level-is-no-molecular-test-blood",
     "Fedratinib for myelofibrosis: safety notes\n\nVitamin B1 levels must be checked before each cycle because of the "
     "risk of encephalopathy.\n"),
    ("liver-enzymes-solid",
     "Lapatinib for breast cancer: safety notes\n\nLiver function should be monitored every four weeks during "
     "treatment.\n"),
]


@pytest.mark.parametrize("case_id, text", GUARDS, ids=[g[0] for g in GUARDS])
def test_a_laboratory_check_is_no_molecular_test(case_id, text):
    article = parse_bytes(text.encode("utf-8"), "page.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert all("molecular-testing" not in r["interventions"] for r in rows)
