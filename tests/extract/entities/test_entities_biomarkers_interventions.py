"""Biomarkers with status, and class-level / non-drug interventions."""
import pytest

from extract.entities.recognize import recognize_text


def biomarkers(text):
    return [(m.surface, m.id, m.attrs["status"]) for m in recognize_text(text).mentions
            if m.kind == "biomarker"]


def interventions(text):
    return [(m.surface, m.id) for m in recognize_text(text).mentions if m.kind == "intervention"]


@pytest.mark.parametrize("text, symbol, status", [
    ("Ph+ disease", "BCR::ABL1", "positive"),
    ("Ph\u2212 disease", "BCR::ABL1", "negative"),
    ("Ph-negative disease", "BCR::ABL1", "negative"),
    ("Ph-positive disease", "BCR::ABL1", "positive"),
    ("Philadelphia chromosome-positive disease", "BCR::ABL1", "positive"),
    ("Philadelphia-positive disease", "BCR::ABL1", "positive"),
    ("BCR-ABL1-negative disease", "BCR::ABL1", "negative"),
    ("BCR::ABL1 positive disease", "BCR::ABL1", "positive"),
    ("FLT3-ITD disease", "FLT3", "mutated"),
    ("FLT3-mutated disease", "FLT3", "mutated"),
    ("FLT3+ disease", "FLT3", "positive"),
    ("CD22-positive blasts", "CD22", "positive"),
    ("CD33 positive blasts", "CD33", "positive"),
    ("KIT D816V disease", "KIT", "mutated"),
    ("JAK2 V617F disease", "JAK2", "mutated"),
    ("IDH1-mutated disease", "IDH1", "mutated"),
    ("PDGFRB rearrangements are rare", "PDGFRB", "positive"),
    ("BCMA-positive cells", "TNFRSF17", "positive"),
])
def test_biomarker_status(text, symbol, status):
    [(_, found_symbol, found_status)] = biomarkers(text)
    assert (found_symbol, found_status) == (symbol, status)


def test_cytogenetic_markers_and_bare_words():
    assert [b[1] for b in biomarkers("Venetoclax works in t(11;14) and del(17p) myeloma.")] == [
        "t(11;14)", "del(17p)"]
    assert biomarkers("She moved to Philadelphia in May.") == []
    assert biomarkers("Ph-like ALL carries kinase fusions.") == []


@pytest.mark.parametrize("text, expected", [
    ("Adults receive TKIs with steroids.", [("TKIs", "tyrosine-kinase-inhibitor"), ("steroids", "corticosteroid")]),
    ("A tyrosine kinase inhibitor is added.", [("tyrosine kinase inhibitor", "tyrosine-kinase-inhibitor")]),
    ("Allogeneic hematopoietic stem cell transplantation follows.",
     [("Allogeneic hematopoietic stem cell transplantation", "allogeneic-hsct")]),
    ("Consider allo-HSCT with RIC.", [("allo-HSCT", "allogeneic-hsct"), ("RIC", "reduced-intensity-conditioning")]),
    ("Give maintenance chemotherapy for two years.", [("maintenance chemotherapy", "maintenance-chemotherapy")]),
    ("Intrathecal anticancer drugs prevent relapse.", [("Intrathecal anticancer drugs", "intrathecal-chemotherapy")]),
    ("Pediatric-type chemotherapy is preferred.", [("chemotherapy", "chemotherapy")]),
    ("Standard 7+3 induction is used.", [("7+3", "chemotherapy")]),
    ("CNS prophylaxis and cranial irradiation are discussed.",
     [("CNS prophylaxis", "cns-prophylaxis"), ("cranial irradiation", "cranial-irradiation")]),
    ("MRD monitoring guides CAR T-cell therapy.",
     [("MRD monitoring", "mrd-assessment"), ("CAR T-cell therapy", "car-t-cell-therapy")]),
    ("Hypomethylating agents and monoclonal antibodies.",
     [("Hypomethylating agents", "hypomethylating-agent"), ("monoclonal antibodies", "monoclonal-antibody")]),
    ("Enrolment in a clinical trial is encouraged; phlebotomy is continued.",
     [("clinical trial", "clinical-trial"), ("phlebotomy", "phlebotomy")]),
])
def test_interventions(text, expected):
    assert interventions(text) == expected


