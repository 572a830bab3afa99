"""The page's disease named by a generic noun: "not indicated for platinum-sensitive disease", "patients whose
tumours lack the marker", "adults with relapsed disease" (the trial that compared the drug with chemotherapy).

Shape: a restriction or a trial's arms name no disease, only "disease" / "tumours" after a qualifier; the disease is
the one the page is about (most of its condition mentions), even when the title names only the drug. A negated row
may take it because the clause itself refers to the disease. Pages written for this test (own words), a blood cancer
and solid tumours, label and patient register. Expected rows are (drug_id, condition_id, negated).
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.indications.rows import extract_indications
from sources.parse import parse_bytes

CASES = [
    ("not-indicated-for-qualified-disease-solid",
     "Tivdak (tisotumab vedotin): key label points\n\n"
     "Tisotumab vedotin is approved for adults with recurrent or metastatic cervical cancer whose disease "
     "progressed on or after chemotherapy.\n\n"
     "Tisotumab vedotin is not indicated for previously untreated disease.\n",
     {("tisotumab-vedotin", "cervical-cancer", False), ("tisotumab-vedotin", "cervical-cancer", True)}),
    ("not-indicated-for-qualified-disease-blood",
     "Xpovio (selinexor): prescribing summary\n\n"
     "Selinexor is approved with bortezomib and dexamethasone for adults with multiple myeloma who have received "
     "at least one prior therapy.\n\n"
     "Selinexor is not indicated for newly diagnosed disease.\n",
     {("selinexor", "multiple-myeloma", False), ("bortezomib", "multiple-myeloma", False),
      ("dexamethasone", "multiple-myeloma", False), ("selinexor", "multiple-myeloma", True)}),
    ("whose-tumours-patient",
     "Your guide to lorlatinib\n\n"
     "Lorlatinib is used to treat ALK-positive non-small cell lung cancer. Your doctor will test your cancer "
     "first.\n\n"
     "Lorlatinib is not used for people whose tumours do not have an ALK change.\n",
     {("lorlatinib", "non-small-cell-lung-cancer", False), ("lorlatinib", "non-small-cell-lung-cancer", True)}),
    ("comparator-arm-under-a-drug-only-title",
     "Tivdak (tisotumab vedotin): key label points\n\n"
     "Tisotumab vedotin is approved for adults with recurrent or metastatic cervical cancer.\n\n"
     "## Clinical efficacy\n\n"
     "The approval rests on a randomised study in 502 women with recurrent disease. Patients received "
     "tisotumab vedotin or the investigator's choice of chemotherapy (topotecan, vinorelbine or irinotecan).\n",
     {("tisotumab-vedotin", "cervical-cancer", False), ("topotecan", "cervical-cancer", False),
      ("vinorelbine", "cervical-cancer", False), ("irinotecan", "cervical-cancer", False)}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_generic_disease_noun_stands_for_the_page_disease(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "page.md")
    rows = extract_indications(article, recognize(article))
    assert {(r["drug_id"], r["condition_id"], r["negated"]) for r in rows} == expected
