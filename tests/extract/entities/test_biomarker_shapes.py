"""Biomarker mentions by shape (contract v2), in sentences written for these tests.

Shapes: a variant written without its gene names the gene; a family followed by its members in
brackets is the first member named (the finest marker the text gives); the status written before
the marker ("a variant in the BRCA2 gene", "tumours that express PD-L1").
"""
import pytest

from extract.entities.biomarkers import find_biomarkers


def _first(text):
    hits = find_biomarkers(text)
    assert hits, text
    h = hits[0]
    return h.symbol, h.status, h.variant


@pytest.mark.parametrize("text, expected", [
    ("Her lung cancer tested positive for an exon 19 deletion.", ("EGFR", "mutated", "exon 19 deletion")),
    ("Sotorasib is for lung cancer with a G12C mutation.", ("KRAS", "mutated", "G12C")),
    ("Treatment depends on whether the melanoma carries V600E.", ("BRAF", "mutated", "V600E")),
    ("Resistance came from a T790M mutation.", ("EGFR", "mutated", "T790M")),
])
def test_a_variant_written_without_its_gene_names_the_gene(text, expected):
    assert _first(text) == expected


def test_a_variant_after_its_gene_is_one_mention():
    hits = find_biomarkers("NSCLC with an EGFR exon 19 deletion or L858R mutation")
    assert [(h.symbol, h.status) for h in hits] == [("EGFR", "mutated")]


@pytest.mark.parametrize("text, expected", [
    ("Cetuximab does not help in RAS-mutated (KRAS or NRAS) bowel cancer.", ("KRAS", "mutated")),
    ("Enasidenib is for IDH-mutant (IDH2) acute myeloid leukaemia.", ("IDH2", "mutated")),
    ("Erdafitinib treats FGFR-altered (FGFR3 or FGFR2) urothelial cancer.", ("FGFR3", "mutated")),
])
def test_a_family_followed_by_its_members_is_the_first_member_named(text, expected):
    assert _first(text)[:2] == expected


@pytest.mark.parametrize("text, expected", [
    ("People who carry a harmful variant in the BRCA2 gene may be offered olaparib.", ("BRCA2", "mutated")),
    ("Inherited mutations of BRCA1 raise the risk of ovarian cancer.", ("BRCA1", "mutated")),
    ("It is used in stomach cancers whose cells express PD-L1 (1 or higher).", ("CD274", "positive")),
    ("It is not used for tumours that do not express PD-L1.", ("CD274", "negative")),
    ("Pembrolizumab alone suits NSCLC with PD-L1 of 50% or more.", ("CD274", "high")),
    ("Trastuzumab is for breast cancers that overexpress HER2.", ("ERBB2", "positive")),
    ("Testing looks for an ALK gene rearrangement.", ("ALK", "positive")),
])
def test_the_status_written_around_the_marker(text, expected):
    assert _first(text)[:2] == expected


@pytest.mark.parametrize("text", [
    "Consider testing for mutations in the BCR-ABL1 gene before a new TKI is chosen.",
    "BCR-ABL1 gene mutation testing is done when the response is lost.",
])
def test_a_test_for_a_mutation_is_no_status(text):
    assert _first(text)[1] is None
