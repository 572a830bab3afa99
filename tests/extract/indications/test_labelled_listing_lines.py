"""Formulary and listing lines whose subject is the drug of their heading and which open with a short label
or have no verb: "Initial treatment: reimbursed for A", "Continuation - funded for A", "Covered indication:
A", "Reimbursed: A", "Funded for: A with Y". The label does not hide the payer's participle, and a colon or
a dash after it stands for "for". A drug named after "with" in such a line is the heading drug's partner.
Before the change the positive claims below were all missed (0/4) while the negated lines beside them
were read, and "Drug - Not reimbursed: A" gave no restriction (a colon or dash after the payer's negated
participle stands for "for" too); the guard keeps a labelled line under a heading naming two drugs silent.
"""
from __future__ import annotations

import pytest

CASES = [
    ("label-colon-blood-md",
     "# Formulary\n\n## Zanubrutinib\n\nZanubrutinib is a BTK inhibitor taken by mouth.\n\nInitial treatment: "
     "reimbursed for relapsed mantle cell lymphoma after one earlier therapy.\n\nZanubrutinib is not reimbursed "
     "for hairy cell leukaemia.\n", None,
     {("zanubrutinib", "mantle-cell-lymphoma", False): "used",
      ("zanubrutinib", "hairy-cell-leukemia", True): "not_indicated"}),
    ("label-dash-solid-txt",
     "FORMULARY NOTES\n\n------------------------------\nITEM 1 - Osimertinib 80 mg tablets\n"
     "------------------------------\nContinuation - funded for EGFR-mutated non-small cell lung cancer while the "
     "disease is controlled.\nOsimertinib is not funded for small cell lung cancer.\n", "notes.txt",
     {("osimertinib", "non-small-cell-lung-cancer", False): "used",
      ("osimertinib", "small-cell-lung-cancer", True): "not_indicated"}),
    ("verbless-html-two-drugs-solid",
     "<html><head><title>Regional formulary</title></head><body><h1>Breast and ovary medicines</h1>"
     "<h2>Ribociclib</h2><p><strong>Covered indication:</strong> HR-positive, HER2-negative advanced breast "
     "cancer, taken with an aromatase inhibitor.</p><p>Not covered for early breast cancer after surgery.</p>"
     "<h2>Olaparib</h2><p>Reimbursed: BRCA-mutated ovarian cancer as maintenance after platinum chemotherapy.</p>"
     "</body></html>", None,
     {("ribociclib", "breast-cancer", False): "used", ("ribociclib", "breast-cancer", True): "not_indicated",
      ("olaparib", "ovarian-cancer", False): "used"}),
    ("funded-for-colon-with-partner-blood-md",
     "# Myeloma drugs on the list\n\n## Carfilzomib\n\nFunded for: relapsed multiple myeloma with dexamethasone.\n\n"
     "## Selinexor\n\nSelinexor is not funded for newly diagnosed multiple myeloma.\n", None,
     {("carfilzomib", "multiple-myeloma", False): "used", ("dexamethasone", "multiple-myeloma", False): "used",
      ("selinexor", "multiple-myeloma", True): "not_indicated"}),
    ("drug-dash-verdict-colon-lines-txt",
     "FORMULARY SUMMARY\n\nOsimertinib - Reimbursed: EGFR-mutated non-small cell lung cancer, first line.\n"
     "Ibrutinib - Not reimbursed: mantle cell lymphoma.\n", "summary.txt",
     {("osimertinib", "non-small-cell-lung-cancer", False): "used",
      ("ibrutinib", "mantle-cell-lymphoma", True): "not_indicated"}),
    ("guard-heading-with-two-drugs",
     "# Listing\n\n## Nivolumab and ipilimumab\n\nFirst line: reimbursed for advanced melanoma.\n", None, {}),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_a_labelled_listing_line_is_the_heading_drugs_claim(case_id, text, name, expected, claim_statuses):
    assert claim_statuses(text, name=name) == expected
