"""A prophylaxis directive naming only a kind of medicine is one supportive-care row, not a row of the page's drug.

Shape: "Everyone taking X must take an antibiotic to prevent a lung infection", "Patients receiving X should be given
an anti-sickness medicine to prevent nausea": the medicine is a generic kind (an antibiotic, an antiviral, an
antiemetic), so the only drug the sentence names is the page's drug, who the advice is for. The row is
['supportive-care'] (the gold convention for supportive directives), not a recommendation of X. Sentences written
for this test (own words): blood cancers and a solid tumour, patient and clinician register.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("patient-blood-antibiotic", """# Idelalisib for follicular lymphoma: your questions answered

Idelalisib is a tablet for follicular lymphoma that has come back.

Everyone taking idelalisib must take an antibiotic to prevent a lung infection for the whole time they are on it.
""", "follicular-lymphoma"),
    ("clinician-solid-antiemetic", """# Irinotecan in colorectal cancer: ward notes

Irinotecan is used for metastatic colorectal cancer.

Patients receiving irinotecan should be given an antiemetic to prevent nausea before each infusion.
""", "colorectal-cancer"),
    ("patient-blood-antiviral", """# Bortezomib for myeloma: what to expect

Bortezomib is an injection for multiple myeloma.

While you are on bortezomib you should take an antiviral medicine to prevent shingles.
""", "multiple-myeloma"),
]


@pytest.mark.parametrize("case_id, text, condition", CASES, ids=[c[0] for c in CASES])
def test_a_generic_prophylaxis_directive_is_one_supportive_row(case_id, text, condition):
    article = parse_bytes(text.encode("utf-8"), f"{case_id}.md")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], tuple(r["interventions"])) for r in rows} == {
        (condition, "recommended", ("supportive-care",))}
