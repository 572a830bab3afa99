"""Condition recognition, qualifiers and the ALL / short-form ambiguity."""
import pytest

from extract.entities.recognize import recognize_text


def conditions(text):
    return [(m.surface, m.id, dict(m.attrs)) for m in recognize_text(text).mentions
            if m.kind == "condition"]


@pytest.mark.parametrize("text", [
    "All patients were seen twice a year.",
    "All clinical guidelines agree on this point.",
    "The drug is approved for all adult patients.",
    "TREATMENT OPTIONS FOR ALL PATIENTS",
])
def test_the_english_word_all_is_not_the_disease(text):
    assert conditions(text) == []


@pytest.mark.parametrize("text, expected_lineage", [
    ("Adults with ALL often relapse.", None),
    ("Imatinib helps in Ph+ ALL.", None),
    ("She was treated for B-ALL.", "B-cell"),
    ("He has T-ALL with a mediastinal mass.", "T-cell"),
    ("Blinatumomab is used in B-cell ALL.", "B-cell"),
    ("It targets B-cell precursor ALL.", "B-cell"),
    ("T-cell acute lymphoblastic leukemia is rarer in adults.", "T-cell"),
])
def test_all_with_lineage(text, expected_lineage):
    [(_, cid, attrs)] = conditions(text)
    assert cid == "acute-lymphoblastic-leukemia"
    assert attrs.get("lineage") == expected_lineage


@pytest.mark.parametrize("text", [
    "acute lymphocytic leukemia", "acute lymphoblastic leukaemia", "Acute Lymphoblastic Leukemias",
])
def test_synonyms_and_british_spellings(text):
    assert [c[1] for c in conditions(f"Children with {text} do well.")] == ["acute-lymphoblastic-leukemia"]


@pytest.mark.parametrize("text, cid, attrs", [
    ("Aggressive systemic mastocytosis (ASM) is rare.", "systemic-mastocytosis", {"subtype": "aggressive"}),
    ("Indolent systemic mastocytosis causes flushing.", "systemic-mastocytosis", {"subtype": "indolent"}),
    ("Dasatinib is approved in chronic phase CML.", "chronic-myeloid-leukemia", {"subtype": "chronic phase"}),
    ("Ponatinib is an option for CML in blast phase.", "chronic-myeloid-leukemia", {"subtype": "blast phase"}),
    ("Accelerated-phase CML needs a second TKI.", "chronic-myeloid-leukemia", {"subtype": "accelerated phase"}),
    ("CPX-351 is used for t-AML.", "acute-myeloid-leukemia", {"subtype": "therapy-related"}),
    ("CPX-351 is used for MRC-AML.", "acute-myeloid-leukemia", {"subtype": "myelodysplasia-related"}),
    ("Gemtuzumab helps in CBF-AML.", "acute-myeloid-leukemia", {"subtype": "core-binding-factor"}),
    ("Imatinib is approved for MDS/MPD with PDGFR rearrangements.",
     "myelodysplastic-myeloproliferative-neoplasm", {}),
    ("Imatinib is approved for MDS/MPN.", "myelodysplastic-myeloproliferative-neoplasm", {}),
    ("Acute promyelocytic leukemia responds to ATRA.", "acute-promyelocytic-leukemia", {}),
])
def test_subtypes_are_attrs_not_new_ids(text, cid, attrs):
    found = conditions(text)
    assert found[0][1] == cid and found[0][2] == attrs


def test_myeloproliferative_disease_with_its_abbreviation():
    found = conditions("Hydroxyurea treats myeloproliferative disease (MPD); MPD is chronic.")
    assert [c[1] for c in found] == ["myeloproliferative-neoplasm"] * 3


def test_abbreviation_defined_in_text_is_learned():
    ents = recognize_text("Acute myeloid leukemia (AML) is common; AML affects older adults.")
    assert ents.abbreviations == {"AML": "acute-myeloid-leukemia"}


def test_glossary_of_abbreviations_is_learned():
    ents = recognize_text("Abbreviations: MF, myelofibrosis; PV, polycythemia vera; ET, "
                          "essential thrombocythemia.")
    assert ents.abbreviations == {"MF": "myelofibrosis", "PV": "polycythemia-vera",
                                  "ET": "essential-thrombocythemia"}


@pytest.mark.parametrize("text", [
    "The MM and ET figures were revised.",
    "Send the CR report to the SM team.",
    "Use PV panels on the roof.",
])
def test_ambiguous_short_forms_need_a_medical_context(text):
    assert conditions(text) == []


@pytest.mark.parametrize("text, cid", [
    ("Ruxolitinib shrinks the spleen in patients with MF.", "myelofibrosis"),
    ("Phlebotomy keeps the hematocrit low in PV.", "polycythemia-vera"),
    ("Daratumumab is approved for relapsed MM.", "multiple-myeloma"),
])
def test_ambiguous_short_forms_next_to_disease_words(text, cid):
    assert [c[1] for c in conditions(text)] == [cid]


def test_learned_meaning_overrides_the_default_one():
    found = conditions("Mast cell leukemia (MCL) is the rarest form; MCL responds poorly.")
    assert {c[1] for c in found} == {"systemic-mastocytosis"}
    assert all(c[2] == {"subtype": "mast cell leukemia"} for c in found)


@pytest.mark.parametrize("text", [
    "Daratumumab in transplant-ineligible multiple myeloma (MAIA): final analysis. In the MAIA trial, "
    "survival improved.",
    "Luspatercept versus epoetin alfa in lower-risk myelodysplastic syndromes (COMMANDS). COMMANDS met "
    "its primary end point.",
])
def test_a_trial_acronym_after_a_disease_name_is_not_learned_as_its_abbreviation(text):
    ents = recognize_text(text)
    assert ents.abbreviations == {}
    assert not any(m.kind == "condition" and m.surface.isupper() for m in ents.mentions)


@pytest.mark.parametrize("text, short, cid", [
    ("Chronic myelomonocytic leukaemia (CMML) is rare; CMML is treated with azacitidine.", "CMML",
     "chronic-myelomonocytic-leukemia"),
    ("Relapsed or refractory mantle cell lymphoma (R/R-MCL) responds to pirtobrutinib.", "R/R-MCL", "mantle-cell-lymphoma"),
    ("Classical Hodgkin lymphoma (cHL) is curable.", "cHL", "hodgkin-lymphoma"),
])
def test_abbreviations_made_of_the_long_form_letters_are_learned(text, short, cid):
    assert recognize_text(text).abbreviations.get(short) == cid
