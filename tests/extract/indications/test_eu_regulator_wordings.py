"""The European regulator named without "in the EU": the Union as the one who authorises ("the European Union
authorised X"), an authorisation "valid throughout / across the EU", "the European authorisation / EU licence".

Shape: the regulator is the region itself or an adjective on the authorisation. Texts written for this test
(own words), blood cancers and solid tumours, patient and clinician register. Expected: each claim's regulators.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.indications.rows import extract_indications
from sources.parse import parse_bytes

CASES = [
    ("union-authorised-blood-clinician",
     "Ponatinib update\n\n"
     "The FDA approved ponatinib for chronic myeloid leukaemia in 2012, and the European Union authorised "
     "ponatinib for chronic myeloid leukaemia in 2013.\n",
     ("ponatinib", "chronic-myeloid-leukemia", False), {"FDA", "EMA"}),
    ("valid-throughout-solid-patient",
     "About cabozantinib\n\n"
     "Cabozantinib received a marketing authorisation valid throughout the EU for kidney cancer in 2016.\n",
     ("cabozantinib", "renal-cell-carcinoma", False), {"EMA"}),
    ("european-licence-blood-patient",
     "Acalabrutinib and your CLL\n\n"
     "Acalabrutinib is approved for chronic lymphocytic leukaemia under its European licence.\n",
     ("acalabrutinib", "chronic-lymphocytic-leukemia", False), {"EMA"}),
    ("eu-approval-solid-clinician",
     "Lorlatinib summary\n\n"
     "Lorlatinib holds an EU marketing authorisation for ALK-positive non-small cell lung cancer.\n",
     ("lorlatinib", "non-small-cell-lung-cancer", False), {"EMA"}),
]


@pytest.mark.parametrize("case_id, text, key, regulators", CASES, ids=[c[0] for c in CASES])
def test_european_authorisation_wordings_name_ema(case_id, text, key, regulators):
    article = parse_bytes(text.encode("utf-8"), "page.txt")
    rows = [r for r in extract_indications(article, recognize(article))
            if (r["drug_id"], r["condition_id"], r["negated"]) == key]
    assert rows and set(rows[0]["regulators"]) == regulators
