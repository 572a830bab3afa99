"""Table-driven checks of indication claims on short texts written for these tests.

Each case is a text (one sentence, or a few lines when context matters) and the exact claims it
must give: (drug_id, condition_id, negated, status), plus qualifiers worth checking. The texts go
through the real parser and entity recogniser, so a case fails when the claim a reader would take
from the text is missing, extra, or has the wrong polarity.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.indications.rows import extract_indications
from sources.parse import parse_bytes

ALL_ = "acute-lymphoblastic-leukemia"
AML = "acute-myeloid-leukemia"
CML = "chronic-myeloid-leukemia"
CLL = "chronic-lymphocytic-leukemia"
MM = "multiple-myeloma"
MF = "myelofibrosis"
DLBCL = "diffuse-large-b-cell-lymphoma"
HL = "hodgkin-lymphoma"
SM = "systemic-mastocytosis"

# (id, text, {(drug, condition, negated): status}, {(drug, condition, negated): {qualifier: value}})
CASES = [
    # --- plain assertions, one per status
    ("approved-to-treat", "Dasatinib is approved to treat chronic myeloid leukemia.",
     {("dasatinib", CML, False): "approved"}, {}),
    ("fda-approval-for-patients", "Gilteritinib received FDA approval for adults with relapsed or refractory "
     "AML that has a FLT3 mutation.",
     {("gilteritinib", AML, False): "approved"},
     {("gilteritinib", AML, False): {"regulators": ["FDA"], "setting": "relapsed-refractory",
                                      "biomarker": "FLT3", "population": "adults"}}),
    ("ec-approved", "The European Commission approved ruxolitinib for myelofibrosis in 2012.",
     {("ruxolitinib", MF, False): "approved"}, {("ruxolitinib", MF, False): {"regulators": ["EMA"]}}),
    ("recommended-for", "For older patients with CLL, ibrutinib is recommended.",
     {("ibrutinib", CLL, False): "recommended"}, {("ibrutinib", CLL, False): {"population": "older-adults"}}),
    ("standard-of-care", "Bortezomib remains the standard of care for newly diagnosed multiple myeloma.",
     {("bortezomib", MM, False): "recommended"}, {("bortezomib", MM, False): {"setting": "newly-diagnosed"}}),
    ("may-be-given", "Venetoclax may be given to people with CLL.",
     {("venetoclax", CLL, False): "used"}, {}),
    ("people-take", "People with CML usually take nilotinib every day.",
     {("nilotinib", CML, False): "used"}, {}),
    ("is-used-for", "Hydroxyurea is used for chronic myeloid leukemia before the diagnosis is confirmed.",
     {("hydroxycarbamide", CML, False): "used"}, {}),
    ("is-an-option", "Azacitidine is an option for patients with AML who cannot receive intensive chemotherapy.",
     {("azacitidine", AML, False): "used"}, {}),
    ("being-studied", "Ponatinib is being studied in clinical trials for newly diagnosed CML.",
     {("ponatinib", CML, False): "investigational"}, {}),
    # --- no claim
    ("pending-approval", "Olutasidenib is awaiting approval for IDH1-mutated AML in Europe.",
     {("olutasidenib", AML, False): "investigational"}, {}),
    ("early-phase-trial", "A phase 2 study of revumenib in relapsed KMT2A-rearranged AML showed responses.",
     {("revumenib", AML, False): "investigational"}, {}),
    ("two-diseases-no-drug", "AML and ALL are different diseases with different treatments.", {}, {}),
    ("unlike", "Unlike AML, ALL arises from lymphoid cells.", {}, {}),
    ("drug-without-predicate", "Imatinib changed what a diagnosis of CML means for patients.", {}, {}),
    ("question", "Imatinib blocks a kinase. Is imatinib used for acute myeloid leukemia?", {}, {}),
    ("side-effect-only", "Nilotinib can cause a prolonged QT interval in people with CML.", {}, {}),
    ("all-the-word", "Imatinib is taken by mouth by all adult patients every day.", {}, {}),
    ("supportive-care", "People with AML are given allopurinol during induction to prevent tumour lysis.", {}, {}),
    ("hypothetical-if", "If a patient has ALL, dasatinib would be one possible choice.", {}, {}),
    ("historical", "Interferon alfa was once used for chronic myeloid leukemia.", {}, {}),
    ("any-other-indication", "The insurer considers azacitidine experimental for any other indication.", {}, {}),
    # --- negation and its scope
    ("not-used", "Midostaurin is not used for acute lymphoblastic leukemia.",
     {("midostaurin", ALL_, True): "not_indicated"}, {}),
    ("not-used-then-approved", "Midostaurin is NOT used for ALL; it is approved for AML.",
     {("midostaurin", ALL_, True): "not_indicated", ("midostaurin", AML, False): "approved"}, {}),
    ("approved-not-for", "Quizartinib is approved for FLT3-ITD positive AML, not for ALL.",
     {("quizartinib", AML, False): "approved", ("quizartinib", ALL_, True): "not_indicated"}, {}),
    ("not-but", "Blinatumomab is used not for AML but for B-cell ALL.",
     {("blinatumomab", AML, True): "not_indicated", ("blinatumomab", ALL_, False): "used"},
     {("blinatumomab", ALL_, False): {"lineage": "B-cell"}}),
    ("not-recommended", "Ibrutinib is not recommended for patients with CLL who have heart failure.",
     {("ibrutinib", CLL, True): "not_recommended"}, {}),
    ("off-label", "Giving rituximab for CML would be off-label and unsupported by evidence.",
     {("rituximab", CML, True): "not_indicated"}, {}),
    ("no-role", "Lenalidomide has no role in the treatment of acute lymphoblastic leukemia.",
     {("lenalidomide", ALL_, True): "not_indicated"}, {}),
    ("did-not-show-benefit", "In AML, gemtuzumab ozogamicin did not show a benefit in patients with "
     "adverse-risk cytogenetics.", {("gemtuzumab-ozogamicin", AML, True): "not_indicated"}, {}),
    ("failed-to-show", "Sorafenib failed to show a survival benefit in older adults with AML.",
     {("sorafenib", AML, True): "not_indicated"}, {}),
    ("neither-nor", "Imatinib is approved for neither AML nor CLL.",
     {("imatinib", AML, True): "not_indicated", ("imatinib", CLL, True): "not_indicated"}, {}),
    ("negation-in-if-clause", "Dasatinib may be offered for CML if imatinib does not work.",
     {("dasatinib", CML, False): "used"}, {}),
    ("negation-in-relative", "Bosutinib can be used for CML in patients who did not respond to earlier TKIs.",
     {("bosutinib", CML, False): "used"}, {("bosutinib", CML, False): {"setting": "relapsed-refractory"}}),
    ("negated-relative-is-dropped", "Midostaurin, which is not approved for ALL, is approved for AML.",
     {("midostaurin", AML, False): "approved"}, {}),
    ("unexplained-negation", "There is no extra dose of azacitidine for AML after a missed day.", {}, {}),
    ("with-or-without", "Acalabrutinib with or without obinutuzumab is an option for untreated CLL.",
     {("acalabrutinib", CLL, False): "used", ("obinutuzumab", CLL, False): "used"},
     {("acalabrutinib", CLL, False): {"setting": "newly-diagnosed"}}),
    ("restriction-subgroup", "Venetoclax plus azacitidine is recommended for AML but is not recommended for "
     "patients fit for intensive chemotherapy with AML.",
     {("venetoclax", AML, False): "recommended", ("azacitidine", AML, False): "recommended",
      ("venetoclax", AML, True): "not_recommended", ("azacitidine", AML, True): "not_recommended"}, {}),
    # --- respectively, combinations, comparators, prior treatment
    ("respectively-conditions", "Ruxolitinib and imatinib are approved for myelofibrosis and CML, respectively.",
     {("ruxolitinib", MF, False): "approved", ("imatinib", CML, False): "approved"}, {}),
    ("respectively-biomarkers", "Blinatumomab and inotuzumab ozogamicin are recommended for relapsed B-ALL that "
     "is CD19-positive and CD22-positive, respectively.",
     {("blinatumomab", ALL_, False): "recommended", ("inotuzumab-ozogamicin", ALL_, False): "recommended"},
     {("blinatumomab", ALL_, False): {"biomarker": "CD19"},
      ("inotuzumab-ozogamicin", ALL_, False): {"biomarker": "CD22"}}),
    ("combination-partner", "Midostaurin is approved for newly diagnosed FLT3-mutated AML in combination with "
     "cytarabine and daunorubicin.",
     {("midostaurin", AML, False): "approved", ("cytarabine", AML, False): "approved",
      ("daunorubicin", AML, False): "approved"}, {}),
    ("prior-treatment", "Ponatinib is approved for adults with CML who have tried and failed dasatinib.",
     {("ponatinib", CML, False): "approved"}, {}),
    ("comparator-in-trial", "In the trial, zanubrutinib was compared with ibrutinib in relapsed CLL.",
     {("zanubrutinib", CLL, False): "used", ("ibrutinib", CLL, False): "used"}, {}),
    ("placebo-is-no-drug", "In newly diagnosed AML, midostaurin improved survival compared with placebo.",
     {("midostaurin", AML, False): "used"}, {}),
    ("age-range", "Patients aged 18-59 years with newly diagnosed AML should receive cytarabine.",
     {("cytarabine", AML, False): "recommended"},
     {("cytarabine", AML, False): {"age_min": 18, "age_max": 59}}),
    ("age-or-older", "For AML in patients 60 years of age or older, azacitidine is recommended.",
     {("azacitidine", AML, False): "recommended"}, {("azacitidine", AML, False): {"age_min": 60}}),
    ("came-back", "Dasatinib is approved for Philadelphia chromosome-positive ALL that came back after "
     "remission.",
     {("dasatinib", ALL_, False): "approved"},
     {("dasatinib", ALL_, False): {"setting": "relapsed-refractory", "biomarker": "BCR::ABL1"}}),
    ("although-splits-clauses", "Pembrolizumab has not been approved for CLL, although it is approved for "
     "Hodgkin lymphoma.",
     {("pembrolizumab", CLL, True): "not_indicated", ("pembrolizumab", HL, False): "approved"}, {}),
    ("no-longer-is-now-negated", "Chemoimmunotherapy with fludarabine is no longer recommended for most "
     "patients with CLL.", {("fludarabine", CLL, True): "not_recommended"}, {}),
    ("purpose-supportive", "People with myeloma who take lenalidomide may also need aspirin to prevent blood "
     "clots.", {}, {}),
    ("second-predicate-same-subject", "Enasidenib does not work against IDH1 mutations and is used for "
     "IDH2-mutated AML.", {("enasidenib", AML, False): "used"},
     {("enasidenib", AML, False): {"biomarker": "IDH2"}}),
    ("it-after-a-clause-without-claim", "Tretinoin is not a chemotherapy drug, but it is the standard treatment "
     "for acute promyelocytic leukemia.",
     {("tretinoin", "acute-promyelocytic-leukemia", False): "recommended"}, {}),
    ("should-not-be-confused", "Acute myeloid leukemia\nMidostaurin should not be confused with gilteritinib.",
     {}, {}),
    ("unlike-is-no-claim", "Unlike imatinib, asciminib is approved for CML after two earlier TKIs.",
     {("asciminib", CML, False): "approved"}, {}),
    ("instead-of-drug-is-an-alternative", "Dasatinib can be used instead of imatinib for CML.",
     {("dasatinib", CML, False): "used"}, {}),
    ("interleaved-pairs", "Imatinib is approved for CML, and ruxolitinib for myelofibrosis.",
     {("imatinib", CML, False): "approved", ("ruxolitinib", MF, False): "approved"}, {}),
    ("not-fda-approved", "Nilotinib is not FDA-approved for acute lymphoblastic leukemia.",
     {("nilotinib", ALL_, True): "not_indicated"}, {}),
    ("may-prescribe", "Doctors may prescribe hydroxyurea for polycythemia vera.",
     {("hydroxycarbamide", "polycythemia-vera", False): "used"}, {}),
    ("dose-for", "The usual dose of imatinib for CML in chronic phase is 400 mg daily.",
     {("imatinib", CML, False): "used"}, {}),
    ("trial-comparator", "In the trial, asciminib gave higher response rates than imatinib in newly diagnosed CML.",
     {("asciminib", CML, False): "used", ("imatinib", CML, False): "used"}, {}),
    ("recommended-dose-is-not-recommendation", "Midostaurin is given to people with AML. The recommended dose "
     "is 50 mg twice daily.", {("midostaurin", AML, False): "used"}, {}),
    # --- context: anaphora, lead-ins and bullets, class members
    ("this-drug", "Imatinib is approved to treat CML. This drug is also approved for aggressive systemic "
     "mastocytosis.",
     {("imatinib", CML, False): "approved", ("imatinib", SM, False): "approved"},
     {("imatinib", SM, False): {"subtype": "aggressive"}}),
    ("bullets-inherit-lead", "Ruxolitinib is approved to treat other blood cancers. These include:\n"
     "\u2022 Polycythemia vera\n\u2022 Myelofibrosis\n",
     {("ruxolitinib", "polycythemia-vera", False): "approved", ("ruxolitinib", MF, False): "approved"}, {}),
    ("class-members", "People with Ph+ ALL take a tyrosine kinase inhibitor (TKI). Imatinib is the most common "
     "TKI. Other TKIs include dasatinib and nilotinib.",
     {("imatinib", ALL_, False): "used", ("dasatinib", ALL_, False): "used",
      ("nilotinib", ALL_, False): "used"}, {}),
    # a relative clause after the subject ends at the main verb; the history it gives is no claim
    ("relative-history-list", "People with CML who have already received imatinib, dasatinib and nilotinib may be "
     "given asciminib.", {("asciminib", CML, False): "used"}, {}),
    ("relative-negation-before-main-verb", "Patients with CML who cannot take imatinib can be given bosutinib.",
     {("bosutinib", CML, False): "used"}, {}),
    ("relative-resistance-before-main-verb", "Patients with CML who are resistant to imatinib may receive bosutinib.",
     {("bosutinib", CML, False): "used"}, {("bosutinib", CML, False): {"setting": "relapsed-refractory"}}),
    ("after-prior-list-is-not-relative", "After prior treatment with imatinib, dasatinib and nilotinib are options "
     "for CML.", {("dasatinib", CML, False): "used", ("nilotinib", CML, False): "used"}, {}),
    # a use outside the licence is still a use; "would be off-label" denies the indication
    ("used-off-label", "Azacitidine is sometimes used off-label for CMML.",
     {("azacitidine", "chronic-myelomonocytic-leukemia", False): "used"}, {}),
    ("is-off-label", "Ruxolitinib is off-label for CML.", {("ruxolitinib", CML, True): "not_indicated"}, {}),
    # ", and <drug> ..." opens a clause with its own status; the condition named before holds for it
    ("and-new-drug-subject", "Ruxolitinib is approved for myelofibrosis, and fedratinib and pacritinib are also "
     "options.", {("ruxolitinib", MF, False): "approved", ("fedratinib", MF, False): "used",
                  ("pacritinib", MF, False): "used"}, {}),
    ("and-new-drug-negated", "Imatinib is approved for CML, and dasatinib is not approved.",
     {("imatinib", CML, False): "approved", ("dasatinib", CML, True): "not_indicated"}, {}),
    ("and-it-keeps-its-own-scope", "Momelotinib is not approved for polycythaemia vera, and it should not be "
     "combined with other JAK inhibitors.", {("momelotinib", "polycythemia-vera", True): "not_indicated"}, {}),
    # "with or without X": X restricts nothing
    ("with-or-without-biomarker", "Venetoclax is approved for CLL with or without 17p deletion; obinutuzumab is approved "
     "for CLL without 17p deletion.",
     {("venetoclax", CLL, False): "approved", ("obinutuzumab", CLL, False): "approved"},
     {("venetoclax", CLL, False): {"biomarker": None}, ("obinutuzumab", CLL, False): {"biomarker": "del(17p)",
                                                                                      "biomarker_status": "negative"}}),
    # patient pages say "have" a treatment; a drug that causes side effects is not thereby a treatment
    ("you-have-a-drug", "If you have CML, you usually have imatinib as tablets.", {("imatinib", CML, False): "used"}, {}),
    ("side-effects-from", "People with CML may have side effects from imatinib.", {}, {}),
    ("can-help", "For people with myelofibrosis who have an enlarged spleen, ruxolitinib can help.",
     {("ruxolitinib", MF, False): "used"}, {}),
    ("might-be-offered", "People with CLL might be offered ibrutinib.", {("ibrutinib", CLL, False): "used"}, {}),
    ("might-work-is-a-guess", "Imatinib might work in AML, but this has not been tested.", {}, {}),
    ("pronoun-with-partner", "Venetoclax is a tablet for CLL. Doctors may use it with rituximab when CLL comes back.",
     {("venetoclax", CLL, False): "used", ("rituximab", CLL, False): "used"},
     {("venetoclax", CLL, False): {"combination": ["rituximab"]}}),
    ("not-often-used-is-no-denial", "Idelalisib is not often used for CLL now because of its side effects.", {}, {}),
    ("long-subject-then-main-verb", "Patients with relapsed or refractory multiple myeloma who have received at least "
     "one prior line of therapy, including a proteasome inhibitor and an immunomodulatory drug, and are refractory to "
     "lenalidomide can receive ciltacabtagene autoleucel.",
     {("ciltacabtagene-autoleucel", "multiple-myeloma", False): "used"},
     {("ciltacabtagene-autoleucel", "multiple-myeloma", False): {"setting": "relapsed-refractory"}}),
    ("usual-treatment-is", "Usual treatment for untreated CLL with a 17p deletion is ibrutinib or acalabrutinib.",
     {("ibrutinib", CLL, False): "used", ("acalabrutinib", CLL, False): "used"},
     {("ibrutinib", CLL, False): {"setting": "newly-diagnosed"}}),
    ("diseases-beside-the-blood-cancers", "Hydroxyurea is used to treat chronic myeloid leukaemia and sickle cell "
     "anaemia; methotrexate is also approved for rheumatoid arthritis and for osteosarcoma.",
     {("hydroxycarbamide", CML, False): "used", ("hydroxycarbamide", "sickle-cell-disease", False): "used",
      ("methotrexate", "rheumatoid-arthritis", False): "approved", ("methotrexate", "osteosarcoma", False): "approved"},
     {}),
    ("drug-as-object-pronoun", "Ruxolitinib is approved for myelofibrosis. Some haematologists also use it for "
     "chronic neutrophilic leukaemia; doctors give it to treat polycythaemia vera after hydroxyurea.",
     {("ruxolitinib", MF, False): "approved", ("ruxolitinib", "polycythemia-vera", False): "used",
      # "some haematologists also use it for": what the treating team does is a use (this disease has
      # been in the vocabulary since contract v2)
      ("ruxolitinib", "chronic-neutrophilic-leukemia", False): "used"}, {}),
    ("unknown-disease-is-not-the-context", "Rituximab is used for follicular lymphoma. It is also approved for "
     "granulomatosis with polyangiitis.", {("rituximab", "follicular-lymphoma", False): "used"}, {}),
    # --- withdrawn approvals: negated now, whatever held before
    ("no-longer-approved", "Romidepsin is no longer approved in the US for peripheral T-cell lymphoma.",
     {("romidepsin", "peripheral-t-cell-lymphoma", True): "not_indicated"}, {}),
    ("approval-withdrawn", "The approval of duvelisib for follicular lymphoma was withdrawn by its "
     "maker.", {("duvelisib", "follicular-lymphoma", True): "not_indicated"}, {}),
    ("no-longer-recommended", "Chlorambucil is no longer recommended for fit patients with CLL.",
     {("chlorambucil", CLL, True): "not_recommended"}, {}),
    # --- the arms of a trial are used in it, not approved or recommended by that clause
    ("trial-arms-are-used", "After approval, adults with relapsed CLL were randomized 1:1 to zanubrutinib or "
     "to a standard regimen of ibrutinib.",
     {("zanubrutinib", CLL, False): "used", ("ibrutinib", CLL, False): "used"}, {}),
    ("patients-received-arms", "Waldenström macroglobulinemia\nIn the phase 3 iNNOVATE trial, 150 patients received "
     "ibrutinib plus rituximab or placebo plus rituximab.",
     {("ibrutinib", "waldenstrom-macroglobulinemia", False): "used",
      ("rituximab", "waldenstrom-macroglobulinemia", False): "used"}, {}),
    ("patients-randomised-to-arms", "Myelofibrosis\nIn MOMENTUM, 195 anaemic patients were randomised 2:1 to "
     "momelotinib or danazol.", {("momelotinib", MF, False): "used", ("danazol", MF, False): "used"}, {}),
    ("bullet-with-relative-clause", "Polycythaemia vera\nThe first-line options are:\n- hydroxyurea, for most "
     "patients\n- interferon alfa, for women who are pregnant or planning pregnancy",
     {("hydroxycarbamide", "polycythemia-vera", False): "used", ("interferon-alfa", "polycythemia-vera", False): "used"},
     {}),
    ("not-treated-before-is-newly-diagnosed", "Brentuximab vedotin is approved for classical Hodgkin lymphoma that "
     "has not been treated before.", {("brentuximab-vedotin", HL, False): "approved"},
     {("brentuximab-vedotin", HL, False): {"setting": "newly-diagnosed"}}),
    ("approved-x-with-partners", "The FDA approved acalabrutinib with bendamustine and rituximab for older adults "
     "with mantle cell lymphoma.", {("acalabrutinib", "mantle-cell-lymphoma", False): "approved",
                                    ("bendamustine", "mantle-cell-lymphoma", False): "approved",
                                    ("rituximab", "mantle-cell-lymphoma", False): "approved"}, {}),
    ("approved-for-patients-with", "The FDA approved ibrutinib for adults with mantle cell lymphoma.",
     {("ibrutinib", "mantle-cell-lymphoma", False): "approved"}, {}),
    ("graded-option-is-recommended", "Polycythaemia vera\nThe first-line options are:\n- hydroxyurea, for most "
     "patients (Grade 1B)", {("hydroxycarbamide", "polycythemia-vera", False): "recommended"}, {}),
    ("regulator-approval-without-drug", "Myelofibrosis\nFedratinib (Inrebic) inhibits JAK2 and FLT3. The EMA granted "
     "marketing authorisation in 2021 for adults with myelofibrosis.",
     {("fedratinib", MF, False): "approved"}, {("fedratinib", MF, False): {"regulators": ["EMA"]}}),
    ("previously-received-is-no-claim", "Waldenström macroglobulinemia\nPatients who had previously received "
     "ibrutinib were excluded.", {}, {}),
    ("condition-from-previous", "Treatment of CLL has changed a lot. Venetoclax plus obinutuzumab is now approved "
     "as first-line therapy.",
     {("venetoclax", CLL, False): "approved", ("obinutuzumab", CLL, False): "approved"}, {}),
]


def _claims(text: str) -> list[dict]:
    article = parse_bytes(text.encode("utf-8"), "case.txt")
    return extract_indications(article, recognize(article))


def _strongest(statuses: set[str], negated: bool) -> str:
    order = ["not_recommended", "not_indicated"] if negated else ["approved", "recommended", "used",
                                                                  "investigational"]
    return next(s for s in order if s in statuses)


@pytest.mark.parametrize("case_id, text, expected, qualifiers", CASES, ids=[c[0] for c in CASES])
def test_sentence_gives_exactly_the_expected_claims(case_id, text, expected, qualifiers):
    rows = _claims(text)
    by_key: dict[tuple, list[dict]] = {}
    for r in rows:
        by_key.setdefault((r["drug_id"], r["condition_id"], r["negated"]), []).append(r)
    assert set(by_key) == set(expected)
    for key, status in expected.items():
        assert _strongest({r["status"] for r in by_key[key]}, key[2]) == status, key
    for key, wanted in qualifiers.items():
        for name, value in wanted.items():
            got = [r[name] for r in by_key[key]]
            assert value in got or any(isinstance(g, list) and set(value) <= set(g) for g in got), (key, name, got)


def test_negated_rows_carry_the_cue_and_positive_rows_none():
    rows = _claims("Midostaurin is not used for acute lymphoblastic leukemia; it is approved for AML.")
    cues = {r["negated"]: r["negation_cue"] for r in rows}
    assert cues[True] and "not" in cues[True].lower()
    assert cues[False] is None


def test_a_trial_or_a_test_is_never_a_combination_partner():
    rows = _claims("Venetoclax plus azacitidine should not be offered outside a clinical trial to adults with AML "
                   "who are fit for intensive chemotherapy.")
    assert {r["drug_id"]: r["combination"] for r in rows} == {"venetoclax": ["azacitidine", "chemotherapy"],
                                                              "azacitidine": ["venetoclax", "chemotherapy"]}


def test_the_cue_shown_is_the_first_negation_written():
    rows = _claims("Romidepsin is no longer approved for PTCL: its approval was withdrawn after a confirmatory trial "
                   "of romidepsin plus CHOP did not improve progression-free survival.")
    assert {r["negation_cue"] for r in rows if r["negated"]} == {"no longer approved"}


def test_a_new_section_does_not_inherit_the_condition_named_just_above_its_heading():
    text = ("# Polycythaemia vera\n\nRuxolitinib is approved for polycythaemia vera. Hydroxyurea is also used "
            "for polycythaemia vera. Some patients later progress to myelofibrosis.\n\n## Pregnancy\n\n"
            "Ruxolitinib should not be used in pregnancy.\n")
    article = parse_bytes(text.encode("utf-8"), "case.md")
    rows = extract_indications(article, recognize(article))
    claims = {(r["drug_id"], r["condition_id"], r["negated"], r["status"]) for r in rows}
    assert claims == {("ruxolitinib", "polycythemia-vera", False, "approved"),
                      ("hydroxycarbamide", "polycythemia-vera", False, "used"),
                      ("ruxolitinib", "polycythemia-vera", True, "not_recommended")}


def _md_claims(text: str) -> dict[tuple, dict]:
    article = parse_bytes(text.encode("utf-8"), "case.md")
    return {(r["drug_id"], r["condition_id"], r["negated"]): r for r in extract_indications(article, recognize(article))}


def test_an_approval_in_the_next_sentence_keeps_the_regulator_named_just_before():
    rows = _md_claims("# Ruxolitinib\n\nSwissmedic and Health Canada cleared ruxolitinib for myelofibrosis. It is also "
                      "indicated for polycythaemia vera.\n\nIt is indicated for graft-versus-host disease.\n")
    assert set(rows[("ruxolitinib", MF, False)]["regulators"]) == {"Health Canada", "Swissmedic"}
    assert set(rows[("ruxolitinib", "polycythemia-vera", False)]["regulators"]) == {"Health Canada", "Swissmedic"}
    assert rows[("ruxolitinib", "graft-versus-host-disease", False)]["regulators"] == []  # another paragraph


def test_the_section_heading_gives_the_setting_before_earlier_context():
    rows = _md_claims("# Large B-cell lymphoma\n\nThe guideline covers relapsed disease and first-line care.\n\n"
                      "## First-line treatment\n\nR-CHOP with rituximab remains the standard of care for "
                      "large B-cell lymphoma.\n\n## Relapse\n\nAxicabtagene ciloleucel is recommended for "
                      "large B-cell lymphoma.\n")
    assert rows[("rituximab", DLBCL, False)]["setting"] == "newly-diagnosed"
    assert rows[("axicabtagene-ciloleucel", DLBCL, False)]["setting"] == "relapsed-refractory"


def test_a_biomarker_the_page_requires_before_the_drug_qualifies_its_claims():
    rows = _md_claims("# Gilteritinib\n\nFor adults with AML, a FLT3 mutation must be confirmed with a validated test "
                      "before gilteritinib is started.\n\n## Acute myeloid leukaemia\n\nGilteritinib is used for "
                      "relapsed acute myeloid leukaemia. The dose is 120 mg by mouth once daily.\n")
    row = rows[("gilteritinib", AML, False)]
    assert (row["biomarker"], row["biomarker_status"]) == ("FLT3", "mutated")
