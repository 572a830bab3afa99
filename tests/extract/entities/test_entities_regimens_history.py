"""Regimen acronyms (defined in the text or well known), drugs named as treatment history, and
INN ids for biologics the drug dictionary files under another name. Sentences are our own."""
import pytest

from extract.entities.catalog import drug_record
from extract.entities.recognize import recognize_text


def drugs(text):
    return [(m.surface, m.id, dict(m.attrs)) for m in recognize_text(text).mentions if m.kind == "drug"]


# ------------------------------------------------------------------ INN ids of biologics
@pytest.mark.parametrize("written, drug_id", [
    ("epoetin alfa", "epoetin-alfa"), ("Epoetin Alfa", "epoetin-alfa"),
    ("recombinant human erythropoietin", "epoetin-alfa"), ("Retacrit", "epoetin-alfa"),
    ("darbepoetin alfa", "darbepoetin-alfa"), ("peginterferon alfa-2a", "peginterferon-alfa-2a"),
    ("pegylated interferon alfa-2a", "peginterferon-alfa-2a"),
    ("ropeginterferon alfa-2b", "ropeginterferon-alfa-2b"), ("interferon alfa-2b", "interferon-alfa-2b"),
    ("interferon alfa-2a", "interferon-alfa-2a"), ("filgrastim", "filgrastim"),
    ("pegfilgrastim", "pegfilgrastim"), ("asparaginase Erwinia", "crisantaspase"),
    ("Erwinia asparaginase", "crisantaspase"),
])
def test_biologics_resolve_to_their_inn_id(written, drug_id):
    found = drugs(f"The patient was given {written} last spring.")
    assert [(s, d) for s, d, _ in found] == [(written, drug_id)]


def test_epoetin_alfa_keeps_its_external_ids_and_a_clean_display_name():
    rec = drug_record("epoetin-alfa")
    assert rec["name"] == "Epoetin alfa"
    assert rec["drugbank_id"] == "DB00016"
    assert "Procrit" in rec["brand_names"]


# ------------------------------------------------------------------ regimens defined in the text
def test_an_acronym_defined_after_its_drugs_expands_on_later_uses():
    text = ("Adults were randomised to daratumumab, lenalidomide and dexamethasone (DRd) or to "
            "lenalidomide and dexamethasone alone. Infections were more common in the DRd arm.")
    ents = recognize_text(text)
    use = text.rindex("DRd")
    on_use = [m for m in ents.mentions if m.kind == "drug" and m.start == use]
    assert sorted(m.id for m in on_use) == ["daratumumab", "dexamethasone", "lenalidomide"]
    assert all(m.attrs == {"regimen": "DRd"} and m.surface == "DRd" for m in on_use)
    assert ents.regimens["DRd"] == ["daratumumab", "lenalidomide", "dexamethasone"]
    # the definition itself is not counted twice
    definition = text.index("DRd")
    assert not [m for m in ents.mentions if m.kind == "drug" and m.start == definition]


def test_an_acronym_defined_before_its_drugs_expands_on_later_uses():
    text = ("R-CHOP (rituximab, cyclophosphamide, doxorubicin, vincristine and prednisone) has "
            "been the standard for decades. Six cycles of R-CHOP were planned.")
    ents = recognize_text(text)
    use = text.rindex("R-CHOP")
    on_use = {m.id for m in ents.mentions if m.kind == "drug" and m.start == use}
    assert on_use == {"rituximab", "cyclophosphamide", "doxorubicin", "vincristine", "prednisone"}


@pytest.mark.parametrize("text", [
    "Imatinib, dasatinib and nilotinib (MAIA) were compared in a later study.",
    "Ivosidenib and azacitidine (AGILE) improved survival.",
    "Venetoclax and azacitidine (n = 286) were given.",
])
def test_a_trial_name_or_count_after_a_drug_list_is_no_regimen(text):
    ents = recognize_text(text)
    assert ents.regimens == {}
    assert all("regimen" not in m.attrs for m in ents.mentions)


def test_a_well_known_acronym_alone_adds_no_drug_mention_but_is_exposed():
    text = "Most people with this lymphoma receive R-CHOP; ABVD is used for Hodgkin disease."
    ents = recognize_text(text)
    assert [m for m in ents.mentions if m.kind == "drug"] == []
    assert ents.regimens["R-CHOP"] == ["rituximab", "cyclophosphamide", "doxorubicin",
                                       "vincristine", "prednisone"]
    assert "bleomycin" in ents.regimens["ABVD"]


def test_a_two_drug_abbreviation_is_a_regimen_not_one_drug():
    text = "Induction with cytarabine and daunorubicin (DA) was followed by more DA courses."
    later = [m for m in recognize_text(text).mentions
             if m.kind == "drug" and m.start == text.rindex("DA")]
    assert sorted(m.id for m in later) == ["cytarabine", "daunorubicin"]


