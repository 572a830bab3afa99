"""Results tables read as tables: the header row names the arms (and sometimes the units), the
first cell of each row names the endpoint, one result per row. Tables written for these tests,
as Markdown pipes and as HTML (rendered to "cell | cell" lines by the text layer)."""
from __future__ import annotations

FIELDS = ("drug_id", "endpoint", "measure", "value", "comparator_value", "unit", "hazard_ratio",
          "ci_low", "ci_high", "p_value", "p_operator", "comparator")


def got(rows: list[dict]) -> list[tuple]:
    return sorted(tuple(r[f] for f in FIELDS) for r in rows)


def test_markdown_table_units_in_the_row_label_and_hazard_ratio_and_p_columns(trial_results):
    rows = trial_results(
        "# Results of the KESTREL-2 study\n\n"
        "The phase 3 KESTREL-2 trial randomized 610 adults with untreated EGFR-mutated non-small cell "
        "lung cancer to osimertinib or gefitinib.\n\n"
        "| Outcome | Osimertinib (n=305) | Gefitinib (n=305) | HR (95% CI) | P value |\n"
        "|---|---|---|---|---|\n"
        "| Median PFS, months | 18.4 | 10.3 | 0.46 (0.37-0.57) | <0.001 |\n"
        "| Objective response rate, % | 78 | 70 | | 0.24 |\n"
        "| 2-year OS, % | 74 | 59 | 0.80 (0.64-1.00) | 0.046 |\n", "kestrel.md")
    assert got(rows) == sorted([
        ("osimertinib", "overall-response", "rate", 78, 70, "percent", None, None, None, 0.24, "=", "gefitinib"),
        ("osimertinib", "overall-survival", "rate", 74, 59, "percent", 0.80, 0.64, 1.00, 0.046, "=", "gefitinib"),
        ("osimertinib", "progression-free-survival", "median", 18.4, 10.3, "months", 0.46, 0.37, 0.57, 0.001, "<",
         "gefitinib")])
    assert {r["trial_name"] for r in rows} == {"KESTREL-2"}


def test_html_table_units_in_the_header_and_a_median_with_its_interval_in_the_cell(trial_results):
    html = ("<html><body><main><h1>The HERON trial in myelofibrosis</h1>"
            "<p>In the HERON study, 220 patients with myelofibrosis were randomly assigned to momelotinib "
            "or to best available therapy for 24 weeks.</p>"
            "<table><tr><th>Endpoint</th><th>Momelotinib, %</th><th>Best available therapy, %</th></tr>"
            "<tr><td>Spleen volume response (SVR35)</td><td>27</td><td>9</td></tr>"
            "<tr><td>Transfusion independence</td><td>31</td><td>20</td></tr></table>"
            "<p>The drug was generally well tolerated.</p></main></body></html>")
    rows = trial_results(html, "heron.html")
    assert got(rows) == sorted([
        ("momelotinib", "spleen-volume-response", "rate", 27, 9, "percent", None, None, None, None, None,
         "best available therapy"),
        ("momelotinib", "transfusion-independence", "rate", 31, 20, "percent", None, None, None, None, None,
         "best available therapy")])


def test_cells_holding_a_median_with_its_interval_and_not_reached(trial_results):
    rows = trial_results(
        "Results of the LYNX-3 trial\n\n"
        "The LYNX-3 trial compared ibrutinib plus venetoclax with chlorambucil plus obinutuzumab in "
        "older adults with untreated CLL.\n\n"
        "| Endpoint | Ibrutinib-venetoclax | Chlorambucil-obinutuzumab |\n"
        "| Median PFS (months) | NR (49.0-NR) | 21.0 (17.6-25.1) |\n"
        "| Complete response rate (%) | 38.7 (30.0-48.0) | 11.2 (6.1-18.3) |\n", "lynx.txt")
    assert got(rows) == sorted([
        ("ibrutinib", "complete-remission", "rate", 38.7, 11.2, "percent", None, None, None, None, None,
         "chlorambucil + obinutuzumab"),
        ("ibrutinib", "progression-free-survival", "median", None, 21.0, "months", None, None, None, None, None,
         "chlorambucil + obinutuzumab")])


def test_a_table_with_the_arms_as_rows_and_the_endpoints_as_columns(trial_results):
    rows = trial_results(
        "# PROSTATA-9 at a glance\n\n"
        "The PROSTATA-9 study randomized 800 men with metastatic castration-resistant prostate cancer to "
        "enzalutamide or placebo.\n\n"
        "| Arm | rPFS, median months | PSA response, % |\n"
        "|---|---|---|\n"
        "| Enzalutamide | 20.0 | 54 |\n"
        "| Placebo | 5.4 | 2 |\n", "prostata.md")
    assert got(rows) == sorted([
        ("enzalutamide", "psa-response", "rate", 54, 2, "percent", None, None, None, None, None, "placebo"),
        ("enzalutamide", "radiographic-progression-free-survival", "median", 20.0, 5.4, "months", None, None,
         None, None, None, "placebo")])


