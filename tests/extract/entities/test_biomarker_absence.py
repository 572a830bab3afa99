"""A marker written as absent is negative, not mutated (#18): "no ESR1 mutation", "tumours that do not carry
a BRAF V600E mutation", "EGFR mutation not detected", "no KRAS or NRAS mutation" (each marker of the list).
Sentences written for these tests; the status written as present stays as it was."""
from __future__ import annotations

import pytest

from extract.entities.biomarkers import find_biomarkers


@pytest.mark.parametrize("text, expected", [
    ("| Second line | No ESR1 mutation | Fulvestrant with everolimus |", [("ESR1", "negative")]),
    ("Breast cancer with no detectable ESR1 mutation in plasma", [("ESR1", "negative")]),
    ("Colorectal cancer with no KRAS or NRAS mutation", [("KRAS", "negative"), ("NRAS", "negative")]),
    ("Melanomas that do not carry a BRAF V600E mutation", [("BRAF", "negative")]),
    ("Lung tumours that don't harbour an EGFR mutation", [("EGFR", "negative")]),
    ("An EGFR mutation was not detected in the biopsy", [("EGFR", "negative")]),
    ("The cancer is not PIK3CA-mutated", [("PIK3CA", "negative")]),
    ("Gastric cancer negative for a HER2 amplification", [("ERBB2", "negative")]),
    # present stays present; "with or without" says nothing
    ("Breast cancer with an ESR1 mutation", [("ESR1", "mutated")]),
    ("Colorectal cancer with a KRAS mutation or a BRAF V600E mutation", [("KRAS", "mutated"), ("BRAF", "mutated")]),
    ("EGFR-negative or ALK-positive lung cancer", [("EGFR", "negative"), ("ALK", "positive")]),
    ("Chronic leukaemia with or without a TP53 mutation", [("TP53", "mutated")]),
    ("An EGFR mutation was detected in the biopsy", [("EGFR", "mutated")]),
])
def test_a_marker_written_as_absent_is_negative(text, expected):
    assert [(h.symbol, h.status) for h in find_biomarkers(text)] == expected
