"""Prose shapes of trial results: a rate's own confidence interval written in percent (not the
comparator's value), "v" as versus, a rate written before its endpoint ("a 39% complete remission
rate"), being alive at a time point as overall survival, a response that "lasted" a median, a hazard
ratio and a landmark rate of one endpoint in one sentence (one result), and the share of events
reported (no result). Sentences and articles written for these tests."""
from __future__ import annotations

import pytest

OS, PFS = "overall-survival", "progression-free-survival"
K = ("drug_id", "endpoint", "measure", "value", "comparator_value", "hazard_ratio", "p_value")

CASES = [
    ("The 5-year PFS rate was 64.9% (95% CI, 59.8%-70.0%) with polatuzumab vedotin compared with 59.1% "
     "(95% CI, 54.0%-64.3%) with placebo.",
     [("polatuzumab-vedotin", PFS, "rate", 64.9, 59.1, None, None)]),
    ("With olaparib, 77% (95% CI 70% to 83%) of patients were free of progression at 2 years versus 45% with "
     "placebo, a 2-year PFS benefit.",
     [("olaparib", PFS, "rate", 77, 45, None, None)]),
    ("The complete response rate with blinatumomab was 44% (95% confidence interval, 36%-52%).",
     [("blinatumomab", "complete-remission", "rate", 44, None, None, None)]),
    ("Complete cytogenetic response at 12 months was more frequent with bosutinib (77.2% v 66.4% with "
     "imatinib; P = .0075).",
     [("bosutinib", "complete-cytogenetic-response", "rate", 77.2, 66.4, None, 0.0075)]),
    ("In 18 patients, ivosidenib gave a 38.9% complete remission rate and an 83.3% objective response rate.",
     [("ivosidenib", "complete-remission", "rate", 38.9, None, None, None),
      ("ivosidenib", "overall-response", "rate", 83.3, None, None, None)]),
    ("Among those given enfortumab vedotin, 60% were alive at 2 years, compared with 35% of those given "
     "chemotherapy.", [("enfortumab-vedotin", OS, "rate", 60, 35, None, None)]),
    ("Compared with endocrine therapy alone, adding ribociclib prolonged invasive disease-free survival "
     "(HR, 0.75; P = .001), with 3-year rates of 90.4% and 87.1%, respectively.",
     [("ribociclib", "invasive-disease-free-survival", "rate", 90.4, 87.1, 0.75, 0.001)]),
    ("Adding ribociclib prolonged iDFS (HR, 0.75; P = .001), with 3-year iDFS rates of 90.4% and 87.1%, "
     "respectively, compared with endocrine therapy alone.",
     [("ribociclib", "invasive-disease-free-survival", "rate", 90.4, 87.1, 0.75, 0.001)]),
    ("The interim analysis of invasive disease-free survival with abemaciclib came after about 500 events "
     "(roughly 80% of the planned total).", []),
    ("Overall survival data were immature, with 41% of the planned deaths reported in the lazertinib trial.", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_prose_shapes(text, expected, sentence_trial_results):
    rows = sentence_trial_results(text)
    assert sorted(tuple(r[k] for k in K) for r in rows) == sorted(expected)


def test_a_response_that_lasted_a_median_is_its_duration(trial_results):
    rows = trial_results(
        "Ropeginterferon in polycythaemia vera\n\n"
        "In the PEGASUS-2 study, 61% of patients treated with ropeginterferon alfa-2b reached a complete haematological "
        "response.\nResponses lasted a median of 14.3 months.\n")
    assert sorted((r["drug_id"], r["endpoint"], r["value"]) for r in rows) == [
        ("ropeginterferon-alfa-2b", "complete-hematologic-response", 61),
        ("ropeginterferon-alfa-2b", "duration-of-response", 14.3)]


def test_a_short_heading_naming_one_endpoint_leads_the_arm_lines_under_it(trial_results):
    rows = trial_results(
        "Pirtobrutinib in previously treated CLL\n\n"
        "The CORAL-7 trial randomized patients to pirtobrutinib or to the investigator's pick of two "
        "rituximab combinations (IR/BR).\n\n"
        "Median PFS\n\n"
        "- pirtobrutinib: 14.0 months\n"
        "- IR/BR: 8.7 months\n")
    assert [(r["drug_id"], r["endpoint"], r["value"], r["comparator_value"]) for r in rows] == [
        ("pirtobrutinib", PFS, 14.0, 8.7)]
