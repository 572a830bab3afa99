"""A caution whose subject is not a treatment does not negate the claim before it.

Shape: "<claim about drugs>, and <a noun phrase that is no drug> <modal or finite verb> <negation or
restriction>". The second clause has a subject of its own (comparisons, sunlight, vaccines, meals), so its
"should be avoided / is not recommended" is about that subject: the drugs of the first clause keep their
positive claim and gain no negated one. Before the clause break below, each of these gave a polarity flip.
Texts are written for this test; a blood cancer and a solid tumour, patient and clinician register.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.indications.rows import extract_indications
from sources.parse import parse_bytes

CASES = [
    ("reported-speech-then-caution",
     "Venetoclax and azacitidine are widely used for older adults with acute myeloid leukaemia, she said, and "
     "cross-trial comparisons should be avoided.",
     {("venetoclax", "acute-myeloid-leukemia", False): "used",
      ("azacitidine", "acute-myeloid-leukemia", False): "used"}),
    ("approval-then-sunlight-caution",
     "Pembrolizumab is approved for advanced melanoma, and direct sunlight should be avoided for a week after "
     "each infusion.",
     {("pembrolizumab", "melanoma", False): "approved"}),
    ("use-then-vaccine-caution",
     "Patients with multiple myeloma often receive daratumumab, and live vaccines are not recommended during "
     "treatment.",
     {("daratumumab", "multiple-myeloma", False): "used"}),
    ("clinician-register-dose-caution",
     "Olaparib is approved as maintenance therapy for BRCA-mutated ovarian cancer, and strong CYP3A inhibitors "
     "should not be combined with it.",
     {("olaparib", "ovarian-cancer", False): "approved"}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_caution_with_its_own_subject_leaves_the_claim_positive(case_id, text, expected):
    article = parse_bytes(text.encode(), f"{case_id}.txt")
    rows = extract_indications(article, recognize(article))
    got = {(r["drug_id"], r["condition_id"], bool(r["negated"])): r["status"] for r in rows}
    assert got == expected
