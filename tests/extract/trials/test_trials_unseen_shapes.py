"""Shapes first met on unseen pages (the fourth held-out set), each with several wordings written for
these tests: a results table whose "effect" column holds the hazard ratio and p-value together; a
result sentence whose first arm is "the combination" (the experimental arm of the design sentence before
it) and whose second is the comparator; trial names written "NAME Part 1" or as the subject of
"compared". Drugs are real; trial names and figures are made up.
"""
from __future__ import annotations

import pytest

OS, PFS, ORR = "overall-survival", "progression-free-survival", "overall-response"
RPFS = "radiographic-progression-free-survival"
K = ("drug_id", "endpoint", "measure", "value", "comparator_value", "hazard_ratio", "ci_low", "ci_high", "p_value")


def R(drug, endpoint, measure, value=None, comp=None, hr=None, ci=(None, None), p=None):
    return (drug, endpoint, measure, value, comp, hr, ci[0], ci[1], p)


SHAPES = {
    # A Markdown results table whose last column ("Effect", "Comparison", "Difference") holds the hazard
    # ratio with its interval and the p-value in one cell: they belong to that row's result.
    "effect-column-holds-hr-and-p": [
        ("solid-effect",
         "# Trastuzumab deruxtecan in HER2-low breast cancer\n\n"
         "Results of the KITE-4 trial:\n\n"
         "| Endpoint | Trastuzumab deruxtecan | Chemotherapy | Effect |\n"
         "|---|---|---|---|\n"
         "| Median progression-free survival | 9.9 months | 5.1 months | HR 0.50 (95% CI 0.40–0.63); p<0.001 |\n"
         "| Median overall survival | 23.4 months | 16.8 months | HR 0.64 (95% CI 0.49–0.84); p=0.001 |\n",
         [R("trastuzumab-deruxtecan", PFS, "median", 9.9, 5.1, 0.50, (0.40, 0.63), 0.001),
          R("trastuzumab-deruxtecan", OS, "median", 23.4, 16.8, 0.64, (0.49, 0.84), 0.001)]),
        ("blood-comparison",
         "# Zanubrutinib in relapsed CLL\n\n"
         "Outcomes in the HERON-2 study:\n\n"
         "| Outcome | Zanubrutinib | Ibrutinib | Comparison |\n"
         "|---|---|---|---|\n"
         "| Overall response rate | 83% | 74% | p=0.0006 |\n"
         "| Median progression-free survival | 35.0 months | 28.1 months | hazard ratio 0.65 (95% CI 0.49-0.86), p=0.002 |\n",
         [R("zanubrutinib", ORR, "rate", 83, 74, p=0.0006),
          R("zanubrutinib", PFS, "median", 35.0, 28.1, 0.65, (0.49, 0.86), 0.002)]),
        ("blood-difference",
         "# Daratumumab for newly diagnosed myeloma\n\n"
         "Main findings of the LARK-9 trial:\n\n"
         "| Measure | Daratumumab | Standard therapy | Difference |\n"
         "|---|---|---|---|\n"
         "| Median progression-free survival | 61.9 months | 34.4 months | HR 0.55 (95% CI 0.45–0.67); p<0.0001 |\n",
         [R("daratumumab", PFS, "median", 61.9, 34.4, 0.55, (0.45, 0.67), 0.0001)]),
    ],
    # "Patients were randomised to X plus Y or to Z. Median OS was A months with the combination and B months
    # with Z": the drug-less first arm is the design sentence's experimental arm, and Z stays the comparator,
    # in that sentence and in the drug-less result sentence after it.
    "the-combination-versus-a-named-comparator": [
        ("solid-combination",
         "Immunotherapy for liver cancer\n\n"
         "In the FALCON-3 study, 420 adults were randomised to nivolumab plus ipilimumab or to lenvatinib. Median "
         "overall survival was 23.7 months with the combination and 20.6 months with lenvatinib (hazard ratio 0.79; "
         "p=0.018). Median progression-free survival was 9.1 versus 9.2 months.\n",
         [R("nivolumab", OS, "median", 23.7, 20.6, 0.79, p=0.018), R("nivolumab", PFS, "median", 9.1, 9.2)]),
        ("blood-doublet",
         "Untreated mantle cell lymphoma\n\n"
         "The OSPREY-6 trial assigned 520 older adults to ibrutinib plus rituximab or to bendamustine. Progression-free "
         "survival at 4 years was 68% with the doublet and 48% with bendamustine.\n",
         [R("ibrutinib", PFS, "rate", 68, 48)]),
        ("solid-experimental-regimen",
         "Kidney cancer first line\n\n"
         "In MARLIN-2, patients received pembrolizumab plus axitinib or sunitinib. The objective response rate was "
         "59% with the experimental regimen and 36% with sunitinib.\n",
         [R("pembrolizumab", ORR, "rate", 59, 36)]),
    ],
    # "cut the risk of radiographic progression or death by 40% (HR ...)": the hazard ratio of radiographic
    # progression-free survival (not of plain PFS), the same result as the median given next to it.
    "risk-of-radiographic-progression": [
        ("prostate-news",
         "Enzalutamide in hormone-sensitive prostate cancer\n\n"
         "In the PEREGRINE-3 trial, 1,150 men received enzalutamide or placebo with hormone therapy. Enzalutamide cut "
         "the risk of radiographic progression or death by 61% (hazard ratio 0.39; 95% CI 0.30-0.50; p<0.001). The "
         "median radiographic progression-free survival was not reached with enzalutamide and was 19.0 months with "
         "placebo.\n",
         [R("enzalutamide", RPFS, "median", None, 19.0, 0.39, (0.30, 0.50), 0.001)]),
        ("prostate-abstract",
         "Apalutamide plus ADT\n\n"
         "The phase 3 SWIFT-5 study randomly assigned 1,052 patients to apalutamide or placebo. Apalutamide lowered "
         "the risk of radiographic progression or death (HR 0.48; 95% CI 0.39-0.60; P<0.001).\n",
         [R("apalutamide", RPFS, "hr-only", hr=0.48, ci=(0.39, 0.60), p=0.001)]),
        ("prostate-patient",
         "A new option for advanced prostate cancer\n\n"
         "In the WREN-2 trial, men who took darolutamide had a 35% lower risk of radiographic progression or death "
         "than men who took placebo (hazard ratio 0.65; p=0.002). Median radiographic progression-free survival was "
         "25.4 months with darolutamide and 18.0 months with placebo.\n",
         [R("darolutamide", RPFS, "median", 25.4, 18.0, 0.65, p=0.002)]),
    ],
    # "PFS was longer with X than with Y (HR ...). The median was not reached with X and was 47 months with Y.":
    # "the median" names no endpoint; it is the median of the endpoint just named, one result with the HR.
    "the-median-of-the-endpoint-just-named": [
        ("blood-appraisal",
         "Venetoclax doublet for CLL\n\n"
         "In the ALBATROSS-2 trial, progression-free survival was longer with venetoclax plus obinutuzumab than with "
         "chemoimmunotherapy (hazard ratio 0.35; 95% CI 0.23 to 0.53; p<0.001). The median was not reached with "
         "venetoclax plus obinutuzumab and was 36.4 months with chemoimmunotherapy.\n",
         [R("venetoclax", PFS, "median", None, 36.4, 0.35, (0.23, 0.53), 0.001)]),
        ("blood-news",
         "Carfilzomib in relapsed myeloma\n\n"
         "The GANNET-1 trial showed that carfilzomib improved overall survival compared with bortezomib (HR 0.79; "
         "p=0.01). The median was 47.6 months with carfilzomib and 40.0 months with bortezomib.\n",
         [R("carfilzomib", OS, "median", 47.6, 40.0, 0.79, p=0.01)]),
        ("solid-abstract",
         "Ribociclib in advanced breast cancer\n\n"
         "In TEAL-7, ribociclib plus letrozole prolonged progression-free survival versus placebo plus letrozole "
         "(hazard ratio 0.56; 95% CI 0.43-0.72). The medians were 25.3 months and 16.0 months, respectively.\n",
         [R("ribociclib", PFS, "median", 25.3, 16.0, 0.56, (0.43, 0.72))]),
    ],
    # "time to (the) next treatment/intervention" is an endpoint of its own; "the median was not reached ..."
    # after it is its median, not the one of the endpoint named in the sentence before.
    "time-to-next-treatment": [
        ("solid-abstract",
         "Vorasidenib after surgery for glioma\n\n"
         "In the HAWK-1 trial, progression-free survival was longer with vorasidenib than with placebo (median, 26.0 "
         "vs. 12.0 months; hazard ratio, 0.40). Time to the next intervention was also longer (hazard ratio, 0.30; "
         "P<0.001); the median was not reached with vorasidenib and was 18.2 months with placebo.\n",
         [R("vorasidenib", PFS, "median", 26.0, 12.0, 0.40),
          R("vorasidenib", "time-to-next-intervention", "median", None, 18.2, 0.30, p=0.001)]),
        ("blood-news",
         "Ibrutinib in early CLL\n\n"
         "In the PLOVER-4 study, ibrutinib delayed the time to next treatment compared with watchful waiting "
         "(hazard ratio 0.21; 95% CI 0.13-0.34).\n",
         [R("ibrutinib", "time-to-next-treatment", "hr-only", hr=0.21, ci=(0.13, 0.34))]),
        ("blood-abstract",
         "Lenalidomide maintenance\n\n"
         "In the CURLEW-3 trial, median time to next therapy was 30.2 months with lenalidomide versus 22.0 months "
         "with observation (HR 0.58; P<0.001).\n",
         [R("lenalidomide", "time-to-next-treatment", "median", 30.2, 22.0, 0.58, p=0.001)]),
    ],
    # "the risk of death was also lower (hazard ratio 0.58)": the hazard ratio of overall survival; "reduced the
    # risk of death by 31%" is no survival rate.
    "risk-of-death-is-overall-survival": [
        ("blood-second-clause",
         "Belantamab in myeloma\n\n"
         "In the CRANE-7 trial, median progression-free survival was 30.1 months with belantamab mafodotin versus "
         "12.5 months with daratumumab (hazard ratio 0.40), and the risk of death was also lower (hazard ratio 0.60; "
         "95% CI 0.45-0.80; p<0.001).\n",
         [R("belantamab-mafodotin", PFS, "median", 30.1, 12.5, 0.40),
          R("belantamab-mafodotin", OS, "hr-only", hr=0.60, ci=(0.45, 0.80), p=0.001)]),
        ("solid-reduced-by",
         "Pembrolizumab in cervical cancer\n\n"
         "In the LARK-2 trial, adding pembrolizumab to chemotherapy reduced the risk of death by 33% compared with "
         "placebo (hazard ratio 0.67; p<0.001).\n",
         [R("pembrolizumab", OS, "hr-only", hr=0.67, p=0.001)]),
        ("solid-with-median",
         "Dostarlimab in endometrial cancer\n\n"
         "In the HARBOR trial, adding dostarlimab to chemotherapy reduced the risk of death by 31% (hazard ratio "
         "0.69; p=0.002), and median overall survival was 44.6 months versus 28.2 months with placebo.\n",
         [R("dostarlimab", OS, "median", 44.6, 28.2, 0.69, p=0.002)]),
        ("blood-cut-without-ratio",
         "Glofitamab in lymphoma\n\n"
         "The maker of glofitamab cited a 40% cut in the risk of death seen in the phase 3 OSPREY-9 trial.\n",
         []),
    ],
}


