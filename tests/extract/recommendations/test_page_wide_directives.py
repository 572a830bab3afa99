"""A drug page's test or supportive-care directive naming no disease holds for every indication of the drug.

Shape: a label or monograph lists two or more indications under their own headings, then directs a test ("Confirm
X status with a validated test") or supportive care ("Premedicate with ...") without naming a disease. The gold
records such a row with no condition (dev 104, heldout_fresh4 601/608 convention): it applies to every
indication, not to the disease of the heading just above it. A page with one disease keeps that disease, and a
guideline page on several diseases (no drug of its own) keeps the heading's disease. Pages written for this test
(own words): a solid tumour and a blood cancer drug, Markdown.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

MD_TWO_SOLID = """# Trastuzumab deruxtecan: label excerpt

## 1 Indications

### 1.1 Breast cancer

Trastuzumab deruxtecan is indicated for adults with unresectable or metastatic HER2-positive breast cancer after
a previous anti-HER2 regimen.

### 1.2 Gastric cancer

Trastuzumab deruxtecan is indicated for adults with advanced HER2-positive gastric cancer after a prior
trastuzumab-based regimen. Confirm HER2 status with a validated test before the first dose.

## 2 Dosage

The dose is given as an intravenous infusion every three weeks.
"""

MD_TWO_BLOOD = """# Glofitamab: monograph

## Indications

### Diffuse large B-cell lymphoma

Glofitamab is indicated for relapsed or refractory diffuse large B-cell lymphoma after two or more lines of
systemic therapy.

### Mantle cell lymphoma

Glofitamab is indicated for relapsed mantle cell lymphoma after a BTK inhibitor.

## Administration

Premedicate with dexamethasone and paracetamol before each dose in cycle 1.
"""

MD_ONE_SOLID = """# Zolbetuximab: label excerpt

## Indication

Zolbetuximab is indicated with chemotherapy for advanced gastric cancer whose tumours express claudin 18.2.
Zolbetuximab is given every three weeks with fluoropyrimidine and platinum chemotherapy in gastric cancer.

## Patient selection

Confirm CLDN18 status with a validated test before the first dose.
"""

MD_GUIDELINE_TWO_DISEASES = """# Targeted therapy in lung and bowel cancer: 2024 guideline summary

## Non-small cell lung cancer

EGFR status should be determined before first-line treatment.

## Colorectal cancer

RAS status should be determined before an anti-EGFR antibody is given.
"""

CASES = [
    ("label-two-indications-test-solid", MD_TWO_SOLID,
     {(None, "recommended", frozenset({"molecular-testing"}))}),
    ("monograph-two-indications-premedication-blood", MD_TWO_BLOOD,
     {(None, "recommended", frozenset({"supportive-care", "dexamethasone", "paracetamol"}))}),
    ("label-one-indication-keeps-disease-solid", MD_ONE_SOLID,
     {("gastric-cancer", "recommended", frozenset({"molecular-testing"}))}),
    ("guideline-headings-keep-their-disease-solid", MD_GUIDELINE_TWO_DISEASES,
     {("non-small-cell-lung-cancer", "recommended", frozenset({"molecular-testing"})),
      ("colorectal-cancer", "recommended", frozenset({"molecular-testing"}))}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_page_wide_directive_has_no_condition(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "page.md")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
