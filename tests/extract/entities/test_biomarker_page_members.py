"""A biomarker family named without a member is the member the page names (the finest marker the text names).

Pages written for this test. "IDH-mutant" on a page that says "IDH1 or IDH2" elsewhere is IDH1, the first
member named; a family that is absent ("RAS wild-type") stays the family, and a page that names no member
keeps the family.
"""
import pytest

from extract.entities.biomarkers import find_biomarkers

CASES = [
    ("glioma-patient-register",
     "Vorasidenib for grade 2 IDH-mutant astrocytoma.\n\nThese tumours carry an IDH1 or IDH2 mutation, and the "
     "drug blocks both enzymes.",
     [("IDH1", "mutated"), ("IDH1", "mutated"), ("IDH2", "mutated")]),
    ("bladder-member-named-later",
     "Erdafitinib in FGFR-altered bladder cancer.\n\nYour tumour is tested for FGFR3 or FGFR2 changes before "
     "treatment.",
     [("FGFR3", "mutated"), ("FGFR3", None), ("FGFR2", None)]),
    ("tumour-agnostic-fusions",
     "Larotrectinib works in NTRK fusion-positive cancers of many organs.\n\nIt was studied in tumours with "
     "NTRK1, NTRK2 or NTRK3 gene fusions.",
     [("NTRK1", "positive"), ("NTRK1", "positive"), ("NTRK2", "positive"), ("NTRK3", "positive")]),
    ("absent-family-stays-the-family",
     "Cetuximab is used for RAS wild-type bowel cancer.\n\nSotorasib is for KRAS G12C-mutated lung cancer.",
     [("RAS", "negative"), ("KRAS", "mutated")]),
    ("no-member-named",
     "Olaparib is an option for BRCA-mutated ovarian cancer.",
     [("BRCA", "mutated")]),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_family_is_the_member_the_page_names(case_id, text, expected):
    assert [(h.symbol, h.status) for h in find_biomarkers(text)] == expected
