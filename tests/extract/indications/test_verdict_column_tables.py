"""Tables whose rows each carry their own verdict: "Medicine | Indication | Decision" with "Funded" / "Not
funded", "Drug | Disease | Approved?" with "Yes" / "No", "Drug | Condition | Reimbursed?". The verdict cell
gives the row's status and polarity (a payer's "Funded" is a use, a regulator's "Yes" an approval); before,
the relation column's status was given to every row and a row whose cell said "No" or "Not funded" was
dropped. Before the change the negated rows and the "Reimbursed?" table were missed (0/3 cases right);
the guard keeps a verdict cell we cannot read ("Recruiting") on the table's plain status, as before.
"""
from __future__ import annotations

import pytest

CASES = [
    ("decision-column-blood-md",
     "# Lymphoma medicines: funding decisions\n\n| Medicine | Indication | Decision |\n|---|---|---|\n"
     "| Acalabrutinib | Chronic lymphocytic leukaemia, first treatment | Funded |\n"
     "| Ibrutinib | Mantle cell lymphoma after one earlier treatment | Not funded |\n", None,
     {("acalabrutinib", "chronic-lymphocytic-leukemia", False): "used",
      ("ibrutinib", "mantle-cell-lymphoma", True): "not_indicated"}),
    ("approved-yes-no-solid-html",
     "<html><head><title>Kidney and bladder cancer</title></head><body><h1>Where each medicine stands</h1>"
     "<table><tr><th>Drug</th><th>Disease</th><th>Approved?</th></tr>"
     "<tr><td>Belzutifan</td><td>Advanced renal cell carcinoma</td><td>Yes</td></tr>"
     "<tr><td>Erdafitinib</td><td>Renal cell carcinoma</td><td>No</td></tr></table></body></html>", None,
     {("belzutifan", "renal-cell-carcinoma", False): "approved",
      ("erdafitinib", "renal-cell-carcinoma", True): "not_indicated"}),
    ("reimbursed-question-blood-txt",
     "REIMBURSEMENT TABLE\n\nDrug | Condition | Reimbursed?\n"
     "Venetoclax | acute myeloid leukaemia, unfit for intensive chemotherapy | Yes\n"
     "Gilteritinib | FLT3-mutated acute myeloid leukaemia, relapsed | No\n", "table.txt",
     {("venetoclax", "acute-myeloid-leukemia", False): "used",
      ("gilteritinib", "acute-myeloid-leukemia", True): "not_indicated"}),
    ("guard-unread-verdict-keeps-table-status",
     "# Studies\n\nThe table lists studies that are open at our centre this year.\n\n| Drug | Disease | Status |\n|---|---|---|\n| Ruxolitinib | Myelofibrosis | Recruiting |\n"
     "| Imatinib | Chronic myeloid leukaemia | Recruiting |\n", None,
     {("ruxolitinib", "myelofibrosis", False): "used", ("imatinib", "chronic-myeloid-leukemia", False): "used"}),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_a_rows_verdict_cell_gives_its_status_and_polarity(case_id, text, name, expected, claim_statuses):
    assert claim_statuses(text, name=name) == expected
