"""Drug recognition on sentences written for these tests (no third-party text)."""
import pytest

from extract.entities.recognize import recognize_text


def drug_ids(text):
    return [m.id for m in recognize_text(text).mentions if m.kind == "drug"]


def drug_mentions(text):
    return [(m.surface, m.id) for m in recognize_text(text).mentions if m.kind == "drug"]


@pytest.mark.parametrize("text, expected", [
    ("She started imatinib mesylate last spring.", [("imatinib mesylate", "imatinib")]),
    ("He was switched to Gleevec after a week.", [("Gleevec", "imatinib")]),
    ("Early trials tested STI-571 in chronic phase.", [("STI-571", "imatinib")]),
    ("Early trials tested STI571 in chronic phase.", [("STI571", "imatinib")]),
    ("Hydroxyurea lowers the white cell count.", [("Hydroxyurea", "hydroxycarbamide")]),
    ("Daily aspirin reduces clotting risk.", [("aspirin", "acetylsalicylic-acid")]),
    ("Low-dose aspirin reduces clotting risk.", [("Low-dose aspirin", "acetylsalicylic-acid")]),
    ("Interferon alfa was used before TKIs existed.", [("Interferon alfa", "interferon-alfa")]),
    ("Older patients may get interferon-alpha.", [("interferon-alpha", "interferon-alfa")]),
    ("CPX-351 is given on days 1, 3 and 5.", [("CPX-351", "daunorubicin-and-cytarabine-liposome")]),
    ("Vyxeos is a liposomal product.", [("Vyxeos", "daunorubicin-and-cytarabine-liposome")]),
    ("They chose liposomal daunorubicin and cytarabine for t-AML.",
     [("liposomal daunorubicin and cytarabine", "daunorubicin-and-cytarabine-liposome")]),
    ("Polivy is added to R-CHP.", [("Polivy", "polatuzumab-vedotin")]),
    ("Ara-C and ara c are the same drug.", [("Ara-C", "cytarabine"), ("ara c", "cytarabine")]),
])
def test_names_resolve_to_the_contract_drug_id(text, expected):
    assert drug_mentions(text) == expected


def test_brand_in_parentheses_is_a_second_mention_of_the_same_drug():
    assert drug_mentions("Patients take imatinib (Gleevec) daily.") == [
        ("imatinib", "imatinib"), ("Gleevec", "imatinib")]


def test_name_split_by_a_line_break_or_hyphen_is_one_mention():
    text = "The regimen adds gemtuzumab\nozogamicin to induction."
    [(surface, drug_id)] = drug_mentions(text)
    assert drug_id == "gemtuzumab-ozogamicin" and surface == "gemtuzumab\nozogamicin"
    assert drug_ids("Give inotuzumab-ozogamicin weekly.") == ["inotuzumab-ozogamicin"]


def test_offsets_point_at_the_surface():
    text = "After induction, nilotinib was started."
    [m] = [m for m in recognize_text(text).mentions if m.kind == "drug"]
    assert text[m.start:m.end] == "nilotinib" == m.surface
    assert m.sentence_id is not None and m.sentence_id.endswith(":0")


def test_placebo_and_common_words_are_not_drugs():
    assert drug_ids("Midostaurin was compared with placebo in the trial.") == ["midostaurin"]
    assert drug_ids("All patients gave oxygen and water; iron levels were normal.") == []


def test_names_inside_longer_words_are_not_matched():
    assert drug_ids("The imatinibresistant clone grew.") == []


def test_short_forms_count_only_in_capitals():
    assert drug_ids("ATRA plus arsenic trioxide is standard in APL.") == ["tretinoin", "arsenic-trioxide"]
    assert drug_ids("Atra is also a given name.") == []


def test_drug_abbreviation_defined_in_the_text_is_learned():
    ents = recognize_text("Add gemtuzumab ozogamicin (GO) to 7+3; GO is given on day 1.")
    assert [m.id for m in ents.mentions if m.kind == "drug"] == ["gemtuzumab-ozogamicin"] * 3
    assert ents.abbreviations["GO"] == "gemtuzumab-ozogamicin"


def test_bare_conjugate_fragment_is_not_a_drug_but_the_antibody_stem_is():
    assert drug_ids("The ozogamicin payload is a calicheamicin.") == []
    assert drug_ids("Brentuximab improved survival.") == ["brentuximab-vedotin"]


# Near-name pairs: each name is an exact vocabulary name of its own drug, so it must resolve to
# that drug alone, never to its look-alike.
NEAR_NAMES = [
    ("nelarabine", "nebularine"), ("clofarabine", "cladribine"), ("daunorubicin", "doxorubicin"),
    ("idarubicin", "epirubicin"), ("vincristine", "vinblastine"), ("azacitidine", "decitabine"),
    ("cytarabine", "cytidine"), ("imatinib", "ibrutinib"), ("ponatinib", "pazopanib"),
    ("fludarabine", "fluorouracil"), ("bendamustine", "carmustine"), ("rituximab", "infliximab"),
]


@pytest.mark.parametrize("name", [n for pair in NEAR_NAMES for n in pair])
def test_an_exact_name_resolves_to_itself_and_nothing_else(name):
    [(surface, drug_id)] = drug_mentions(f"Last week the team started {name} again.")
    assert (surface, drug_id) == (name, name)


@pytest.mark.parametrize("text, expected", [
    ("Nelarabine, a purine nucleoside analog, is used in T-ALL.", ["nelarabine"]),
    ("Clofarabine is a purine nucleoside antimetabolite.", ["clofarabine"]),
    ("Azacitidine is a cytidine analogue given subcutaneously.", ["azacitidine"]),
    ("Methotrexate acts as a folate antagonist.", ["methotrexate"]),
    ("Lenalidomide, a thalidomide analogue, followed.", ["lenalidomide"]),
    ("Thalidomide-like drugs such as pomalidomide were tried.", ["pomalidomide"]),
    ("Romiplostim is a thrombopoietin receptor agonist.", ["romiplostim"]),
    ("Forodesine blocks purine nucleoside phosphorylase.", ["forodesine"]),
    ("Extranodal natural killer cell lymphoma is rare.", []),
    ("Uric acid climbed, so rasburicase was given.", ["rasburicase"]),
    ("Thalidomide was given with dexamethasone.", ["thalidomide", "dexamethasone"]),
])
def test_a_name_that_only_describes_a_class_is_no_drug_mention(text, expected):
    assert drug_ids(text) == expected


def test_squeezed_offset_map_is_shared_but_immutable():
    from extract.entities.folding import squeeze
    squeezed, index = squeeze("ara  c and  ara c")
    assert squeezed == "ara c and ara c"
    assert isinstance(index, tuple) and index[4] == 5
    assert squeeze("ara  c and  ara c")[1] is index  # cached: one copy for drugs and conditions
