"""Biomarkers of contract v2: statuses low / high / deficient, named variants and PD-L1 cut-offs.

Every sentence is written for this test, in patient and clinician register, solid and blood cancers.
"""
import pytest

from extract.entities.recognize import recognize_text


def markers(text):
    return [(m.id, m.attrs.get("status"), m.attrs.get("variant"))
            for m in recognize_text(text).mentions if m.kind == "biomarker"]


@pytest.mark.parametrize("text, expected", [
    # a named variant is `mutated`, the variant kept as written
    ("Lazertinib is for tumours with EGFR exon 19 deletions or exon 21 L858R substitution mutations.",
     [("EGFR", "mutated", "exon 19 deletions or exon 21 L858R")]),
    ("Her lung cancer carries a KRAS G12C change, so sotorasib is an option.",
     [("KRAS", "mutated", "G12C")]),
    ("Encorafenib is used in BRAF V600E-mutant colorectal cancer.", [("BRAF", "mutated", "V600E")]),
    ("Amivantamab targets EGFR exon 20 insertion mutations.", [("EGFR", "mutated", "exon 20 insertion mutations")]),
    ("Avapritinib is active against KIT D816V.", [("KIT", "mutated", "D816V")]),
    ("Most patients with PV carry JAK2 V617F.", [("JAK2", "mutated", "V617F")]),
    # low / high / deficient
    ("Trastuzumab deruxtecan helps HER2-low and HER2-ultralow disease.",
     [("ERBB2", "low", None), ("ERBB2", "low", "ultralow")]),
    ("Pembrolizumab is approved for MSI-H or dMMR solid tumours.",
     [("MSI", "high", None), ("MSI", "deficient", None)]),
    ("Tumours with deficient mismatch repair respond to dostarlimab.", [("MSI", "deficient", None)]),
    ("A high tumour mutational burden predicts benefit.", [("TMB", "high", None)]),
    ("Tumours with low HER2 expression can respond to the conjugate.", [("ERBB2", "low", None)]),
    # a level before a marker that is not graded is something else: a high major molecular response rate
    ("A high MMR rate at 12 months was seen with asciminib in CML.", []),
    ("Niraparib is given whatever the HRD status; HRD-positive cancers benefit most.",
     [("HRD", "deficient", None), ("HRD", "deficient", None)]),
    ("Colon cancers that are pMMR or MSS rarely respond to checkpoint inhibitors alone.",
     [("MSI", "negative", None), ("MSI", "negative", None)]),
    # PD-L1 cut-offs set the status by value and are kept as the variant
    ("First-line pembrolizumab alone is for PD-L1 TPS ≥50%.", [("CD274", "high", "TPS ≥50%")]),
    ("Nivolumab with chemotherapy is for PD-L1 CPS ≥ 5 gastric cancer.", [("CD274", "positive", "CPS ≥ 5")]),
    ("Patients with PD-L1 1–49% received chemo-immunotherapy.", [("CD274", "low", "1–49%")]),
    ("In PD-L1 <1% disease the benefit was small.", [("CD274", "negative", "<1%")]),
    # fusions and alterations, with a status shared across a list
    ("Crizotinib treats ALK/ROS1-positive NSCLC.", [("ALK", "positive", None), ("ROS1", "positive", None)]),
    ("Capivasertib is for PIK3CA, AKT1 or PTEN alterations.",
     [("PIK3CA", "mutated", None), ("AKT1", "mutated", None), ("PTEN", "mutated", None)]),
    ("Larotrectinib treats any tumour with an NTRK gene fusion.", [("NTRK", "positive", None)]),
    # a cytogenetic marker does not take a gene's status
    ("Chemoimmunotherapy works poorly in CLL with del(17p) or TP53 mutation.",
     [("del(17p)", None, None), ("TP53", "mutated", None)]),
    ("Zolbetuximab is for CLDN18.2-positive gastric cancer.", [("CLDN18", "positive", None)]),
    ("Mirvetuximab needs FRα-high ovarian cancer.", [("FOLR1", "high", None)]),
    ("Radioligand therapy is for PSMA-positive prostate cancer.", [("FOLH1", "positive", None)]),
    ("Elacestrant is for ESR1-mutated breast cancer.", [("ESR1", "mutated", None)]),
    ("Olaparib is used in gBRCAm cancers.", [("BRCA", "mutated", None)]),
    # the text names BRCA1/2, so the family abbreviation is its first member (test_biomarker_page_members.py)
    ("Olaparib is used in gBRCAm and BRCA1/2-mutated cancers.", [("BRCA1", "mutated", None), ("BRCA1", "mutated", None)]),
    # headline capitals and glued abbreviations
    ("New Option For EGFR-Mutated Lung Cancer", [("EGFR", "mutated", None)]),
    ("Approval Expanded To HER2-Positive Gastric Cancer", [("ERBB2", "positive", None)]),
    ("For non-BRCAmut/HRDneg disease, niraparib may still be offered.",
     [("BRCA", "negative", None), ("HRD", "negative", None)]),
    ("CD20-Positive Follicular Lymphoma Responds To Mosunetuzumab", [("MS4A1", "positive", None)]),
])
def test_solid_tumour_markers_statuses_and_variants(text, expected):
    assert markers(text) == expected


def test_receptor_status_that_is_the_subtype_is_not_also_a_marker():
    # HR+ is the subtype of the breast cancer; HER2 stays a biomarker
    ents = recognize_text("Ribociclib is used in HR+/HER2- early breast cancer.")
    assert [(m.id, m.attrs.get("status")) for m in ents.mentions if m.kind == "biomarker"] == [("ERBB2", "negative")]
    assert [m.attrs.get("subtype") for m in ents.mentions if m.kind == "condition"] == ["HR-positive"]
    # written apart from a condition, ER/PR are markers (contract: ESR1, PGR)
    assert markers("Her tumour was ER+ and PR+.") == [("ESR1", "positive", None), ("PGR", "positive", None)]


@pytest.mark.parametrize("text", [
    "Six patients had a PR and two a CR after four cycles.",
    "The ER was busy, so she waited for hours.",
    "HR 0.62 (95% CI 0.5-0.8) favoured the combination.",
])
def test_response_and_statistics_abbreviations_are_not_markers(text):
    assert markers(text) == []
