"""The page's main id: counted most, with most of the mentions, clearly ahead of the runner-up."""
from extract.text.dominance import dominant


def test_an_aside_does_not_split_a_page():
    assert dominant(["myelofibrosis"] * 7 + ["polycythemia-vera", "essential-thrombocythemia"]) == "myelofibrosis"


def test_two_diseases_named_alike_give_no_main_one():
    assert dominant(["chronic-myeloid-leukemia"] * 4 + ["gastrointestinal-stromal-tumor"] * 3) is None


def test_ties_and_empty_pages_give_none():
    assert dominant(["a", "b"]) is None and dominant([]) is None