def test_every_shape_has_at_least_three_wordings():
    assert all(len(cases) >= 3 for cases in SHAPES.values())


def test_shape_gives_exactly_the_expected_results(shape_case, trial_fields):
    assert sorted(trial_fields(shape_case.text, K)) == sorted(shape_case.expected)


# One trial reporting the same endpoint in cohorts of different diseases ("... among 150 patients with DLBCL.
# Among 120 patients with follicular lymphoma, ..."): each cohort's figure is a result of its own, with its
# own condition, not a repeat of the first.
COHORT_CASES = [
    ("Epcoritamab monograph\n\n"
     "In the single-arm KINGLET-1 study, the overall response rate was 63% among 150 patients with diffuse large "
     "B-cell lymphoma. Among 120 patients with follicular lymphoma, the overall response rate was 80%.\n",
     {("diffuse-large-b-cell-lymphoma", ORR, 63.0), ("follicular-lymphoma", ORR, 80.0)}),
    ("Selpercatinib for RET-altered cancers\n\n"
     "In the PUFFIN-1 trial, the objective response rate with selpercatinib was 64% in 105 patients with "
     "non-small cell lung cancer. In 55 patients with medullary thyroid cancer, the objective response rate was "
     "73%.\n",
     {("non-small-cell-lung-cancer", ORR, 64.0), ("thyroid-cancer", ORR, 73.0)}),
    ("Zanubrutinib: what the study found\n\n"
     "In the HERON-9 study, the response rate with zanubrutinib was 84% in people with mantle cell lymphoma. "
     "In people with marginal zone lymphoma, the response rate was 68%.\n",
     {("mantle-cell-lymphoma", ORR, 84.0), ("marginal-zone-lymphoma", ORR, 68.0)}),
]


