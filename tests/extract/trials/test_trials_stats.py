"""Hazard ratios, confidence intervals and p-values in the spellings trial reports use."""
from __future__ import annotations

import pytest

from extract.trials.stats import hazard_ratios, p_values, sentence_statistics


@pytest.mark.parametrize("text,expected", [
    ("HR 0.78; 95% CI, 0.63-0.96", (0.78, 0.63, 0.96)),
    ("hazard ratio, 0.78 [95% CI 0.63 to 0.96]", (0.78, 0.63, 0.96)),
    ("(HR 0.37; 95% CI 0.17 to 0.81)", (0.37, 0.17, 0.81)),
    ("hazard ratio [HR], 0.24; P<.0001", (0.24, None, None)),
    ("HR = 0.5 (0.3–0.7)", (0.5, 0.3, 0.7)),
    ("HR: 0.61 (95% CI: 0.47, 0.79)", (0.61, 0.47, 0.79)),
    ("hazard ratio for death, 0.71 (95% confidence interval, 0.55 to 0.93)", (0.71, 0.55, 0.93)),
    ("HR 0.78 (95% CI 0.80-0.96)", (0.78, 0.80, 0.96)),  # kept: validation quarantines the row (test_trials_checks)
    # a ratio labelled with its endpoint, without punctuation before the number
    ("hazard ratio for overall survival 0.59, 95% CI 0.40 to 0.88", (0.59, 0.40, 0.88)),
    ("HR for EFS 0.64 (95% CI 0.50-0.82)", (0.64, 0.50, 0.82)),
])
def test_hazard_ratio_and_interval(text, expected):
    (hr,) = hazard_ratios(text)
    assert (hr.value, hr.ci_low, hr.ci_high) == expected


@pytest.mark.parametrize("text", [
    "the hazard ratio for progression within 2 years was not reported",
    "the hazard ratio for patients treated for 6 months was not estimable",
])
def test_a_label_followed_by_a_duration_is_no_ratio(text):
    assert hazard_ratios(text) == []


@pytest.mark.parametrize("text,expected", [
    ("hazard ratio for PFS, 0.46, P < .001; for OS, 0.80, P = .046", [0.46, 0.80]),
    ("HR for EFS 0.78 (95% CI 0.66-0.93); for OS 0.77 (95% CI 0.63-0.95)", [0.78, 0.77]),
    ("hazard ratios: for relapse, 0.52; and for death, 0.70", [0.52, 0.70]),
])
def test_ratios_labelled_one_after_another(text, expected):
    assert [h.value for h in hazard_ratios(text)] == expected




@pytest.mark.parametrize("text,expected", [
    ("P=0.009", (0.009, "=")), ("p < .001", (0.001, "<")), ("one-sided P = .009", (0.009, "=")),
    ("P&lt;.0001", (0.0001, "<")), ("p ≤ 0.05", (0.05, "<")), ("P value = 0.03", (0.03, "=")),
])
def test_p_value_and_operator(text, expected):
    (p,) = p_values(text)
    assert (p.value, p.operator) == expected


@pytest.mark.parametrize("text", [
    "patients aged 18-59 years", "a median age of 70 years", "after 61 months of median follow-up",
    "120 mg per day", "MRD ≥ 0.01%", "a BMI under 30 kg/m2", "rises by 7.1%", "the 95% CI",
])
def test_figures_that_are_not_results_are_masked(text):
    figures, _, _, _ = sentence_statistics(text)
    assert figures == []


def test_shared_unit_and_not_reached():
    figures, _, _, _ = sentence_statistics("median OS was not reached (NR) vs 27.8 months; 9.56 vs 5.95 months")
    assert [(f.kind, f.value) for f in figures] == [
        ("not-reached", None), ("duration", 27.8), ("duration", 9.56), ("duration", 5.95)]
