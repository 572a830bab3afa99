"""Directive wordings of guideline and HTA pages beyond "is recommended", by shape.

- a modal denial of the recommendation ("could not be recommended", "cannot yet be recommended", "should not be
  recommended"): against the treatment, never for it (a polarity flip otherwise);
- "X is the treatment / drug / regimen of choice": a preference;
- "X is not indicated" in a guideline: advice against X;
- "the body endorses X": the body's recommendation;
- an HTA body's acceptance: "X is accepted for (restricted) use within <service>";
- the role first, the treatment after: "The preferred first-line therapy for A is X" in a guideline;
- "X should be the first / preferred treatment";
- an HTA body recommending funding: "the agency recommends that X be reimbursed only when ...", "the committee
  recommended that X be reimbursed"; a body recommending that X NOT be funded is against X (it was read as
  for X); a study "funded by" a company decides nothing. A payer's bare "X is (not) reimbursed" is a listing
  decision, not a guideline row (test_payer_listing_not_guideline.py).
Each shape has at least three texts written for this test, blood cancers and solid tumours.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

SHAPES = {
    "modal-denial": [
        ("NICE technology appraisal 2021: breast cancer\n\nThe committee concluded that abemaciclib with fulvestrant "
         "could not be recommended for previously treated advanced breast cancer.\n",
         {("breast-cancer", "not_recommended", frozenset({"abemaciclib", "fulvestrant"}))}),
        ("ESMO guideline 2022: chronic lymphocytic leukaemia\n\nIdelalisib cannot be recommended as first-line therapy "
         "for chronic lymphocytic leukaemia because of its toxicity.\n",
         {("chronic-lymphocytic-leukemia", "not_recommended", frozenset({"idelalisib"}))}),
        ("BSH guideline 2020: multiple myeloma\n\nOutside a trial, panobinostat should not be recommended for "
         "multiple myeloma in frail patients.\n",
         {("multiple-myeloma", "not_recommended", frozenset({"panobinostat"}))}),
    ],
    "of-choice": [
        ("ESMO Clinical Practice Guideline 2023: metastatic breast cancer\n\nTrastuzumab deruxtecan is the treatment "
         "of choice for HER2-positive metastatic breast cancer after a taxane and trastuzumab.\n",
         {("breast-cancer", "recommended", frozenset({"trastuzumab-deruxtecan"}))}),
        ("ELN recommendations 2022: acute myeloid leukaemia\n\nFor acute promyelocytic leukaemia, tretinoin with "
         "arsenic trioxide remains the regimen of choice.\n",
         {("acute-promyelocytic-leukemia", "recommended", frozenset({"tretinoin", "arsenic-trioxide"}))}),
        ("NCCN Guidelines for kidney cancer, version 1.2024\n\nIn advanced clear cell renal cell carcinoma, "
         "pembrolizumab with axitinib is considered the therapy of choice.\n",
         {("renal-cell-carcinoma", "recommended", frozenset({"pembrolizumab", "axitinib"}))}),
    ],
    "not-indicated": [
        ("ESMO Clinical Practice Guideline 2023: diffuse large B-cell lymphoma\n\nRituximab maintenance is not "
         "indicated after first-line treatment of diffuse large B-cell lymphoma.\n",
         {("diffuse-large-b-cell-lymphoma", "not_recommended", frozenset({"rituximab"}))}),
        ("ASCO guideline 2021: stage II colon cancer\n\nOxaliplatin is not routinely indicated in stage II colon "
         "cancer without high-risk features.\n",
         {("colorectal-cancer", "not_recommended", frozenset({"oxaliplatin"}))}),
        ("EHA guideline 2021: myelofibrosis\n\nHydroxyurea is not indicated for anaemic patients with "
         "myelofibrosis.\n",
         {("myelofibrosis", "not_recommended", frozenset({"hydroxycarbamide"}))}),
    ],
    "body-endorses": [
        ("ASCO endorsement of a guideline, 2022\n\nASCO endorses the use of sacituzumab govitecan for metastatic "
         "triple-negative breast cancer after two prior therapies.\n",
         {("breast-cancer", "recommended", frozenset({"sacituzumab-govitecan"}))}),
        ("EHA consensus 2023: chronic myeloid leukaemia\n\nThe panel endorses asciminib for chronic myeloid "
         "leukaemia after two kinase inhibitors.\n",
         {("chronic-myeloid-leukemia", "recommended", frozenset({"asciminib"}))}),
        ("ASCO endorsement of a guideline, 2023\n\nASCO endorses the ESMO guideline on hepatocellular carcinoma "
         "without changes.\n",
         set()),
    ],
    "accepted-for-use": [
        ("Scottish Medicines Consortium advice 2023: daratumumab\n\nDaratumumab is accepted for use within "
         "NHSScotland with bortezomib, thalidomide and dexamethasone for newly diagnosed multiple myeloma.\n",
         {("multiple-myeloma", "recommended", frozenset({"daratumumab", "bortezomib", "thalidomide",
                                                          "dexamethasone"}))}),
        ("Medicines advice 2022: pembrolizumab\n\nPembrolizumab is accepted for restricted use for untreated "
         "metastatic non-small cell lung cancer with PD-L1 expression of at least 50%.\n",
         {("non-small-cell-lung-cancer", "recommended", frozenset({"pembrolizumab"}))}),
        ("Medicines advice 2021: gilteritinib\n\nGilteritinib is not accepted for use for relapsed FLT3-mutated "
         "acute myeloid leukaemia.\n",
         {("acute-myeloid-leukemia", "not_recommended", frozenset({"gilteritinib"}))}),
    ],
    "role-first-treatment-after": [
        ("ESMO 2024 guideline: hepatocellular carcinoma\n\nThe first-line treatment for advanced hepatocellular "
         "carcinoma is atezolizumab with bevacizumab.\n",
         {("hepatocellular-carcinoma", "recommended", frozenset({"atezolizumab", "bevacizumab"}))}),
        ("BSH guideline 2022: mantle cell lymphoma\n\nThe preferred therapy for relapsed mantle cell lymphoma in "
         "older adults is a BTK inhibitor such as zanubrutinib.\n",
         {("mantle-cell-lymphoma", "recommended", frozenset({"btk-inhibitor", "zanubrutinib"}))}),
        ("NCCN Guidelines for prostate cancer, version 1.2025\n\nThe standard therapy for metastatic "
         "hormone-sensitive prostate cancer remains darolutamide with docetaxel.\n",
         {("prostate-cancer", "recommended", frozenset({"darolutamide", "docetaxel"}))}),
    ],
    "should-be-the-first": [
        ("ASCO 2023 guideline: metastatic non-small cell lung cancer\n\nFor ALK-positive non-small cell lung cancer, "
         "alectinib or lorlatinib should be the first treatment.\n",
         {("non-small-cell-lung-cancer", "recommended", frozenset({"alectinib", "lorlatinib"}))}),
        ("ELN 2022 recommendations: chronic lymphocytic leukaemia\n\nIn chronic lymphocytic leukaemia with TP53 "
         "aberration, acalabrutinib should remain the preferred option.\n",
         {("chronic-lymphocytic-leukemia", "recommended", frozenset({"acalabrutinib"}))}),
        ("EHA guideline 2023: polycythaemia vera\n\nRopeginterferon alfa-2b should be the first-line choice for "
         "younger patients with polycythaemia vera.\n",
         {("polycythemia-vera", "recommended", frozenset({"ropeginterferon-alfa-2b"}))}),
    ],
    "hta-funding": [
        ("Reimbursement decision 2023: olaparib\n\nThe agency recommends that olaparib be reimbursed only when used "
         "as maintenance treatment of BRCA-mutated advanced ovarian cancer.\n",
         {("ovarian-cancer", "recommended", frozenset({"olaparib"}))}),
        ("Funding decision 2022: pembrolizumab\n\nThe panel recommended that pembrolizumab be funded for first-line "
         "treatment of metastatic non-small cell lung cancer.\n",
         {("non-small-cell-lung-cancer", "recommended", frozenset({"pembrolizumab"}))}),
        ("Reimbursement review 2021\n\nThe committee recommended that selinexor with bortezomib and dexamethasone "
         "be reimbursed for relapsed multiple myeloma.\n",
         {("multiple-myeloma", "recommended", frozenset({"selinexor", "bortezomib", "dexamethasone"}))}),
        ("Trial news 2022\n\nThe trial of zanubrutinib in chronic lymphocytic leukaemia was funded by the "
         "manufacturer.\n", set()),
    ],
    "hta-against-funding": [
        ("Reimbursement review 2021\n\nThe committee recommends that idecabtagene vicleucel not be reimbursed for "
         "relapsed multiple myeloma.\n",
         {("multiple-myeloma", "not_recommended", frozenset({"idecabtagene-vicleucel"}))}),
        ("Funding decision 2022: atezolizumab\n\nThe board recommends that atezolizumab not be funded for "
         "extensive-stage small cell lung cancer.\n",
         {("small-cell-lung-cancer", "not_recommended", frozenset({"atezolizumab"}))}),
        ("Reimbursement decision 2020\n\nThe council recommended that lutetium Lu 177 vipivotide tetraxetan should "
         "not be funded for metastatic castration-resistant prostate cancer.\n",
         {("prostate-cancer", "not_recommended", frozenset({"lutetium-177lu-vipivotide-tetraxetan"}))}),
    ],
}
CASES = [(shape, i, text, expected) for shape, cases in SHAPES.items() for i, (text, expected) in enumerate(cases)]


def test_every_shape_has_at_least_three_texts():
    assert all(len(cases) >= 3 for cases in SHAPES.values())


@pytest.mark.parametrize("shape, i, text, expected", CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_shape_gives_the_expected_recommendations(shape, i, text, expected):
    article = parse_bytes(text.encode("utf-8"), "guideline.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
