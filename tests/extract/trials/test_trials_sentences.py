"""Table-driven tests of trial-result extraction on single sentences written for these tests.

Each sentence states real published results in our own words; the expected rows are what a
careful curator would record (drug of the experimental arm, endpoint slug, measure, values,
hazard ratio with CI, p-value, comparator).
"""
from __future__ import annotations

import pytest

FIELDS = ("drug_id", "endpoint", "measure", "value", "comparator_value", "unit", "hazard_ratio",
          "ci_low", "ci_high", "p_value", "p_operator", "comparator")


def R(drug, endpoint, measure, value=None, comp=None, unit=None, hr=None, ci=(None, None),
      p=None, op=None, vs=None) -> dict:
    return dict(zip(FIELDS, (drug, endpoint, measure, value, comp, unit, hr, ci[0], ci[1], p, op, vs)))


OS, PFS, EFS = "overall-survival", "progression-free-survival", "event-free-survival"

CASES = [
    # medians with both arms, HR with CI and p in several spellings
    ("In ADMIRAL, median overall survival was 9.3 months with gilteritinib and 5.6 months with "
     "salvage chemotherapy (hazard ratio 0.64; 95% CI, 0.49-0.83; P < 0.001).",
     [R("gilteritinib", OS, "median", 9.3, 5.6, "months", 0.64, (0.49, 0.83), 0.001, "<", "salvage chemotherapy")]),
    ("Quizartinib extended median OS to 31.9 months from 15.1 months with placebo "
     "(HR 0.78, 95% CI 0.62-0.98; P = 0.032).",
     [R("quizartinib", OS, "median", 31.9, 15.1, "months", 0.78, (0.62, 0.98), 0.032, "=", "placebo")]),
    ("Median progression-free survival was not reached with ibrutinib versus 8.1 months with "
     "ofatumumab (HR 0.22; P<0.001).",
     [R("ibrutinib", PFS, "median", None, 8.1, "months", 0.22, p=0.001, op="<", vs="ofatumumab")]),
    ("In TOWER, blinatumomab improved median overall survival to 7.7 months versus 4.0 months with "
     "chemotherapy (hazard ratio for death, 0.71; 95% CI, 0.55 to 0.93; P = 0.01).",
     [R("blinatumomab", OS, "median", 7.7, 4.0, "months", 0.71, (0.55, 0.93), 0.01, "=", "chemotherapy")]),
    ("Median overall survival reached 24.0 months with ivosidenib plus azacitidine, compared with "
     "7.9 months with placebo plus azacitidine (HR 0.44; 95% CI 0.27-0.73; P = .001).",
     [R("ivosidenib", OS, "median", 24.0, 7.9, "months", 0.44, (0.27, 0.73), 0.001, "=", "placebo")]),
    ("CPX-351 lengthened median overall survival (9.56 vs 5.95 months; HR 0.69; 95% CI 0.52-0.90; "
     "P = .003) compared with standard 7+3 chemotherapy in older adults with secondary AML.",
     [R("daunorubicin-and-cytarabine-liposome", OS, "median", 9.56, 5.95, "months", 0.69, (0.52, 0.90),
        0.003, "=", "7+3")]),
    ("In the RATIFY trial, midostaurin lowered the risk of death (hazard ratio, 0.78 [95% CI, 0.63 to "
     "0.96]; one-sided P = .009), the primary overall survival analysis.",
     [R("midostaurin", OS, "hr-only", hr=0.78, ci=(0.63, 0.96), p=0.009, op="=")]),
    ("Progression-free survival favoured zanubrutinib over ibrutinib (hazard ratio, 0.65; 95% CI, "
     "0.49 to 0.86; P = 0.002).",
     [R("zanubrutinib", PFS, "hr-only", hr=0.65, ci=(0.49, 0.86), p=0.002, op="=", vs="ibrutinib")]),
    # rates: arms attached to each figure, either order of the drug in a combination
    ("With venetoclax plus azacitidine, the composite complete remission rate was 66.4%, against "
     "28.3% with azacitidine alone.",
     [R("venetoclax", "composite-complete-remission", "rate", 66.4, 28.3, "percent", vs="azacitidine")]),
    ("Two-year progression-free survival was 84.9% for venetoclax-rituximab and 36.3% for "
     "bendamustine-rituximab.",
     [R("venetoclax", PFS, "rate", 84.9, 36.3, "percent", vs="bendamustine + rituximab")]),
    ("In COMFORT-I, 41.9% of patients on ruxolitinib achieved a spleen volume reduction of at least "
     "35% at week 24, compared with 0.7% on placebo.",
     [R("ruxolitinib", "spleen-volume-response", "rate", 41.9, 0.7, "percent", vs="placebo")]),
    ("The TSS50 response rate at week 24 was 25% with momelotinib and 9% with danazol.",
     [R("momelotinib", "symptom-response", "rate", 25, 9, "percent", vs="danazol")]),
    ("By 12 months, the rate of major molecular response was 44% with nilotinib compared with 22% "
     "with imatinib (P<0.001).",
     [R("nilotinib", "major-molecular-response", "rate", 44, 22, "percent", p=0.001, op="<", vs="imatinib")]),
    ("Complete cytogenetic response by 18 months was reached in 76.2% of patients given imatinib, "
     "versus 14.5% of those given interferon alfa plus cytarabine.",
     [R("imatinib", "complete-cytogenetic-response", "rate", 76.2, 14.5, "percent",
        vs="interferon-alfa + cytarabine")]),
    ("The CR rate was 80.7% with inotuzumab ozogamicin vs 29.4% with standard chemotherapy (P<0.001).",
     [R("inotuzumab-ozogamicin", "complete-remission", "rate", 80.7, 29.4, "percent", p=0.001, op="<",
        vs="standard chemotherapy")]),
    ("Complete remission or complete remission with partial hematologic recovery occurred in 21% of "
     "patients receiving gilteritinib.",
     [R("gilteritinib", "composite-complete-remission", "rate", 21, unit="percent")]),
    ("In the phase 2 PACE trial, 56% of patients treated with ponatinib achieved a major cytogenetic "
     "response.",
     [R("ponatinib", "major-cytogenetic-response", "rate", 56, unit="percent")]),
    # several results in one sentence
    ("With dasatinib, 5-year progression-free survival and overall survival were 85% and 91%, "
     "respectively.",
     [R("dasatinib", PFS, "rate", 85, unit="percent"), R("dasatinib", OS, "rate", 91, unit="percent")]),
    ("Two-year progression-free survival was 76.7% with polatuzumab vedotin plus R-CHP and 70.2% with "
     "R-CHOP (HR for progression, relapse, or death, 0.73; 95% CI, 0.57-0.95; P=0.02).",
     [R("polatuzumab-vedotin", PFS, "rate", 76.7, 70.2, "percent", 0.73, (0.57, 0.95), 0.02, "=", "R-CHOP")]),
    ("Median progression-free survival was not reached in the daratumumab group and was 34.4 months in "
     "the control group (hazard ratio for disease progression or death, 0.53; 95% CI, 0.43 to 0.66).",
     [R("daratumumab", PFS, "median", None, 34.4, "months", 0.53, (0.43, 0.66), vs="control")]),
    ("With daratumumab, complete response or better was achieved by 51% versus 30% of patients.",
     [R("daratumumab", "complete-response-or-better", "rate", 51, 30, "percent")]),
    ("Major molecular response at 12 months: nilotinib 44%, imatinib 22%.",
     [R("nilotinib", "major-molecular-response", "rate", 44, 22, "percent", vs="imatinib")]),
    ("Overall survival at 3 years was 62% (daratumumab) vs 53% (control).",
     [R("daratumumab", OS, "rate", 62, 53, "percent", vs="control")]),
    ("Ibrutinib gave an overall response rate of 92% and a 5-year progression-free survival of 70%.",
     [R("ibrutinib", "overall-response", "rate", 92, unit="percent"),
      R("ibrutinib", PFS, "rate", 70, unit="percent")]),
    ("Overall survival with imatinib was 89% at 5 years and 83% at 10 years.",
     [R("imatinib", OS, "rate", 89, unit="percent"), R("imatinib", OS, "rate", 83, unit="percent")]),
    ("With 6-year follow-up, event-free survival was 40.8% with gemtuzumab ozogamicin and 17.1% with "
     "standard chemotherapy.",
     [R("gemtuzumab-ozogamicin", EFS, "rate", 40.8, 17.1, "percent", vs="standard chemotherapy")]),
    # a change is not the value; the value reached is
    ("Adding midostaurin raised overall survival at 4 years by 7.1%, to 51.4%.",
     [R("midostaurin", OS, "rate", 51.4, unit="percent")]),
    # an effect without a figure of the endpoint: a row with a null value
    ("Quizartinib plus chemotherapy doubled median OS compared with chemotherapy alone.",
     [R("quizartinib", OS, "median", vs="chemotherapy")]),
    # figures that are not trial results
    ("Roughly 30% of adults with AML have a FLT3 mutation.", []),
    ("Patients with MRD of 0.01% or more after induction with imatinib relapse more often.", []),
    ("Gilteritinib is taken at 120 mg once a day.", []),
    # "N% of patients given X and M% of those given Y", "N% of the X group and M% of the Y group"
    ("In COMFORT-II, 28% of patients given ruxolitinib and 0% of those given best available therapy had a "
     "spleen volume reduction of at least 35% at week 48 (P<0.001).",
     [R("ruxolitinib", "spleen-volume-response", "rate", 28, 0, "percent", p=0.001, op="<",
        vs="best available therapy")]),
    ("An overall response was seen in 73% of the teclistamab group and 40% of the control group.",
     [R("teclistamab", "overall-response", "rate", 73, 40, "percent", vs="control")]),
    # figures first, then the arms in their order: the second arm is the comparator
    ("In POLLUX, median OS was 67.6 vs 51.8 months with daratumumab and with placebo, respectively (HR, 0.73; "
     "P = .0044).",
     [R("daratumumab", OS, "median", 67.6, 51.8, "months", 0.73, p=0.0044, op="=", vs="placebo")]),
    ("In RESONATE-2, median PFS was 8.9 vs 1.3 years in the ibrutinib and chlorambucil arms (HR 0.154).",
     [R("ibrutinib", PFS, "median", 8.9, 1.3, "years", 0.154, vs="chlorambucil")]),
    # "responded" is the overall response; a figure written before "had / achieved a <endpoint>" is that endpoint's
    ("In the phase 1 trial of ivosidenib in relapsed IDH1-mutated AML, 41.6% of 125 patients responded and 21.6% "
     "achieved a complete remission.",
     [R("ivosidenib", "overall-response", "rate", 41.6, unit="percent"),
      R("ivosidenib", "complete-remission", "rate", 21.6, unit="percent")]),
    ("Zanubrutinib lets people live longer without the leukaemia getting worse than bendamustine plus rituximab "
     "(hazard ratio 0.42; 95% CI 0.28 to 0.63).",
     [R("zanubrutinib", PFS, "hr-only", hr=0.42, ci=(0.28, 0.63), vs="bendamustine + rituximab")]),
    # lay wording of progression-free survival with a hazard ratio only
    ("In the IMROZ trial, adding isatuximab to VRd lowered the risk of the myeloma getting worse or death by 40% "
     "(hazard ratio 0.60).",
     [R("isatuximab", PFS, "hr-only", hr=0.60)]),
    ("Transplantation was performed in 40% of patients who received midostaurin.", []),
    ("After a median follow-up of 59 months, overall survival data for imatinib were immature.", []),
    ("Venetoclax plus obinutuzumab improved progression-free survival compared with chlorambucil plus "
     "obinutuzumab.", []),
    ("Patients aged 60 years or older had shorter overall survival.", []),
    ("The median age of the 405 patients given asciminib was 52 years.", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_gives_exactly_the_expected_results(text, expected, sentence_trial_results):
    rows = sentence_trial_results(text)
    got = [{k: r[k] for k in FIELDS} for r in rows]
    assert got == expected


def test_rows_carry_provenance_and_stable_ids(sentence_trial_results):
    text = CASES[0][0]
    first = sentence_trial_results(text)
    again = sentence_trial_results(text)
    assert [r["result_id"] for r in first] == [r["result_id"] for r in again]
    row = first[0]
    assert row["evidence"] == text and (row["char_start"], row["char_end"]) == (0, len(text))
    assert row["trial_name"] == "ADMIRAL"


def test_a_mixed_case_numbered_acronym_opening_the_sentence_names_the_trial(sentence_trial_results):
    text = "In KarMMa-3, median PFS was 13.3 months with ide-cel versus 4.4 months with standard regimens (HR 0.49)."
    assert [(r["trial_name"], r["drug_id"]) for r in sentence_trial_results(text)] == [
        ("KarMMa-3", "idecabtagene-vicleucel")]


def test_percent_values_and_p_values_stay_in_range(sentence_trial_results):
    for text, _ in CASES:
        for row in sentence_trial_results(text):
            if row["unit"] == "percent":
                assert all(v is None or 0 <= v <= 100 for v in (row["value"], row["comparator_value"]))
            if row["p_value"] is not None:
                assert 0 <= row["p_value"] <= 1 and row["p_operator"] in ("=", "<", ">")
            if row["ci_low"] is not None:
                assert row["ci_low"] <= row["hazard_ratio"] <= row["ci_high"]
