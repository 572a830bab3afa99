"""A table row is not a heading: the disease or marker of a table's row does not qualify what follows the table.

Shape: a drug page with two indications shows a dosing or results table whose rows or columns name one of them
("Cycle 1 | FL: step-up | DLBCL: step-up"); the directive after the table ("Premedicate with ...") names no
disease and applies to the page's indications alike, so its condition stays open. Before, a short table row was
read as a heading and lent its disease to the next sentences. Every text is written for this test.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("dosing-columns-blood",
     "# Mosunetuzumab monograph\n\n## Indications\n\nMosunetuzumab is used in follicular lymphoma and in diffuse "
     "large B-cell lymphoma.\n\n## Dosing\n\n| Day | Follicular lymphoma | Diffuse large B-cell lymphoma |\n"
     "|---|---|---|\n| Day 1 | 1 mg | 1 mg |\n| Day 8 | 2 mg | 2 mg |\n\n"
     "Premedicate with dexamethasone before each of the first three doses.\n",
     {(None, "recommended", frozenset({"supportive-care", "dexamethasone"}))}),
    ("results-rows-solid",
     "# Trastuzumab deruxtecan: prescribing summary\n\n## Uses\n\nIt is used in breast cancer and in gastric "
     "cancer.\n\n## Response\n\n| Disease | Response rate |\n|---|---|\n| Breast cancer | 52% |\n"
     "| Gastric cancer | 40% |\n\nPremedicate with an antiemetic and dexamethasone before each infusion.\n",
     {(None, "recommended", frozenset({"supportive-care", "dexamethasone"}))}),
    ("marker-rows-blood",
     "# Azacitidine: what pharmacists should know\n\n## Uses\n\nAzacitidine is used in myelodysplastic syndromes "
     "and in acute myeloid leukaemia.\n\n| Group | Median survival |\n|---|---|\n| Acute myeloid leukaemia, TP53 "
     "mutated | 7 months |\n| Myelodysplastic syndromes | 24 months |\n\nPremedicate with an antiemetic and "
     "dexamethasone before each cycle.\n",
     {(None, "recommended", frozenset({"supportive-care", "dexamethasone"}))}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_table_row_does_not_lend_its_disease_to_the_sentences_after_the_table(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "monograph.md")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
