"""A disease the page names only to exclude it does not compete for the page's disease.

Shape: a drug page whose recommendations name no disease ("X is not recommended for patients who ...", "Everyone
should be tested for ..."), so they fall back on the disease the page is about; the page also names another disease
in an exclusion aside ("not funded for Y", "not authorised for Z", "is not approved in W"). Counted as an equal, the
aside's disease left the page with no disease and the rows with none. Pages written for this test (own words): a
blood cancer and solid tumours, clinician and patient register.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

FORMULARY_BLOOD = """# Midostaurin (Rydapt) - formulary entry

## Approved use on formulary

Midostaurin is on formulary for adults with newly diagnosed acute myeloid leukaemia that carries a FLT3 mutation,
given with standard induction and consolidation chemotherapy.

## Restrictions

- Not funded for systemic mastocytosis: requests for systemic mastocytosis go to the mast cell clinic.
- Midostaurin is not recommended for patients with severe liver disease.
"""

PATIENT_SOLID = """# Your medicine: osimertinib

Osimertinib is a tablet for people with non-small cell lung cancer whose cancer has a change in the EGFR gene.

Osimertinib is not approved for small cell lung cancer, and doctors do not use it for small cell lung cancer.

Osimertinib is not recommended for people who have had inflammation of the lungs from an earlier medicine.
"""

SUMMARY_SOLID = """# Enzalutamide: summary of the medicine

Enzalutamide is a hormone medicine for men with prostate cancer. In prostate cancer that has spread, it lowers the
effect of testosterone on the cancer cells.

Enzalutamide is not authorised for breast cancer, and studies in breast cancer have not led to an approval.

Enzalutamide should not be given to men who have had a seizure.
"""

CASES = [
    ("formulary-blood-clinician", FORMULARY_BLOOD, "midostaurin.md",
     {("acute-myeloid-leukemia", "not_recommended", frozenset({"midostaurin"}))}),
    ("patient-solid", PATIENT_SOLID, "osimertinib.md",
     {("non-small-cell-lung-cancer", "not_recommended", frozenset({"osimertinib"}))}),
    ("summary-solid", SUMMARY_SOLID, "enzalutamide.md",
     {("prostate-cancer", "not_recommended", frozenset({"enzalutamide"}))}),
]


@pytest.mark.parametrize("case_id, text, name, expected", CASES, ids=[c[0] for c in CASES])
def test_a_disease_named_only_in_an_exclusion_leaves_the_page_its_disease(case_id, text, name, expected):
    article = parse_bytes(text.encode("utf-8"), name)
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == expected
