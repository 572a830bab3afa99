"""Which guideline a page speaks for, and its year, when the page does not say it next to the name."""
from __future__ import annotations

import dataclasses
import datetime

import pytest

from extract.recommendations.attribution import find_attribution
from tests.extract.recommendations.test_recommendations import make_article


def test_year_comes_from_the_cited_guideline_when_the_text_gives_none():
    article = make_article([
        "The BSH guideline on myelofibrosis grades every recommendation.",
        "Ruxolitinib is recommended for symptomatic splenomegaly.",
        "# References",
        "• Smith A, Jones B. Guideline for the management of myelofibrosis. A British Society for "
        "Haematology guideline. Br J Haematol. 2023;200(1):1-20.",
    ])
    attribution = find_attribution(article)
    assert (attribution.body, attribution.year) == ("BSH", 2023)


def test_a_cited_guideline_of_another_body_gives_no_year():
    article = make_article([
        "The BSH guideline on myelofibrosis grades every recommendation.",
        "# References",
        "• Doe C. European LeukemiaNet recommendations for myelofibrosis. Leukemia. 2021;35:1-9.",
    ])
    attribution = find_attribution(article)
    assert (attribution.body, attribution.year) == ("BSH", None)


def test_version_year_in_the_stripped_page_head_is_the_guideline_year():
    article = make_article(["Imatinib is recommended for chronic-phase CML."],
                           publisher="National Comprehensive Cancer Network")
    article = dataclasses.replace(article, header_lines=["NCCN Guidelines for Patients", "CML, Version 2.2021"])
    attribution = find_attribution(article)
    assert (attribution.body, attribution.year) == ("NCCN", 2021)


def test_a_body_that_recommends_is_the_source_but_a_body_merely_named_is_not():
    speaks = make_article(["In low-risk APL, the ELN recommends tretinoin plus arsenic trioxide."])
    named = make_article(["The study was presented at the ELN annual symposium in Mannheim."])
    assert find_attribution(speaks).body == "ELN"
    assert find_attribution(named) is None


# A page that summarises a guideline ("Guideline summaries" sites) names the body only in the citation
# of the guideline it summarises: the cited title is the page's title.
def test_a_summary_page_takes_the_body_and_year_of_the_guideline_whose_title_it_carries():
    article = make_article([
        "Recommendation 1",
        "Imatinib is recommended for chronic-phase CML.",
        "# Source citation",
        "• Smith A, et al. Management of chronic myeloid leukaemia in adults: a British Society for "
        "Haematology guideline. Br J Haematol. 2024;204(2):100-120.",
    ], title="Management of Chronic Myeloid Leukaemia in Adults | Guideline Digest")
    attribution = find_attribution(article)
    assert (attribution.body, attribution.year) == ("BSH", 2024)


def test_a_summary_page_of_a_solid_tumour_guideline():
    article = make_article([
        "Nivolumab with ipilimumab may be offered for advanced melanoma.",
        "# References",
        "• Lee K, et al. Immunotherapy for advanced melanoma: ESMO Clinical Practice Guideline. "
        "Ann Oncol. 2023;34(8):700-720.",
    ], title="Immunotherapy for Advanced Melanoma - Summary")
    attribution = find_attribution(article)
    assert (attribution.body, attribution.year) == ("ESMO", 2023)


def test_a_cited_guideline_with_another_title_does_not_make_the_page_a_guideline():
    article = make_article([
        "Nivolumab with ipilimumab is used for advanced melanoma.",
        "# References",
        "• Lee K, et al. Adjuvant therapy for resected melanoma: ESMO Clinical Practice Guideline. "
        "Ann Oncol. 2022;33(1):1-20.",
    ], title="Living with Advanced Melanoma")
    assert find_attribution(article) is None


# A body the vocabulary does not know is still the source when the page defines it next to a guideline
# word: "the Nordic Lymphoma Working Group (NLWG) guideline".
def test_a_body_defined_with_its_acronym_next_to_a_guideline_word_is_the_source():
    article = make_article([
        "Summary of the Nordic Lymphoma Working Group (NLWG) guideline on follicular lymphoma, 2024 edition.",
        "Obinutuzumab with bendamustine is recommended.",
    ])
    attribution = find_attribution(article)
    assert (attribution.body, attribution.year) == ("NLWG", 2024)


def test_a_defined_panel_of_a_solid_tumour_guideline():
    article = make_article([
        "This page summarises the 2023 recommendations of the Thoracic Oncology Practice Panel (TOPP).",
        "Osimertinib is recommended for EGFR-mutated non-small cell lung cancer.",
    ])
    attribution = find_attribution(article)
    assert (attribution.body, attribution.year) == ("TOPP", 2023)


def test_an_acronym_defined_without_a_guideline_word_is_no_guideline():
    article = make_article([
        "The Hospital Drug Information Service (HDIS) lists the doses below.",
        "Imatinib is given once daily.",
    ])
    assert find_attribution(article) is None


# A publisher whose name says it appraises medicines or writes guidance speaks as the body on its own pages, with
# the page's publication year; a site that reports guidance does not.
@pytest.mark.parametrize("publisher, lines, expected", [
    ("Northern Medicines Appraisal Committee", ["Zanubrutinib is recommended as an option for treating CLL."],
     ("Northern Medicines Appraisal Committee", 2024)),
    ("Regional Lung Cancer Guideline Panel", ["Osimertinib is recommended for EGFR-mutated NSCLC."],
     ("Regional Lung Cancer Guideline Panel", 2024)),
    ("National Institute for Health and Care Excellence", ["Elranatamab is not recommended for myeloma."],
     ("NICE", 2024)),
    ("Oncology Guidance News", ["Pembrolizumab is recommended for melanoma."], None),
])
def test_a_publisher_that_issues_guidance_is_the_body_of_its_own_pages(publisher, lines, expected):
    article = dataclasses.replace(make_article(lines, publisher=publisher), published_date=datetime.date(2024, 5, 2))
    attribution = find_attribution(article)
    assert (attribution and (attribution.body, attribution.year)) == expected
