"""Claims said as what patients usually have, or as a noun phrase naming the drug a possible treatment.

Two shapes, each in several wordings (blood cancer and solid tumour, patient and clinician register):

- "people with A have <kind of> treatment, usually X (with Y)": the kind of treatment is named first, with
  its modifiers ("intensive", "adjuvant hormone"), and the drugs follow as the usual choice: they are used;
- "X is a possible / suitable / reasonable treatment (for A)": a predicative noun phrase is a use claim,
  the way "is an option" is.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.indications.rows import extract_indications
from sources.parse import parse_bytes

CASES = [
    ("usually-have-combination-chemo-blood",
     "Fit adults with Hodgkin lymphoma have combination chemotherapy, most often doxorubicin, bleomycin, "
     "vinblastine and dacarbazine.",
     {(d, "hodgkin-lymphoma", False): "used" for d in ("doxorubicin", "bleomycin", "vinblastine", "dacarbazine")}),
    ("usually-have-adjuvant-hormone-therapy-solid-patient",
     "Many women with early breast cancer have adjuvant hormone therapy, usually tamoxifen or letrozole.",
     {("tamoxifen", "breast-cancer", False): "used", ("letrozole", "breast-cancer", False): "used"}),
    ("typically-have-standard-chemo-solid-clinician",
     "Patients with resected stage III colon cancer have standard adjuvant chemotherapy, typically capecitabine "
     "with oxaliplatin.",
     {("capecitabine", "colorectal-cancer", False): "used", ("oxaliplatin", "colorectal-cancer", False): "used"}),
    ("have-intensive-chemo-blood-patient",
     "Younger people with acute lymphoblastic leukaemia have intensive chemotherapy, often including vincristine.",
     {("vincristine", "acute-lymphoblastic-leukemia", False): "used"}),
    ("is-a-suitable-treatment-blood",
     "In relapsed mantle cell lymphoma, zanubrutinib is a suitable treatment.",
     {("zanubrutinib", "mantle-cell-lymphoma", False): "used"}),
    ("is-a-possible-first-treatment-solid-patient",
     "For people with advanced liver cancer, lenvatinib is a possible first treatment.",
     {("lenvatinib", "hepatocellular-carcinoma", False): "used"}),
    ("is-a-reasonable-treatment-for-clinician",
     "Brentuximab vedotin is a reasonable treatment for relapsed Hodgkin lymphoma.",
     {("brentuximab-vedotin", "hodgkin-lymphoma", False): "used"}),
]


def _claims(text: str) -> dict[tuple, str]:
    article = parse_bytes(text.encode("utf-8"), "case.txt")
    return {(r["drug_id"], r["condition_id"], r["negated"]): r["status"]
            for r in extract_indications(article, recognize(article))}


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_usual_treatment_shapes_give_exactly_the_expected_claims(case_id, text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize("text", [
    "Imatinib is a possible cause of fluid retention in people with CML.",
    "Ruxolitinib is a common cause of anaemia in people with myelofibrosis.",
])
def test_no_use_claim_from_a_cause_or_from_history(text):
    assert not any(not neg for (_, _, neg) in _claims(text))
