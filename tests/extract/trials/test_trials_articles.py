"""Trial results that need the article around the sentence: trial descriptions, headings,
list lead-ins, one-arm statements to pair, repeats to drop. Texts written for these tests."""
from __future__ import annotations


def key(row: dict) -> tuple:
    return (row["drug_id"], row["endpoint"], row["measure"], row["value"], row["comparator_value"])


def test_one_arm_list_items_pair_into_one_result_with_the_trial_description(trial_results):
    rows = trial_results(
        "Gilteritinib in relapsed AML\n\n"
        "The phase 3 ADMIRAL trial randomized 371 adults whose FLT3-mutated AML had relapsed or was refractory.\n\n"
        "Median overall survival by treatment arm:\n"
        "- Gilteritinib group: 9.3 months\n"
        "- Salvage chemotherapy group: 5.6 months\n")
    assert [key(r) for r in rows] == [("gilteritinib", "overall-survival", "median", 9.3, 5.6)]
    row = rows[0]
    assert (row["trial_name"], row["phase"], row["n_patients"]) == ("ADMIRAL", "3", 371)
    assert row["comparator"] == "salvage chemotherapy" and row["unit"] == "months"
    assert row["setting"] == "relapsed-refractory"


def test_three_arm_list_uses_the_articles_comparator_arm(trial_results):
    rows = trial_results(
        "ELEVATE-TN update\n\n"
        "The ELEVATE-TN trial compared acalabrutinib alone or combined with obinutuzumab against "
        "obinutuzumab plus chlorambucil in untreated CLL.\n\n"
        "Progression-free survival rates at 6 years were:\n"
        "- Acalabrutinib-obinutuzumab arm: 78%\n"
        "- Acalabrutinib alone: 62%\n"
        "- Chlorambucil-obinutuzumab arm: 17%\n")
    assert sorted(key(r) for r in rows) == [
        ("acalabrutinib", "progression-free-survival", "rate", 62, 17),
        ("acalabrutinib", "progression-free-survival", "rate", 78, 17)]
    assert {r["comparator"] for r in rows} == {"obinutuzumab + chlorambucil"}
    assert {r["trial_name"] for r in rows} == {"ELEVATE-TN"}


def test_lead_in_gives_arms_and_heading_trial_name_carries_over(trial_results):
    rows = trial_results(
        "The E1910 trial\n\n"
        "Blinatumomab was added to consolidation chemotherapy for adults with B-cell ALL in remission.\n\n"
        "Outcomes for those aged 30-39 years, blinatumomab compared with chemotherapy alone:\n"
        "- Overall survival at three years: 100% vs 73% (P = .009)\n")
    assert [key(r) for r in rows] == [("blinatumomab", "overall-survival", "rate", 100, 73)]
    row = rows[0]
    assert row["trial_name"] == "E1910" and row["comparator"] == "chemotherapy"
    assert (row["age_min"], row["age_max"], row["p_value"], row["p_operator"]) == (30, 39, 0.009, "=")


def test_this_combination_points_to_the_drug_added_in_the_sentence_before(trial_results):
    rows = trial_results(
        "Induction for FLT3-mutated AML\n\n"
        "Give cytarabine with daunorubicin, and add midostaurin from day 8.\n"
        "Together, this combination lifts 4-year overall survival to 51%.\n")
    assert [key(r) for r in rows] == [("midostaurin", "overall-survival", "rate", 51, None)]


def test_later_subgroup_repeats_and_one_arm_figures_are_not_new_results(trial_results):
    rows = trial_results(
        "Blinatumomab consolidation\n\n"
        "The 3-year relapse-free survival rate was 85% with blinatumomab versus 64% with chemotherapy.\n"
        "In the subgroup aged 30 to 39 years, 3-year relapse-free survival was 90% versus 69%.\n"
        "For patients with a BMI of 30 kg/m2 or more, 3-year relapse-free survival with "
        "blinatumomab was 87%.\n")
    assert [key(r) for r in rows] == [("blinatumomab", "relapse-free-survival", "rate", 85, 64)]


def test_a_qualitative_claim_gives_no_row_when_the_figure_is_reported(trial_results):
    rows = trial_results(
        "Quizartinib trial\n\n"
        "Quizartinib has been reported to have doubled median overall survival.\n"
        "Median overall survival was 31.9 months with quizartinib versus 15.1 months with placebo.\n")
    assert [key(r) for r in rows] == [("quizartinib", "overall-survival", "median", 31.9, 15.1)]


def test_reference_list_figures_are_not_results(trial_results):
    rows = trial_results(
        "Nilotinib overview\n\n"
        "Nilotinib is a second-generation TKI.\n\n"
        "References\n\n"
        "1. Example A. Nilotinib versus imatinib: major molecular response 44% vs 22%. J Example. 2010.\n")
    assert rows == []


def test_a_result_sentence_without_a_drug_takes_the_arms_of_the_sentence_before_it(trial_results):
    rows = trial_results(
        "Zanubrutinib news\n\n"
        "In the phase 3 ALPINE trial, 652 adults with relapsed CLL received zanubrutinib or ibrutinib. "
        "At 24 months, progression-free survival was 79% versus 67% (hazard ratio 0.65; P = 0.002).\n\n"
        "Acalabrutinib was compared with ibrutinib plus placebo in a separate study.\n")
    assert [key(r) for r in rows] == [("zanubrutinib", "progression-free-survival", "rate", 79, 67)]
    assert rows[0]["trial_name"] == "ALPINE" and rows[0]["hazard_ratio"] == 0.65


