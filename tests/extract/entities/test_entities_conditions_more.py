"""Conditions beyond the contract list and the subtypes written around them (our own sentences)."""
import pytest

from extract.entities.recognize import recognize_text


def conditions(text):
    return [(m.id, dict(m.attrs)) for m in recognize_text(text).mentions if m.kind == "condition"]


@pytest.mark.parametrize("text, condition_id, subtype", [
    ("Ruxolitinib is approved for steroid-refractory acute graft-versus-host disease.",
     "graft-versus-host-disease", "steroid-refractory acute"),
    ("Belumosudil treats chronic GVHD after two earlier lines.", "graft-versus-host-disease", "chronic"),
    ("aGVHD developed after the transplant.", "graft-versus-host-disease", "acute"),
    ("Imetelstat is given in lower-risk MDS.", "myelodysplastic-syndrome", "lower risk"),
    ("Azacitidine is standard in higher-risk myelodysplastic syndrome.", "myelodysplastic-syndrome",
     "higher risk"),
    ("It is approved for very low-, low- or intermediate-risk myelodysplastic syndromes.",
     "myelodysplastic-syndrome", "lower risk"),
    ("Luspatercept was first used in MDS with ring sideroblasts.", "myelodysplastic-syndrome",
     "with ring sideroblasts"),
    ("Therapy-related MDS follows chemotherapy.", "myelodysplastic-syndrome", "therapy-related"),
    ("Fedratinib treats intermediate-2 or high-risk primary or secondary myelofibrosis.",
     "myelofibrosis", "intermediate-2 or high risk"),
    ("Momelotinib is used in intermediate- or high-risk myelofibrosis.", "myelofibrosis",
     "intermediate or high risk"),
    ("Primary myelofibrosis is rare.", "myelofibrosis", "primary"),
    ("She developed post-PV myelofibrosis.", "myelofibrosis", "post-polycythemia vera"),
    ("Post-essential thrombocythaemia myelofibrosis is treated the same way.", "myelofibrosis",
     "post-essential thrombocythemia"),
    ("Smouldering myeloma is watched closely.", "multiple-myeloma", "smoldering"),
])
def test_condition_and_subtype(text, condition_id, subtype):
    found = conditions(text)
    assert found and found[0] == (condition_id, {"subtype": subtype})


def test_a_disease_named_inside_a_qualifier_is_not_a_second_condition():
    assert [c for c, _ in conditions("Ruxolitinib is used in post-PV myelofibrosis.")] == ["myelofibrosis"]


def test_steroid_in_steroid_refractory_is_no_treatment():
    ents = recognize_text("Ruxolitinib is used for steroid-refractory chronic GVHD.")
    assert not [m for m in ents.mentions if m.kind == "intervention"]


@pytest.mark.parametrize("text, condition_id", [
    ("Zanubrutinib is approved for CLL/SLL.", "chronic-lymphocytic-leukemia"),
    ("Burkitt lymphoma grows quickly.", "burkitt-lymphoma"),
    ("High-dose methotrexate is the backbone for primary CNS lymphoma.", "primary-cns-lymphoma"),
    ("Belinostat is used for peripheral T-cell lymphoma.", "peripheral-t-cell-lymphoma"),
    ("Mogamulizumab treats cutaneous T-cell lymphoma.", "cutaneous-t-cell-lymphoma"),
    ("Daratumumab is approved in light-chain amyloidosis.", "light-chain-amyloidosis"),
    ("Daratumumab is approved in AL amyloidosis.", "light-chain-amyloidosis"),
    ("Azacitidine is an option in chronic myelomonocytic leukaemia.", "chronic-myelomonocytic-leukemia"),
    ("Juvenile myelomonocytic leukemia affects young children.", "juvenile-myelomonocytic-leukemia"),
    ("Tagraxofusp is approved for blastic plasmacytoid dendritic cell neoplasm.",
     "blastic-plasmacytoid-dendritic-cell-neoplasm"),
])
def test_conditions_seen_beside_cancer_drugs(text, condition_id):
    assert condition_id in [c for c, _ in conditions(text)]


@pytest.mark.parametrize("text", [
    "Gilteritinib is used in FLT3-ITD AML.",
    "Patients with FLT3-ITD acute myeloid leukemia respond.",
])
def test_a_mutation_before_the_disease_stays_a_biomarker(text):
    ents = recognize_text(text)
    assert [(m.id, m.attrs.get("status")) for m in ents.mentions if m.kind == "biomarker"] == [("FLT3", "mutated")]
    assert [c for c in conditions(text)] == [("acute-myeloid-leukemia", {})]


def test_secondary_must_touch_the_condition():
    assert conditions("Secondary AML has a poor outlook.") == [("acute-myeloid-leukemia", {"subtype": "secondary"})]
    assert conditions("As a secondary aim, AML outcomes were recorded.") == [("acute-myeloid-leukemia", {})]


@pytest.mark.parametrize("text, cid", [
    ("Brentuximab vedotin is approved for systemic anaplastic large cell lymphoma.", "anaplastic-large-cell-lymphoma"),
    ("Pembrolizumab is used for relapsed primary mediastinal large B-cell lymphoma.",
     "primary-mediastinal-b-cell-lymphoma"),
    ("Alemtuzumab is the usual first treatment of T-cell prolymphocytic leukaemia.", "t-cell-prolymphocytic-leukemia"),
    ("Mogamulizumab is approved for adult T-cell leukemia/lymphoma in Japan.", "adult-t-cell-leukemia-lymphoma"),
    ("Siltuximab is approved for idiopathic multicentric Castleman disease.", "castleman-disease"),
    ("Vemurafenib is active in Langerhans cell histiocytosis with BRAF V600E.", "langerhans-cell-histiocytosis"),
    ("Asparaginase-based regimens are used for extranodal NK/T-cell lymphoma.", "extranodal-nk-t-cell-lymphoma"),
    ("Atezolizumab with chemotherapy is approved for extensive-stage small cell lung cancer.", "small-cell-lung-cancer"),
])
def test_further_haematological_and_solid_tumour_names_are_recognised(text, cid):
    assert cid in {c[0] for c in conditions(text)}


def test_an_abbreviation_inside_the_disease_name_is_still_the_disease():
    assert [c[0] for c in conditions("Daratumumab is approved for newly diagnosed light chain (AL) amyloidosis.")] == [
        "light-chain-amyloidosis"]
