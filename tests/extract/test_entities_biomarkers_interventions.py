"""Biomarkers with status, and class-level / non-drug interventions."""
import pytest

from extract.entities import recognize_text


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
