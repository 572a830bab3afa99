"""Guideline recommendations by linguistic shape, not by phrase.

Each shape is a way guideline, HTA and clinician pages state a recommendation without the words the
first rules were written for. Every shape has at least three texts written for this test (own
words, real-world-like facts), over blood cancers and solid tumours, so a rule for one wording fails
here if it does not carry to the next. Pages are parsed and recognised for real. Expected rows are
(condition_id, direction, frozenset(interventions)) plus, where the shape is about them, the
guideline body and year.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

SHAPES = {
    # A graded statement ("category 1", "[I, A]", "Grade 1B", "strong recommendation") is a
    # recommendation even when its verb is a plain "for" or "is used".
    "graded-statement": [
        ("category-grade",
         "NCCN Guidelines for Kidney Cancer, version 2.2025\n\n"
         "Cabozantinib plus nivolumab for advanced renal cell carcinoma (category 1).\n",
         {("renal-cell-carcinoma", "recommended", frozenset({"cabozantinib", "nivolumab"}))}),
        ("esmo-level-grade",
         "ESMO Clinical Practice Guideline: chronic lymphocytic leukaemia\n\n"
         "Acalabrutinib is used as continuous first-line therapy in chronic lymphocytic leukaemia [I, A].\n",
         {("chronic-lymphocytic-leukemia", "recommended", frozenset({"acalabrutinib"}))}),
        ("strong-recommendation-words",
         "ASCO guideline on metastatic colorectal cancer\n\n"
         "Encorafenib with cetuximab for previously treated BRAF V600E colorectal cancer "
         "(strong recommendation, moderate-quality evidence).\n",
         {("colorectal-cancer", "recommended", frozenset({"encorafenib", "cetuximab"}))}),
    ],
    # An HTA decision: "is recommended as an option", "is recommended for use within the Cancer
    # Drugs Fund", "is not recommended, within its marketing authorisation".
    "hta-decision": [
        ("recommended-as-an-option",
         "NICE technology appraisal guidance\n\n"
         "Zanubrutinib is recommended as an option for treating chronic lymphocytic leukaemia in adults.\n",
         {("chronic-lymphocytic-leukemia", "recommended", frozenset({"zanubrutinib"}))}),
        ("not-recommended-within-authorisation",
         "NICE technology appraisal guidance\n\n"
         "Tucatinib with trastuzumab and capecitabine is not recommended, within its marketing authorisation, "
         "for treating metastatic breast cancer.\n",
         {("breast-cancer", "not_recommended", frozenset({"tucatinib", "trastuzumab", "capecitabine"}))}),
        ("recommended-for-use-within-fund",
         "NICE technology appraisal guidance\n\n"
         "Selpercatinib is recommended for use within the Cancer Drugs Fund as an option for treating "
         "advanced non-small cell lung cancer.\n",
         {("non-small-cell-lung-cancer", "recommended", frozenset({"selpercatinib"}))}),
    ],
    # Exclusion directives: "should be excluded from treatment with X", "are not candidates for X",
    # "X should be withheld": a negative recommendation.
    "exclusion-directive": [
        ("excluded-from-treatment-with",
         "ESMO guideline: acute myeloid leukaemia\n\n"
         "Patients with acute promyelocytic leukaemia should be excluded from treatment with gemtuzumab "
         "ozogamicin.\n",
         {("acute-promyelocytic-leukemia", "not_recommended", frozenset({"gemtuzumab-ozogamicin"}))}),
        ("not-candidates-for",
         "NCCN guideline summary: melanoma\n\n"
         "Patients with uveal melanoma are not candidates for vemurafenib.\n",
         {("uveal-melanoma", "not_recommended", frozenset({"vemurafenib"}))}),
        ("should-be-withheld",
         "ASCO guideline: non-small cell lung cancer\n\n"
         "In non-small cell lung cancer with an EGFR mutation, pembrolizumab should be withheld.\n",
         {("non-small-cell-lung-cancer", "not_recommended", frozenset({"pembrolizumab"}))}),
    ],
    # A permissive modal ("may be offered", "may be added", "can be used") in a guideline's article is an
    # option; the same words on a patient page are not a guideline's recommendation.
    "permissive-modal": [
        ("may-be-offered",
         "ESMO guideline: multiple myeloma\n\n"
         "For frail patients with multiple myeloma, lenalidomide with dexamethasone may be offered.\n",
         {("multiple-myeloma", "option", frozenset({"lenalidomide", "dexamethasone"}))}),
        ("may-be-added",
         "ASCO guideline: breast cancer\n\n"
         "Pertuzumab may be added to trastuzumab in HER2-positive early breast cancer.\n",
         {("breast-cancer", "option", frozenset({"pertuzumab", "trastuzumab"}))}),
        ("can-be-used",
         "ESMO guideline: acute myeloid leukaemia\n\n"
         "In older adults with acute myeloid leukaemia, venetoclax with azacitidine can be used.\n",
         {("acute-myeloid-leukemia", "option", frozenset({"venetoclax", "azacitidine"}))}),
        ("not-a-supportive-purpose",
         "ESMO guideline: acute promyelocytic leukaemia\n\n"
         "Allopurinol may be added to prevent tumour lysis in acute promyelocytic leukaemia.\n",
         set()),
        ("not-on-a-patient-page",
         "Living with myeloma\n\n"
         "Your doctor may offer you lenalidomide for multiple myeloma.\n",
         set()),
    ],
    # "X as a preferred <line> treatment", "<intervention> is encouraged": the preference is the directive.
    "preference-and-encouragement": [
        ("support-as-preferred-second-line",
         "ASH clinical news\n\n"
         "These data support zanubrutinib as a preferred second-line treatment for relapsed chronic "
         "lymphocytic leukaemia.\n",
         {("chronic-lymphocytic-leukemia", "recommended", frozenset({"zanubrutinib"}))}),
        ("preferred-later-line-solid",
         "ESMO guideline: metastatic colorectal cancer\n\n"
         "Fruquintinib is a preferred later-line option for metastatic colorectal cancer.\n",
         {("colorectal-cancer", "recommended", frozenset({"fruquintinib"}))}),
        ("trial-participation-encouraged",
         "ASCO guideline: ovarian cancer\n\n"
         "For recurrent ovarian cancer, taking part in a clinical trial is encouraged.\n",
         {("ovarian-cancer", "recommended", frozenset({"clinical-trial"}))}),
    ],
    # "X is the first-line treatment / standard of care for A" on a guideline page.
    "is-the-standard": [
        ("is-the-first-line-treatment",
         "ESMO guideline: chronic myeloid leukaemia\n\n"
         "Imatinib is the first-line treatment for chronic phase chronic myeloid leukaemia.\n",
         {("chronic-myeloid-leukemia", "recommended", frozenset({"imatinib"}))}),
        ("remains-standard-of-care",
         "ESMO guideline: metastatic prostate cancer\n\n"
         "Docetaxel with prednisone remains the standard of care for metastatic prostate cancer.\n",
         {("prostate-cancer", "recommended", frozenset({"docetaxel", "prednisone"}))}),
        ("is-the-mainstay",
         "NCCN guideline summary: myelodysplastic syndromes\n\n"
         "Azacitidine is the mainstay of treatment for higher-risk myelodysplastic syndromes.\n",
         {("myelodysplastic-syndrome", "recommended", frozenset({"azacitidine"}))}),
    ],
    # A class the contract's intervention vocabulary does not hold ("PARP inhibitors", "a proteasome
    # inhibitor", "CDK4/6 inhibitors") stands for the members of that class the article names; a class the
    # vocabulary holds ("a TKI") stays a class.
    "class-stands-for-named-members": [
        ("parp-class-negative-solid",
         "ASCO guideline: ovarian cancer\n\n"
         "Olaparib and niraparib are both PARP inhibitors taken as tablets.\n\n"
         "PARP inhibitors are not recommended for platinum-resistant ovarian cancer.\n",
         {("ovarian-cancer", "not_recommended", frozenset({"olaparib", "niraparib"}))}),
        ("proteasome-class-blood",
         "ESMO guideline: multiple myeloma\n\n"
         "Bortezomib and carfilzomib block the proteasome inside myeloma cells.\n\n"
         "A proteasome inhibitor should be given to patients with newly diagnosed multiple myeloma.\n",
         {("multiple-myeloma", "recommended", frozenset({"bortezomib", "carfilzomib"}))}),
        ("cdk-class-patient-register",
         "NCCN Guidelines for Patients: metastatic breast cancer\n\n"
         "Your doctor might talk to you about palbociclib, ribociclib or abemaciclib.\n\n"
         "For hormone receptor-positive breast cancer that has spread, a CDK4/6 inhibitor is recommended.\n",
         {("breast-cancer", "recommended", frozenset({"palbociclib", "ribociclib", "abemaciclib"}))}),
        ("vocabulary-class-stays",
         "ELN recommendations for chronic myeloid leukaemia\n\n"
         "Imatinib and nilotinib are tyrosine kinase inhibitors.\n\n"
         "A TKI is recommended for chronic phase chronic myeloid leukaemia.\n",
         {("chronic-myeloid-leukemia", "recommended", frozenset({"tyrosine-kinase-inhibitor"}))}),
    ],
    # A directive in the active voice with the clinician as subject or none at all ("Doctors should not use X",
    # "Do not give X", "must not offer X"; "should offer X"): the verb's object is the recommendation.
    "active-voice-directive": [
        ("clinicians-should-not-prescribe",
         "BSH guideline: chronic lymphocytic leukaemia\n\n"
         "Clinicians should not prescribe ibrutinib for chronic lymphocytic leukaemia in people with severe "
         "heart failure.\n",
         {("chronic-lymphocytic-leukemia", "not_recommended", frozenset({"ibrutinib"}))}),
        ("do-not-give-imperative",
         "Avastin prescribing summary: colorectal cancer\n\n"
         "Do not give bevacizumab to people with metastatic colorectal cancer in the four weeks after major "
         "surgery.\n",
         {("colorectal-cancer", "not_recommended", frozenset({"bevacizumab"}))}),
        ("must-not-offer",
         "ESMO guideline: renal cell carcinoma\n\n"
         "Oncologists must not offer sunitinib as adjuvant therapy for renal cell carcinoma.\n",
         {("renal-cell-carcinoma", "not_recommended", frozenset({"sunitinib"}))}),
        ("should-offer-positive",
         "NCCN guideline summary: myelodysplastic syndromes\n\n"
         "Haematologists should offer azacitidine to older adults with higher-risk myelodysplastic syndromes.\n",
         {("myelodysplastic-syndrome", "recommended", frozenset({"azacitidine"}))}),
    ],
    # A regulator's advisory opinion on approval ("voted against recommending approval", "did not recommend
    # approving", "recommended that the agency approve") is not a clinical recommendation.
    "regulatory-opinion": [
        ("did-not-recommend-approving",
         "Advisers say no to a lymphoma combination\n\n"
         "The advisory committee did not recommend approving glofitamab with chemotherapy for relapsed diffuse "
         "large B-cell lymphoma.\n",
         set()),
        ("voted-to-recommend-approval",
         "Panel backs a gastric cancer antibody\n\n"
         "The experts voted 9 to 2 to recommend approval of zolbetuximab for gastric cancer.\n",
         set()),
        ("recommended-that-the-agency-authorise",
         "Myeloma news\n\n"
         "The committee recommended that the agency authorise ciltacabtagene autoleucel for multiple myeloma "
         "after one prior line.\n",
         set()),
    ],
    # The position of another party reported in an appraisal ("the company's proposal is that X should be used
    # ...", "the manufacturer positioned X as ...") is not the appraising body's recommendation.
    "reported-party-position": [
        ("company-proposal",
         "NICE technology appraisal guidance\n\n"
         "The company's proposal was that talquetamab should be used only after four earlier treatments for "
         "multiple myeloma.\n",
         set()),
        ("manufacturer-positioned",
         "NICE technology appraisal guidance\n\n"
         "The manufacturer positioned cabozantinib as the preferred second-line treatment for renal cell "
         "carcinoma.\n",
         set()),
        ("according-to-the-company",
         "NICE technology appraisal guidance\n\n"
         "According to the company, nivolumab should be offered to everyone with resected melanoma.\n",
         set()),
        ("the-bodys-own-decision-still-counts",
         "NICE technology appraisal guidance\n\n"
         "The company proposed a narrower population.\n\n"
         "Nivolumab is recommended as an option for adjuvant treatment of completely resected melanoma.\n",
         {("melanoma", "recommended", frozenset({"nivolumab"}))}),
    ],
    # A recommendation whose sentence ends "only if:" / "who:" / "when:" continues in a list of conditions;
    # the items are conditions of that one recommendation, not recommendations of their own.
    "conditions-listed-under-a-recommendation": [
        ("hta-only-if-list",
         "NICE technology appraisal guidance\n\n"
         "Teclistamab is recommended as an option for treating relapsed multiple myeloma in adults, only if:\n\n"
         "- they have had 3 earlier treatments, including a proteasome inhibitor and an immunomodulatory drug, and\n"
         "- the company provides teclistamab at the agreed discount.\n",
         {("multiple-myeloma", "recommended", frozenset({"teclistamab"}))}),
        ("guideline-when-list-solid",
         "ESMO guideline: non-small cell lung cancer\n\n"
         "Osimertinib is recommended as adjuvant treatment for EGFR-mutated non-small cell lung cancer when:\n\n"
         "- the tumour has been completely removed, and\n"
         "- cisplatin-based chemotherapy has been given or is not suitable.\n",
         {("non-small-cell-lung-cancer", "recommended", frozenset({"osimertinib"}))}),
        ("patient-who-list",
         "NICE guidance for the public: breast cancer\n\n"
         "Ribociclib is one option for people with breast cancer who:\n\n"
         "- have already had letrozole or anastrozole, and\n"
         "- whose cancer has spread to other parts of the body.\n",
         {("breast-cancer", "option", frozenset({"ribociclib"}))}),
    ],
    # Examples given after a prior treatment ("after a BTK inhibitor, such as X or Y") belong to that prior
    # treatment, not to what is recommended.
    "examples-of-a-prior-treatment": [
        ("after-class-such-as",
         "ESMO guideline: non-small cell lung cancer\n\n"
         "Lorlatinib is recommended for ALK-positive non-small cell lung cancer that progressed after a "
         "second-generation ALK inhibitor, such as alectinib or brigatinib.\n",
         {("non-small-cell-lung-cancer", "recommended", frozenset({"lorlatinib"}))}),
        ("previously-treated-for-example",
         "NCCN guideline summary: mantle cell lymphoma\n\n"
         "Pirtobrutinib is an option for mantle cell lymphoma previously treated with a covalent BTK inhibitor, "
         "for example ibrutinib or acalabrutinib.\n",
         {("mantle-cell-lymphoma", "option", frozenset({"pirtobrutinib"}))}),
        ("negative-with-including",
         "NICE technology appraisal guidance\n\n"
         "Elranatamab is not recommended for people whose multiple myeloma was treated with a BCMA-directed "
         "therapy, including belantamab mafodotin or teclistamab.\n",
         {("multiple-myeloma", "not_recommended", frozenset({"elranatamab"}))}),
    ],
    # Premedication ordered before each dose ("give premedication ...", "you will need to take
    # premedicines such as ...") is a supportive-care recommendation with the medicines it names.
    "premedication-directive": [
        ("purpose-clause-then-give",
         "Epcoritamab for diffuse large B-cell lymphoma: how it is given\n\n"
         "To lower the chance of cytokine release syndrome, give premedication (a corticosteroid and "
         "paracetamol) before each of the first doses of epcoritamab.\n",
         {("diffuse-large-b-cell-lymphoma", "recommended",
           frozenset({"supportive-care", "corticosteroid", "paracetamol"}))}),
        ("patient-will-need-to-take",
         "Glofitamab for diffuse large B-cell lymphoma: what to expect\n\n"
         "You will need to take premedicines such as dexamethasone and paracetamol about an hour ahead of "
         "every glofitamab infusion.\n",
         {("diffuse-large-b-cell-lymphoma", "recommended",
           frozenset({"supportive-care", "dexamethasone", "paracetamol"}))}),
        ("should-receive-premedication-solid",
         "Docetaxel for metastatic prostate cancer\n\n"
         "Before each docetaxel infusion, patients should receive premedication with dexamethasone.\n",
         {("prostate-cancer", "recommended", frozenset({"supportive-care", "dexamethasone"}))}),
    ],
    # "is/are avoided" directs only when a treatment is its subject; "so that mistakes are avoided" does not.
    "avoided-needs-a-treatment": [
        ("purpose-clause-errors",
         "Vyxeos dosing guide for acute myeloid leukaemia\n\n"
         "Read the drug name twice before the infusion is prepared, so that dosing mistakes are avoided.\n",
         set()),
        ("purpose-clause-mix-ups",
         "Kadcyla and Herceptin for breast cancer: pharmacy notes\n\n"
         "Label each bag with the product name so that mix-ups between the two medicines are avoided.\n",
         set()),
        ("treatment-should-be-avoided",
         "ESMO guideline: colorectal cancer\n\n"
         "Bevacizumab should be avoided in metastatic colorectal cancer with a recent bowel perforation.\n",
         {("colorectal-cancer", "not_recommended", frozenset({"bevacizumab"}))}),
    ],
    # "the first treatment to be licensed / approved for" tells history, not a preference.
    "first-to-be-approved": [
        ("first-to-be-licensed",
         "NICE technology appraisal guidance\n\n"
         "Trastuzumab deruxtecan is the first treatment to be licensed for HER2-low metastatic breast cancer.\n",
         set()),
        ("first-bispecific-approved",
         "NCCN guideline summary: acute lymphoblastic leukaemia\n\n"
         "Blinatumomab is the first therapy approved for MRD-positive acute lymphoblastic leukaemia.\n",
         set()),
        ("first-drug-to-receive",
         "ESMO guideline: thyroid cancer\n\n"
         "Selpercatinib is the first drug to receive approval for RET-mutant medullary thyroid cancer.\n",
         set()),
    ],
    # An option noun that is denied ("no other satisfactory treatment options", "few options left") offers nothing.
    "denied-option-noun": [
        ("no-other-satisfactory-options",
         "Approvals digest\n\n"
         "Regulators cleared revumenib for relapsed acute myeloid leukaemia with a KMT2A translocation when there "
         "are no other satisfactory treatment options.\n",
         set()),
        ("few-options-left-solid",
         "ESMO guideline: pancreatic cancer\n\n"
         "After gemcitabine with nab-paclitaxel, people with metastatic pancreatic cancer have few treatment "
         "options left.\n",
         set()),
        ("denied-then-real-option",
         "ESMO guideline: multiple myeloma\n\n"
         "For relapsed multiple myeloma with no other treatment options, talquetamab is an option.\n",
         {("multiple-myeloma", "option", frozenset({"talquetamab"}))}),
    ],
    # A cue that needs a treatment as its subject ("is required", "is essential", "is preferred") takes it from
    # its own clause: "X is not approved for A, and a test is required" does not require X.
    "subject-in-the-cue-clause": [
        ("required-test-after-a-restriction",
         "Breast cancer news\n\n"
         "Capivasertib is not approved for breast cancer without an AKT pathway alteration, and a tissue test is "
         "required before treatment.\n",
         set()),
        ("essential-monitoring-after-semicolon",
         "ELN recommendations for chronic myeloid leukaemia\n\n"
         "Imatinib is taken daily in chronic myeloid leukaemia; regular monitoring is essential.\n",
         set()),
        ("subject-in-the-same-clause",
         "ESMO guideline: gastrointestinal stromal tumour\n\n"
         "For high-risk gastrointestinal stromal tumour after surgery, adjuvant imatinib is essential.\n",
         {("gastrointestinal-stromal-tumor", "recommended", frozenset({"imatinib"}))}),
    ],
    # A directive lead-in with no treatment of its own ("... should include:", "... will recommend one of
    # these:") whose list items go on as one sentence ("X ...;", "Y ...; or", "Z.") is one statement naming
    # every item's treatment; items that do not continue a sentence stay rows of their own.
    "list-continues-the-directive": [
        ("options-should-include-solid",
         "ESMO guideline: renal cell carcinoma\n\n"
         "For clear-cell renal cell carcinoma after immunotherapy, treatment options here should include:\n\n"
         "- cabozantinib, 60 mg daily;\n"
         "- axitinib, 5 mg twice daily; or\n"
         "- lenvatinib with everolimus.\n",
         {("renal-cell-carcinoma", "option", frozenset({"cabozantinib", "axitinib", "lenvatinib", "everolimus"}))}),
        ("should-receive-one-of-blood",
         "ELN recommendations for acute myeloid leukaemia\n\n"
         "For adults with FLT3-mutated acute myeloid leukaemia who are fit for intensive induction, patients "
         "should receive:\n\n"
         "- midostaurin from day 8 of induction; or\n"
         "- quizartinib from day 8 of induction.\n",
         {("acute-myeloid-leukemia", "recommended", frozenset({"midostaurin", "quizartinib"}))}),
        ("patient-register-recommend-one-of",
         "NCCN Guidelines for Patients: chronic lymphocytic leukaemia\n\n"
         "If your CLL needs treatment, your doctor will usually recommend one of these:\n\n"
         "- ibrutinib, a tablet taken every day;\n"
         "- acalabrutinib, taken twice a day; or\n"
         "- venetoclax with obinutuzumab for a fixed time.\n",
         {("chronic-lymphocytic-leukemia", "recommended",
           frozenset({"ibrutinib", "acalabrutinib", "venetoclax", "obinutuzumab"}))}),
        ("separate-items-stay-separate",
         "ESMO guideline: diffuse large B-cell lymphoma\n\n"
         "For older adults with diffuse large B-cell lymphoma, the options are:\n\n"
         "- rituximab with reduced-intensity chemotherapy\n"
         "- polatuzumab vedotin with rituximab\n",
         {("diffuse-large-b-cell-lymphoma", "option", frozenset({"rituximab", "chemotherapy"})),
          ("diffuse-large-b-cell-lymphoma", "option", frozenset({"polatuzumab-vedotin", "rituximab"}))}),
    ],
    # Patient selection and testing told as a directive ("should be selected / identified with X", "should
    # find out what level of HER2 ...", "should have the RAS status checked"): the test is recommended; a
    # status that only says who ("of any RAS status") is no test.
    "selection-and-testing-directive": [
        ("selected-with-imaging-agent",
         "Prostate cancer: PSMA-targeted therapy\n\n"
         "Patients with metastatic prostate cancer should be selected for this therapy with a PSMA PET scan "
         "using piflufolastat F 18.\n",
         {("prostate-cancer", "recommended", frozenset({"piflufolastat-18f"}))}),
        ("identified-by-molecular-testing-blood",
         "ELN recommendations for acute myeloid leukaemia\n\n"
         "Patients who could benefit from a FLT3 inhibitor should be identified by molecular testing at "
         "diagnosis.\n",
         {("acute-myeloid-leukemia", "recommended", frozenset({"molecular-testing"}))}),
        ("find-out-the-level-patient",
         "Breast cancer: what the new results mean\n\n"
         "People with metastatic breast cancer should find out what level of HER2 their tumour shows.\n",
         {("breast-cancer", "recommended", frozenset({"molecular-testing"}))}),
        ("status-checked-solid",
         "ESMO guideline: metastatic colorectal cancer\n\n"
         "Everyone with metastatic colorectal cancer should have the tumour's RAS and BRAF status checked before "
         "first-line therapy.\n",
         {("colorectal-cancer", "recommended", frozenset({"molecular-testing"}))}),
        ("know-whether-mutated-blood",
         "Living with CLL\n\n"
         "Patients with chronic lymphocytic leukaemia should know whether their leukaemia has a TP53 mutation "
         "before starting treatment.\n",
         {("chronic-lymphocytic-leukemia", "recommended", frozenset({"molecular-testing"}))}),
        ("any-status-is-not-a-test",
         "ESMO guideline: metastatic colorectal cancer\n\n"
         "For metastatic colorectal cancer of any RAS status, regorafenib is recommended after two prior "
         "regimens.\n",
         {("colorectal-cancer", "recommended", frozenset({"regorafenib"}))}),
    ],
    # "the combination / the regimen / this doublet" as the subject of a directive stands for the treatments of
    # the nearest sentence before that names two or more.
    "combination-anaphor": [
        ("the-combination-as-preferred-blood",
         "AML trial news\n\n"
         "In the trial, ivosidenib plus azacitidine prolonged survival in IDH1-mutated acute myeloid leukaemia.\n\n"
         "Experts said the results establish the combination as the preferred first-line therapy.\n",
         {("acute-myeloid-leukemia", "recommended", frozenset({"ivosidenib", "azacitidine"}))}),
        ("the-regimen-is-now-standard-solid",
         "Melanoma update\n\n"
         "Nivolumab with ipilimumab gave the longest survival yet seen in metastatic melanoma.\n\n"
         "The regimen is now the standard first-line treatment.\n",
         {("melanoma", "recommended", frozenset({"nivolumab", "ipilimumab"}))}),
        ("this-doublet-patient",
         "Bladder cancer treatment explained\n\n"
         "Many people now get enfortumab vedotin and pembrolizumab together for urothelial cancer that has "
         "spread.\n\n"
         "This doublet is the preferred first treatment.\n",
         {("urothelial-carcinoma", "recommended", frozenset({"enfortumab-vedotin", "pembrolizumab"}))}),
    ],
    # A treatment named only as a modifier of another word ("a steroid-containing mouthwash",
    # "lenalidomide-refractory myeloma", "imatinib-resistant GIST") is not what is recommended.
    "name-as-a-modifier": [
        ("containing-mouthwash",
         "ESMO guideline: breast cancer\n\n"
         "Patients with breast cancer are advised to use a steroid-containing mouthwash every day.\n",
         set()),
        ("refractory-myeloma",
         "ESMO guideline: multiple myeloma\n\n"
         "For lenalidomide-refractory multiple myeloma, pomalidomide with dexamethasone is recommended.\n",
         {("multiple-myeloma", "recommended", frozenset({"pomalidomide", "dexamethasone"}))}),
        ("resistant-gist",
         "NCCN guideline summary: gastrointestinal stromal tumour\n\n"
         "In imatinib-resistant gastrointestinal stromal tumour, sunitinib is recommended.\n",
         {("gastrointestinal-stromal-tumor", "recommended", frozenset({"sunitinib"}))}),
    ],
    # "X causes Y, so Z should be given / must be monitored": the clause before "so" gives the reason; only what
    # follows is directed.
    "reason-then-directive": [
        ("so-must-be-monitored",
         "ELN recommendations for acute promyelocytic leukaemia\n\n"
         "Arsenic trioxide lengthens the QT interval, so the ECG must be checked every week.\n",
         set()),
        ("so-should-be-given-blood",
         "ESMO guideline: multiple myeloma\n\n"
         "Lenalidomide raises the risk of blood clots, so aspirin should be given to patients with multiple "
         "myeloma.\n",
         {("multiple-myeloma", "recommended", frozenset({"acetylsalicylic-acid"}))}),
        ("therefore-solid",
         "ESMO guideline: renal cell carcinoma\n\n"
         "Sunitinib often causes an underactive thyroid; therefore levothyroxine should be started in renal cell "
         "carcinoma when thyroid hormone falls.\n",
         {("renal-cell-carcinoma", "recommended", frozenset({"levothyroxine"}))}),
    ],
    # "It is one possible treatment for ...": the pronoun is the drug the page is about, together with what the
    # page says that drug is given with ("It is given together with X and Y").
    "page-drug-as-pronoun-with-its-partners": [
        ("pronoun-with-partners-blood",
         "Polatuzumab vedotin for untreated diffuse large B-cell lymphoma\n\n"
         "Polatuzumab vedotin is available for this use. It is given together with rituximab, cyclophosphamide, "
         "doxorubicin and prednisone.\n\n"
         "It is one possible treatment for adults with previously untreated diffuse large B-cell lymphoma.\n",
         {("diffuse-large-b-cell-lymphoma", "option", frozenset({"polatuzumab-vedotin", "rituximab",
                                                                 "cyclophosphamide", "doxorubicin", "prednisone"}))}),
        ("drug-used-with-chemotherapy-solid",
         "Pembrolizumab for untreated advanced cervical cancer\n\n"
         "Pembrolizumab is used with platinum-based chemotherapy.\n\n"
         "It is a possible treatment for adults with untreated advanced cervical cancer.\n",
         {("cervical-cancer", "option", frozenset({"pembrolizumab", "chemotherapy"}))}),
        ("pronoun-without-partners",
         "Zanubrutinib for chronic lymphocytic leukaemia\n\n"
         "It is one possible treatment for adults with chronic lymphocytic leukaemia who have had a treatment "
         "before.\n",
         {("chronic-lymphocytic-leukemia", "option", frozenset({"zanubrutinib"}))}),
        ("pronoun-continuing-a-recommendation-without-page-drug",
         "Isatuximab plus carfilzomib for relapsed myeloma\n\n"
         "Isatuximab plus carfilzomib and dexamethasone is recommended as an option for relapsed multiple myeloma "
         "in adults who have had lenalidomide.\n\n"
         "It is recommended only if:\n\n"
         "- the person has had 1 to 3 previous lines of treatment, and\n"
         "- the company provides it at the agreed discount.\n",
         {("multiple-myeloma", "recommended", frozenset({"isatuximab", "carfilzomib", "dexamethasone"}))}),
        ("a-possible-treatment-named-in-a-discussion",
         "NICE technology appraisal guidance\n\n"
         "For hormone receptor-positive breast cancer, capivasertib is a possible treatment.\n",
         set()),
    ],
    # A caution against pairing a drug with others of its kind ("should not be combined with another JAK
    # inhibitor") is about the pairing, not a recommendation against the drug for the disease.
    "pairing-caution": [
        ("not-combined-with-another-blood",
         "ESMO guideline: myelofibrosis\n\n"
         "Ruxolitinib should not be combined with another JAK inhibitor in myelofibrosis.\n",
         set()),
        ("must-not-be-combined-with-other-solid",
         "ESMO guideline: non-small cell lung cancer\n\n"
         "Osimertinib must not be combined with other EGFR inhibitors in non-small cell lung cancer.\n",
         set()),
        ("do-not-combine-imperative",
         "BSH guideline: chronic lymphocytic leukaemia\n\n"
         "Do not combine ibrutinib with another BTK inhibitor in chronic lymphocytic leukaemia.\n",
         set()),
        ("a-positive-pairing-stays",
         "ELN recommendations for acute myeloid leukaemia\n\n"
         "Venetoclax should be given with another agent, azacitidine, to older adults with acute myeloid "
         "leukaemia.\n",
         {("acute-myeloid-leukemia", "recommended", frozenset({"venetoclax", "azacitidine"}))}),
    ],
}

CASES = [(shape, case_id, text, expected) for shape, cases in SHAPES.items() for case_id, text, expected in cases]


def _rows(text: str, name: str = "guideline.txt") -> list[dict]:
    article = parse_bytes(text.encode("utf-8"), name)
    return extract_guideline_recommendations(article, recognize(article))


def test_every_shape_has_at_least_three_texts():
    assert all(len(cases) >= 3 for cases in SHAPES.values())


@pytest.mark.parametrize("shape, case_id, text, expected", CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_shape_gives_the_expected_recommendations(shape, case_id, text, expected):
    rows = _rows(text)
    got = {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows}
    assert got == expected


@pytest.mark.parametrize("text, line", [
    ("ESMO guideline: melanoma\n\nNivolumab with ipilimumab is recommended as first-line therapy for metastatic "
     "melanoma.\n", "first-line"),
    ("NCCN Guidelines for multiple myeloma\n\nSecond-line therapy\n\nDaratumumab with carfilzomib and "
     "dexamethasone is recommended for multiple myeloma.\n", "second-line"),
    ("ASCO guideline: colorectal cancer\n\nAfter two or more prior regimens, trifluridine/tipiracil with "
     "bevacizumab is recommended for metastatic colorectal cancer.\n", "later-line"),
])
def test_a_recommendation_carries_the_line_of_therapy_of_its_sentence_or_heading(text, line):
    rows = _rows(text)
    assert rows and {r["line_of_therapy"] for r in rows} == {line}


def test_a_recommendation_carries_the_named_variant_of_its_biomarker():
    rows = _rows("ESMO guideline: non-small cell lung cancer\n\nFor KRAS G12C-mutated non-small cell lung cancer "
                 "after chemotherapy, sotorasib is recommended.\n")
    assert [(r["biomarker"], r["biomarker_status"], r["biomarker_variant"]) for r in rows] == [
        ("KRAS", "mutated", "G12C")]


# For a solid tumour the setting is the disease's stage, read from the sentence, else from the page title; words of
# the line of therapy ("second line", "front-line") give the line, not the setting. A blood cancer keeps them.
@pytest.mark.parametrize("text, setting", [
    ("NCCN guideline summary: metastatic colorectal cancer\n\nSecond line or later: encorafenib with cetuximab is "
     "recommended for BRAF V600E-mutated colorectal cancer.\n", "metastatic"),
    ("ESMO guideline: breast cancer\n\nAbemaciclib with endocrine therapy is recommended as adjuvant treatment for "
     "high-risk early breast cancer.\n", "adjuvant"),
    ("Lung cancer care\n\nOsimertinib is the preferred front-line therapy for EGFR-mutated non-small cell lung cancer "
     "that has spread.\n", "metastatic"),
    ("ELN recommendations for chronic myeloid leukaemia\n\nSecond-line therapy with ponatinib is recommended for "
     "chronic myeloid leukaemia with a T315I mutation.\n", "relapsed-refractory"),
])
def test_a_solid_tumour_recommendation_takes_the_stage_as_its_setting(text, setting):
    rows = _rows(text)
    assert rows and {r["setting"] for r in rows} == {setting}


# List items elaborate the sentence that introduces the list: they take its setting and line of therapy when they
# state none. A list of conditions under a recommendation ("only if:", "when:") gives the recommendation the line
# and setting its own sentence leaves open.
@pytest.mark.parametrize("text, attribute, values", [
    ("ESMO guideline: ovarian cancer\n\nMaintenance treatment should be offered after first-line platinum "
     "chemotherapy for advanced ovarian cancer.\n\n- Olaparib is an option when a BRCA mutation is found.\n"
     "- Niraparib is an option whatever the BRCA status.\n", "line_of_therapy", {"first-line"}),
    ("ESMO guideline: ovarian cancer\n\nMaintenance treatment should be offered after first-line platinum "
     "chemotherapy for advanced ovarian cancer.\n\n- Olaparib is an option when a BRCA mutation is found.\n"
     "- Niraparib is an option whatever the BRCA status.\n", "setting", {"maintenance"}),
    ("ELN recommendations for acute myeloid leukaemia\n\nPatients with relapsed acute myeloid leukaemia are "
     "assessed for targetable mutations.\n\n- Gilteritinib is recommended for FLT3-mutated disease.\n"
     "- Ivosidenib is an option for IDH1-mutated disease.\n", "setting", {"relapsed-refractory"}),
    ("Myeloma: newer medicines\n\nMyeloma that has come back after three or more treatments can be treated with "
     "newer medicines.\n\n- Teclistamab is one option.\n- Elranatamab is another option.\n", "line_of_therapy",
     {"later-line"}),
    ("NICE technology appraisal guidance\n\nTalquetamab is recommended as an option for treating relapsed multiple "
     "myeloma in adults, only if:\n\n- they have had at least 3 previous lines of treatment, and\n- the company "
     "provides it at the agreed price.\n", "line_of_therapy", {"later-line"}),
    ("ESMO guideline: colorectal cancer\n\nFruquintinib is recommended for metastatic colorectal cancer when:\n\n"
     "- the disease progressed after two or more prior regimens, and\n- performance status is good.\n",
     "line_of_therapy", {"later-line"}),
    ("ELN recommendations for acute myeloid leukaemia\n\nGilteritinib is recommended for acute myeloid leukaemia "
     "if:\n\n- the disease has relapsed or is refractory, and\n- a FLT3 mutation is present.\n", "setting",
     {"relapsed-refractory"}),
])
def test_list_items_and_listed_conditions_share_the_qualifiers_of_their_sentence(text, attribute, values):
    rows = _rows(text)
    assert rows and {r[attribute] for r in rows} == values


# A recommendation restated bare in a later section ("X is therefore not recommended" under "Why the committee made
# these recommendations") is the same statement, one row; a repeat that adds its own qualifiers is a new one.
@pytest.mark.parametrize("text, n_rows", [
    ("NICE technology appraisal guidance\n\n# 1 Recommendations\n\nTucatinib is not recommended for metastatic "
     "breast cancer.\n\n# Why the committee made these recommendations\n\nThe evidence was uncertain. Tucatinib is "
     "therefore not recommended.\n", 1),
    ("ESMO guideline: chronic lymphocytic leukaemia\n\n# Recommendations\n\nAcalabrutinib is recommended for chronic "
     "lymphocytic leukaemia.\n\n# Summary\n\nIn short, acalabrutinib is recommended.\n", 1),
    ("ASCO guideline: ovarian cancer\n\n# Repeat treatment\n\nOlaparib is not recommended for ovarian cancer.\n\n"
     "# First treatment\n\nOlaparib is not recommended for newly diagnosed ovarian cancer.\n", 2),
])
def test_a_bare_restatement_in_a_later_section_is_not_a_second_recommendation(text, n_rows):
    assert len(_rows(text, "guideline.md")) == n_rows
