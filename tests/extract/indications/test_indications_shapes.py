"""Indication claims by linguistic shape, not by phrase.

Each shape is a way pages state a drug-for-disease relation that the rules once missed. Every
shape has at least three texts written for this test (own words, real facts), spread over a blood
cancer and a solid tumour, a patient page and a clinician page, so that a rule written for one
wording fails here if it does not carry to the next. Each case lists the exact claims:
(drug_id, condition_id, negated) -> status. Texts separated by a blank line are paragraphs of one
page; a first line without a full stop is the page title; a text starting with "<" is an HTML page.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.indications.context import rank
from extract.indications.rows import extract_indications
from sources.parse import parse_bytes

MCL = "mantle-cell-lymphoma"
MM = "multiple-myeloma"
CLL = "chronic-lymphocytic-leukemia"
HL = "hodgkin-lymphoma"
AML = "acute-myeloid-leukemia"
RCC = "renal-cell-carcinoma"
BC = "breast-cancer"
CRC = "colorectal-cancer"
NSCLC = "non-small-cell-lung-cancer"
MEL = "melanoma"

SHAPES = {
    # Trial arms: a randomisation or head-to-head comparison says every arm is used for the disease
    # of the trial's patients, the experimental arm and the active comparator alike.
    "arms": [
        ("randomly-assigned-or-to",
         "Adults with mantle cell lymphoma were randomly assigned to acalabrutinib or to bendamustine plus "
         "rituximab.",
         {("acalabrutinib", MCL, False): "used", ("bendamustine", MCL, False): "used",
          ("rituximab", MCL, False): "used"}),
        ("allocated-in-a-ratio",
         "In the trial, people with advanced kidney cancer were allocated in a 1:1 ratio to cabozantinib plus "
         "nivolumab or to sunitinib.",
         {("cabozantinib", RCC, False): "used", ("nivolumab", RCC, False): "used",
          ("sunitinib", RCC, False): "used"}),
        ("assigned-at-random-with-ratio-aside",
         "Children with newly diagnosed Hodgkin lymphoma were assigned at random, in a 2:1 ratio, to "
         "brentuximab vedotin with chemotherapy or to bleomycin-containing chemotherapy.",
         {("brentuximab-vedotin", HL, False): "used", ("bleomycin", HL, False): "used"}),
        ("risk-cut-when-compared-with",
         "In adults with relapsed multiple myeloma, daratumumab added to bortezomib and dexamethasone cut the "
         "risk of progression by 60% when compared with bortezomib and dexamethasone alone.",
         {("daratumumab", MM, False): "used", ("bortezomib", MM, False): "used",
          ("dexamethasone", MM, False): "used"}),
        ("compares-against",
         "The study compares tucatinib against placebo, each given with trastuzumab and capecitabine, in "
         "metastatic breast cancer.",
         {("tucatinib", BC, False): "used", ("trastuzumab", BC, False): "used",
          ("capecitabine", BC, False): "used"}),
        ("lowered-the-risk-versus",
         "For untreated advanced melanoma, nivolumab with relatlimab lowered the risk of progression versus "
         "nivolumab on its own.",
         {("nivolumab", MEL, False): "used", ("relatlimab", MEL, False): "used"}),
    ],
    # The arms are named in a sentence whose disease is given by the page title or the sentence before.
    "arms-disease-in-context": [
        ("title-gives-disease",
         "Zanubrutinib versus ibrutinib in relapsed chronic lymphocytic leukaemia\n\n"
         "Patients were randomised to zanubrutinib or ibrutinib. Progression-free survival favoured "
         "zanubrutinib.",
         {("zanubrutinib", CLL, False): "used", ("ibrutinib", CLL, False): "used"}),
        ("previous-sentence-gives-disease",
         "The trial enrolled 600 adults with metastatic colorectal cancer. They were assigned to panitumumab "
         "or to bevacizumab, each combined with chemotherapy.",
         {("panitumumab", CRC, False): "used", ("bevacizumab", CRC, False): "used"}),
        ("title-gives-disease-solid",
         "Second-line treatment of non-small cell lung cancer: results of a phase 3 study\n\n"
         "Participants were randomly allocated to docetaxel with ramucirumab or to docetaxel with placebo.",
         {("docetaxel", NSCLC, False): "used", ("ramucirumab", NSCLC, False): "used"}),
    ],
    # The randomisation ratio or manner sits between the verb and the arms, in any of its forms.
    "arms-ratio-between-verb-and-arms": [
        ("ratio-in-parentheses",
         "Acute myeloid leukaemia: the phase 3 study\n\n"
         "Overall, 400 adults were randomly allocated (2:1:1) to a triplet of venetoclax, azacitidine and "
         "gilteritinib, to a doublet of venetoclax plus azacitidine, or to azacitidine alone.",
         {("venetoclax", AML, False): "used", ("azacitidine", AML, False): "used",
          ("gilteritinib", AML, False): "used"}),
        ("at-random-in-a-ratio-commas",
         "Colorectal cancer trial update\n\n"
         "They were assigned at random, in a 2:1 ratio, to panitumumab plus chemotherapy or to cetuximab plus "
         "chemotherapy.",
         {("panitumumab", CRC, False): "used", ("cetuximab", CRC, False): "used"}),
        ("long-subject-before-allocated",
         "Some 480 people whose HER2-positive, pre-treated breast cancer had spread to the brain were "
         "allocated (2:1) to tucatinib or to placebo, each with trastuzumab and capecitabine.",
         {("tucatinib", BC, False): "used", ("trastuzumab", BC, False): "used",
          ("capecitabine", BC, False): "used"}),
        ("ratio-words-before-to",
         "Mantle cell lymphoma: results of the trial\n\n"
         "Participants were randomised in a 1:1 fashion to ibrutinib with rituximab or to bendamustine with "
         "rituximab.",
         {("ibrutinib", MCL, False): "used", ("rituximab", MCL, False): "used",
          ("bendamustine", MCL, False): "used"}),
    ],
    # A list whose lead-in gives the randomisation: each item is an arm.
    "arms-as-list-items": [
        ("investigators-choice-list",
         "A trial in relapsed chronic lymphocytic leukaemia\n\n"
         "Patients were randomly assigned to pirtobrutinib or to the investigator's choice of:\n"
         "- idelalisib with rituximab, or\n"
         "- bendamustine with rituximab.\n",
         {("pirtobrutinib", CLL, False): "used", ("idelalisib", CLL, False): "used",
          ("rituximab", CLL, False): "used", ("bendamustine", CLL, False): "used"}),
        ("arms-list-solid",
         "Study design\n\n"
         "Women with metastatic breast cancer were randomised to one of these arms:\n"
         "- sacituzumab govitecan;\n"
         "- capecitabine or eribulin.\n",
         {("sacituzumab-govitecan", BC, False): "used", ("capecitabine", BC, False): "used",
          ("eribulin", BC, False): "used"}),
        ("arms-list-patient-words",
         "How the melanoma study worked\n\n"
         "People in the study were put into two groups at random. They received either:\n"
         "- nivolumab and ipilimumab, or\n"
         "- nivolumab on its own.\n",
         {("nivolumab", MEL, False): "used", ("ipilimumab", MEL, False): "used"}),
    ],
    # A (nested) list under a label that names the arms ("Treatment groups (randomised 2:1)", "Arms"):
    # every item, and every item of a "choice of:" sub-list, is an arm.
    "arms-under-a-label": [
        ("nested-choice-under-groups",
         "Study design\n\n"
         "- Who took part\n"
         "    - 300 adults with multiple myeloma that had relapsed\n"
         "- Treatment groups (randomised 2:1)\n"
         "    - teclistamab with daratumumab\n"
         "    - the doctor's choice of:\n"
         "        - pomalidomide with dexamethasone, or\n"
         "        - carfilzomib with dexamethasone\n",
         {("teclistamab", MM, False): "used", ("daratumumab", MM, False): "used",
          ("pomalidomide", MM, False): "used", ("dexamethasone", MM, False): "used",
          ("carfilzomib", MM, False): "used"}),
        ("trial-arms-solid",
         "A phase 3 trial in metastatic breast cancer\n\n"
         "- Trial arms (1:1)\n"
         "    - sacituzumab govitecan\n"
         "    - chemotherapy chosen by the treating physician:\n"
         "        - eribulin, or\n"
         "        - capecitabine\n",
         {("sacituzumab-govitecan", BC, False): "used", ("eribulin", BC, False): "used",
          ("capecitabine", BC, False): "used"}),
        ("arm-letters",
         "Melanoma study at a glance\n\n"
         "Randomised arms:\n"
         "- Arm A: nivolumab plus ipilimumab\n"
         "- Arm B: nivolumab alone\n",
         {("nivolumab", MEL, False): "used", ("ipilimumab", MEL, False): "used"}),
    ],
    # "X for A" pairs with no verb of their own, after a colon that says treatment depends on them.
    "for-pairs-after-a-colon": [
        ("mds-by-subtype",
         "Treatment is matched to the subtype: lenalidomide for myelodysplastic syndrome with del(5q), "
         "luspatercept for myelodysplastic syndrome with ring sideroblasts.",
         {("lenalidomide", "myelodysplastic-syndrome", False): "used",
          ("luspatercept", "myelodysplastic-syndrome", False): "used"}),
        ("lung-by-mutation",
         "Targeted drugs follow the mutation: osimertinib for EGFR-mutated non-small cell lung cancer and "
         "alectinib for ALK-positive non-small cell lung cancer.",
         {("osimertinib", NSCLC, False): "used", ("alectinib", NSCLC, False): "used"}),
        ("patient-words",
         "Your team chooses by the type of leukaemia: imatinib for chronic myeloid leukaemia, venetoclax for "
         "chronic lymphocytic leukaemia.",
         {("imatinib", "chronic-myeloid-leukemia", False): "used", ("venetoclax", CLL, False): "used"}),
    ],
    # A table whose header names the relation ("Drug | Approved use"): each row pairs its drug and disease.
    "relation-table": [
        ("approved-use-table",
         "<p>The medicines below are licensed in the UK.</p><table>"
         "<tr><th>Drug</th><th>Approved use</th></tr>"
         "<tr><td>imatinib</td><td>chronic myeloid leukaemia</td></tr>"
         "<tr><td>ibrutinib</td><td>mantle cell lymphoma</td></tr></table>",
         {("imatinib", "chronic-myeloid-leukemia", False): "approved", ("ibrutinib", MCL, False): "approved"}),
        ("indication-table-solid",
         "<p>A summary of the labels of two antibodies.</p><table>"
         "<tr><th>Medicine</th><th>Indication</th><th>Dose</th></tr>"
         "<tr><td>trastuzumab</td><td>HER2-positive breast cancer</td><td>6 mg/kg every 3 weeks</td></tr>"
         "<tr><td>cetuximab</td><td>colorectal cancer</td><td>500 mg/m2 every 2 weeks</td></tr></table>",
         {("trastuzumab", BC, False): "approved", ("cetuximab", CRC, False): "approved"}),
        ("text-page-table",
         "What each medicine is licensed for, in short.\n\n"
         "Medicine | Licensed for\n"
         "acalabrutinib | chronic lymphocytic leukaemia\n"
         "zanubrutinib | mantle cell lymphoma\n\n"
         "Ask your team which one suits you.\n",
         {("acalabrutinib", CLL, False): "approved", ("zanubrutinib", MCL, False): "approved"}),
        ("used-for-table",
         "<p>What each treatment is for, in short.</p><table>"
         "<tr><th>Treatment</th><th>Used for</th></tr>"
         "<tr><td>azacitidine</td><td>acute myeloid leukaemia</td></tr>"
         "<tr><td>bortezomib</td><td>multiple myeloma</td></tr></table>",
         {("azacitidine", AML, False): "used", ("bortezomib", MM, False): "used"}),
    ],
    # "The combination / this regimen / the protocol" stands for the drugs named together just before.
    "combination-anaphor": [
        ("the-combination",
         "Venetoclax with azacitidine was tested in older adults. The combination is now used for acute "
         "myeloid leukaemia in people who cannot have intensive chemotherapy.",
         {("venetoclax", AML, False): "used", ("azacitidine", AML, False): "used"}),
        ("this-regimen",
         "Pembrolizumab plus axitinib gave the longest survival in the study. This regimen is a standard "
         "first-line treatment for advanced renal cell carcinoma.",
         {("pembrolizumab", RCC, False): "recommended", ("axitinib", RCC, False): "recommended"}),
        ("the-protocol",
         "Bendamustine and rituximab are given on two days of each cycle. The protocol is used in mantle cell "
         "lymphoma.",
         {("bendamustine", MCL, False): "used", ("rituximab", MCL, False): "used"}),
    ],
    # A closing relative clause that negates the use just named ("X alone, a regimen that is not approved
    # for A") restricts X for A; a relative clause in the middle of the sentence still says nothing.
    "closing-restriction": [
        ("regimen-that-is-not-approved",
         "The third arm received osimertinib on its own, an approach that is not approved for small cell lung "
         "cancer.",
         {("osimertinib", "small-cell-lung-cancer", True): "not_indicated"}),
        ("which-is-not-licensed",
         "Some centres give rituximab as a single agent, which is not licensed for Hodgkin lymphoma.",
         {("rituximab", HL, True): "not_indicated"}),
        ("use-that-is-not-recommended",
         "In the study, lenalidomide was given as maintenance, a use that is not recommended in mantle cell "
         "lymphoma.",
         {("lenalidomide", MCL, True): "not_recommended"}),
        ("middle-relative-says-nothing-of-its-own",
         "Lenalidomide, which is not approved for chronic lymphocytic leukaemia, is used for multiple myeloma.",
         {("lenalidomide", MM, False): "used"}),
    ],
    # Under a label's indications section, a line naming a disease without a drug is the labelled drug's
    # approved use; under "what it is used for", its use.
    "label-indication-section": [
        ("numbered-subsections",
         "BRUKINSA (zanubrutinib) capsules: highlights of prescribing information\n\n"
         "1 INDICATIONS AND USAGE\n\n"
         "1.1 Mantle Cell Lymphoma\n\n"
         "For adult patients with mantle cell lymphoma who have received at least one prior therapy.\n\n"
         "1.2 Waldenström's Macroglobulinemia\n\n"
         "For adult patients with Waldenström's macroglobulinemia.\n\n"
         "2 DOSAGE AND ADMINISTRATION\n\n"
         "The dose for chronic lymphocytic leukemia is 160 mg twice daily.\n",
         {("zanubrutinib", MCL, False): "approved",
          ("zanubrutinib", "waldenstrom-macroglobulinemia", False): "approved"}),
        ("disease-colon-lines",
         "KEYTRUDA (pembrolizumab) label summary\n\n"
         "INDICATIONS AND USAGE\n\n"
         "Melanoma: for the treatment of patients with unresectable or metastatic melanoma.\n\n"
         "Renal cell carcinoma: in combination with axitinib, as first-line treatment of advanced renal cell "
         "carcinoma.\n",
         {("pembrolizumab", MEL, False): "approved", ("pembrolizumab", RCC, False): "approved",
          ("axitinib", RCC, False): "approved"}),
        ("label-under-a-site-banner",
         "Search the label library [Sign in]\n\n"
         "1 INDICATIONS AND USAGE\n\n"
         "Durvalumab is a programmed death-ligand 1 blocking antibody.\n\n"
         "1.1 Biliary tract cancer\n\n"
         "- In combination with gemcitabine and cisplatin, for adults with locally advanced or metastatic "
         "biliary tract cancer.\n\n"
         "2 DOSAGE AND ADMINISTRATION\n\n"
         "Durvalumab 1,500 mg every 3 weeks.\n",
         {("durvalumab", "biliary-tract-cancer", False): "approved",
          ("gemcitabine", "biliary-tract-cancer", False): "approved",
          ("cisplatin", "biliary-tract-cancer", False): "approved"}),
        ("patient-leaflet-used-for",
         "Imbruvica (ibrutinib) patient leaflet\n\n"
         "What Imbruvica is used for\n\n"
         "- chronic lymphocytic leukaemia in adults\n"
         "- mantle cell lymphoma that has come back\n\n"
         "How to take Imbruvica\n\n"
         "Swallow the capsules whole with water.\n",
         {("ibrutinib", CLL, False): "used", ("ibrutinib", MCL, False): "used"}),
    ],
    # A trial's drug "was tested / studied in people with A": the trial used it for A.
    "tested-in": [
        ("tested-in-people-with",
         "Tarlatamab was tested in 220 people with small cell lung cancer that had come back.",
         {("tarlatamab", "small-cell-lung-cancer", False): "used"}),
        ("studied-in-adults",
         "Pirtobrutinib was studied in adults with mantle cell lymphoma after a covalent BTK inhibitor.",
         {("pirtobrutinib", MCL, False): "used"}),
        ("evaluated-in-patients",
         "Trastuzumab deruxtecan was evaluated in patients with HER2-low metastatic breast cancer.",
         {("trastuzumab-deruxtecan", BC, False): "used"}),
    ],
    # A trial report's methods give the arms in a section of their own; the disease is the trial's, named
    # in the background section above.
    "arms-in-methods-section": [
        ("breast-methods",
         "Trial abstract\n\nBackground\n\n"
         "Whether adding abemaciclib to hormone therapy helps people with high-risk early breast cancer was "
         "studied in a phase 3 trial.\n\nMethods\n\n"
         "Participants were randomised 1:1 to one of two arms:\n"
         "- abemaciclib with tamoxifen or anastrozole; or\n"
         "- hormone therapy alone.\n\n"
         "Goserelin was also given to premenopausal women.\n",
         {("abemaciclib", BC, False): "used", ("tamoxifen", BC, False): "used",
          ("anastrozole", BC, False): "used", ("goserelin", BC, False): "used"}),
        ("myeloma-methods",
         "Congress abstract\n\nBackground\n\n"
         "The study asked whether isatuximab improves outcomes in newly diagnosed multiple myeloma.\n\n"
         "Methods\n\n"
         "Patients were assigned (1:1) to:\n"
         "- isatuximab with bortezomib, lenalidomide and dexamethasone, or\n"
         "- bortezomib, lenalidomide and dexamethasone.\n",
         {("isatuximab", MM, False): "used", ("bortezomib", MM, False): "used",
          ("lenalidomide", MM, False): "used", ("dexamethasone", MM, False): "used"}),
        ("lung-study-design",
         "Meeting report\n\nBackground\n\n"
         "Few targeted options exist for metastatic non-small cell lung cancer with EGFR exon 20 insertions.\n\n"
         "Study design\n\n"
         "Patients were randomised 2:1 to the following arms:\n"
         "- amivantamab plus carboplatin and pemetrexed\n"
         "- carboplatin and pemetrexed alone\n",
         {("amivantamab", NSCLC, False): "used", ("carboplatin", NSCLC, False): "used",
          ("pemetrexed", NSCLC, False): "used"}),
    ],
    # A guideline's table of recommendations: each row's statement cell is a claim; the row is no heading.
    "recommendation-table-rows": [
        ("melanoma-table",
         "<h1>Managing advanced melanoma: guideline summary</h1><table>"
         "<tr><th>Population</th><th>Recommendation</th><th>Grade</th></tr>"
         "<tr><td>BRAF V600-mutant</td><td>Dabrafenib plus trametinib is recommended.</td><td>I, A</td></tr>"
         "</table>",
         {("dabrafenib", MEL, False): "recommended", ("trametinib", MEL, False): "recommended"}),
        ("myeloma-table",
         "<h1>Newly diagnosed multiple myeloma: consensus statements</h1><table>"
         "<tr><th>Setting</th><th>Statement</th><th>Level</th></tr>"
         "<tr><td>Not eligible for transplant</td><td>Daratumumab with lenalidomide and dexamethasone is "
         "recommended.</td><td>I, A</td></tr></table>",
         {("daratumumab", MM, False): "recommended", ("lenalidomide", MM, False): "recommended",
          ("dexamethasone", MM, False): "recommended"}),
        ("lymphoma-table-may-be-used",
         "<h1>Panel advice on follicular lymphoma</h1><table>"
         "<tr><th>Patient group</th><th>What the panel advises</th><th>Strength</th></tr>"
         "<tr><td>After two earlier lines</td><td>Mosunetuzumab may be used.</td><td>II, B</td></tr></table>",
         {("mosunetuzumab", "follicular-lymphoma", False): "used"}),
    ],
    # A page whose saved title is not one of its lines (an HTML title above a numbered decision) is still
    # framed by the title's disease.
    "title-outside-the-text": [
        ("hta-decision",
         "<html><head><title>Ruxolitinib for treating myelofibrosis | Appraisal digest</title></head><body>"
         "<h2>1 Decision</h2><p>Most people in practice are offered ruxolitinib as their first treatment.</p>"
         "</body></html>",
         {("ruxolitinib", "myelofibrosis", False): "used"}),
        ("solid-tumour-summary",
         "<html><head><title>Pembrolizumab in advanced renal cell carcinoma - Oncology Notes</title></head>"
         "<body><h2>Current practice</h2><p>Clinicians usually give pembrolizumab with axitinib.</p>"
         "</body></html>",
         {("pembrolizumab", RCC, False): "used", ("axitinib", RCC, False): "used"}),
        ("two-diseases-in-title-say-nothing",
         "<html><head><title>Imatinib in CML and GIST | Drug notes</title></head><body><h2>Overview</h2>"
         "<p>Most people are offered imatinib as their first treatment.</p></body></html>",
         {}),
    ],
    # A drug class ("PARP inhibitors", "a CDK4/6 inhibitor", "checkpoint inhibitors") stands for each
    # member the page names as one; a class added to the lexicons needs no code.
    "class-stands-for-its-named-members": [
        ("parp-negated",
         "Olaparib, niraparib and rucaparib are PARP inhibitors. PARP inhibitors are not recommended for "
         "early-stage ovarian cancer.",
         {("olaparib", "ovarian-cancer", True): "not_recommended", ("niraparib", "ovarian-cancer", True):
          "not_recommended", ("rucaparib", "ovarian-cancer", True): "not_recommended"}),
        ("cdk46-standard",
         "Palbociclib, ribociclib and abemaciclib are the three CDK4/6 inhibitors. A CDK4/6 inhibitor with an "
         "aromatase inhibitor is the standard first-line treatment for HR-positive metastatic breast cancer.",
         {("palbociclib", BC, False): "recommended", ("ribociclib", BC, False): "recommended",
          ("abemaciclib", BC, False): "recommended"}),
        ("checkpoint-used",
         "Pembrolizumab and atezolizumab are immune checkpoint inhibitors. Checkpoint inhibitors are used in "
         "advanced urothelial carcinoma.",
         {("pembrolizumab", "urothelial-carcinoma", False): "used",
          ("atezolizumab", "urothelial-carcinoma", False): "used"}),
    ],
    # What is usually done, said with "would" or a habitual adverb, is a use.
    "habitual-use": [
        ("would-usually-be-offered",
         "In myeloma that has relapsed twice, people would usually be offered carfilzomib with dexamethasone.",
         {("carfilzomib", MM, False): "used", ("dexamethasone", MM, False): "used"}),
        ("would-normally-receive",
         "Adults with advanced kidney cancer would normally receive pembrolizumab with axitinib.",
         {("pembrolizumab", RCC, False): "used", ("axitinib", RCC, False): "used"}),
        ("are-typically-prescribed",
         "For hormone receptor-positive breast cancer after surgery, letrozole or anastrozole are typically "
         "prescribed.",
         {("letrozole", BC, False): "used", ("anastrozole", BC, False): "used"}),
    ],
    # "X is a medicine given / used ... for / to people with A": the predicate is a noun phrase.
    "medicine-described-as-given": [
        ("medicine-given-to-adults",
         "Calquence (acalabrutinib) is a targeted medicine taken as tablets by adults with chronic lymphocytic "
         "leukaemia.",
         {("acalabrutinib", CLL, False): "used"}),
        ("drug-used-in-solid",
         "Cabozantinib is an oral drug used in people with advanced renal cell carcinoma.",
         {("cabozantinib", RCC, False): "used"}),
        ("treatment-given-by-drip",
         "Trastuzumab is a treatment given by drip to women with HER2-positive breast cancer.",
         {("trastuzumab", BC, False): "used"}),
    ],
    # A disease that "never responded" or "did not respond" describes the patients, not a denial.
    "non-response-describes-the-patients": [
        ("never-responded",
         "Mosunetuzumab is given to adults whose follicular lymphoma came back or never responded after two "
         "treatments.",
         {("mosunetuzumab", "follicular-lymphoma", False): "used"}),
        ("never-fully-responded-solid",
         "Lutetium-177 dotatate may be used for neuroendocrine tumours that never fully responded to earlier "
         "therapy.",
         # the vocabulary names "neuroendocrine tumours" by the gastroenteropancreatic entry; the
         # non-response describes the patients (it was left unexplained while its history words were blanked)
         {("lutetium-177lu-oxodotreotide", "gastroenteropancreatic-neuroendocrine-tumor", False): "used"}),
        ("has-not-responded-myeloma",
         "Selinexor may be used in myeloma that has not responded to several earlier treatments.",
         {("selinexor", MM, False): "used"}),
    ],
    # A regulator's or committee's refusal negates the claim it refuses.
    # A sentence may end in a closing quotation mark after its full stop (a quoted verdict): it is a
    # sentence, not a heading, so its anaphor takes the drugs named just before.
    "sentence-ending-in-a-closing-quote": [
        ("clinician-solid-regimen",
         "The lead investigator noted that a 30-month survival with enfortumab vedotin plus pembrolizumab had "
         "never been reached in metastatic urothelial carcinoma. For her, the update confirms the regimen's role "
         "as \"the preferred front-line therapy.\"",
         {("enfortumab-vedotin", "urothelial-carcinoma", False): "recommended",
          ("pembrolizumab", "urothelial-carcinoma", False): "recommended"}),
        ("patient-blood-curly-quotes",
         "My doctor told me that daratumumab with lenalidomide keeps myeloma under control for years. She called "
         "the combination \u201cthe preferred first-line treatment.\u201d",
         {("daratumumab", MM, False): "recommended", ("lenalidomide", MM, False): "recommended"}),
        ("clinician-blood-guideline-quote",
         "Adults with chronic lymphocytic leukaemia often start on acalabrutinib with obinutuzumab. The guideline "
         "authors describe the combination as \"a preferred first-line option.\"",
         {("acalabrutinib", CLL, False): "recommended", ("obinutuzumab", CLL, False): "recommended"}),
    ],
    "refusal": [
        ("did-not-recommend-approving",
         "An advisory panel did not recommend approving belantamab mafodotin for multiple myeloma.",
         {("belantamab-mafodotin", MM, True): "not_recommended"}),
        ("voted-against-approving",
         "The committee voted against approving sotorasib for colorectal cancer.",
         {("sotorasib", CRC, True): "not_recommended"}),
        ("does-not-back",
         "The advisers do not back the use of pralsetinib in non-small cell lung cancer.",
         {("pralsetinib", NSCLC, True): "not_recommended"}),
    ],
    # A directive in the active voice ("doctors should not use X") negates like the passive one.
    "negative-directive-active-voice": [
        ("should-not-use-to-treat",
         "Doctors should not use lenalidomide to treat chronic lymphocytic leukaemia outside a trial.",
         {("lenalidomide", CLL, True): "not_recommended"}),
        ("must-not-give",
         "Clinicians must not give bevacizumab to patients with squamous non-small cell lung cancer.",
         {("bevacizumab", NSCLC, True): "not_recommended"}),
        ("should-not-prescribe",
         "Prescribers should not prescribe tamoxifen for melanoma.",
         {("tamoxifen", MEL, True): "not_recommended"}),
    ],
    # A condition described by its treatment history ("previously treated A", "whose A has already been
    # treated with X") is still the condition of the claim; the history drugs make no claim.
    "history-describes-the-patients": [
        ("previously-treated-condition",
         "Selpercatinib is approved for adults with previously treated non-small cell lung cancer.",
         {("selpercatinib", NSCLC, False): "approved"}),
        ("whose-disease-was-treated-with",
         "Pomalidomide may be given to people whose myeloma has already been treated with lenalidomide.",
         {("pomalidomide", MM, False): "used"}),
        ("option-for-previously-treated",
         "For patients with previously treated metastatic colorectal cancer, regorafenib is an option.",
         {("regorafenib", CRC, False): "used"}),
        ("relapsed-after-earlier-therapy",
         "Gilteritinib is used for acute myeloid leukaemia that has come back after earlier treatment.",
         {("gilteritinib", AML, False): "used"}),
        ("the-history-own-disease-is-not-claimed",
         "Adults with acute myeloid leukaemia who had been given azacitidine for a myelodysplastic syndrome "
         "were treated with venetoclax.",
         {("venetoclax", AML, False): "used"}),
    ],
    # Drugs of classes that are mostly supportive care (antithrombotics, anti-anaemic agents) still
    # treat some blood cancers themselves: their claims stay, while antiemetics and anti-infectives
    # given beside chemotherapy are never an indication, whether or not a lexicon names them.
    "disease-directed-supportive-classes": [
        ("anti-anaemic-approved-in-mds",
         "Luspatercept is approved for anaemia in adults with lower-risk myelodysplastic syndromes who need "
         "regular red cell transfusions.",
         {("luspatercept", "myelodysplastic-syndrome", False): "approved"}),
        ("antiplatelet-in-pv",
         "Most people with polycythaemia vera take low-dose aspirin every day, along with regular venesection.",
         {("acetylsalicylic-acid", "polycythemia-vera", False): "used"}),
        ("anti-anaemic-with-subtype",
         "Luspatercept treats the anemia of beta-thalassemia and of lower-risk MDS with ring sideroblasts.",
         {("luspatercept", "myelodysplastic-syndrome", False): "used"}),
    ],
    "supportive-care-by-atc-class": [
        ("antiemetic-beside-folfox",
         "Patients receiving FOLFOX for colorectal cancer are given dolasetron before each infusion to prevent "
         "nausea.",
         {}),
        ("antifungal-during-induction",
         "During induction for acute myeloid leukaemia, caspofungin is given to prevent fungal infections.",
         {}),
        ("antiemetic-patient-page",
         "Before each cycle of chemotherapy for lung cancer, patients take dolasetron against nausea; it is not "
         "a treatment for lung cancer itself.",
         {}),
    ],
}

CASES = [(shape, case_id, text, expected) for shape, cases in SHAPES.items() for case_id, text, expected in cases]


def _claims(text: str) -> dict[tuple, str]:
    name = "shape.html" if text.startswith("<") else "shape.txt"
    article = parse_bytes(text.encode("utf-8"), name)
    rows = extract_indications(article, recognize(article))
    claims: dict[tuple, str] = {}
    for row in rows:  # the status a user sees for a claim is its strongest over the article (warehouse report)
        key = (row["drug_id"], row["condition_id"], row["negated"])
        if key not in claims or rank(row["status"]) < rank(claims[key]):
            claims[key] = row["status"]
    return claims


def test_every_shape_has_at_least_three_texts():
    assert all(len(cases) >= 3 for cases in SHAPES.values())


@pytest.mark.parametrize("shape, case_id, text, expected", CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_shape_gives_exactly_the_expected_claims(shape, case_id, text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize("text, drug, condition, line", [
    ("Osimertinib is approved as first-line treatment for EGFR-mutated non-small cell lung cancer.",
     "osimertinib", NSCLC, "first-line"),
    ("Carfilzomib is used for multiple myeloma after one prior line of therapy.", "carfilzomib", MM, "second-line"),
    ("Selinexor is approved for multiple myeloma after at least four prior therapies.", "selinexor", MM,
     "later-line"),
    ("Second-line treatment\n\nRamucirumab with docetaxel is used for non-small cell lung cancer.",
     "ramucirumab", NSCLC, "second-line"),
])
def test_a_claim_carries_the_line_of_therapy_its_clause_or_heading_names(text, drug, condition, line):
    article = parse_bytes(text.encode("utf-8"), "line.txt")
    rows = [r for r in extract_indications(article, recognize(article))
            if (r["drug_id"], r["condition_id"]) == (drug, condition)]
    assert rows and {r["line_of_therapy"] for r in rows} == {line}


@pytest.mark.parametrize("text, drug, marker, status, variant", [
    ("Osimertinib is approved for non-small cell lung cancer with an EGFR exon 19 deletion.", "osimertinib",
     "EGFR", "mutated", "exon 19 deletion"),
    ("Sotorasib is approved for KRAS G12C-mutated non-small cell lung cancer.", "sotorasib", "KRAS", "mutated",
     "G12C"),
    ("Dabrafenib with trametinib is approved for melanoma with a BRAF V600E mutation.", "trametinib", "BRAF",
     "mutated", "V600E"),
])
def test_a_claim_carries_the_named_variant_of_its_biomarker(text, drug, marker, status, variant):
    article = parse_bytes(text.encode("utf-8"), "variant.txt")
    rows = [r for r in extract_indications(article, recognize(article)) if r["drug_id"] == drug]
    assert [(r["biomarker"], r["biomarker_status"], r["biomarker_variant"]) for r in rows] == [
        (marker, status, variant)]
