"""Status and regulators of a claim from the approval around it, by shape.

Three shapes, each written here in several wordings (a blood cancer and a solid tumour, a patient page and a
clinician page), each with its exact claims:

- the partners of an approved combination ("the regulator approved X in combination with Y") are approved
  with the same regulator: the approval is of the combination;
- a regulator's refusal or an "is not approved in <region>" keeps the regulator on the negated claim;
- a sentence that only reports who granted the approvals just listed ("Both uses were approved by the FDA",
  "The European Commission granted the same indications") adds its regulator to the approved claims of
  its section, which it names by "both / these / the same" instead of repeating them.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.indications.rows import extract_indications
from sources.parse import parse_bytes

MM = "multiple-myeloma"
CML = "chronic-myeloid-leukemia"
MCL = "mantle-cell-lymphoma"
CLL = "chronic-lymphocytic-leukemia"
EC = "endometrial-cancer"
RCC = "renal-cell-carcinoma"
HCC = "hepatocellular-carcinoma"
GC = "gastric-cancer"
PAN = "pancreatic-cancer"
UC = "urothelial-carcinoma"


def _rows(text: str, name: str = "case.txt") -> dict[tuple, dict]:
    article = parse_bytes(text.encode("utf-8"), name)
    out: dict[tuple, dict] = {}
    for r in extract_indications(article, recognize(article)):
        key = (r["drug_id"], r["condition_id"], r["negated"])
        old = out.setdefault(key, {"status": set(), "regulators": set()})
        old["status"].add(r["status"])
        old["regulators"].update(r["regulators"])
    return out


def _check(text: str, expected: dict, name: str = "case.txt") -> None:
    rows = _rows(text, name)
    assert set(rows) == set(expected)
    for key, (status, regulators) in expected.items():
        assert status in rows[key]["status"], (key, rows[key])
        assert rows[key]["regulators"] == set(regulators), (key, rows[key])


PARTNERS = [
    ("ec-authorised-in-combination-blood",
     "The European Commission authorised isatuximab in combination with pomalidomide and dexamethasone "
     "for adults with relapsed multiple myeloma.",
     {("isatuximab", MM, False): ("approved", {"EMA"}), ("pomalidomide", MM, False): ("approved", {"EMA"}),
      ("dexamethasone", MM, False): ("approved", {"EMA"})}),
    ("fda-approved-together-with-solid",
     "In 2021 the FDA approved lenvatinib together with pembrolizumab for advanced endometrial cancer.",
     {("lenvatinib", EC, False): ("approved", {"FDA"}), ("pembrolizumab", EC, False): ("approved", {"FDA"})}),
    ("patient-it-is-approved-with",
     "Your cancer team may offer enfortumab vedotin. In the US it is approved with pembrolizumab for "
     "bladder cancer that has spread.",
     {("enfortumab-vedotin", UC, False): ("approved", {"FDA"}),
      ("pembrolizumab", UC, False): ("approved", {"FDA"})}),
    ("regulator-approved-it-with-blood",
     "Zanubrutinib is a BTK inhibitor. In 2023 Health Canada approved it with obinutuzumab for follicular "
     "lymphoma that came back.",
     {("zanubrutinib", "follicular-lymphoma", False): ("approved", {"Health Canada"}),
      ("obinutuzumab", "follicular-lymphoma", False): ("approved", {"Health Canada"})}),
]

# "the agency approved it with Y and Z" after a sentence naming several drugs: "it" is the subject drug of
# the sentence before, not the first partner.
PRONOUN_AFTER_SEVERAL = [
    ("approved-it-with-after-a-list-blood",
     "A: In Europe, isatuximab was authorised for adults with relapsed multiple myeloma together with carfilzomib "
     "and dexamethasone, and with pomalidomide and dexamethasone. In 2021 the FDA approved it with carfilzomib "
     "and dexamethasone for adults who have had one to three earlier treatments.",
     {("isatuximab", MM, False): ("approved", {"EMA", "FDA"}), ("carfilzomib", MM, False): ("approved", {"EMA", "FDA"}),
      ("dexamethasone", MM, False): ("approved", {"EMA", "FDA"}), ("pomalidomide", MM, False): ("approved", {"EMA"})}),
    ("licensed-it-with-after-a-list-solid",
     "Lenvatinib is given with everolimus or with pembrolizumab in kidney cancer. In the UK the MHRA licensed it "
     "with pembrolizumab for advanced endometrial cancer.",
     {("lenvatinib", RCC, False): ("used", set()), ("everolimus", RCC, False): ("used", set()),
      ("pembrolizumab", RCC, False): ("used", set()),
      ("lenvatinib", EC, False): ("approved", {"MHRA"}), ("pembrolizumab", EC, False): ("approved", {"MHRA"})}),
]


@pytest.mark.parametrize("case_id, text, expected", PRONOUN_AFTER_SEVERAL, ids=[c[0] for c in PRONOUN_AFTER_SEVERAL])
def test_a_pronoun_approved_with_partners_is_the_drug_before(case_id, text, expected):
    _check(text, expected)


# "The <drug> combination is also licensed in Japan": the drug names the combination of the subject drug;
# the claim is the subject drug's, with that partner.
DRUG_NAMED_COMBINATION = [
    ("the-bortezomib-combination-blood",
     "Daratumumab is approved with lenalidomide or with bortezomib for multiple myeloma. The bortezomib "
     "combination is also licensed in Japan.",
     {("daratumumab", MM, False): ("approved", {"PMDA"}), ("lenalidomide", MM, False): ("approved", set()),
      ("bortezomib", MM, False): ("approved", {"PMDA"})}),
    ("the-lenvatinib-combination-solid",
     "Pembrolizumab is approved with lenvatinib or with chemotherapy for endometrial cancer. The lenvatinib "
     "combination is also licensed in Australia.",
     {("pembrolizumab", EC, False): ("approved", {"TGA"}), ("lenvatinib", EC, False): ("approved", {"TGA"})}),
]


@pytest.mark.parametrize("case_id, text, expected", DRUG_NAMED_COMBINATION, ids=[c[0] for c in DRUG_NAMED_COMBINATION])
def test_a_drug_named_combination_is_the_subject_drugs(case_id, text, expected):
    _check(text, expected)


DENIALS = [
    ("not-approved-in-region-blood",
     "In Europe, ponatinib is not approved for newly diagnosed CML.",
     {("ponatinib", CML, True): ("not_indicated", {"EMA"})}),
    ("advisory-vote-against-solid",
     "An FDA advisory committee voted against approving pembrolizumab for early gastric cancer.",
     {("pembrolizumab", GC, True): ("not_recommended", {"FDA"})}),
    ("not-approved-by-agency-patient",
     "Olaparib is not approved by Health Canada for pancreatic cancer.",
     {("olaparib", PAN, True): ("not_indicated", {"Health Canada"})}),
]

SECTION = [
    ("monograph-both-uses-blood",
     "# Ibrutinib drug monograph\n\n## Approved indications\n\n"
     "- Mantle cell lymphoma in adults after at least one prior therapy.\n"
     "- Chronic lymphocytic leukaemia.\n\n"
     "Both uses were approved by the FDA; the European Commission granted the same indications later.\n",
     {("ibrutinib", MCL, False): ("approved", {"FDA", "EMA"}),
      ("ibrutinib", CLL, False): ("approved", {"FDA", "EMA"})}),
    ("patient-these-approvals-solid",
     "# Cabozantinib: what you need to know\n\nCabozantinib is approved for:\n\n"
     "- advanced kidney cancer\n- liver cancer that was treated before with sorafenib\n\n"
     "These approvals were given by Health Canada.\n",
     {("cabozantinib", RCC, False): ("approved", {"Health Canada"}),
      ("cabozantinib", HCC, False): ("approved", {"Health Canada"})}),
    ("clinician-both-indications-hold-an-authorisation",
     "Lenvatinib is indicated for advanced hepatocellular carcinoma and for differentiated thyroid cancer "
     "that no longer responds to radioactive iodine. Both indications hold a marketing authorisation from the "
     "European Commission.",
     {("lenvatinib", HCC, False): ("approved", {"EMA"}), ("lenvatinib", "thyroid-cancer", False): ("approved", {"EMA"})}),
]


@pytest.mark.parametrize("case_id, text, expected", PARTNERS, ids=[c[0] for c in PARTNERS])
def test_partners_of_an_approved_combination_are_approved_by_the_same_regulator(case_id, text, expected):
    _check(text, expected)


@pytest.mark.parametrize("case_id, text, expected", DENIALS, ids=[c[0] for c in DENIALS])
def test_a_regulators_refusal_keeps_its_regulator(case_id, text, expected):
    _check(text, expected)


@pytest.mark.parametrize("case_id, text, expected", SECTION, ids=[c[0] for c in SECTION])
def test_a_sentence_naming_who_granted_the_approvals_gives_them_its_regulator(case_id, text, expected):
    _check(text, expected, "page.md")


def test_a_regulator_sentence_does_not_reach_claims_of_another_section():
    text = ("# Ruxolitinib\n\n## Uses\n\nRuxolitinib is approved for myelofibrosis.\n\n"
            "## Elsewhere\n\nIt is also used for graft-versus-host disease.\n\n"
            "Both were approved by the FDA.\n")
    rows = _rows(text, "page.md")
    assert rows[("ruxolitinib", "myelofibrosis", False)]["regulators"] == set()


def test_a_used_partner_is_not_promoted_when_the_clause_is_not_an_approval():
    rows = _rows("Daratumumab is given with lenalidomide and dexamethasone for newly diagnosed multiple myeloma.")
    assert rows[("lenalidomide", MM, False)]["status"] == {"used"}


# A report of who granted the uses just listed makes the page drug's listed uses approved, even when the
# list itself only said "you might have it for".
LISTED_USES = [
    ("patient-might-have-then-all-uses-authorised",
     "# Avelumab\n\n## What is avelumab used for?\n\nYou might have avelumab for:\n\n"
     "- Merkel cell carcinoma that has spread\n- bladder cancer that has not grown during chemotherapy\n\n"
     "In Europe the European Commission has granted a marketing authorisation for both uses.\n",
     {("avelumab", "merkel-cell-carcinoma", False): ("approved", {"EMA"}),
      ("avelumab", UC, False): ("approved", {"EMA"})}),
    ("clinician-used-for-then-these-licensed-blood",
     "# Ibrutinib prescribing notes\n\n## Uses\n\nIbrutinib is used for chronic lymphocytic leukaemia and for "
     "Waldenstrom macroglobulinaemia.\n\nThese uses are licensed by the MHRA.\n",
     {("ibrutinib", CLL, False): ("approved", {"MHRA"}),
      ("ibrutinib", "waldenstrom-macroglobulinemia", False): ("approved", {"MHRA"})}),
    ("pronoun-holds-an-authorisation-blood",
     "# Teclistamab\n\nTeclistamab is a bispecific antibody that targets BCMA. It holds a conditional marketing "
     "authorisation from the European Commission for adults with relapsed multiple myeloma who have had at least "
     "three earlier treatments, including a proteasome inhibitor and an immunomodulatory drug.",
     {("teclistamab", MM, False): ("approved", {"EMA"})}),
]


@pytest.mark.parametrize("case_id, text, expected", LISTED_USES, ids=[c[0] for c in LISTED_USES])
def test_a_report_of_who_granted_the_listed_uses_approves_them(case_id, text, expected):
    _check(text, expected, "page.md")


def test_a_report_does_not_approve_another_drugs_use():
    text = ("# Avapritinib\n\n## Uses\n\nAvapritinib is used for systemic mastocytosis. Another drug, midostaurin, "
            "is often used for it too.\n\nThe European Commission granted a marketing authorisation for these uses.\n")
    rows = _rows(text, "page.md")
    assert rows[("midostaurin", "systemic-mastocytosis", False)]["status"] == {"used"}


# A label's indications section may name its regulator once, in its heading or in an introductory sentence
# before numbered subsections: every line of the section is that regulator's approval.
LABEL_SECTION = [
    ("us-label-intro-sentence-blood",
     "# Zanubrutinib label summary\n\n## 1 INDICATIONS AND USAGE\n\nZanubrutinib is a kinase inhibitor. In the "
     "United States it is indicated for the following cancers.\n\n### 1.1 Mantle cell lymphoma\n\n- Adults with "
     "mantle cell lymphoma who have had at least one earlier therapy.\n\n### 1.2 Waldenstrom macroglobulinaemia"
     "\n\n- Adults with Waldenstrom macroglobulinaemia.\n\n## 2 DOSAGE AND ADMINISTRATION\n\n160 mg twice daily.\n",
     {("zanubrutinib", MCL, False): ("approved", {"FDA"}),
      ("zanubrutinib", "waldenstrom-macroglobulinemia", False): ("approved", {"FDA"})}),
    ("eu-summary-intro-sentence-solid",
     "# Osimertinib prescribing summary\n\n## Authorised indications\n\nThe indications below are those authorised "
     "in the European Union.\n\n### Non-small cell lung cancer\n\n- First-line treatment of adults with advanced "
     "non-small cell lung cancer with activating EGFR mutations.\n\n## Posology\n\n80 mg once a day.\n",
     {("osimertinib", "non-small-cell-lung-cancer", False): ("approved", {"EMA"})}),
    ("regulator-in-the-heading-blood",
     "# Acalabrutinib\n\n## FDA-approved uses\n\n- Chronic lymphocytic leukaemia in adults.\n"
     "- Mantle cell lymphoma after at least one earlier treatment.\n",
     {("acalabrutinib", CLL, False): ("approved", {"FDA"}), ("acalabrutinib", MCL, False): ("approved", {"FDA"})}),
]


@pytest.mark.parametrize("case_id, text, expected", LABEL_SECTION, ids=[c[0] for c in LABEL_SECTION])
def test_a_label_section_names_its_regulator_once_for_all_its_lines(case_id, text, expected):
    _check(text, expected, "page.md")


def test_a_regulator_of_a_later_label_section_is_not_the_indications_regulator():
    text = ("# Ibrutinib label summary\n\n## Indications\n\n- Mantle cell lymphoma in adults.\n\n## Dosage\n\n"
            "The FDA approved a tablet form in 2018.\n")
    assert _rows(text, "page.md")[("ibrutinib", MCL, False)]["regulators"] == set()
