"""Which trial a result belongs to: the acronym preferred, the registry id (NCT number) kept in a
column of its own, a name written only in the title, and the line of therapy of the population.
Articles written for these tests."""
from __future__ import annotations


def names(rows: list[dict]) -> list[tuple]:
    return sorted({(r["drug_id"], r["endpoint"], r["trial_name"], r["registry_id"]) for r in rows})


def test_acronym_named_before_its_registry_id_keeps_both(trial_results):
    rows = trial_results(
        "Osimertinib after surgery\n\n"
        "The ORCA-7 study (ClinicalTrials.gov, NCT01234567) randomized 682 patients with resected "
        "EGFR-mutated non-small cell lung cancer to osimertinib or placebo.\n\n"
        "Disease-free survival at 2 years was 89% with osimertinib versus 52% with placebo.\n")
    assert names(rows) == [("osimertinib", "disease-free-survival", "ORCA-7", "NCT01234567")]


def test_registry_id_written_first_and_acronym_later_prefers_the_acronym(trial_results):
    rows = trial_results(
        "Myelofibrosis update\n\n"
        "Study NCT07654321 tested momelotinib in anaemic patients with myelofibrosis.\n\n"
        "In the trial, known as the SAPPHIRE trial, the transfusion independence rate was 31% with "
        "momelotinib versus 20% with danazol.\n")
    assert names(rows) == [("momelotinib", "transfusion-independence", "SAPPHIRE", "NCT07654321")]


def test_a_registry_id_alone_is_the_trial_name_and_the_registry_id(trial_results):
    rows = trial_results(
        "Olutasidenib in IDH1-mutated AML\n\n"
        "A phase 1/2 study (NCT02345678) enrolled 147 adults with relapsed AML.\n\n"
        "The complete remission rate with olutasidenib was 32%.\n")
    assert names(rows) == [("olutasidenib", "complete-remission", "NCT02345678", "NCT02345678")]


def test_a_numbered_acronym_in_the_title_names_the_trial_of_the_page(trial_results):
    rows = trial_results(
        "MERIDIAN-4: ribociclib after surgery for early breast cancer\n\n"
        "Adding ribociclib to endocrine therapy raised 3-year invasive disease-free survival to 90.1% from "
        "87.2% with endocrine therapy alone.\n")
    assert names(rows) == [("ribociclib", "invasive-disease-free-survival", "MERIDIAN-4", None)]


def test_line_of_therapy_is_read_from_the_trial_description(trial_results):
    rows = trial_results(
        "Second-line myeloma results\n\n"
        "The CORAL-3 trial enrolled 300 adults with myeloma after one prior line of therapy.\n\n"
        "Median PFS was 15.0 months with carfilzomib and 9.1 months with bortezomib.\n\n"
        "A separate cohort of the FALCON-2 trial enrolled 120 patients with untreated lung cancer.\n\n"
        "As first-line therapy, pembrolizumab gave an objective response rate of 45%.\n")
    assert sorted((r["drug_id"], r["line_of_therapy"]) for r in rows) == [
        ("carfilzomib", "second-line"), ("pembrolizumab", "first-line")]


def test_an_acronym_with_its_registry_note_and_a_long_description_names_the_trial(trial_results):
    rows = trial_results(
        "Ropeginterferon update\n\n"
        "Data from LUMEN (ClinicalTrials.gov identifier: NCT01234568), an open-label, multicentre phase 1/2 "
        "study, were presented.\n\n"
        "A complete hematologic response was reached by 61% of patients given ropeginterferon alfa-2b.\n")
    assert names(rows) == [("ropeginterferon-alfa-2b", "complete-hematologic-response", "LUMEN", "NCT01234568")]


def test_a_trial_field_line_names_the_trial(trial_results):
    rows = trial_results(
        "Imetelstat at a glance\n\n"
        "- Trial: SOLACE, phase 3\n"
        "- Transfusion independence for 8 weeks: 40% with imetelstat vs 15% with placebo\n")
    assert names(rows) == [("imetelstat", "transfusion-independence", "SOLACE", None)]


def test_two_word_and_trademarked_names(trial_results):
    rows = trial_results(
        "Encorafenib in colorectal cancer\n\n"
        "The phase III GALAXY CRC trial tested encorafenib with cetuximab.\n\n"
        "Median overall survival was 9.3 months with encorafenib versus 5.9 months with chemotherapy.\n\n"
        "Oral azacitidine maintenance\n\n"
        "New data come from the HARBOR® MDS-002 study of oral azacitidine.\n\n"
        "Median overall survival was 24.7 months with azacitidine versus 14.8 months with placebo.\n")
    assert sorted((r["drug_id"], r["trial_name"]) for r in rows) == [
        ("azacitidine", "HARBOR MDS-002"), ("encorafenib", "GALAXY CRC")]


def test_a_phase_numeral_before_an_acronym_is_not_part_of_its_name(trial_results):
    rows = trial_results(
        "Glofitamab in DLBCL\n\n"
        "In the phase III ORBIT study, glofitamab with chemotherapy lowered the risk of death.\n\n"
        "Median overall survival was 25.5 months with glofitamab versus 12.9 months with rituximab "
        "(NCT04408639).\n")
    assert names(rows) == [("glofitamab", "overall-survival", "ORBIT", "NCT04408639")]
