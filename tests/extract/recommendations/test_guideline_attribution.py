"""Which guideline a page speaks for, and its year, when the page does not say it next to the name."""
from __future__ import annotations

import dataclasses

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
