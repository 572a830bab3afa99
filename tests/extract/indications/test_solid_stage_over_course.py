"""A solid tumour's setting is its stage; course words name its line, not its setting (#18).

Shapes, in pages written for these tests (a first line without a full stop is the page title; a short
line on its own is a heading):
- a course word in the claim ("came back", "relapsed", "recurred", "resistant") beside a stage named by
  the heading, the page title or another claim of the page: the stage is the setting; a blood cancer
  keeps relapsed-refractory;
- an adjuvant treatment named as what came before ("within a year of adjuvant X") is history, not the
  setting of the claim;
- a line word standing for a setting ("first-line", "previously untreated") gives way to the page's stage;
- "extensive-stage" small cell lung cancer is metastatic;
- a receptor-status subtype in the page title or the heading ("HR-positive, HER2-negative advanced breast
  cancer") is the subtype of the claims about that disease under it.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.indications.rows import extract_indications
from sources.parse import parse_bytes

BC, CRC, PC, GC = "breast-cancer", "colorectal-cancer", "prostate-cancer", "gastric-cancer"
NSCLC, SCLC = "non-small-cell-lung-cancer", "small-cell-lung-cancer"
MM, DLBCL = "multiple-myeloma", "diffuse-large-b-cell-lymphoma"


def _rows(text):
    article = parse_bytes(text.encode("utf-8"), "page.txt")
    return extract_indications(article, recognize(article))


def _values(text, drug, condition, column):
    rows = [r for r in _rows(text) if (r["drug_id"], r["condition_id"], r["negated"]) == (drug, condition, False)]
    assert rows, f"no row for {drug} / {condition}: {[(r['drug_id'], r['condition_id']) for r in _rows(text)]}"
    return {r[column] for r in rows}


STAGE_OVER_COURSE = [
    ("breast-title-stage",
     "Metastatic breast cancer: choosing hormone treatment\n\n"
     "For breast cancer that relapsed while on an aromatase inhibitor, fulvestrant is used with a CDK4/6 "
     "inhibitor.", "fulvestrant", BC, "metastatic"),
    ("bowel-patient-page",
     "Bowel cancer that has spread\n\n"
     "If your bowel cancer comes back after chemotherapy, your doctor may offer regorafenib tablets.",
     "regorafenib", CRC, "metastatic"),
    ("prostate-heading",
     "Prostate cancer medicines\n\nAdvanced disease\n\n"
     "Cabazitaxel is approved for prostate cancer that has grown again and is resistant to docetaxel.",
     "cabazitaxel", PC, "metastatic"),
    ("gastric-heading",
     "Stomach cancer: an overview for nurses\n\nAdvanced or metastatic disease\n\n"
     "Ramucirumab with paclitaxel is used when gastric cancer has recurred after platinum chemotherapy.",
     "ramucirumab", GC, "metastatic"),
    ("lung-other-claim-states-the-stage",
     "Lung cancer update\n\nOsimertinib is approved for metastatic EGFR-mutated non-small cell lung cancer.\n\n"
     "Amivantamab is used for non-small cell lung cancer that came back after osimertinib.",
     "amivantamab", NSCLC, "metastatic"),
    # blood cancers keep their course
    ("myeloma-control",
     "Advanced myeloma care\n\nCarfilzomib is used for multiple myeloma that relapsed after lenalidomide.",
     "carfilzomib", MM, "relapsed-refractory"),
    ("lymphoma-control",
     "Lymphoma that has spread\n\nGlofitamab is approved for diffuse large B-cell lymphoma that came back "
     "after two treatments.", "glofitamab", DLBCL, "relapsed-refractory"),
]


@pytest.mark.parametrize("case_id, text, drug, condition, setting", STAGE_OVER_COURSE,
                         ids=[c[0] for c in STAGE_OVER_COURSE])
def test_a_solid_tumours_stage_wins_over_its_course(case_id, text, drug, condition, setting):
    assert _values(text, drug, condition, "setting") == {setting}


ADJUVANT_HISTORY = [
    ("breast-recurred-within-adjuvant",
     "Advanced breast cancer\n\nWhen breast cancer recurs within a year of adjuvant anastrozole, everolimus is "
     "given with exemestane.", "everolimus", BC, "metastatic"),
    ("colon-after-adjuvant",
     "Treating colorectal cancer that has spread\n\nFor colorectal cancer that progressed after adjuvant "
     "oxaliplatin, irinotecan is an option.", "irinotecan", CRC, "metastatic"),
    ("lung-during-adjuvant",
     "Metastatic lung cancer\n\nPatients whose non-small cell lung cancer relapsed during adjuvant osimertinib "
     "may receive amivantamab.", "amivantamab", NSCLC, "metastatic"),
]


@pytest.mark.parametrize("case_id, text, drug, condition, setting", ADJUVANT_HISTORY,
                         ids=[c[0] for c in ADJUVANT_HISTORY])
def test_an_earlier_adjuvant_treatment_is_history(case_id, text, drug, condition, setting):
    assert _values(text, drug, condition, "setting") == {setting}


LINE_WORD_GIVES_WAY = [
    ("gastric-first-line-title",
     "Zolbetuximab approved for first-line gastric cancer\n\n"
     "Zolbetuximab is approved with chemotherapy for adults with previously untreated, locally advanced "
     "unresectable or metastatic gastric cancer.", "zolbetuximab", GC, "metastatic"),
    ("prostate-untreated",
     "Darolutamide for metastatic prostate cancer\n\n"
     "Darolutamide is approved with docetaxel for prostate cancer that has not been treated before.",
     "darolutamide", PC, "metastatic"),
    ("sclc-extensive-stage",
     "Tarlatamab news\n\nTarlatamab is approved for extensive-stage small cell lung cancer that progressed "
     "after platinum chemotherapy.", "tarlatamab", SCLC, "metastatic"),
]


@pytest.mark.parametrize("case_id, text, drug, condition, setting", LINE_WORD_GIVES_WAY,
                         ids=[c[0] for c in LINE_WORD_GIVES_WAY])
def test_a_line_word_gives_way_to_the_pages_stage(case_id, text, drug, condition, setting):
    assert _values(text, drug, condition, "setting") == {setting}


SUBTYPE_FROM_HEADING = [
    ("breast-title",
     "HR-positive, HER2-negative advanced breast cancer: what is new\n\n"
     "Ribociclib is recommended with letrozole for breast cancer in postmenopausal women.",
     "ribociclib", BC, "HR-positive"),
    ("breast-heading",
     "Breast cancer medicines\n\nHormone receptor-positive breast cancer\n\n"
     "Palbociclib is used with fulvestrant for women whose breast cancer progressed on hormone therapy.",
     "palbociclib", BC, "HR-positive"),
    ("prostate-heading",
     "Prostate cancer treatments\n\nCastration-resistant prostate cancer\n\n"
     "Olaparib is approved for BRCA-mutated prostate cancer after abiraterone.",
     "olaparib", PC, "castration-resistant"),
    # the claim's own subtype stays
    ("own-subtype-kept",
     "HR-positive breast cancer: new medicines\n\n"
     "Sacituzumab govitecan is approved for triple-negative breast cancer.",
     "sacituzumab-govitecan", BC, "triple-negative"),
]


@pytest.mark.parametrize("case_id, text, drug, condition, subtype", SUBTYPE_FROM_HEADING,
                         ids=[c[0] for c in SUBTYPE_FROM_HEADING])
def test_a_subtype_in_the_title_or_heading_is_the_claims(case_id, text, drug, condition, subtype):
    assert _values(text, drug, condition, "subtype") == {subtype}


def test_a_cited_papers_stage_is_not_the_pages():
    text = ("Lung cancer medicines\n\nAlectinib is used for ALK-positive non-small cell lung cancer.\n\n"
            "References\n\n1. Doe A, Roe B. Alectinib in metastatic non-small cell lung cancer. Lung J. 2020;1:1-9.")
    assert _values(text, "alectinib", NSCLC, "setting") == {None}


def test_a_first_sentence_that_is_no_title_gives_no_subtype_to_the_page():
    text = ("Ribociclib is approved for HR-positive breast cancer.\n\n"
            "Capecitabine is also used for breast cancer after anthracyclines.")
    assert _values(text, "capecitabine", BC, "subtype") == {None}


GENERIC_HEADING = [
    ("prostate-castration-resistant",
     "Prostate cancer treatments\n\nCastration-resistant disease\n\n"
     "Olaparib is used for prostate cancer with a BRCA mutation that has progressed on enzalutamide.",
     "olaparib", PC, "castration-resistant"),
    ("breast-hr-positive-tumours",
     "Breast cancer medicines\n\nHR-positive tumours\n\nRibociclib is given with letrozole for breast cancer.",
     "ribociclib", BC, "HR-positive"),
    ("lung-squamous-disease",
     "Lung cancer immunotherapy\n\nSquamous disease\n\n"
     "Pembrolizumab is approved with carboplatin and paclitaxel for non-small cell lung cancer.",
     "pembrolizumab", NSCLC, "squamous"),
    # a heading with no qualifier gives nothing
    ("plain-heading",
     "Lung cancer immunotherapy\n\nAdvanced disease\n\n"
     "Pembrolizumab is approved for non-small cell lung cancer.", "pembrolizumab", NSCLC, None),
]


@pytest.mark.parametrize("case_id, text, drug, condition, subtype", GENERIC_HEADING,
                         ids=[c[0] for c in GENERIC_HEADING])
def test_a_heading_qualifying_a_generic_noun_gives_the_subtype(case_id, text, drug, condition, subtype):
    assert _values(text, drug, condition, "subtype") == {subtype}


RECURRENCE_AFTER_SURGERY = [
    ("melanoma-comes-back",
     "Melanoma treatment after surgery\n\nNivolumab is given for a year after surgery to people with melanoma that "
     "has been completely removed.\n\nIf melanoma comes back later, ipilimumab with nivolumab may be used.",
     "ipilimumab", "melanoma", "relapsed-refractory"),
    ("colon-recurs-under-adjuvant-heading",
     "Colon cancer medicines\n\nAdjuvant chemotherapy\n\nOxaliplatin is given after surgery for colon cancer.\n\n"
     "When colorectal cancer recurs, irinotecan is used.", "irinotecan", CRC, "relapsed-refractory"),
    ("breast-relapse-on-neoadjuvant-page",
     "Breast cancer: treatment before surgery\n\nPembrolizumab is given before surgery for breast cancer.\n\n"
     "For breast cancer that relapsed, sacituzumab govitecan is approved.", "sacituzumab-govitecan", BC,
     "relapsed-refractory"),
]


@pytest.mark.parametrize("case_id, text, drug, condition, setting", RECURRENCE_AFTER_SURGERY,
                         ids=[c[0] for c in RECURRENCE_AFTER_SURGERY])
def test_a_recurrence_is_past_the_surgery_its_page_names(case_id, text, drug, condition, setting):
    assert _values(text, drug, condition, "setting") == {setting}
