"""A graded marker's status from a level written after it with its unit (contract v2: low / high).

Sentences written for this test. "alpha-fetoprotein of 400 ng/mL or higher" is AFP high, "a TMB of at
least 10 mutations per megabase" TMB high; a bare value says nothing, and a serum marker named with no
level or status is no biomarker of the claim ("AFP was measured").
"""
import pytest

from extract.entities.biomarkers import find_biomarkers


@pytest.mark.parametrize("text, expected", [
    ("Ramucirumab is an option in liver cancer when the alpha-fetoprotein level is 400 ng/mL or more.",
     [("AFP", "high")]),
    ("Ramucirumab is offered to people whose blood AFP is above 400 ng/mL.", [("AFP", "high")]),
    ("Pembrolizumab is approved for solid tumours with a TMB of at least 10 mutations per megabase.",
     [("TMB", "high")]),
    ("Children whose tumour mutational burden is >= 10 mut/Mb may receive it.", [("TMB", "high")]),
    ("Tumours with a TMB below 10 mut/Mb responded less often.", [("TMB", "low")]),
    ("Elevated AFP levels were common in the trial.", [("AFP", "high")]),
    # no level, or a value with no comparison: no status
    ("AFP was measured every 3 months.", []),
    ("His AFP fell to 12 ng/mL after treatment.", []),
])
def test_a_level_with_its_unit_gives_the_status(text, expected):
    assert [(h.symbol, h.status) for h in find_biomarkers(text)] == expected
