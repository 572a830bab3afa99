"""Recommendation tables whose cells name treatments without a verb.

Shape: a guideline table says what it recommends in its column headers ("Preferred", "Other recommended",
"Alternative", "Not recommended") or by giving each treatment an evidence grade in a column of its own
("Treatment | Grade"); the body cells hold only drug names ("Osimertinib", "Erlotinib or gefitinib",
"Venetoclax + azacitidine"). Each cell under such a column is one statement with the column's direction; the
other cells of the row (population, line, biomarker) qualify it. A table of results ("Arm | ORR | PFS") or a
treatment column on a page that is no guideline recommends nothing. Every text is written for this test.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

MD_PREFERRED_COLUMNS = """# NCCN Guidelines: non-small cell lung cancer, version 2.2025

## Systemic therapy for advanced disease

| Setting | Preferred | Other recommended |
|---|---|---|
| EGFR exon 19 deletion, first line | Osimertinib | Erlotinib or gefitinib |
| ALK rearrangement, first line | Alectinib | Crizotinib |
"""

HTML_TREATMENT_AND_GRADE = """<html><head><title>ESMO 2022 guideline: acute myeloid leukaemia</title></head><body>
<h1>ESMO 2022 guideline: acute myeloid leukaemia</h1>
<p>The European Society for Medical Oncology issued its 2022 guideline on acute myeloid leukaemia in adults.</p>
<table>
<tr><th>Population</th><th>Treatment</th><th>Grade</th></tr>
<tr><td>Not fit for intensive chemotherapy</td><td>Venetoclax plus azacitidine</td><td>I, A</td></tr>
<tr><td>FLT3-mutated, fit for intensive chemotherapy</td><td>Midostaurin with daunorubicin and cytarabine</td><td>I, A</td></tr>
</table></body></html>
"""

HTML_PREFERRED_AND_AVOID = """<html><head><title>Myeloma at first relapse: BSH guideline 2024</title></head><body>
<h1>Myeloma at first relapse: BSH guideline 2024</h1>
<p>The British Society for Haematology 2024 guideline groups the treatments of multiple myeloma at relapse.</p>
<table>
<tr><th>Relapse</th><th>Preferred regimen</th><th>Alternative</th><th>Not recommended</th></tr>
<tr><td>First relapse, lenalidomide-refractory</td><td>Daratumumab, bortezomib and dexamethasone</td><td>Carfilzomib + dexamethasone</td><td>Lenalidomide</td></tr>
</table></body></html>
"""

MD_PATIENT_TREATMENT_COLUMN = """# Bladder cancer treatment: what the 2025 guideline recommends

The European Urology Guidance Panel (EUGP) 2025 guideline for people with advanced bladder cancer.

| If your cancer | Recommended medicine |
|---|---|
| has spread and was not treated before | Enfortumab vedotin with pembrolizumab |
| has an FGFR3 change and grew after immunotherapy | Erdafitinib |
"""

HTML_EVIDENCE_TABLE = """<html><head><title>ESMO 2023 guideline: chronic lymphocytic leukaemia</title></head><body>
<h1>ESMO 2023 guideline: chronic lymphocytic leukaemia</h1>
<p>The European Society for Medical Oncology issued its 2023 guideline on chronic lymphocytic leukaemia in adults.</p>
<table>
<tr><th>Treatment</th><th>Median PFS, months</th><th>Grade 3-4 adverse events</th></tr>
<tr><td>Zanubrutinib</td><td>Not reached</td><td>52%</td></tr>
<tr><td>Bendamustine with rituximab</td><td>33.7</td><td>80%</td></tr>
</table></body></html>
"""

CASES = [
    ("md-preferred-and-other-columns-solid", MD_PREFERRED_COLUMNS, "nsclc.md", {
        ("non-small-cell-lung-cancer", "recommended", frozenset({"osimertinib"})),
        ("non-small-cell-lung-cancer", "recommended", frozenset({"erlotinib", "gefitinib"})),
        ("non-small-cell-lung-cancer", "recommended", frozenset({"alectinib"})),
        ("non-small-cell-lung-cancer", "recommended", frozenset({"crizotinib"})),
    }),
    ("html-treatment-column-with-grade-blood", HTML_TREATMENT_AND_GRADE, "aml.html", {
        ("acute-myeloid-leukemia", "recommended", frozenset({"venetoclax", "azacitidine"})),
        ("acute-myeloid-leukemia", "recommended", frozenset({"midostaurin", "daunorubicin", "cytarabine"})),
    }),
    ("html-preferred-alternative-not-recommended-blood", HTML_PREFERRED_AND_AVOID, "mm.html", {
        ("multiple-myeloma", "recommended", frozenset({"daratumumab", "bortezomib", "dexamethasone"})),
        ("multiple-myeloma", "option", frozenset({"carfilzomib", "dexamethasone"})),
        ("multiple-myeloma", "not_recommended", frozenset({"lenalidomide"})),
    }),
    ("md-patient-recommended-medicine-column-solid", MD_PATIENT_TREATMENT_COLUMN, "bladder.md", {
        ("urothelial-carcinoma", "recommended", frozenset({"enfortumab-vedotin", "pembrolizumab"})),
        ("urothelial-carcinoma", "recommended", frozenset({"erdafitinib"})),
    }),
]


def _rows(text: str, name: str) -> list[dict]:
    article = parse_bytes(text.encode("utf-8"), name)
    return extract_guideline_recommendations(article, recognize(article))


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_each_treatment_cell_under_a_recommending_column_is_a_row(case_id, text, name, expected):
    got = {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in _rows(text, name)}
    assert got == expected


def test_the_row_header_qualifies_the_cells_of_its_row():
    rows = _rows(MD_PREFERRED_COLUMNS, "nsclc.md")
    osimertinib = [r for r in rows if r["interventions"] == ["osimertinib"]]
    assert [(r["biomarker"], r["line_of_therapy"], r["guideline_body"]) for r in osimertinib] == [
        ("EGFR", "first-line", "NCCN")]
    grade = [r["strength"] for r in _rows(HTML_TREATMENT_AND_GRADE, "aml.html")]
    assert grade == ["I, A", "I, A"]


@pytest.mark.parametrize("text, name", [
    ("# Phase 3 results in chronic lymphocytic leukaemia\n\n| Treatment | Response rate | Median PFS |\n|---|---|---|\n"
     "| Acalabrutinib | 81% | 38 months |\n| Chlorambucil with obinutuzumab | 79% | 22 months |\n", "trial.md"),
    ("<html><head><title>Drugs used in breast cancer</title></head><body><h1>Drugs used in breast cancer</h1>"
     "<table><tr><th>Medicine</th><th>Type</th></tr><tr><td>Palbociclib</td><td>CDK4/6 inhibitor</td></tr>"
     "<tr><td>Letrozole</td><td>aromatase inhibitor</td></tr></table></body></html>", "drugs.html"),
    (HTML_EVIDENCE_TABLE, "evidence.html"),
])
def test_a_treatment_column_of_results_or_a_drug_list_recommends_nothing(text, name):
    assert _rows(text, name) == []
