"""Reference lists: entries written for these tests → the rows a reader expects.

The citations below are real publications, written out by hand in the styles web articles use.
"""
from __future__ import annotations

import pytest

from extract.references.fields import normalise_doi, publication_year, title_and_container
from extract.references.rows import extract_references
from sources.model import ParsedArticle

DRUKER = ("Druker BJ, Talpaz M, Resta DJ, et al. Efficacy and safety of a specific inhibitor of the "
          "BCR-ABL tyrosine kinase in chronic myeloid leukemia. N Engl J Med. 2001;344(14):1031-1037. "
          "doi:10.1056/NEJM200104053441401")
HOCHHAUS = ("Hochhaus A, Baccarani M, Silver RT, et al. European LeukemiaNet 2020 recommendations for "
            "treating chronic myeloid leukemia. Leukemia. 2020;34(4):966-984.")
DINARDO = ("DiNardo CD, Jonas BA, Pullarkat V, et al. Azacitidine and venetoclax in previously untreated "
           "acute myeloid leukemia. N Engl J Med. 2020;383(7):617-629.")


def article(text: str) -> ParsedArticle:
    aid = "fedcba9876543210"
    return ParsedArticle(article_id=aid, source_path="r.txt", raw_sha256=aid, n_chars_raw=len(text),
                         encoding="utf-8", source_format="txt", clean_text=text)


def refs(text: str) -> list[dict]:
    return extract_references(article(text))


def test_numbered_list_under_heading_gives_one_row_per_entry_in_order():
    text = ("Imatinib changed the outlook of CML.\n\nReferences\n\n"
            f"1. {DRUKER}\n2. {HOCHHAUS}\n3. {DINARDO}\n\nRelated articles\n\nMore on leukemia")
    rows = refs(text)
    assert [r["ordinal"] for r in rows] == [1, 2, 3]
    assert rows[0]["doi"] == "10.1056/nejm200104053441401"
    assert rows[0]["year"] == 2001
    assert rows[0]["container"] == "N Engl J Med"
    assert rows[1]["title"] == ("European LeukemiaNet 2020 recommendations for treating chronic myeloid "
                                "leukemia")
    assert rows[2]["raw"] == DINARDO


def test_reviewer_name_before_the_list_and_disclaimer_after_it_are_not_references():
    text = ("Expert review and references\n\n• Maria Rossi, MD, FRCPC\n"
            f"• {HOCHHAUS}\n• National Cancer Institute. Chronic Myeloid Leukemia Treatment (PDQ®). "
            "Bethesda, MD: NCI; 2024: https://www.cancer.gov/.\n\nMedical disclaimer\n\n"
            "This page does not replace the advice of your doctor.")
    rows = refs(text)
    assert len(rows) == 2
    assert rows[1]["url"] == "https://www.cancer.gov/"


def test_doi_written_without_its_prefix_is_repaired():
    assert normalise_doi("Leukemia. 2020;34:966-984. DOI: 1038/s41375-020-0776-2") == "10.1038/s41375-020-0776-2"
    assert normalise_doi("https://doi.org/10.1056/NEJMoa1708984.") == "10.1056/nejmoa1708984"
    assert normalise_doi("No identifier here, 2020.") is None


def test_unheaded_numbered_citation_after_the_text_counts():
    text = ("Abbreviations: CML, chronic myeloid leukemia.\n\n"
            "  1. Hochhaus A, Baccarani M, Silver RT, et al. European LeukemiaNet 2020 recommendations for "
            "treating chronic myeloid leukemia. Leukemia. 2020;34(4):966-984. DOI: 1038/s41375-020-0776-2")
    rows = refs(text)
    assert len(rows) == 1
    assert rows[0]["doi"] == "10.1038/s41375-020-0776-2"


def test_labelled_source_line_counts_only_when_it_is_a_citation():
    text = ("The guideline was updated this year.\n\n"
            "SOURCE: Hochhaus A et al. Leukemia. 2020 Mar 3. doi: 10.1038/s41375-020-0776-2.\n\n"
            "Source: Novartis Pharmaceuticals, 2023.")
    rows = refs(text)
    assert [r["doi"] for r in rows] == ["10.1038/s41375-020-0776-2"]


def test_article_own_journal_line_without_authors_is_not_a_reference():
    text = "Leukemia. 2020 Mar 3;34(4):966-984. doi: 10.1038/s41375-020-0776-2\n\nEuropean LeukemiaNet 2020"
    assert refs(text) == []


