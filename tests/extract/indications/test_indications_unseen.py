"""Indication claims on phrasings and diseases the first rule set was not written against.

Every text here was written for this test (real facts, own words), across CLL, myeloma, DLBCL,
follicular, Hodgkin, mantle cell, MPN, MDS, APL, CML, mastocytosis and GIST. Each case lists the
exact claims: (drug_id, condition_id, negated) -> status, plus qualifiers a reader would check.
The rule above all: a negation must never attach to a condition outside its scope; when the
text leaves the polarity unclear the expected answer is no claim.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.indications.rows import extract_indications
from sources.parse import parse_bytes

AML = "acute-myeloid-leukemia"
ALL_ = "acute-lymphoblastic-leukemia"
CLL = "chronic-lymphocytic-leukemia"
CML = "chronic-myeloid-leukemia"
MM = "multiple-myeloma"
DLBCL = "diffuse-large-b-cell-lymphoma"
FL = "follicular-lymphoma"
HL = "hodgkin-lymphoma"
MCL = "mantle-cell-lymphoma"
WM = "waldenstrom-macroglobulinemia"
MF = "myelofibrosis"
PV = "polycythemia-vera"
ET = "essential-thrombocythemia"
MDS = "myelodysplastic-syndrome"
APL = "acute-promyelocytic-leukemia"
SM = "systemic-mastocytosis"
GIST = "gastrointestinal-stromal-tumor"
HCL = "hairy-cell-leukemia"

# (id, text, {(drug, condition, negated): status}, {(drug, condition, negated): {qualifier: value}})
CASES = [
    # --- the two errors seen on the sample corpus, in other diseases
    ("appositive-outside-negation", "Ibrutinib, a drug for some people with CLL, is not used for multiple myeloma.",
     {("ibrutinib", MM, True): "not_indicated"}, {}),
    ("relative-outside-negation", "Lenalidomide, which is used for myeloma, is not approved for CLL.",
     {("lenalidomide", CLL, True): "not_indicated"}, {}),
    ("parenthesis-outside-negation", "Dasatinib (a treatment for CML) is not approved for GIST.",
     {("dasatinib", GIST, True): "not_indicated"}, {}),
    ("cue-of-next-clause-stays-there", "Ibrutinib is not approved for follicular lymphoma, and you should not "
     "be surprised if your doctor suggests a trial instead.",
     {("ibrutinib", FL, True): "not_indicated"}, {}),
    ("recommended-against-then-other-subject", "Idelalisib is not licensed for untreated CLL, and doctors "
     "should not give it outside a trial.",
     {("idelalisib", CLL, True): "not_indicated"}, {}),
    ("aml-appositive-outside-negation", "Midostaurin, a medicine for some adults with AML, is not used for ALL.",
     {("midostaurin", ALL_, True): "not_indicated"}, {}),
    ("aml-cue-of-next-clause", "Imatinib is not used for AML, and you should not be alarmed if a friend with "
     "CML takes it every day.", {("imatinib", AML, True): "not_indicated"}, {}),
    ("leading-concession", "While ibrutinib is approved for CLL, it is not approved for DLBCL.",
     {("ibrutinib", CLL, False): "approved", ("ibrutinib", DLBCL, True): "not_indicated"}, {}),
    ("leading-even-though", "Even though venetoclax is used for CLL, it is not licensed for myeloma.",
     {("venetoclax", CLL, False): "used", ("venetoclax", MM, True): "not_indicated"}, {}),
    ("cataphoric-it-says-nothing-negated", "Although it is approved for myeloma, carfilzomib is not used for CLL.",
     {("carfilzomib", CLL, True): "not_indicated"}, {}),
    ("not-for-all-patients", "Imatinib is not used for all patients with CML.", {}, {}),
    ("doctors-do-not-use", "Doctors do not use imatinib for myelofibrosis.",
     {("imatinib", MF, True): "not_indicated"}, {}),
    ("regulator-of-its-own-clause", "Venetoclax is approved for CLL in the UK, whereas in Japan it is not yet "
     "licensed for AML.",
     {("venetoclax", CLL, False): "approved", ("venetoclax", AML, True): "not_indicated"},
     {("venetoclax", CLL, False): {"regulators": ["MHRA"]}}),
    # --- regulators and label wording
    ("indicated-for-adult-patients", "Acalabrutinib is indicated for the treatment of adult patients with "
     "chronic lymphocytic leukaemia.",
     {("acalabrutinib", CLL, False): "approved"}, {("acalabrutinib", CLL, False): {"population": "adults"}}),
    ("health-canada", "Daratumumab has been approved by Health Canada for multiple myeloma.",
     {("daratumumab", MM, False): "approved"}, {("daratumumab", MM, False): {"regulators": ["Health Canada"]}}),
    ("ec-marketing-authorisation", "The European Commission granted marketing authorisation to isatuximab in "
     "combination with pomalidomide and dexamethasone for relapsed and refractory multiple myeloma.",
     {("isatuximab", MM, False): "approved", ("pomalidomide", MM, False): "approved",
      ("dexamethasone", MM, False): "approved"},
     {("isatuximab", MM, False): {"regulators": ["EMA"], "setting": "relapsed-refractory",
                                   "combination": ["pomalidomide", "dexamethasone"]}}),
    ("licensed-in-the-uk", "Imatinib is licensed in the UK as adjuvant treatment after surgery for GIST.",
     {("imatinib", GIST, False): "approved"}, {("imatinib", GIST, False): {"regulators": ["MHRA"]}}),
    ("conditional-authorisation-eu", "Mosunetuzumab has been granted conditional marketing authorisation in "
     "the EU for follicular lymphoma after at least two prior systemic therapies.",
     {("mosunetuzumab", FL, False): "approved"}, {("mosunetuzumab", FL, False): {"regulators": ["EMA"]}}),
    ("approved-in-the-us", "Tazemetostat is approved in the United States for relapsed follicular lymphoma.",
     {("tazemetostat", FL, False): "approved"},
     {("tazemetostat", FL, False): {"regulators": ["FDA"], "setting": "relapsed-refractory"}}),
    ("fda-newly-diagnosed-cml", "Asciminib is approved by the FDA for newly diagnosed Ph-positive CML in "
     "chronic phase.",
     {("asciminib", CML, False): "approved"},
     {("asciminib", CML, False): {"regulators": ["FDA"], "setting": "newly-diagnosed"}}),
    ("indicated-lower-risk-mds", "Luspatercept is indicated for the treatment of adult patients with "
     "transfusion-dependent anaemia due to lower-risk myelodysplastic syndromes.",
     {("luspatercept", MDS, False): "approved"}, {("luspatercept", MDS, False): {"population": "adults"}}),
    ("licensed-car-t", "Axicabtagene ciloleucel is licensed for adults with diffuse large B-cell lymphoma that "
     "relapses within 12 months of first-line chemoimmunotherapy.",
     {("axicabtagene-ciloleucel", DLBCL, False): "approved"},
     {("axicabtagene-ciloleucel", DLBCL, False): {"setting": "relapsed-refractory"}}),
    ("approved-rr-mcl", "Brexucabtagene autoleucel is approved for relapsed or refractory mantle cell lymphoma.",
     {("brexucabtagene-autoleucel", MCL, False): "approved"}, {}),
    ("approved-eu-polycythaemia", "Ruxolitinib is approved in the EU for polycythaemia vera in adults who are "
     "resistant to or intolerant of hydroxyurea.",
     {("ruxolitinib", PV, False): "approved"},
     {("ruxolitinib", PV, False): {"regulators": ["EMA"], "population": "adults"}}),
    ("two-approvals-one-sentence", "Nivolumab and pembrolizumab are both approved for relapsed classical "
     "Hodgkin lymphoma.",
     {("nivolumab", HL, False): "approved", ("pembrolizumab", HL, False): "approved"}, {}),
    # --- withdrawn, history, investigational
    ("approval-withdrawn", "The accelerated approval of melflufen for multiple myeloma was withdrawn in 2021.",
     {("melphalan-flufenamide", MM, True): "not_indicated"}, {}),
    ("indication-withdrawn", "Ibrutinib has been withdrawn from the US market for mantle cell lymphoma.",
     {("ibrutinib", "mantle-cell-lymphoma", True): "not_indicated"}, {}),
    ("was-once-the-standard", "Melphalan and prednisone was once the standard treatment for older people with "
     "myeloma.", {}, {}),
    ("used-to-be", "Chlorambucil used to be the main treatment for CLL in older people.", {}, {}),
    ("seldom-used", "Busulfan is seldom used for CML these days.", {}, {}),
    ("being-studied-with-partner", "Pelabresib is being studied in myelofibrosis in combination with "
     "ruxolitinib.",
     {("pelabresib", MF, False): "investigational", ("ruxolitinib", MF, False): "investigational"},
     {}),
    ("investigational-drug-for", "Navtemadlin is an investigational drug for myelofibrosis.",
     {("navtemadlin", MF, False): "investigational"}, {}),
    ("not-approved-but-studied", "Venetoclax is not approved for multiple myeloma, although it is being studied "
     "in myeloma with t(11;14).",
     {("venetoclax", MM, True): "not_indicated", ("venetoclax", MM, False): "investigational"}, {}),
    # --- negation in its many forms
    ("should-not-be-used-in", "Lenalidomide should not be used in people with CLL outside a clinical trial.",
     {("lenalidomide", CLL, True): "not_recommended"}, {}),
    ("should-not-first-line", "Idelalisib should not be used as first-line treatment in CLL.",
     {("idelalisib", CLL, True): "not_recommended"}, {("idelalisib", CLL, True): {"setting": "newly-diagnosed"}}),
    ("no-role-in-classical-hodgkin", "Rituximab has no role in the treatment of classical Hodgkin lymphoma.",
     {("rituximab", HL, True): "not_indicated"}, {}),
    ("no-role-kit-d816v", "Imatinib has no role in systemic mastocytosis with the KIT D816V mutation.",
     {("imatinib", SM, True): "not_indicated"}, {("imatinib", SM, True): {"biomarker": "KIT"}}),
    ("is-not-approved-for", "Ibrutinib is not approved for follicular lymphoma.",
     {("ibrutinib", FL, True): "not_indicated"}, {}),
    ("not-licensed-in-europe", "Venetoclax is not licensed for MDS in Europe.",
     {("venetoclax", MDS, True): "not_indicated"}, {}),
    ("not-effective-in-subgroup", "Imatinib is not effective in GIST with the PDGFRA D842V mutation.",
     {("imatinib", GIST, True): "not_indicated"}, {("imatinib", GIST, True): {"biomarker": "PDGFRA"}}),
    ("failed-to-improve-survival", "Ibrutinib failed to improve survival in untreated DLBCL when added to "
     "chemotherapy.", {("ibrutinib", DLBCL, True): "not_indicated"}, {}),
    ("failed-phase-3", "Sabatolimab failed to improve overall survival in higher-risk MDS in a phase 3 trial.",
     {("sabatolimab", MDS, True): "not_indicated"}, {}),
    ("adding-to-backbone-failed", "Adding ibrutinib to rituximab failed to improve survival in follicular "
     "lymphoma.", {("ibrutinib", FL, True): "not_indicated"}, {}),
    ("regulator-refused", "The EMA refused marketing authorisation for masitinib in mastocytosis.",
     {("masitinib", SM, True): "not_indicated"}, {}),
    ("approved-then-failed-elsewhere", "Selinexor is approved for myeloma, but it failed to improve survival in "
     "DLBCL.", {("selinexor", MM, False): "approved", ("selinexor", DLBCL, True): "not_indicated"}, {}),
    ("neither-drug-nor-drug", "Neither bosutinib nor asciminib is approved for Ph-positive ALL.",
     {("bosutinib", ALL_, True): "not_indicated", ("asciminib", ALL_, True): "not_indicated"}, {}),
    ("neither-condition-nor-condition", "Ruxolitinib is approved for neither MDS nor CML.",
     {("ruxolitinib", MDS, True): "not_indicated", ("ruxolitinib", CML, True): "not_indicated"}, {}),
    ("used-in-not-in", "Dasatinib is used in CML, not in GIST.",
     {("dasatinib", CML, False): "used", ("dasatinib", GIST, True): "not_indicated"}, {}),
    ("should-not-stop-says-nothing", "People with CML who take imatinib should not stop it without advice.",
     {}, {}),
    ("not-eligible-is-benign", "Azacitidine is recommended for patients with MDS who are not eligible for "
     "intensive chemotherapy.", {("azacitidine", MDS, False): "recommended"}, {}),
    ("did-not-respond-is-history", "Obinutuzumab plus bendamustine is approved for follicular lymphoma that did "
     "not respond to rituximab.",
     {("obinutuzumab", FL, False): "approved", ("bendamustine", FL, False): "approved"},
     {("obinutuzumab", FL, False): {"setting": "relapsed-refractory"}}),
    ("not-responding-to-is-history", "Pomalidomide is approved for myeloma that is not responding to "
     "lenalidomide.", {("pomalidomide", MM, False): "approved"}, {}),
    ("not-fit-for-is-no-combination", "Azacitidine is used for MDS in people who are not fit for a stem cell "
     "transplant.", {("azacitidine", MDS, False): "used"}, {("azacitidine", MDS, False): {"combination": []}}),
    ("nor-is-it", "Daratumumab is not approved for MDS, nor is it used in CLL.",
     {("daratumumab", MDS, True): "not_indicated", ("daratumumab", CLL, True): "not_indicated"}, {}),
    ("not-but-also", "Ruxolitinib is not only approved for myelofibrosis but also for polycythemia vera.",
     {("ruxolitinib", MF, False): "approved", ("ruxolitinib", PV, False): "approved"}, {}),
    ("not-entity-between-commas", "Imatinib, not dasatinib, is licensed as adjuvant therapy for GIST.",
     {("imatinib", GIST, False): "approved", ("dasatinib", GIST, True): "not_indicated"}, {}),
    ("co-medication-is-not-the-subject", "Ibrutinib is approved for CLL. It should not be given to people with "
     "CLL who take warfarin.",
     {("ibrutinib", CLL, False): "approved", ("ibrutinib", CLL, True): "not_recommended"}, {}),
    ("leading-concession-with-regulator", "Zanubrutinib is approved for CLL; however, it is not yet approved for "
     "follicular lymphoma in Canada.",
     {("zanubrutinib", CLL, False): "approved", ("zanubrutinib", FL, True): "not_indicated"},
     {("zanubrutinib", CLL, False): {"regulators": []}}),
    ("regulator-named-in-an-earlier-clause", "The FDA approved acalabrutinib for mantle cell lymphoma; it is also "
     "approved for CLL.",
     {("acalabrutinib", MCL, False): "approved", ("acalabrutinib", CLL, False): "approved"},
     {("acalabrutinib", CLL, False): {"regulators": ["FDA"]}}),
    ("no-longer-used-alone", "Cytarabine is no longer used alone for AML.", {}, {}),
    ("after-phrase-ends-at-the-verb", "Interferon alfa after autologous transplant has no role in myeloma and is "
     "not recommended.", {("interferon-alfa", MM, True): "not_recommended"}, {}),
    ("neither-is-recommended-takes-both-drugs", "Essential thrombocythaemia\nBusulfan and pipobroman are kept for "
     "elderly people who cannot take hydroxyurea; neither is recommended for younger people.",
     {("busulfan", ET, False): "used", ("pipobroman", ET, False): "used",
      ("busulfan", ET, True): "not_recommended", ("pipobroman", ET, True): "not_recommended"},
     {("busulfan", ET, False): {"population": "older-adults"}, ("busulfan", ET, True): {"population": None}}),
    ("not-suitable-is-recommended-against", "Asciminib is not suitable for CML in blast phase.",
     {("asciminib", CML, True): "not_recommended"}, {}),
    ("where-clause-negation-is-dropped", "Teclistamab is used for myeloma after three lines of therapy, where "
     "it has not been compared with CAR-T.",
     {("teclistamab", MM, False): "used"}, {("teclistamab", MM, False): {"setting": "relapsed-refractory"}}),
    ("drug-refractory-compound-is-history", "Ciltacabtagene autoleucel is approved for lenalidomide-refractory "
     "myeloma after one prior line.", {("ciltacabtagene-autoleucel", MM, False): "approved"},
     {("ciltacabtagene-autoleucel", MM, False): {"setting": "relapsed-refractory"}}),
    ("refractory-compound-inside-a-condition", "Ruxolitinib is approved for steroid-refractory acute "
     "graft-versus-host disease.", {("ruxolitinib", "graft-versus-host-disease", False): "approved"}, {}),
    ("once-daily-is-no-circumstance", "In the trial, people with newly diagnosed CML took bosutinib once daily or "
     "a second TKI (imatinib).",
     {("bosutinib", CML, False): "used", ("imatinib", CML, False): "used"}, {}),
    # --- alternatives and contrasts
    ("rather-than-drug", "Older adults with CLL may receive obinutuzumab plus chlorambucil rather than "
     "fludarabine.",
     {("obinutuzumab", CLL, False): "used", ("chlorambucil", CLL, False): "used"},
     {("obinutuzumab", CLL, False): {"population": "older-adults"}}),
    ("rather-than-drug-in-commas", "Avapritinib, rather than imatinib, is used for GIST with a PDGFRA D842V "
     "mutation.", {("avapritinib", GIST, False): "used"}, {("avapritinib", GIST, False): {"biomarker": "PDGFRA"}}),
    ("instead-of-chemotherapy", "Arsenic trioxide is used instead of chemotherapy for most patients with APL.",
     {("arsenic-trioxide", APL, False): "used"}, {}),
    ("unlike-between-commas", "Brentuximab vedotin, unlike nivolumab, is approved for the first-line treatment "
     "of advanced Hodgkin lymphoma.",
     {("brentuximab-vedotin", HL, False): "approved"},
     {("brentuximab-vedotin", HL, False): {"setting": "newly-diagnosed"}}),
    ("unlike-gist", "Imatinib, unlike dasatinib, is approved for GIST.",
     {("imatinib", GIST, False): "approved"}, {}),
    # --- combinations, maintenance, fitness, ages
    ("given-with-partner", "Tafasitamab is given with lenalidomide to adults with relapsed DLBCL who are not "
     "eligible for autologous stem cell transplant.",
     {("tafasitamab", DLBCL, False): "used", ("lenalidomide", DLBCL, False): "used"},
     {("tafasitamab", DLBCL, False): {"setting": "relapsed-refractory", "population": "adults",
                                      "combination": ["lenalidomide"]}}),
    ("maintenance-after-transplant", "Lenalidomide is used as maintenance after autologous stem cell transplant "
     "in myeloma.", {("lenalidomide", MM, False): "used"}, {("lenalidomide", MM, False): {"setting": "maintenance"}}),
    ("maintenance-recommended", "Rituximab maintenance is recommended for two years after induction in "
     "follicular lymphoma.", {("rituximab", FL, False): "recommended"},
     {("rituximab", FL, False): {"setting": "maintenance"}}),
    ("children-age-min", "Brentuximab vedotin is approved for children aged 2 years and older with previously "
     "untreated high-risk classical Hodgkin lymphoma.",
     {("brentuximab-vedotin", HL, False): "approved"},
     {("brentuximab-vedotin", HL, False): {"population": "children", "age_min": 2,
                                            "setting": "newly-diagnosed"}}),
    ("over-65", "Venetoclax combined with obinutuzumab is an option for people over 65 years with CLL.",
     {("venetoclax", CLL, False): "used", ("obinutuzumab", CLL, False): "used"},
     {("venetoclax", CLL, False): {"age_min": 65}}),
    ("standard-first-line-apl", "All-trans retinoic acid plus arsenic trioxide is the standard first-line "
     "treatment for low-risk acute promyelocytic leukaemia.",
     {("tretinoin", APL, False): "recommended", ("arsenic-trioxide", APL, False): "recommended"},
     {("tretinoin", APL, False): {"setting": "newly-diagnosed"}}),
    ("may-be-added", "Gemtuzumab ozogamicin may be added for high-risk APL.",
     {("gemtuzumab-ozogamicin", APL, False): "used"}, {}),
    ("progressed-on-class", "Pirtobrutinib is used for mantle cell lymphoma that has progressed on a covalent "
     "BTK inhibitor.", {("pirtobrutinib", MCL, False): "used"},
     {("pirtobrutinib", MCL, False): {"setting": "relapsed-refractory"}}),
    ("prior-kinase-inhibitors", "Ripretinib is approved for adults with advanced GIST who have received three or "
     "more kinase inhibitors, including imatinib.", {("ripretinib", GIST, False): "approved"}, {}),
    ("are-combined-with", "In high-risk APL, tretinoin and arsenic trioxide are often combined with an "
     "anthracycline such as idarubicin.",
     {("tretinoin", APL, False): "used", ("arsenic-trioxide", APL, False): "used", ("idarubicin", APL, False): "used"},
     {("idarubicin", APL, False): {"combination": ["tretinoin", "arsenic-trioxide"]}}),
    # --- voice
    ("passive-treated-with", "Myeloma that has come back can be treated with carfilzomib and dexamethasone.",
     {("carfilzomib", MM, False): "used", ("dexamethasone", MM, False): "used"},
     {("carfilzomib", MM, False): {"setting": "relapsed-refractory"}}),
    ("active-doctors-treat-with", "Doctors usually treat hairy cell leukaemia with cladribine.",
     {("cladribine", HCL, False): "used"}, {}),
    ("passive-lowers-platelets", "Anagrelide is used to lower the platelet count in essential "
     "thrombocythaemia.", {("anagrelide", ET, False): "used"}, {}),
    ("as-well-as", "Midostaurin is used for advanced systemic mastocytosis as well as for FLT3-mutated AML.",
     {("midostaurin", SM, False): "used", ("midostaurin", AML, False): "used"}, {}),
    ("hypomethylating-agents", "Azacitidine and decitabine are hypomethylating agents used for higher-risk MDS.",
     {("azacitidine", MDS, False): "used", ("decitabine", MDS, False): "used"}, {}),
    # --- two drugs, two diseases
    ("while-splits", "Ibrutinib is approved for CLL and Waldenstrom macroglobulinaemia, while lenalidomide is "
     "approved for myeloma.",
     {("ibrutinib", CLL, False): "approved", ("ibrutinib", WM, False): "approved",
      ("lenalidomide", MM, False): "approved"}, {}),
    ("gapping", "Venetoclax is used in CLL and azacitidine in MDS.",
     {("venetoclax", CLL, False): "used", ("azacitidine", MDS, False): "used"}, {}),
    ("respectively-mpn", "Ruxolitinib and anagrelide are used for myelofibrosis and essential thrombocythemia, "
     "respectively.", {("ruxolitinib", MF, False): "used", ("anagrelide", ET, False): "used"}, {}),
    ("respectively-lymphomas", "Zanubrutinib and pirtobrutinib are approved for Waldenstrom macroglobulinemia and "
     "mantle cell lymphoma, respectively.",
     {("zanubrutinib", WM, False): "approved", ("pirtobrutinib", MCL, False): "approved"}, {}),
    ("respectively-settings-one-disease", "Sunitinib and regorafenib are used as second-line and third-line "
     "treatment for GIST, respectively.",
     {("sunitinib", GIST, False): "used", ("regorafenib", GIST, False): "used"}, {}),
    ("respectively-negated", "Imatinib and ruxolitinib are not approved for CLL and MDS, respectively.",
     {("imatinib", CLL, True): "not_indicated", ("ruxolitinib", MDS, True): "not_indicated"}, {}),
    ("setting-of-a-later-clause-stays-there", "Glofitamab is approved for DLBCL after two or more lines of "
     "therapy, but it is not approved for first-line use.",
     {("glofitamab", DLBCL, False): "approved"},
     {("glofitamab", DLBCL, False): {"setting": "relapsed-refractory"}}),
    # --- hypotheticals
    ("if-the-disease-has-a-mutation", "If the CML has a BCR::ABL1 T315I mutation, ponatinib or asciminib can be used.",
     {("ponatinib", CML, False): "used", ("asciminib", CML, False): "used"},
     {("ponatinib", CML, False): {"biomarker": "BCR::ABL1"}}),
    ("would-be-hypothetical", "For myelofibrosis, momelotinib would be a sensible choice if anaemia were the "
     "main problem.", {}, {}),
    # --- lists under lead-ins
    ("list-under-approved-for", "Bortezomib is approved for:\n\u2022 multiple myeloma\n\u2022 mantle cell "
     "lymphoma\n", {("bortezomib", MM, False): "approved", ("bortezomib", MCL, False): "approved"}, {}),
    ("list-regulator-in-lead", "Health Canada has approved zanubrutinib for the following conditions:\n"
     "- Waldenstrom macroglobulinemia\n- mantle cell lymphoma that has come back\n",
     {("zanubrutinib", WM, False): "approved", ("zanubrutinib", MCL, False): "approved"},
     {("zanubrutinib", WM, False): {"regulators": ["Health Canada"]},
      ("zanubrutinib", MCL, False): {"setting": "relapsed-refractory"}}),
    ("list-under-negated-lead", "Dasatinib is not approved for:\n\u2022 myelofibrosis\n\u2022 CLL\n",
     {("dasatinib", MF, True): "not_indicated", ("dasatinib", CLL, True): "not_indicated"}, {}),
    # --- context across sentences
    ("heading-gives-the-condition-to-a-negation", "Hodgkin lymphoma\nBrentuximab vedotin is not recommended "
     "for this disease in children under 2 years.",
     {("brentuximab-vedotin", HL, True): "not_recommended"},
     {("brentuximab-vedotin", HL, True): {"population": "children", "age_max": 1}}),
    ("heading-and-not-as-first-line", "Essential thrombocythaemia\nAnagrelide is approved in Europe for this "
     "disease, but not as first-line treatment.",
     {("anagrelide", ET, False): "approved"}, {("anagrelide", ET, False): {"regulators": ["EMA"]}}),
    ("this-medicine-mpn", "Ropeginterferon alfa-2b is approved for polycythaemia vera. This medicine is "
     "injected every two weeks at first.", {("ropeginterferon-alfa-2b", PV, False): "approved"}, {}),
    ("it-negated-next-sentence", "Avapritinib is approved for advanced systemic mastocytosis. It is not "
     "approved for CML.",
     {("avapritinib", SM, False): "approved", ("avapritinib", CML, True): "not_indicated"}, {}),
]


def _claims(text: str) -> list[dict]:
    article = parse_bytes(text.encode("utf-8"), "case.txt")
    return extract_indications(article, recognize(article))


def _strongest(statuses: set[str], negated: bool) -> str:
    order = ["not_recommended", "not_indicated"] if negated else ["approved", "recommended", "used",
                                                                  "investigational"]
    return next(s for s in order if s in statuses)


@pytest.mark.parametrize("case_id, text, expected, qualifiers", CASES, ids=[c[0] for c in CASES])
def test_unseen_sentence_gives_exactly_the_expected_claims(case_id, text, expected, qualifiers):
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
            assert value in got or any(isinstance(g, list) and set(value) == set(g) for g in got), (key, name, got)


_TOPIC_PAGE = ("# {title}\n\n{intro} Ruxolitinib is approved for myelofibrosis with an enlarged spleen.\n\n"
               "## Safety\n\nBlood counts are checked often during treatment. Many people feel tired at first.\n\n"
               "Fedratinib should not be used in people with severe liver problems.\n")


def _page_claims(text: str) -> set[tuple]:
    article = parse_bytes(text.encode("utf-8"), "page.md")
    return {(r["drug_id"], r["condition_id"], r["negated"]) for r in extract_indications(article, recognize(article))}


def test_a_negation_without_condition_takes_the_page_topic():
    page = _TOPIC_PAGE.format(title="Myelofibrosis: the JAK inhibitors",
                              intro="Myelofibrosis is a rare cancer of the bone marrow.")
    assert ("fedratinib", MF, True) in _page_claims(page)


def test_a_negation_without_condition_says_nothing_on_a_page_of_several_diseases():
    page = _TOPIC_PAGE.format(title="Myelofibrosis: the JAK inhibitors",
                              intro="Polycythemia vera, essential thrombocythemia and CML are related cancers.")
    claims = _page_claims(page)
    assert ("ruxolitinib", MF, False) in claims
    assert not any(d == "fedratinib" for d, _, _ in claims)


def test_a_regulator_of_another_clause_is_not_added():
    rows = _claims("Venetoclax is approved for CLL in the UK, whereas in Japan it is not yet licensed for AML.")
    assert [r["regulators"] for r in rows if not r["negated"]] == [["MHRA"]]


@pytest.mark.parametrize("text, described, negated", [
    ("Ruxolitinib, a drug for myelofibrosis, is not used for CML.", MF, CML),
    ("Bortezomib, which is approved for myeloma, is not recommended for CLL.", MM, CLL),
    ("Imatinib, the first TKI for CML, is not used for myelofibrosis.", CML, MF),
    ("Azacitidine (a standard drug in MDS) is not approved for CLL.", MDS, CLL),
])
def test_a_condition_that_only_describes_the_drug_is_never_negated(text, described, negated):
    rows = _claims(text)
    assert not any(r["negated"] and r["condition_id"] == described for r in rows)
    assert any(r["negated"] and r["condition_id"] == negated for r in rows)
