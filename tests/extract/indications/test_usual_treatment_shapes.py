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


# A history or circumstance phrase in the middle of the subject ("A that had spread after hormone therapy")
# ends at the clause's own past-tense verb: the drugs after "took" / "received" / "started" are the claim's.
HISTORY_THEN_VERB = [
    ("received-after-history-blood",
     "Adults with myeloma that had come back after two earlier treatments received carfilzomib with dexamethasone.",
     {("carfilzomib", "multiple-myeloma", False): "used", ("dexamethasone", "multiple-myeloma", False): "used"}),
    ("took-either-after-history-solid-patient",
     "In the trial, women with breast cancer that had spread after hormone therapy took either capivasertib or "
     "placebo, each with fulvestrant.",
     {("capivasertib", "breast-cancer", False): "used", ("fulvestrant", "breast-cancer", False): "used"}),
    ("started-after-history-blood-patient",
     "Children with B-cell acute lymphoblastic leukaemia that returned after a transplant started treatment with blinatumomab.",
     {("blinatumomab", "acute-lymphoblastic-leukemia", False): "used"}),
    ("own-subject-keeps-the-history",
     "Patients who relapsed after they received imatinib were given nilotinib for CML.",
     {("nilotinib", "chronic-myeloid-leukemia", False): "used"}),
]


@pytest.mark.parametrize("case_id, text, expected", HISTORY_THEN_VERB, ids=[c[0] for c in HISTORY_THEN_VERB])
def test_a_history_phrase_ends_at_the_clauses_own_verb(case_id, text, expected):
    assert _claims(text) == expected


# "A that cannot be removed with surgery": the negation describes the disease (it is unresectable); the claim
# stays positive, and a real denial in the same sentence stays a denial.
UNRESECTABLE = [
    ("cannot-be-removed-solid-patient", "Regorafenib is used for bowel cancer that cannot be removed with surgery.",
     {("regorafenib", "colorectal-cancer", False): "used"}),
    ("cannot-be-operated-on-solid-clinician", "Pembrolizumab is approved for melanoma that cannot be operated on.",
     {("pembrolizumab", "melanoma", False): "approved"}),
    ("list-lead-with-mutation-condition",
     "Avapritinib is used for a gastrointestinal stromal tumour that cannot be removed by an operation, if the "
     "tumour has the PDGFRA D842V mutation.",
     {("avapritinib", "gastrointestinal-stromal-tumor", False): "used"}),
    ("real-denial-kept", "Nivolumab is not approved for melanoma that cannot be removed with surgery.",
     {("nivolumab", "melanoma", True): "not_indicated"}),
    ("patient-not-suitable-for-surgery-stays-positive",
     "Blinatumomab may be given to adults with acute lymphoblastic leukaemia whose disease is not suitable for "
     "surgery.",
     {("blinatumomab", "acute-lymphoblastic-leukemia", False): "used"}),
]


@pytest.mark.parametrize("case_id, text, expected", UNRESECTABLE, ids=[c[0] for c in UNRESECTABLE])
def test_a_negation_describing_the_disease_does_not_block_the_claim(case_id, text, expected):
    assert _claims(text) == expected