def test_a_caption_row_above_the_header_and_a_short_comparator_row(trial_results):
    html = ("<html><body><main><h1>SUMMIT-5 in advanced lung cancer</h1>"
            "<p>SUMMIT-5 was a phase 3 trial in which 1,000 patients with EGFR-mutated non-small cell lung "
            "cancer received amivantamab or osimertinib as first-line treatment.</p>"
            "<table><tr><td>Table 2</td><td>Main efficacy outcome</td></tr>"
            "<tr><th>Arm</th><th>Median PFS, months (95% CI)</th><th>HR (95% CI)</th><th>P value</th></tr>"
            "<tr><td>Amivantamab</td><td>22.1 (18.5, 26.0)</td><td>0.68 (0.56, 0.83)</td><td>0.0001</td></tr>"
            "<tr><td>Osimertinib</td><td>15.9 (13.0, 18.0)</td></tr></table>"
            "<p>Safety was as expected.</p></main></body></html>")
    rows = trial_results(html, "summit.html")
    assert got(rows) == [
        ("amivantamab", "progression-free-survival", "median", 22.1, 15.9, "months", 0.68, 0.56, 0.83, 0.0001, "=",
         "osimertinib")]
    assert rows[0]["line_of_therapy"] == "first-line"


def test_two_analyses_of_one_endpoint_in_a_table_are_two_results(trial_results):
    rows = trial_results(
        "Long-term results of the ATLAS-1 trial\n\n"
        "The ATLAS-1 trial compared acalabrutinib with chlorambucil in untreated CLL.\n\n"
        "| Analysis | Acalabrutinib | Chlorambucil |\n"
        "| Median PFS, first analysis (months) | 30.2 | 22.6 |\n"
        "| Median PFS, final analysis (months) | 42.0 | 22.6 |\n", "atlas.txt")
    assert got(rows) == [
        ("acalabrutinib", "progression-free-survival", "median", 30.2, 22.6, "months", None, None, None, None, None,
         "chlorambucil"),
        ("acalabrutinib", "progression-free-survival", "median", 42.0, 22.6, "months", None, None, None, None, None,
         "chlorambucil")]


def test_count_and_percent_cells_give_the_percent(trial_results):
    rows = trial_results(
        "Results of the CEDAR-1 trial\n\n"
        "The CEDAR-1 trial compared tucatinib with placebo, each added to trastuzumab and capecitabine, in "
        "HER2-positive metastatic breast cancer.\n\n"
        "| Outcome, n (%) | Tucatinib (n=340) | Placebo (n=170) |\n"
        "| Objective response | 138 (40.6) | 39 (22.8) |\n"
        "| Intracranial response | 47/75 (47.3%) | 10/50 (20.0%) |\n", "cedar.txt")
    assert got(rows) == sorted([
        ("tucatinib", "overall-response", "rate", 40.6, 22.8, "percent", None, None, None, None, None, "placebo"),
        ("tucatinib", "intracranial-response", "rate", 47.3, 20.0, "percent", None, None, None, None, None,
         "placebo")])


def test_count_and_percent_cells_in_a_blood_cancer_table(trial_results):
    html = ("<html><body><main><h1>MAPLE-2 in chronic phase CML</h1>"
            "<p>The MAPLE-2 trial randomized 400 adults with chronic phase CML to asciminib or imatinib.</p>"
            "<table><tr><th>Response at week 48</th><th>Asciminib, No. (%)</th><th>Imatinib, No. (%)</th></tr>"
            "<tr><td>Major molecular response</td><td>136 (67.7)</td><td>98 (49.0)</td></tr></table>"
            "<p>Safety was similar.</p></main></body></html>")
    rows = trial_results(html, "maple.html")
    assert got(rows) == [("asciminib", "major-molecular-response", "rate", 67.7, 49.0, "percent", None, None, None,
                          None, None, "imatinib")]


def test_a_single_arm_table_belongs_to_the_trial_drug(trial_results):
    rows = trial_results(
        "Results of the PINE-1 study\n\n"
        "The PINE-1 study enrolled 120 adults with relapsed AML who received olutasidenib.\n\n"
        "| Endpoint | All patients (n=120) |\n"
        "| CR rate, % | 32 |\n"
        "| Median duration of CR, months | 25.9 |\n", "pine.txt")
    assert got(rows) == sorted([
        ("olutasidenib", "complete-remission", "rate", 32, None, "percent", None, None, None, None, None, None),
        ("olutasidenib", "duration-of-remission", "median", 25.9, None, "months", None, None, None, None, None,
         None)])
