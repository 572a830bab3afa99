"""An imperative to premedicate ("Premedicate before each infusion with X", "Pretreat with X") recommends the
supportive care it names; "before each infusion" is timing, not a prior treatment, so what follows it counts, while
the drug of "before each dose of <drug>" is still not what is recommended.
Texts written for this test (own words): a solid tumour and blood cancers, label and monograph register.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("premedicate-before-each-infusion-solid",
     "Paclitaxel for ovarian cancer: label points\n\n"
     "Premedicate before each infusion with an intravenous corticosteroid and an antihistamine.\n",
     {("ovarian-cancer", "recommended", frozenset({"supportive-care", "corticosteroid"}))}),
    ("pretreat-with-named-drugs-blood",
     "Rituximab for follicular lymphoma: monograph\n\n"
     "Pretreat with paracetamol and dexamethasone before every infusion.\n",
     {("follicular-lymphoma", "recommended", frozenset({"supportive-care", "paracetamol", "dexamethasone"}))}),
    ("premedicate-before-each-dose-of-the-drug-blood",
     "Teclistamab for multiple myeloma: monograph\n\n"
     "Premedicate with dexamethasone before each dose of teclistamab in the step-up schedule.\n",
     {("multiple-myeloma", "recommended", frozenset({"supportive-care", "dexamethasone"}))}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_premedication_imperative_recommends_its_supportive_care(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "label.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
