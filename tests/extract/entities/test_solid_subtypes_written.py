"""Histology, site and grade written with a solid tumour are its subtype, not a new id (contract v2 subtype
rule; #18): "bile duct cancer" is cholangiocarcinoma of the biliary tract, "rectal cancer" the rectal site of
colorectal cancer, "grade 3 IDH-mutant glioma" a grade of glioma. Phrases written for these tests."""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize_text


@pytest.mark.parametrize("text, condition, subtype", [
    ("Durvalumab is given for advanced bile duct cancer.", "biliary-tract-cancer", "cholangiocarcinoma"),
    ("A drug for bile duct carcinoma that has spread", "biliary-tract-cancer", "cholangiocarcinoma"),
    ("Gallbladder cancer is treated the same way.", "biliary-tract-cancer", "gallbladder"),
    ("Dostarlimab for mismatch repair-deficient rectal cancer", "colorectal-cancer", "rectal"),
    ("Chemoradiation for locally advanced cancer of the rectum", "colorectal-cancer", "rectal"),
    ("Vorasidenib after surgery for grade 2 IDH-mutant glioma", "glioma", "grade 2"),
    ("Temozolomide for WHO grade 3 glioma", "glioma", "grade 3"),
    # a stage written after the disease
    ("Not offered when the ovarian cancer is at an early stage (stage I-II).", "ovarian-cancer", "stage I-II"),
    ("Adjuvant drugs for endometrial cancer that is stage III", "endometrial-cancer", "stage III"),
    ("Trials in people whose breast cancer was at a late stage (stage IV)", "breast-cancer", "stage IV"),
    # no site or grade written: no subtype
    ("Cetuximab for metastatic colorectal cancer", "colorectal-cancer", None),
    ("Durvalumab for biliary tract cancer", "biliary-tract-cancer", None),
])
def test_a_written_histology_site_or_grade_is_the_subtype(text, condition, subtype):
    found = [(m.id, (m.attrs or {}).get("subtype")) for m in recognize_text(text).mentions if m.kind == "condition"]
    assert found == [(condition, subtype)]


@pytest.mark.parametrize("text, condition, subtype", [
    ("for gastric or gastroesophageal junction (GEJ) adenocarcinoma that has spread", "gastric-cancer",
     "gastroesophageal junction"),
    ("in hepatocellular (HCC) carcinoma", "hepatocellular-carcinoma", None),
    ("for squamous cell (SCC) carcinoma of the head and neck", "head-and-neck-squamous-cell-carcinoma", None),
])
def test_an_abbreviation_bracketed_inside_a_name_keeps_the_name(text, condition, subtype):
    found = [(m.id, (m.attrs or {}).get("subtype")) for m in recognize_text(text).mentions if m.kind == "condition"]
    assert found[:1] == [(condition, subtype)]
