"""Frames of sentences written for these tests: predicate class, negation trigger and scope, pseudo-triggers,
modality, coordinated drug lists, and the links to context (the page's drug, a list's lead-in).

Each case is a blood cancer or a solid tumour, in a patient's or a clinician's register; the sentences go
through the real entity recogniser, so a case fails when the reading a curator would make is not the frame.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize, recognize_text
from extract.reading.directives import find_cues, split_statements
from extract.reading.read import read_article, read_sentence
from sources.parse import parse_bytes


def frames_of(text: str):
    e = recognize_text(text)
    return read_sentence(text, e.mentions, 0, e.class_members)


def scope_text(text: str, frame, i: int = 0) -> str:
    n = frame.negations[i]
    return text[n.start:n.end]


# (id, sentence, index of the frame, predicate, polarity, trigger, scope text, terminated_by)
NEGATIONS = [
    ("blood-clinician-but",
     "Blinatumomab is not used for AML but it is approved for ALL.",
     0, "denial", "negative", "not used", "Blinatumomab is not used for AML", "but"),
    ("blood-patient-but",
     "Venetoclax is not approved for chronic lymphocytic leukaemia as a single agent, but doctors use it with "
     "obinutuzumab.",
     0, "denial", "negative", "not approved",
     "Venetoclax is not approved for chronic lymphocytic leukaemia as a single agent", "but"),
    ("solid-clinician-which",
     "Trastuzumab is not licensed for gastric cancer, which is a separate use.",
     0, "denial", "negative", "not licensed", "Trastuzumab is not licensed for gastric cancer", "which"),
    ("solid-patient-however",
     "Letrozole is not licensed for ovarian cancer; however, your doctor may use it for breast cancer.",
     0, "denial", "negative", "not licensed", "Letrozole is not licensed for ovarian cancer", "however"),
    ("solid-clinician-whereas",
     "Rituximab is not an option for T-cell lymphoma, whereas it helps in follicular lymphoma.",
     0, "denial", "negative", "not an option", "Rituximab is not an option for T-cell lymphoma", "contrast"),
    ("solid-committee-refusal-to-clause-end",
     "The committee did not recommend nivolumab for mesothelioma.",
     0, "denial", "negative", "did not recommend", "The committee did not recommend nivolumab for mesothelioma.",
     "clause-end"),
    ("blood-withdrawn",
     "The approval of melphalan flufenamide for multiple myeloma was withdrawn in 2021.",
     0, "withdrawal", "negative", "approval of melphalan flufenamide for multiple myeloma was withdrawn",
     "The approval of melphalan flufenamide for multiple myeloma was withdrawn in 2021.", "clause-end"),
    ("blood-off-label",
     "Some doctors prescribe thalidomide off-label for myelofibrosis.",
     0, "restriction", "negative", "off-label", "Some doctors prescribe thalidomide off-label for myelofibrosis.",
     "clause-end"),
]


@pytest.mark.parametrize("case", NEGATIONS, ids=[c[0] for c in NEGATIONS])
def test_negation_trigger_and_scope(case):
    _, text, i, predicate, polarity, trigger, scope, terminated_by = case
    frame = frames_of(text)[i]
    assert (frame.predicate, frame.polarity) == (predicate, polarity)
    assert frame.negations[0].trigger == trigger
    assert frame.negations[0].kind == "predicate"
    assert scope_text(text, frame) == scope
    assert frame.negations[0].terminated_by == terminated_by


def test_the_clause_after_the_termination_keeps_its_own_positive_claim():
    text = "Blinatumomab is not used for AML but it is approved for ALL."
    second = frames_of(text)[1]
    assert (second.predicate, second.polarity, second.negations) == ("approval", "positive", [])
    assert [c.id for c in second.conditions] == ["acute-lymphoblastic-leukemia"]


# Pseudo-triggers: a negation word that does not deny the claim.
PSEUDO = [
    ("solid-not-only", "Pembrolizumab is approved not only for melanoma but also for lung cancer.",
     "approval", ["pembrolizumab"], ["melanoma"]),
    ("blood-patient-not-fit", "Azacitidine is used for acute myeloid leukaemia in people not fit for intensive "
     "chemotherapy.", "use", ["azacitidine"], ["acute-myeloid-leukemia"]),
    # a pseudo-trigger whose words also open a history span ("no prior therapy"): still idiomatic
    ("solid-clinician-no-prior-therapy", "Sacituzumab govitecan is approved for triple-negative breast cancer in "
     "adults with no prior therapy.", "approval", ["sacituzumab-govitecan"], ["breast-cancer"]),
    ("blood-clinician-no-prior-treatment", "Adults with multiple myeloma and no prior treatment are given "
     "daratumumab with lenalidomide.", "use", ["daratumumab", "lenalidomide"], ["multiple-myeloma"]),
    ("solid-patient-no-previous-therapy", "If you have kidney cancer and no previous therapy, your doctor may "
     "prescribe cabozantinib.", "use", ["cabozantinib"], ["renal-cell-carcinoma"]),
]


@pytest.mark.parametrize("case", PSEUDO, ids=[c[0] for c in PSEUDO])
def test_pseudo_trigger_does_not_negate(case):
    _, text, predicate, drugs, conditions = case
    frame = frames_of(text)[0]
    assert (frame.predicate, frame.polarity, frame.negations) == (predicate, "positive", [])
    assert frame.drugs == drugs
    assert [c.id for c in frame.conditions] == conditions


MODALITY = [
    ("solid-hypothetical-if-approved", "If approved, capivasertib would be an option for advanced breast cancer.",
     [("hypothetical", "If approved")]),
    ("blood-conditional-only-if", "Allogeneic transplant is offered for acute myeloid leukaemia only if a matched "
     "donor is found.", [("conditional", "only if")]),
    ("blood-historical-was-once", "Busulfan was once used for chronic myeloid leukaemia before imatinib.",
     [("historical", "was once")]),
    ("solid-reported-company-said", "The company said that sotorasib is approved for non-small cell lung cancer.",
     [("reported", "said")]),
    ("blood-reported-according-to", "According to the manufacturer, zanubrutinib is approved for mantle cell "
     "lymphoma.", [("reported", "According to")]),
    ("plain-statement-has-none", "Osimertinib is approved for non-small cell lung cancer.", []),
]


@pytest.mark.parametrize("case", MODALITY, ids=[c[0] for c in MODALITY])
def test_modality(case):
    _, text, expected = case
    assert [(m.modality, m.text) for m in frames_of(text)[0].modality] == expected


COORDINATED = [
    ("blood-patient-list", "Your care team may give you azacitidine, decitabine or venetoclax for acute myeloid "
     "leukaemia.", ["azacitidine", "decitabine", "venetoclax"], ["acute-myeloid-leukemia"]),
    ("solid-clinician-pair", "Carboplatin and paclitaxel are used together for ovarian cancer.",
     ["carboplatin", "paclitaxel"], ["ovarian-cancer"]),
]


@pytest.mark.parametrize("case", COORDINATED, ids=[c[0] for c in COORDINATED])
def test_coordinated_drug_list(case):
    _, text, drugs, conditions = case
    (frame,) = frames_of(text)
    assert frame.predicate == "use" and frame.drugs == drugs
    assert [c.id for c in frame.conditions] == conditions


DIRECTIVES = [
    ("blood-imperative", "Give cytarabine to adults with acute myeloid leukemia.", "directive", "positive", None),
    ("solid-imperative-negative", "Do not give tamoxifen to women who are pregnant.", "denial", "negative",
     "Do not give"),
    ("solid-clinician-should-not", "Doctors should not offer bevacizumab to patients with early breast cancer.",
     "denial", "negative", "should not offer"),
    ("solid-recommended", "Osimertinib is recommended for EGFR-mutated lung cancer.", "recommendation", "positive",
     None),
]


@pytest.mark.parametrize("case", DIRECTIVES, ids=[c[0] for c in DIRECTIVES])
def test_directive_statement_frames(case):
    _, text, predicate, polarity, trigger = case
    (frame,) = split_statements(text, find_cues(text, [], True))
    assert (frame.predicate, frame.polarity) == (predicate, polarity)
    assert [n.trigger for n in frame.negations] == ([trigger] if trigger else [])


PAGE = b"""# Ruxolitinib for people with myelofibrosis