# ------------------------------------------------------------------ drugs as treatment history
@pytest.mark.parametrize("text, history, given", [
    ("Teclistamab is approved for lenalidomide-refractory myeloma.", ["lenalidomide"], ["teclistamab"]),
    ("Ponatinib helps in imatinib-resistant disease.", ["imatinib"], ["ponatinib"]),
    ("The study enrolled TKI-naive and dasatinib-intolerant adults.", ["dasatinib"], []),
    ("Carfilzomib was tested in bortezomib-pretreated and pomalidomide-exposed patients.",
     ["bortezomib", "pomalidomide"], ["carfilzomib"]),
    ("It works in lenalidomide- and bortezomib-refractory myeloma.",
     ["lenalidomide", "bortezomib"], []),
    ("Lenalidomide and dexamethasone remain an option.", [], ["lenalidomide", "dexamethasone"]),
])
def test_drugs_in_a_history_adjective_are_marked(text, history, given):
    found = drugs(text)
    assert sorted(d for _, d, a in found if a.get("role") == "history") == sorted(history)
    assert sorted(d for _, d, a in found if "role" not in a) == sorted(given)


# ------------------------------------------------------------------ well-known regimen acronyms
@pytest.mark.parametrize("text, acronym, members", [
    ("Induction was VRd for four cycles.", "VRd", ["bortezomib", "lenalidomide", "dexamethasone"]),
    ("Six cycles of R-CHOP remain standard.", "R-CHOP",
     ["rituximab", "cyclophosphamide", "doxorubicin", "vincristine", "prednisone"]),
    ("Pola-R-CHP is an alternative.", "Pola-R-CHP",
     ["polatuzumab-vedotin", "rituximab", "cyclophosphamide", "doxorubicin", "prednisone"]),
    ("Consider pola-R-CHP for high IPI.", "Pola-R-CHP",
     ["polatuzumab-vedotin", "rituximab", "cyclophosphamide", "doxorubicin", "prednisone"]),
    ("Stage III disease received A+AVD.", "A+AVD",
     ["brentuximab-vedotin", "doxorubicin", "vinblastine", "dacarbazine"]),
    ("Stage IV disease received BV-AVD.", "A+AVD",
     ["brentuximab-vedotin", "doxorubicin", "vinblastine", "dacarbazine"]),
    ("Older patients may get BR.", "BR", ["bendamustine", "rituximab"]),
    ("Fit younger patients once got FCR.", "FCR", ["fludarabine", "cyclophosphamide", "rituximab"]),
    ("Standard 7+3 induction followed.", "7+3", ["cytarabine", "daunorubicin"]),
    ("HyperCVAD alternates with a second course.", "hyper-CVAD",
     ["cyclophosphamide", "vincristine", "doxorubicin", "dexamethasone"]),
    ("Hyper-CVAD was the backbone.", "hyper-CVAD",
     ["cyclophosphamide", "vincristine", "doxorubicin", "dexamethasone"]),
    ("CyBorD is used before transplant.", "VCd", ["bortezomib", "cyclophosphamide", "dexamethasone"]),
    ("Unfit adults receive Ven-Aza.", "Ven-Aza", ["venetoclax", "azacitidine"]),
    ("Salvage with R-ICE preceded the transplant.", "R-ICE",
     ["rituximab", "ifosfamide", "carboplatin", "etoposide"]),
])
def test_a_well_known_acronym_names_its_members(text, acronym, members):
    ents = recognize_text(text)
    assert ents.regimens == {acronym: members}
    # the text never spells the members out, so they are no drug mentions of the article
    assert [m for m in ents.mentions if m.kind == "drug"] == []


@pytest.mark.parametrize("text", [
    "The BRCA status was unknown.", "The CVPR conference met.", "Rdx is an explosive.",
    "We measured KD in the lab.", "A brave face.",
])
def test_words_that_contain_or_resemble_an_acronym_name_no_regimen(text):
    assert recognize_text(text).regimens == {}


@pytest.mark.parametrize("written, drug_id", [
    ("IFNα", "interferon-alfa"), ("interferon alpha-2b", "interferon-alfa-2b"),
    ("peginterferon alpha-2a", "peginterferon-alfa-2a"), ("peginterferon α-2a", "peginterferon-alfa-2a"),
    ("peginterferon alpha-2b", "peginterferon-alfa-2b"), ("ropeginterferon alpha 2b", "ropeginterferon-alfa-2b"),
])
def test_alfa_alpha_and_greek_letter_are_one_spelling(written, drug_id):
    found = drugs(f"The patient was given {written} last spring.")
    assert [(s, d) for s, d, _ in found] == [(written, drug_id)]