def test_class_name_does_not_make_a_biomarker_status():
    ents = recognize_text("A FLT3 inhibitor is added to induction.")
    assert [m.id for m in ents.mentions if m.kind == "intervention"] == ["flt3-inhibitor"]
    assert [m for m in ents.mentions if m.kind == "biomarker"] == []


@pytest.mark.parametrize("text, expected", [
    # named fusions keep both partners, whatever the joiner
    ("Imatinib works in FIP1L1::PDGFRA fusion disease.", [("FIP1L1::PDGFRA", "positive")]),
    ("Screen for FIP1L1-PDGFRA before treatment.", [("FIP1L1::PDGFRA", None)]),
    ("FIP1L1/PDGFRA-positive eosinophilia responds.", [("FIP1L1::PDGFRA", "positive")]),
    ("An ETV6-PDGFRB rearrangement was found.", [("ETV6::PDGFRB", "positive")]),
    ("Children with ETV6-RUNX1 B-ALL do well.", [("ETV6::RUNX1", None)]),
    ("AML1-ETO marks core-binding-factor AML.", [("RUNX1::RUNX1T1", None)]),
    ("A KMT2A::MLLT3 fusion was detected.", [("KMT2A::MLLT3", "positive")]),
    # a single partner stays a single gene
    ("A PDGFRA D842V mutation confers resistance.", [("PDGFRA", "mutated")]),
    ("KMT2A-rearranged leukemia in infants.", [("KMT2A", "positive")]),
    # Philadelphia status: every way of writing "negative" is negative, never positive
    ("Adults with Ph-negative disease.", [("BCR::ABL1", "negative")]),
    ("Adults with Ph\u2212 disease.", [("BCR::ABL1", "negative")]),
    ("Adults with Ph\u2013 disease.", [("BCR::ABL1", "negative")]),
    ("Adults with Ph- disease.", [("BCR::ABL1", "negative")]),
    ("Adults with Ph(-) disease.", [("BCR::ABL1", "negative")]),
    ("Adults with Ph-neg disease.", [("BCR::ABL1", "negative")]),
    ("Adults with non-Ph disease.", [("BCR::ABL1", "negative")]),
    ("Adults with Philadelphia chromosome-negative disease.", [("BCR::ABL1", "negative")]),
    ("Adults with Philadelphia chromosome\u2013negative disease.", [("BCR::ABL1", "negative")]),
    ("Adults with Philadelphia-negative disease.", [("BCR::ABL1", "negative")]),
    ("Leukemia without the Philadelphia chromosome.", [("BCR::ABL1", "negative")]),
    ("Adults with BCR::ABL1-negative disease.", [("BCR::ABL1", "negative")]),
    ("Adults with BCR::ABL1\u2013negative disease.", [("BCR::ABL1", "negative")]),
    ("Adults with BCR-ABL1 negative disease.", [("BCR::ABL1", "negative")]),
    ("Both Ph+ and Ph\u2212 adults qualify.", [("BCR::ABL1", "positive"), ("BCR::ABL1", "negative")]),
    ("Adults with Ph(+) disease.", [("BCR::ABL1", "positive")]),
    # absence words before a marker; "with or without" says nothing
    ("AML without a FLT3 mutation.", [("FLT3", "negative")]),
    ("AML with or without FLT3-ITD.", [("FLT3", "mutated")]),
])
def test_fusions_and_negative_status(text, expected):
    assert [(symbol, status) for _, symbol, status in biomarkers(text)] == expected


def test_ph_like_is_not_a_philadelphia_status():
    assert biomarkers("Non-Ph-like ALL was compared.") == []
