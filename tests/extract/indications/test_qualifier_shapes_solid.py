"""Qualifiers a claim carries, by shape (#18, #16 item 4), in pages written for these tests.

- the biomarker a claim is for when its disease phrase names several (a mutation over an expressed
  marker over an absent one; hormone-receptor status is a subtype, so it comes last);
- the line of therapy implied by the earlier treatments or by nothing given before;
- a restriction beside a positive claim ("X alone is not approved") keeps that claim's biomarker,
  line and setting when it names none of its own.
Texts separated by a blank line are paragraphs of one page; a first line without a full stop is the
page title.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.indications.rows import extract_indications
from sources.parse import parse_bytes

BC = "breast-cancer"
NSCLC = "non-small-cell-lung-cancer"
AML = "acute-myeloid-leukemia"
MM = "multiple-myeloma"
CRC = "colorectal-cancer"
HCC = "hepatocellular-carcinoma"
UC = "urothelial-carcinoma"
MEL = "melanoma"
CLL = "chronic-lymphocytic-leukemia"


def _rows(text):
    article = parse_bytes(text.encode("utf-8"), "page.txt")
    return extract_indications(article, recognize(article))


def _values(text, drug, condition, column, negated=False):
    rows = [r for r in _rows(text) if (r["drug_id"], r["condition_id"], r["negated"]) == (drug, condition, negated)]
    assert rows, f"no row for {drug} / {condition} in {text!r}"
    return {r[column] for r in rows}


@pytest.mark.parametrize("text, drug, condition, marker", [
    ("Alpelisib with fulvestrant is approved for PIK3CA-mutated, HR-positive, HER2-negative advanced breast "
     "cancer.", "alpelisib", BC, ("PIK3CA", "mutated")),
    ("Trastuzumab deruxtecan can be given to people whose breast cancer is hormone receptor-positive and "
     "HER2-low.", "trastuzumab-deruxtecan", BC, ("ERBB2", "low")),
    ("Quizartinib is approved for newly diagnosed FLT3-ITD-positive acute myeloid leukaemia without a TP53 "
     "mutation.", "quizartinib", AML, ("FLT3", "mutated")),
    ("Sotorasib is used for KRAS G12C-mutated, PD-L1-negative non-small cell lung cancer.", "sotorasib", NSCLC,
     ("KRAS", "mutated")),
])
def test_the_claim_is_for_the_marker_that_selects_its_patients(text, drug, condition, marker):
    rows = [r for r in _rows(text) if (r["drug_id"], r["condition_id"]) == (drug, condition)]
    assert rows and {(r["biomarker"], r["biomarker_status"]) for r in rows} == {marker}


@pytest.mark.parametrize("text, drug, condition, line", [
    ("Cabozantinib is approved for liver cancer that progressed on sorafenib.", "cabozantinib", HCC,
     "second-line"),
    ("Selinexor is approved for myeloma in adults who have previously had lenalidomide and a proteasome "
     "inhibitor.", "selinexor", MM, "later-line"),
    ("Enfortumab vedotin is used for bladder cancer that progressed after first-line platinum chemotherapy.",
     "enfortumab-vedotin", UC, "second-line"),
    ("For previously untreated advanced melanoma, nivolumab plus relatlimab is approved.", "relatlimab", MEL,
     "first-line"),
    ("Acalabrutinib is a choice for CLL that is treatment-naive.", "acalabrutinib", CLL, "first-line"),
])
def test_the_line_implied_by_earlier_treatments(text, drug, condition, line):
    assert _values(text, drug, condition, "line_of_therapy") == {line}


@pytest.mark.parametrize("text, drug, condition, column, value", [
    ("Lazertinib with amivantamab approved as first-line treatment for EGFR-mutated non-small cell lung cancer\n\n"
     "The approval covers the combination only. Lazertinib on its own is not approved for non-small cell lung "
     "cancer.", "lazertinib", NSCLC, "line_of_therapy", "first-line"),
    ("Lazertinib with amivantamab approved as first-line treatment for EGFR-mutated non-small cell lung cancer\n\n"
     "The approval covers the combination only. Lazertinib on its own is not approved for non-small cell lung "
     "cancer.", "lazertinib", NSCLC, "biomarker", "EGFR"),
    ("Venetoclax with azacitidine approved for newly diagnosed AML in older adults\n\n"
     "Venetoclax given alone is not approved for acute myeloid leukaemia.", "venetoclax", AML, "setting",
     "newly-diagnosed"),
    ("Sacituzumab govitecan for HER2-negative metastatic breast cancer after two earlier regimens\n\n"
     "NICE does not recommend sacituzumab govitecan for breast cancer.", "sacituzumab-govitecan", BC,
     "line_of_therapy", "later-line"),
])
def test_a_restriction_keeps_the_qualifiers_of_the_claim_it_restricts(text, drug, condition, column, value):
    assert value in _values(text, drug, condition, column, negated=True)