def test_label_title_publisher_blocks_count_one_per_block():
    text = ("References\n\nGuideline\n\nAsciminib in Chronic Myeloid Leukemia After Two TKIs\n\n"
            "Clinical Summaries Press, 2025\n\nResearch\n\nBosutinib versus imatinib for newly diagnosed "
            "chronic myeloid leukemia.\n\nJournal of Clinical Oncology, 2018\n\n"
            "Professional Medical Disclaimer\n\nThis content is for clinicians.")
    rows = refs(text)
    assert len(rows) == 2
    assert rows[0]["title"] == "Asciminib in Chronic Myeloid Leukemia After Two TKIs"
    assert rows[0]["container"] == "Clinical Summaries Press"
    assert [r["year"] for r in rows] == [2025, 2018]


def test_empty_reference_heading_and_copyright_footer_give_nothing():
    text = "List of references (click here):\n\nCopyright © 2006-2020 Example Health, Inc. All rights reserved."
    assert refs(text) == []


@pytest.mark.parametrize("raw, year", [
    (DRUKER, 2001),
    ("Amgen Canada. Product Monograph: Blincyto. https://pdf.hres.ca/dpd_pm/00060888.PDF.", None),
    ("U.S. Food and Drug Administration. FDA approves asciminib. Published October 29, 2021.", 2021),
])
def test_publication_year(raw, year):
    assert publication_year(raw) == year


def test_title_and_container_of_a_journal_article():
    assert title_and_container(DINARDO) == (
        "Azacitidine and venetoclax in previously untreated acute myeloid leukemia", "N Engl J Med")


def test_hard_wrapped_numbered_citations_stay_one_entry_each():
    text = ("References\n"
            "1. Hochhaus A, Baccarani M, Silver RT, et al. European LeukemiaNet 2020\n"
            "recommendations for treating chronic myeloid leukemia. Leukemia.\n"
            "2020;34(4):966-984.\n"
            f"2. {DINARDO}\n\nLast updated: March 3, 2024")
    rows = refs(text)
    assert len(rows) == 2
    assert rows[0]["raw"].endswith("Leukemia. 2020;34(4):966-984.")
    assert rows[0]["year"] == 2020


# Shapes met on unseen pages: a reading list under a heading that does not say "references", a single
# citation labelled with an adjective ("Key reference:"), and a citation run inside a prose sentence.
TALPAZ = ("Kantarjian H, Shah NP, Hochhaus A, et al. Dasatinib versus imatinib in newly diagnosed chronic-phase "
          "chronic myeloid leukemia. N Engl J Med. 2010;362:2260-2270. https://doi.org/10.1056/NEJMoa1002315")
MOTZER = ("Motzer RJ, Tannir NM, McDermott DF, et al. Nivolumab plus ipilimumab versus sunitinib in advanced "
          "renal-cell carcinoma. N Engl J Med. 2018;378:1277-1290. doi:10.1056/NEJMoa1712126")


@pytest.mark.parametrize("heading", ["Further reading", "Suggested reading:", "Recommended reading",
                                     "Additional reading"])
def test_reading_list_heading_introduces_a_reference_list(heading):
    text = (f"Ask your pharmacist about missed doses.\n\n{heading}\n- {TALPAZ}\n- {MOTZER}\n\n"
            "Next issue: storage of oral chemotherapy at home.")
    rows = refs(text)
    assert [r["doi"] for r in rows] == ["10.1056/nejmoa1002315", "10.1056/nejmoa1712126"]


@pytest.mark.parametrize("label", ["Key reference", "Main reference", "Original study", "Primary source"])
def test_single_citation_labelled_with_a_qualifier_is_a_reference(label):
    rows = refs(f"The guideline was last revised in 2024.\n\n{label}: {MOTZER}\n\nPrint this page")
    assert [r["doi"] for r in rows] == ["10.1056/nejmoa1712126"]


@pytest.mark.parametrize("lead", ["You can read the full scientific report: ",
                                  "The results were published in a medical journal (",
                                  "Doctors may wish to consult the trial paper, "])
def test_citation_written_inside_a_prose_sentence_is_a_reference(lead):
    text = (f"Where can I find out more?\n{lead}{TALPAZ}. The study is listed on a public trial register.\n\n"
            "Talk to your doctor before changing treatment.")
    rows = refs(text)
    assert [r["doi"] for r in rows] == ["10.1056/nejmoa1002315"]
    assert rows[0]["raw"].startswith("Kantarjian H")
    assert rows[0]["year"] == 2010


def test_prose_naming_authors_without_a_journal_citation_is_not_a_reference():
    text = "Kantarjian H, Shah NP and colleagues reported in 2010 that dasatinib worked faster than imatinib."
    assert refs(text) == []