def test_the_arms_of_an_earlier_paragraph_are_not_borrowed(trial_results):
    rows = trial_results(
        "Two studies\n\n"
        "In the phase 3 ALPINE trial, 652 adults received zanubrutinib or ibrutinib.\n\n"
        "A different question is how often the disease comes back. Overall, 30% of patients relapse.\n")
    assert rows == []


def test_a_regimen_acronym_arm_is_its_member_drugs(trial_results):
    rows = trial_results(
        "Hodgkin lymphoma\n\n"
        "In the ECHELON-1 trial, 1,334 adults were assigned to A+AVD or to ABVD. The 6-year overall "
        "survival rate was 93.9% with A+AVD versus 89.4% with ABVD (hazard ratio 0.59; P = 0.01).\n")
    assert [key(r) for r in rows] == [("brentuximab-vedotin", "overall-survival", "rate", 93.9, 89.4)]


def test_a_lay_phrasing_of_progression_free_survival_is_that_endpoint(trial_results):
    rows = trial_results(
        "What the study found\n\n"
        "In the CLL13 trial, people received venetoclax with obinutuzumab or chemoimmunotherapy. After "
        "3 years, 88% and 75% of people, respectively, were alive without their leukaemia getting worse.\n")
    assert [key(r)[:3] for r in rows] == [("venetoclax", "progression-free-survival", "rate")]
    assert (rows[0]["value"], rows[0]["comparator_value"]) == (88, 75)


def test_a_numbered_trial_acronym_without_a_comma_names_the_trial_and_a_threshold_is_no_result(trial_results):
    rows = trial_results(
        "CAR-T in myeloma\n\n"
        "Ciltacabtagene autoleucel is approved for relapsed multiple myeloma. In CARTITUDE-1 the overall "
        "response rate was 97%. Patients needed MRD of 0.01% or greater to enter a later cohort.\n")
    assert [(r["trial_name"], r["drug_id"], r["endpoint"], r["value"]) for r in rows] == [
        ("CARTITUDE-1", "ciltacabtagene-autoleucel", "overall-response", 97)]


def test_an_endpoint_name_holding_a_treatment_word_is_not_an_arm_label(trial_results):
    rows = trial_results(
        "Luspatercept in MDS\n\n"
        "In the MEDALIST trial, 229 patients were randomized to luspatercept or placebo. Results at week 24, "
        "luspatercept versus placebo:\n"
        "- Transfusion independence: 38% versus 13%\n")
    assert [key(r) for r in rows] == [("luspatercept", "transfusion-independence", "rate", 38, 13)]


def test_a_hazard_ratio_said_in_the_next_sentence_completes_the_result_before_it(trial_results, page_article):
    text = ("ECHELON-1 update\n\n"
            "In the phase 3 ECHELON-1 trial, 2-year progression-free survival was 82.1% with brentuximab vedotin "
            "plus AVD and 77.2% with ABVD in advanced Hodgkin lymphoma. The hazard ratio was 0.77 (95% CI, 0.60 "
            "to 0.98; P = 0.04).\n\n"
            "Overall survival was 93.9% with brentuximab vedotin plus AVD and 89.4% with ABVD at 6 years. "
            "Serious infections were more common with A+AVD (hazard ratio 1.4).\n")
    article, rows = page_article(text), trial_results(text)
    pfs = next(r for r in rows if r["endpoint"] == "progression-free-survival")
    assert (pfs["value"], pfs["comparator_value"], pfs["hazard_ratio"], pfs["ci_low"], pfs["ci_high"],
            pfs["p_value"]) == (82.1, 77.2, 0.77, 0.60, 0.98, 0.04)
    assert pfs["evidence"].endswith("P = 0.04).") and pfs["evidence"] == \
        article.clean_text[pfs["char_start"]:pfs["char_end"]]
    os_row = next(r for r in rows if r["endpoint"] == "overall-survival")
    assert os_row["hazard_ratio"] is None  # the next sentence names another drug arm: not a follow-up


def test_a_biomarker_said_with_or_without_does_not_restrict_the_population(trial_results):
    rows = trial_results("CLL14 update\n\n"
                   "In CLL14, patients with or without TP53 mutation had a median PFS of 76.2 months with "
                   "venetoclax-obinutuzumab versus 36.4 months with chlorambucil-obinutuzumab.\n")
    assert [(key(r), r["biomarker"]) for r in rows] == [
        (("venetoclax", "progression-free-survival", "median", 76.2, 36.4), None)]


def test_a_table_row_takes_its_arms_from_the_header_row(trial_results):
    html = ("<html><body><main><h1>CARTITUDE-4 results</h1>"
            "<p>The phase 3 CARTITUDE-4 trial randomized 419 patients with lenalidomide-refractory multiple myeloma "
            "to ciltacabtagene autoleucel or to standard care.</p>"
            "<table><tr><th>Endpoint</th><th>Cilta-cel</th><th>Standard care</th></tr>"
            "<tr><td>12-month PFS</td><td>75.9%</td><td>48.6%</td></tr>"
            "<tr><td>Overall response rate</td><td>84.6%</td><td>67.3%</td></tr></table></main></body></html>")
    rows = trial_results(html, "article.html")
    assert sorted((key(r), r["comparator"]) for r in rows) == [
        (("ciltacabtagene-autoleucel", "overall-response", "rate", 84.6, 67.3), "standard of care"),
        (("ciltacabtagene-autoleucel", "progression-free-survival", "rate", 75.9, 48.6), "standard of care")]
