"""Linguistic shapes of trial results, each with several wordings written for these tests.

One `SHAPES` entry per mechanism (a blood cancer and a solid tumour where the shape allows, different
drugs, trials and figures); every case gives the exact rows a curator records, as
(drug_id, endpoint, measure, value, comparator_value, hazard_ratio, ci_low, ci_high, p_value). Trial names
and registry numbers in these texts are made up where the mechanism needs one.
"""
from __future__ import annotations

import pytest

OS, PFS, EFS = "overall-survival", "progression-free-survival", "event-free-survival"
K = ("drug_id", "endpoint", "measure", "value", "comparator_value", "hazard_ratio", "ci_low", "ci_high", "p_value")


def R(drug, endpoint, measure, value=None, comp=None, hr=None, ci=(None, None), p=None):
    return (drug, endpoint, measure, value, comp, hr, ci[0], ci[1], p)


SHAPES = {
    # A hazard ratio stated for a named endpoint in one sentence, its rates or medians in the next one
    # (either order): one result, not an hr-only row beside a row without its hazard ratio.
    "hazard-ratio-in-the-next-sentence": [
        ("hr-then-rates",
         "Olaparib maintenance\n\n"
         "In the ORCA-1 trial, olaparib lowered the risk of progression compared with placebo; for progression-free "
         "survival the hazard ratio was 0.30 (95% CI, 0.23-0.41; P < 0.001). "
         "The 3-year progression-free survival rate was 60% with olaparib and 27% with placebo.\n",
         [R("olaparib", PFS, "rate", 60, 27, 0.30, (0.23, 0.41), 0.001)]),
        ("median-then-hr-naming-endpoint",
         "Venetoclax in older adults with AML\n\n"
         "Median overall survival was 14.7 months with venetoclax plus azacitidine and 9.6 months with placebo plus "
         "azacitidine. The hazard ratio for overall survival was 0.66 (95% CI 0.52 to 0.85; P < 0.001).\n",
         [R("venetoclax", OS, "median", 14.7, 9.6, 0.66, (0.52, 0.85), 0.001)]),
        ("hr-claim-then-landmark",
         "Acalabrutinib in relapsed CLL\n\n"
         "Acalabrutinib improved progression-free survival over idelalisib plus rituximab (hazard ratio, 0.31; "
         "P < 0.001). At 12 months, progression-free survival was 88% with acalabrutinib and 68% with idelalisib "
         "plus rituximab.\n",
         [R("acalabrutinib", PFS, "rate", 88, 68, 0.31, p=0.001)]),
        ("ratio-sentence-naming-two-endpoints",
         "Ibrutinib in untreated CLL\n\n"
         "Ibrutinib beat chlorambucil on response rate and on progression-free survival; for progression-free "
         "survival the hazard ratio was 0.16 (95% CI 0.09-0.28). At 2 years, 89% of ibrutinib patients versus 34% "
         "of chlorambucil patients were alive without progression.\n",
         [R("ibrutinib", PFS, "rate", 89, 34, 0.16, (0.09, 0.28))]),
        ("list-of-ratios-is-not-a-follow-up",
         "Nilotinib in chronic-phase CML\n\n"
         "By 12 months, major molecular response was reached by 44% with nilotinib and 22% with imatinib. "
         "Responses came sooner with nilotinib (hazard ratio for MMR, 2.1; for CCyR, 1.6).\n",
         [R("nilotinib", "major-molecular-response", "rate", 44, 22), R("nilotinib", "major-molecular-response",
                                                                       "hr-only", hr=2.1),
          R("nilotinib", "complete-cytogenetic-response", "hr-only", hr=1.6)]),
    ],
    # One endpoint compared again in a stratum or another analysis, with its own hazard ratio: a result of
    # its own (a repeat without a hazard ratio is left out, as curators do).
    "strata-with-their-own-hazard-ratio": [
        ("older-patients",
         "Venetoclax in AML\n\n"
         "Median overall survival was 18.2 months with venetoclax and 12.1 months with placebo (HR 0.70; 95% CI "
         "0.58-0.85). In patients aged 75 years or older, median overall survival was 14.0 months with venetoclax "
         "and 9.8 months with placebo (HR 0.66; 95% CI 0.45-0.97).\n",
         [R("venetoclax", OS, "median", 18.2, 12.1, 0.70, (0.58, 0.85)),
          R("venetoclax", OS, "median", 14.0, 9.8, 0.66, (0.45, 0.97))]),
        ("stage-subgroup-then-everyone",
         "Adjuvant alectinib\n\n"
         "Among patients with stage II-IIIA disease, 2-year disease-free survival was 93.8% with alectinib and 63.0% "
         "with chemotherapy (HR 0.24; P < 0.001). Across the whole study population, 2-year disease-free survival "
         "was 93.6% with alectinib and 63.7% with chemotherapy (HR 0.24; P < 0.001).\n",
         [R("alectinib", "disease-free-survival", "rate", 93.8, 63.0, 0.24, p=0.001),
          R("alectinib", "disease-free-survival", "rate", 93.6, 63.7, 0.24, p=0.001)]),
        ("repeat-without-hazard-ratio",
         "Ribociclib in advanced breast cancer\n\n"
         "Median progression-free survival was 25.3 months with ribociclib and 16.0 months with placebo (HR 0.57). "
         "In women younger than 40, median progression-free survival was 24.0 months with ribociclib and 12.9 "
         "months with placebo.\n",
         [R("ribociclib", PFS, "median", 25.3, 16.0, 0.57)]),
    ],
    # A drug naming a stratum of the randomisation ("in the nilotinib stratum") is not an arm: the figures
    # compare the trial's experimental drug with the comparator in that stratum.
    "drug-named-stratum": [
        ("tki-stratum",
         "Asciminib against a chosen TKI\n\n"
         "In the ASCEND-9 trial, adults with new CML were randomly assigned to asciminib or to a TKI their doctor "
         "chose. At week 48, MMR was reached by 70% with asciminib and 50% with the chosen TKI. "
         "In the nilotinib stratum, MMR rates were 66% and 52%, respectively.\n",
         [R("asciminib", "major-molecular-response", "rate", 70, 50),
          R("asciminib", "major-molecular-response", "rate", 66, 52)]),
        ("chemotherapy-stratum",
         "Pembrolizumab with chemotherapy\n\n"
         "The KAPPA-4 trial randomized patients to pembrolizumab plus platinum chemotherapy or to placebo plus "
         "platinum chemotherapy. Overall survival at 2 years was 50% with pembrolizumab and 38% with placebo. "
         "Within the cisplatin stratum, the 2-year overall survival rates were 53% and 37%, respectively.\n",
         [R("pembrolizumab", OS, "rate", 50, 38), R("pembrolizumab", OS, "rate", 53, 37)]),
        ("regimen-stratum",
         "Zanubrutinib in relapsed lymphoma\n\n"
         "In the ZEPHYR-3 trial, zanubrutinib was compared with investigator's choice of chemoimmunotherapy. "
         "The overall response rate was 72% with zanubrutinib and 55% with chemoimmunotherapy. "
         "In the bendamustine stratum the response rates were 70% and 58%, respectively.\n",
         [R("zanubrutinib", "overall-response", "rate", 72, 55), R("zanubrutinib", "overall-response", "rate", 70, 58)]),
    ],
    # A count with its percentage in parentheses, the arm written after the parenthesis ("in 4 patients
    # (1.6%) given X and in 6 (2.5%) given Y").
    "count-then-percent-per-arm": [
        ("progression-to-blast-phase",
         "Dasatinib in chronic-phase CML\n\n"
         "The disease progressed to accelerated or blast phase in 9 patients (3.5%) given dasatinib and in 15 "
         "patients (5.8%) given imatinib.\n",
         [R("dasatinib", "progression-to-accelerated-or-blast-phase", "rate", 3.5, 5.8)]),
        ("slash-spelling",
         "Nilotinib in chronic-phase CML\n\n"
         "The leukemia progressed to accelerated/blast phase in 2 patients (0.7%) given nilotinib and in 12 patients "
         "(4.2%) given imatinib.\n",
         [R("nilotinib", "progression-to-accelerated-or-blast-phase", "rate", 0.7, 4.2)]),
        ("complete-response",
         "A complete response was seen in 30 patients (25.0%) treated with glofitamab and in 12 patients (10.2%) "
         "treated with chemotherapy.",
         [R("glofitamab", "complete-remission", "rate", 25.0, 10.2)]),
        ("pathologic-complete-response",
         "Pathologic complete response occurred in 120 women (64.8%) receiving pembrolizumab and in 60 women "
         "(51.2%) receiving placebo.",
         [R("pembrolizumab", "pathologic-complete-response", "rate", 64.8, 51.2)]),
    ],
    # An endpoint the vocabulary names by the slug rule: a flare of the disease.
    "disease-flares": [
        ("had-a-flare",
         "Over 32 weeks, 30% of patients given benralizumab had a flare, compared with 60% of patients given "
         "placebo (p = 0.01).",
         [R("benralizumab", "flare", "rate", 30, 60, p=0.01)]),
        ("flare-rate",
         "The flare rate was 12% with avapritinib and 25% with placebo.",
         [R("avapritinib", "flare", "rate", 12, 25)]),
        ("experienced-flares",
         "Among those on imatinib, 8% experienced a disease flare versus 21% on observation.",
         [R("imatinib", "flare", "rate", 8, 21)]),
    ],
    # "X% vs Y%" for several endpoints, the arms named once at the end ("... with A compared with B"): the
    # cue between two figures compares figures, the cue before an arm names the comparator.
    "arms-named-once-after-the-figures": [
        ("three-endpoints",
         "The overall response rate was 60% vs 40%, the complete response rate 30% vs 15%, and median "
         "progression-free survival 12.0 vs 8.0 months with glofitamab compared with rituximab.",
         [R("glofitamab", "overall-response", "rate", 60, 40), R("glofitamab", "complete-remission", "rate", 30, 15),
          R("glofitamab", PFS, "median", 12.0, 8.0)]),
        ("two-medians-non-drug-comparator",
         "Median overall survival was 22.0 vs 14.5 months and median progression-free survival 9.5 vs 5.0 months "
         "with sacituzumab govitecan compared with chemotherapy.",
         [R("sacituzumab-govitecan", OS, "median", 22.0, 14.5), R("sacituzumab-govitecan", PFS, "median", 9.5, 5.0)]),
        ("for-a-versus-b",
         "The MMR rate at 12 months was 55% versus 30% for dasatinib versus imatinib.",
         [R("dasatinib", "major-molecular-response", "rate", 55, 30)]),
    ],
    # A confidence interval written in words ("95 percent confidence interval [CI]"): neither its level
    # nor its bounds are results, and it still belongs to the hazard ratio before it.
    "confidence-interval-in-words": [
        ("hr-with-bracketed-abbreviation",
         "Overall survival was longer with enzalutamide than with placebo, with a hazard ratio of 0.71 "
         "(95 percent confidence interval [CI], 0.60 to 0.84).",
         [R("enzalutamide", OS, "hr-only", hr=0.71, ci=(0.60, 0.84))]),
        ("rate-with-its-interval",
         "The complete remission rate was 47 percent with gemtuzumab ozogamicin (95 percent confidence interval, "
         "40 to 54).",
         [R("gemtuzumab-ozogamicin", "complete-remission", "rate", 47)]),
        ("landmark-with-interval",
         "At 2 years, overall survival was 68 percent with selpercatinib (95 percent CI, 61 to 74) versus 52 percent "
         "with chemotherapy.",
         [R("selpercatinib", OS, "rate", 68, 52)]),
    ],
    # The article's arms written in reverse order in one sentence ("16% with <comparator> vs 6% with
    # <experimental>"): the experimental drug keeps its own figure.
    "comparator-written-first": [
        ("response-rates",
         "Zanubrutinib versus ibrutinib\n\n"
         "The BRIGHT-4 trial compared zanubrutinib with ibrutinib in relapsed CLL. Progression-free survival was "
         "longer with zanubrutinib than with ibrutinib (HR 0.65). "
         "Atrial fibrillation aside, the overall response rate was 70% with ibrutinib versus 80% with zanubrutinib.\n",
         [R("zanubrutinib", PFS, "hr-only", hr=0.65), R("zanubrutinib", "overall-response", "rate", 80, 70)]),
        ("mrd-rates",
         "Ponatinib or imatinib for Ph+ ALL\n\n"
         "In the STRIDE-2 trial, adults were randomly assigned to ponatinib or imatinib with reduced-intensity "
         "chemotherapy. The complete remission rate was 90% with ponatinib compared with 80% with imatinib. "
         "At the end of induction, the MRD negativity rate was 15% with imatinib and 35% with ponatinib.\n",
         [R("ponatinib", "complete-remission", "rate", 90, 80), R("ponatinib", "mrd-negativity", "rate", 35, 15)]),
        ("solid-tumour-medians",
         "Trastuzumab deruxtecan against trastuzumab emtansine\n\n"
         "The HELIX-3 trial compared trastuzumab deruxtecan with trastuzumab emtansine in HER2-positive breast "
         "cancer. The objective response rate was 79% with trastuzumab deruxtecan versus 35% with trastuzumab "
         "emtansine. Median duration of response was 15.0 months with trastuzumab emtansine and 36.6 months with "
         "trastuzumab deruxtecan.\n",
         [R("trastuzumab-deruxtecan", "overall-response", "rate", 79, 35),
          R("trastuzumab-deruxtecan", "duration-of-response", "median", 36.6, 15.0)]),
    ],
    # A list item (or heading) names one endpoint without a figure and the item under it gives only its
    # hazard ratio: an hr-only result of that endpoint.
    "endpoint-then-hazard-ratio-line": [
        ("nested-list",
         "Pirtobrutinib results\n\n"
         "The ORBIT-3 trial compared pirtobrutinib with bendamustine plus rituximab.\n\n"
         "- Overall survival, second interim analysis\n"
         "- hazard ratio 0.84 (95% CI: 0.65, 1.09)\n",
         [R("pirtobrutinib", OS, "hr-only", hr=0.84, ci=(0.65, 1.09))]),
        ("heading",
         "# Durvalumab in limited-stage lung cancer\n\n"
         "The CASPIAN-L trial randomized patients to durvalumab or placebo after chemoradiotherapy.\n\n"
         "## Event-free survival\n\n"
         "The HR was 0.61 (95% CI, 0.45-0.83); P = 0.002.\n",
         [R("durvalumab", EFS, "hr-only", hr=0.61, ci=(0.45, 0.83), p=0.002)]),
        ("prose",
         "Quizartinib in FLT3-ITD AML\n\n"
         "In the QUANTA-Z trial, patients received quizartinib or placebo with chemotherapy.\n\n"
         "Relapse-free survival was also analysed at the final data cut-off. The hazard ratio was 0.73 "
         "(95% CI 0.55 to 0.97).\n",
         [R("quizartinib", "relapse-free-survival", "hr-only", hr=0.73, ci=(0.55, 0.97))]),
    ],
    # Hazard ratios labelled with their endpoints: "HR for OS 0.59", "hazard ratio for PFS, 0.55; for OS, 0.81".
    "hazard-ratios-labelled-by-endpoint": [
        ("label-without-punctuation",
         "Fewer people died after brentuximab vedotin than after chemotherapy alone (hazard ratio for overall "
         "survival 0.59, 95% CI 0.40 to 0.88; p = 0.009).",
         [R("brentuximab-vedotin", OS, "hr-only", hr=0.59, ci=(0.40, 0.88), p=0.009)]),
        ("two-labelled-ratios",
         "Osimertinib was favoured over gefitinib (hazard ratio for PFS, 0.46, P < .001; for OS, 0.80, P = .046).",
         [R("osimertinib", PFS, "hr-only", hr=0.46, p=0.001), R("osimertinib", OS, "hr-only", hr=0.80, p=0.046)]),
        ("abbreviation-labels-with-intervals",
         "Compared with placebo, midostaurin gave an HR for EFS 0.78 (95% CI 0.66-0.93); for OS 0.77 "
         "(95% CI 0.63-0.95).",
         [R("midostaurin", EFS, "hr-only", hr=0.78, ci=(0.66, 0.93)),
          R("midostaurin", OS, "hr-only", hr=0.77, ci=(0.63, 0.95))]),
    ],
    # How long a response took to come or lasted, written as a clause about the response ("it took a
    # median of 2 months to reach CR", "complete remissions lasted a median of 9 months"), and
    # composites written "X together with Y".
    "time-to-and-duration-clauses": [
        ("took-a-median-to-reach",
         "With enasidenib, it took a median of 1.9 months to reach a complete remission.",
         [R("enasidenib", "time-to-response", "median", 1.9)]),
        ("remissions-lasted",
         "Complete remissions with inotuzumab ozogamicin lasted a median of 8.0 months.",
         [R("inotuzumab-ozogamicin", "duration-of-remission", "median", 8.0)]),
        ("responses-persisted",
         "Objective responses to tucatinib persisted for a median of 12.9 months.",
         [R("tucatinib", "duration-of-response", "median", 12.9)]),
        ("together-with-composite",
         "With olutasidenib, the rate of complete remission together with complete remission with partial "
         "hematologic recovery was 33%.",
         [R("olutasidenib", "composite-complete-remission", "rate", 33)]),
    ],
    # Freedom from transfusions written as a state of the patients rather than the endpoint's name.
    "transfusion-independence-phrasings": [
        ("became-independent",
         "With luspatercept, 38% of patients became independent of red blood cell transfusions, compared with "
         "13% with placebo.",
         [R("luspatercept", "transfusion-independence", "rate", 38, 13)]),
        ("no-longer-needed",
         "Of 60 patients who depended on transfusions at the start, 25 (42%) no longer needed transfusions after "
         "starting momelotinib.",
         [R("momelotinib", "transfusion-independence", "rate", 42)]),
        ("transfusion-independent",
         "Among patients given imetelstat, 40% were transfusion independent versus 15% of those given placebo.",
         [R("imetelstat", "transfusion-independence", "rate", 40, 15)]),
    ],
}


