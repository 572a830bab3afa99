"""A side-effect management table: "Side effect | What to do" rows are supportive-care directives.

Shape: monographs and practice guides put toxicity management in a table whose first cell names the side effect
and whose second cell is an imperative ("Nausea | Give X and Y before each dose"). The imperative starts a table
cell (a clause start), and the row is one supportive-care row with the medicines it names. A treatment table
("Setting | Give X") keeps its ordinary row. Pages written for this test (own words): Markdown and pipe text,
blood cancers and solid tumours.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

MD_SOLID = """# Trastuzumab deruxtecan for HER2-positive breast cancer: practice guide

## Side effects and what to do

| Side effect | What to do |
|---|---|
| Nausea | Give ondansetron and dexamethasone before each dose |
"""

MD_BLOOD = """# Teclistamab for relapsed multiple myeloma: nurse guide

## Managing toxicity

| Toxicity | Action |
|---|---|
| Cytokine release syndrome | Give tocilizumab for grade 2 or higher |
"""

TXT_BLOOD = """Blinatumomab for B-cell acute lymphoblastic leukaemia: infusion guide

Blinatumomab is given as a continuous infusion to adults with B-cell acute lymphoblastic leukaemia. The table
below lists what the ward team does when a side effect appears.

Managing side effects

Adverse event | Management
Neurotoxicity | Start dexamethasone and pause the infusion
Infusion reaction | Give paracetamol and an antihistamine

Restart the infusion only when the symptoms have settled, at the lower dose the protocol gives.
"""

MD_TREATMENT_TABLE = """# Chronic myeloid leukaemia: treatment summary

Chronic myeloid leukaemia is treated with tyrosine kinase inhibitors taken by mouth. The table gives the usual
first choice by situation.

## First treatment

| Situation | What to do |
|---|---|
| Chronic phase, low risk | Give imatinib |
| Chronic phase, high risk | Give dasatinib or nilotinib |

Response is checked by blood tests every three months in the first year of treatment.
"""

CASES = [
    ("md-nausea-row-solid", MD_SOLID, "guide.md",
     {("breast-cancer", "recommended", frozenset({"supportive-care", "ondansetron", "dexamethasone"}))}),
    ("md-crs-row-blood", MD_BLOOD, "guide.md",
     {("multiple-myeloma", "recommended", frozenset({"supportive-care", "tocilizumab"}))}),
    ("pipe-text-neurotoxicity-row-blood", TXT_BLOOD, "guide.txt",
     {("acute-lymphoblastic-leukemia", "recommended", frozenset({"supportive-care", "dexamethasone"})),
      ("acute-lymphoblastic-leukemia", "recommended", frozenset({"supportive-care", "paracetamol"}))}),
    ("md-treatment-table-keeps-drug-row-blood", MD_TREATMENT_TABLE, "cml.md",
     {("chronic-myeloid-leukemia", "recommended", frozenset({"imatinib"})),
      ("chronic-myeloid-leukemia", "recommended", frozenset({"dasatinib", "nilotinib"}))}),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_a_side_effect_table_row_is_a_supportive_care_row(case_id, text, name, expected):
    article = parse_bytes(text.encode("utf-8"), name)
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
