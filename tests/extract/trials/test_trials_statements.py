"""Results split over lines and sentences: an endpoint list item leading the arm items under it (and
the hazard-ratio item after them), "the figure was 12%" about the comparator arm in the next
sentence, strata of one endpoint by how long it lasted, and a complete response "with no sign of
residual disease". Articles written for these tests."""
from __future__ import annotations

K = ("drug_id", "endpoint", "value", "comparator_value", "hazard_ratio", "p_value")


def got(rows):
    return sorted(tuple(r[k] for k in K) for r in rows)


def test_an_endpoint_item_leads_the_arm_items_and_the_hazard_ratio_item_under_it(trial_results):
    rows = trial_results(
        "Zanubrutinib versus bendamustine-rituximab\n\n"
        "The SEQUOIA-9 trial randomized untreated CLL patients to zanubrutinib or to BR.\n\n"
        "- Median PFS\n"
        "- zanubrutinib: 40.2 months\n"
        "- BR: 25.1 months\n"
        "- HR 0.42 (95% CI: 0.28, 0.63); p = 0.0003\n")
    assert got(rows) == [("zanubrutinib", "progression-free-survival", 40.2, 25.1, 0.42, 0.0003)]


def test_the_figure_in_the_comparator_group_is_the_comparator_value(trial_results):
    rows = trial_results(
        "Ponatinib in Ph-positive ALL\n\n"
        "The ORCA-ALL trial compared ponatinib with imatinib, each given with chemotherapy.\n\n"
        "By the cut-off date, 34% of patients who received ponatinib had an MRD-negative complete remission. "
        "In the imatinib group, the figure was 17%.\n")
    assert got(rows) == [("ponatinib", "mrd-negative-complete-remission", 34, 17, None, None)]


def test_a_complete_response_with_no_sign_of_residual_disease_is_mrd_negative(trial_results):
    rows = trial_results(
        "Dasatinib trial\n\n"
        "In the RIVER-2 study, 28% of children who took dasatinib had a complete response with no sign of "
        "residual leukemia.\n")
    assert got(rows) == [("dasatinib", "mrd-negative-complete-remission", 28, None, None, None)]


def test_strata_of_transfusion_independence_by_duration_are_separate_results(trial_results):
    rows = trial_results(
        "Luspatercept in MDS\n\n"
        "The TIDE-3 trial compared luspatercept with placebo.\n\n"
        "- Transfusion independence for 8 weeks or longer: 38% vs 13%\n"
        "- Transfusion independence for 24 weeks or longer: 28% vs 3%\n")
    assert got(rows) == [("luspatercept", "transfusion-independence", 28, 3, None, None),
                         ("luspatercept", "transfusion-independence", 38, 13, None, None)]


def test_time_point_labelled_items_with_the_corresponding_rates(trial_results):
    rows = trial_results(
        "Polatuzumab update\n\n"
        "The ORCHID-3 trial compared polatuzumab vedotin with placebo in untreated DLBCL.\n\n"
        "- 2 years: PFS was 76.7% with polatuzumab vedotin and 70.2% with placebo.\n"
        "- 3 years: the corresponding rates were 71.8% and 64.1%, respectively.\n")
    assert got(rows) == [("polatuzumab-vedotin", "progression-free-survival", 71.8, 64.1, None, None),
                         ("polatuzumab-vedotin", "progression-free-survival", 76.7, 70.2, None, None)]


def test_a_month_labelled_item_with_the_same_figure_wording(trial_results):
    rows = trial_results(
        "Ribociclib report\n\n"
        "The LIMA-2 trial compared ribociclib with placebo in advanced breast cancer.\n\n"
        "- 12 months: the progression-free survival rate was 72% with ribociclib vs 61% with placebo.\n"
        "- 24 months: the equivalent rates were 54% and 35%, respectively.\n")
    assert got(rows) == [("ribociclib", "progression-free-survival", 54, 35, None, None),
                         ("ribociclib", "progression-free-survival", 72, 61, None, None)]