def test_every_shape_has_at_least_three_wordings():
    assert all(len(cases) >= 3 for cases in SHAPES.values())


def test_shape_gives_exactly_the_expected_results(shape_case, trial_fields):
    assert sorted(trial_fields(shape_case.text, K)) == sorted(shape_case.expected)


# A trial name written just before its registry number in parentheses is the trial's name (the acronym
# wins over the number), wherever it stands.
NAME_CASES = [
    ("Key results from ORCHID-5 (NCT01234567)\n\n"
     "Adults with untreated follicular lymphoma received mosunetuzumab or rituximab. The complete response rate "
     "was 60% with mosunetuzumab versus 40% with rituximab.\n", "ORCHID-5", "NCT01234567"),
    ("Sotorasib in lung cancer\n\n"
     "The data come from KESTREL-2 (ClinicalTrials.gov NCT07654321), which compared sotorasib with docetaxel. "
     "Median progression-free survival was 5.6 months with sotorasib and 4.5 months with docetaxel.\n",
     "KESTREL-2", "NCT07654321"),
    ("Imetelstat in lower-risk MDS\n\n"
     "Design: TELO-MDS (NCT02222222); randomized 2:1 to imetelstat or placebo.\n\n"
     "Transfusion independence for 8 weeks or longer: 40% vs 15%.\n", "TELO-MDS", "NCT02222222"),
]


@pytest.mark.parametrize("text, name, registry", NAME_CASES, ids=[c[1] for c in NAME_CASES])
def test_a_name_before_its_registry_number_names_the_trial(text, name, registry, trial_results):
    rows = trial_results(text)
    assert rows and {(r["trial_name"], r["registry_id"]) for r in rows} == {(name, registry)}
