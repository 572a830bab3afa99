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
