"""A fixed-dose combination sold as one product is one drug, whatever spelling the page uses.

The contract's drug_id of such a product joins its members with "-and-" (decitabine-and-cedazuridine);
pages write it with a slash, a hyphen, a brand or a development code. Reading the slash form as two
drugs gives a wrong drug list and a regimen whose product has no mention.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from sources.parse import parse_bytes


def _drugs(text: str) -> list[str]:
    entities = recognize(parse_bytes(text.encode("utf-8"), "page.txt"))
    return sorted({m.id for m in entities.mentions if m.kind == "drug"})


@pytest.mark.parametrize("text, expected", [
    ("Trifluridine/tipiracil with bevacizumab is an option for metastatic colorectal cancer after two lines.",
     ["bevacizumab", "trifluridine-and-tipiracil"]),
    ("Lonsurf (TAS-102) is taken by mouth twice a day, on days 1 to 5 and 8 to 12 of each cycle.",
     ["trifluridine-and-tipiracil"]),
    ("In the gastric cancer trial, FTD/TPI was compared with regorafenib.",
     ["regorafenib", "trifluridine-and-tipiracil"]),
    ("Oral decitabine/cedazuridine (Inqovi) replaces five days of injections for people with CMML.",
     ["decitabine-and-cedazuridine"]),
])
def test_a_fixed_dose_product_is_one_drug_in_every_spelling(text, expected):
    assert _drugs(text) == expected


def test_a_product_brand_without_a_vocabulary_id_stands_for_its_members_in_a_trial():
    """Opdualag has no single id: its trial arm is nivolumab with relatlimab, and against nivolumab alone the
    result belongs to the drug the arms differ by."""
    from extract.trials.rows import extract_trial_results

    text = ("Opdualag in untreated melanoma\n\nIn the phase 3 trial, Opdualag was compared with nivolumab alone in "
            "previously untreated metastatic melanoma. Median progression-free survival was 10.2 months with "
            "Opdualag and 4.6 months with nivolumab (hazard ratio 0.75; 95% CI, 0.62 to 0.92; P = 0.006).\n")
    article = parse_bytes(text.encode("utf-8"), "page.txt")
    entities = recognize(article)
    assert sorted(next(iter(entities.regimens.values()))) == ["nivolumab", "relatlimab"]
    rows = extract_trial_results(article, entities)
    assert [(r["drug_id"], r["value"], r["comparator_value"], r["hazard_ratio"]) for r in rows] == [
        ("relatlimab", 10.2, 4.6, 0.75)]