@pytest.mark.parametrize("text, expected", COHORT_CASES, ids=[str(i) for i in range(len(COHORT_CASES))])
def test_each_disease_cohort_is_a_result_of_its_own(text, expected, trial_results):
    rows = trial_results(text)
    assert {(r["condition_id"], r["endpoint"], r["value"]) for r in rows} == expected


# The trial a result belongs to is the one the page names before it, in the forms "NAME Part 1, a phase 3
# trial" and "NAME-7 compared X with Y", even when another trial is named later on the page.
NAME_CASES = [
    ("Dostarlimab in endometrial cancer\n\n"
     "The label change rests on HARBOR Part 1, a randomised phase 3 trial in 480 women. Median overall survival "
     "was 40.1 months with dostarlimab and 27.5 months with placebo.\n\n"
     "The company is also running the PIKE-2 trial in rectal cancer.\n", {"HARBOR"}),
    ("Mosunetuzumab in follicular lymphoma\n\n"
     "Results come from the STORK Part 2 cohort, a single-arm phase 2 study. The complete response rate was 60% "
     "with mosunetuzumab.\n\n"
     "A later trial, EGRET-3, is testing it earlier.\n", {"STORK"}),
    ("Belantamab in myeloma: two trials\n\n"
     "The approval rests on two phase 3 trials. CRANE-7 compared belantamab mafodotin plus bortezomib with "
     "daratumumab plus bortezomib. Median progression-free survival was 36.1 months versus 13.2 months.\n"
     "CRANE-8 compared belantamab mafodotin plus pomalidomide with bortezomib plus pomalidomide. At 12 months, "
     "70% versus 50% were alive without progression.\n", {"CRANE-7", "CRANE-8"}),
    ("Sacituzumab in breast cancer\n\n"
     "HERMES-4 tested sacituzumab govitecan against chemotherapy. Median overall survival was 14.4 months versus "
     "11.2 months.\n\n"
     "Another study, HERMES-5, reads out next year.\n", {"HERMES-4"}),
]


@pytest.mark.parametrize("text, names", NAME_CASES, ids=[sorted(c[1])[0] for c in NAME_CASES])
def test_the_trial_named_before_the_result_is_its_trial(text, names, trial_results):
    rows = trial_results(text)
    assert rows and {r["trial_name"] for r in rows} == names
