"""The patients' earlier treatment said as the sentence's own statement ("most of you will already have had X,
Y and Z", "patients at this stage will usually have had X or Y") records what they were given for the disease:
used claims (the gold convention for prior therapies named as what readers have had).

Texts written for this test (own words), blood cancers and solid tumours, patient and clinician register.
Expected: the (drug_id, condition_id, negated) claims of the whole page.
"""
from __future__ import annotations

import pytest

MM, RCC, CRC = "multiple-myeloma", "renal-cell-carcinoma", "colorectal-cancer"
CASES = [
    ("will-already-have-had-blood-patient",
     "Myeloma forum: the later treatments\n\n"
     "Selinexor is approved for relapsed multiple myeloma. By this point most of you will already have had "
     "lenalidomide, bortezomib and daratumumab.\n",
     {("selinexor", MM, False), ("lenalidomide", MM, False), ("bortezomib", MM, False),
      ("daratumumab", MM, False)}),
    ("have-already-had-solid-patient",
     "Bowel cancer forum\n\n"
     "Regorafenib is used for bowel cancer that has spread. Most people on this forum have already had "
     "oxaliplatin and irinotecan.\n",
     {("regorafenib", CRC, False), ("oxaliplatin", CRC, False), ("irinotecan", CRC, False)}),
    ("will-usually-have-had-solid-clinician",
     "Second-line kidney cancer\n\n"
     "Cabozantinib is approved for advanced renal cell carcinoma after earlier treatment. Patients at this stage "
     "will usually have had sunitinib or pazopanib.\n",
     {("cabozantinib", RCC, False), ("sunitinib", RCC, False), ("pazopanib", RCC, False)}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_history_said_as_a_statement_is_a_use(case_id, text, expected, claim_statuses):
    assert set(claim_statuses(text)) == expected