Ruxolitinib is a tablet that blocks JAK signals.

This drug is approved for myelofibrosis in adults.

Your specialist may prescribe olaparib in these situations:

- for ovarian cancer with a BRCA mutation
- for breast cancer that has spread
"""


def _page_frames():
    article = parse_bytes(PAGE, "page.md")
    return {s.text: frames for s, frames in zip(article.sentences, read_article(article, recognize(article)))}


def test_anaphor_links_to_the_page_drug():
    (frame,) = _page_frames()["This drug is approved for myelofibrosis in adults."]
    assert frame.drugs == [] and frame.links.anaphor == "This drug"
    assert frame.links.page_drug == "ruxolitinib" and frame.linked_drugs() == ["ruxolitinib"]
    assert frame.links.heading == "Ruxolitinib for people with myelofibrosis"


def test_list_item_links_to_its_lead_in():
    frames = _page_frames()
    for item, condition in (("for ovarian cancer with a BRCA mutation", "ovarian-cancer"),
                            ("for breast cancer that has spread", "breast-cancer")):
        (frame,) = frames[item]
        assert frame.drugs == [] and [c.id for c in frame.conditions] == [condition]
        assert frame.links.lead_in is not None and frame.links.lead_in.drugs == ["olaparib"]
        assert frame.linked_drugs() == ["olaparib"]
    (plain,) = frames["Ruxolitinib is a tablet that blocks JAK signals."]
    assert plain.links.lead_in is None


# Constituent negation: only the phrase after the trigger, up to its head's end or the next comma.
CONSTITUENT = [
    ("blood-not-for-then-preposition", "Blinatumomab is used for ALL, not for AML in older adults.",
     "not for", "AML", "phrase-end", ["acute-myeloid-leukemia"], ["acute-lymphoblastic-leukemia"]),
    ("solid-not-for-then-comma", "Capecitabine is used for colorectal cancer, not for gastric cancer, in older adults.",
     "not for", "gastric cancer", "comma", ["gastric-cancer"], ["colorectal-cancer"]),
]


@pytest.mark.parametrize("case", CONSTITUENT, ids=[c[0] for c in CONSTITUENT])
def test_constituent_negation_scope(case):
    _, text, trigger, scope, terminated_by, negated, kept = case
    (frame,) = frames_of(text)
    first = frame.negations[0]
    assert (first.trigger, first.kind, first.direction) == (trigger, "constituent", "forward")
    assert text[first.start:first.end].strip() == scope and first.terminated_by == terminated_by
    assert frame.polarity == "positive" and frame.predicate == "use"
    assert [c.id for c in frame.negated_conditions] == negated and [c.id for c in frame.conditions] == kept
