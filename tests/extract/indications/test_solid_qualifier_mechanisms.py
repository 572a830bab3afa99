"""Qualifiers of solid-tumour claims by mechanism (#18), in pages written for these tests.

Each mechanism has at least three pages in its own words (clinician and patient register) with the
exact (drug, condition, value) of every claim, and pages where it must not apply. Paragraphs are
separated by a blank line; a first line without a full stop is the page title.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.indications.rows import extract_indications
from sources.parse import parse_bytes

NSCLC = "non-small-cell-lung-cancer"
PC = "prostate-cancer"
RCC = "renal-cell-carcinoma"
BC = "breast-cancer"
MM = "multiple-myeloma"
OC = "ovarian-cancer"
SCLC = "small-cell-lung-cancer"


def _claims(text: str, column: str) -> set[tuple]:
    article = parse_bytes(text.encode("utf-8"), "page.txt")
    return {(r["drug_id"], r["condition_id"], r[column]) for r in extract_indications(article, recognize(article))}


# A solid tumour's stage is the page's: the stage a trial report states once ("in the adjuvant setting")
# holds for the drugs of its arms, named in a later paragraph with no stage word of their own.
PAGE_STAGE = [
    ("adjuvant-trial-abstract",
     "Background\nOsimertinib was tested in the adjuvant setting in people with EGFR-mutated non-small cell lung "
     "cancer whose tumour had been removed.\n\nMethods\nParticipants were assigned at random to osimertinib or to "
     "placebo; many had earlier received cisplatin with pemetrexed.",
     {("osimertinib", NSCLC, "adjuvant"), ("cisplatin", NSCLC, "adjuvant"), ("pemetrexed", NSCLC, "adjuvant")}),
    ("metastatic-arms-in-study-design",
     "Cabazitaxel trial update\n\nIn the trial, people with metastatic castration-resistant prostate cancer "
     "received cabazitaxel.\n\nStudy design\nThey were randomised to cabazitaxel or to a switch of hormonal drug, "
     "abiraterone or enzalutamide.",
     {("cabazitaxel", PC, "metastatic"), ("abiraterone", PC, "metastatic"), ("enzalutamide", PC, "metastatic")}),
    ("patient-page-after-surgery",
     "Treatment after kidney surgery\n\nPembrolizumab is given after surgery for kidney cancer with a high risk "
     "of coming back.\n\nHow the trial was run\nPeople with renal cell carcinoma were assigned to pembrolizumab "
     "or to placebo every three weeks for about a year.",
     {("pembrolizumab", RCC, "adjuvant")}),
    # not carried: the page states two stages of the disease, or the disease is a blood cancer
    ("two-stages-on-one-page",
     "Two settings of breast cancer\n\nRibociclib is given with letrozole for early breast cancer in the adjuvant "
     "setting.\n\nFor metastatic breast cancer, palbociclib is given with fulvestrant.\n\nAbemaciclib is also used "
     "for breast cancer.",
     {("ribociclib", BC, "adjuvant"), ("letrozole", BC, "adjuvant"), ("palbociclib", BC, "metastatic"),
      ("fulvestrant", BC, "metastatic"), ("abemaciclib", BC, None)}),
    ("blood-cancer-course-is-per-claim",
     "Myeloma notes\n\nDaratumumab is approved for relapsed multiple myeloma.\n\nIsatuximab is used for multiple "
     "myeloma.",
     {("daratumumab", MM, "relapsed-refractory"), ("isatuximab", MM, None)}),
    # a solid tumour's course ("relapsed", or a line word standing for it) belongs to its claim, not the page
    ("course-is-per-claim",
     "Small cell lung cancer options\n\nLurbinectedin is approved for relapsed small cell lung cancer.\n\n"
     "Topotecan is also used for small cell lung cancer.",
     {("lurbinectedin", SCLC, "relapsed-refractory"), ("topotecan", SCLC, None)}),
    # maintenance belongs to one treatment: it is not carried, nor is a stage beside it
    ("maintenance-is-one-treatments",
     "Ovarian cancer medicines\n\nOlaparib is given as maintenance for ovarian cancer.\n\nBevacizumab is also "
     "used for ovarian cancer.",
     {("olaparib", OC, "maintenance"), ("bevacizumab", OC, None)}),
    ("maintenance-beside-a-stage",
     "Ovarian cancer medicines\n\nOlaparib is given as maintenance for ovarian cancer.\n\nNiraparib is used "
     "for metastatic ovarian cancer.\n\nBevacizumab is also used for ovarian cancer.",
     {("olaparib", OC, "maintenance"), ("niraparib", OC, "metastatic"), ("bevacizumab", OC, None)}),
]


@pytest.mark.parametrize("case_id, text, expected", PAGE_STAGE, ids=[c[0] for c in PAGE_STAGE])
def test_a_solid_tumours_stage_is_the_pages(case_id, text, expected):
    assert _claims(text, "setting") == expected
