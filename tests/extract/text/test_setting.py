"""The one setting reader shared by indications and recommendations (extract/text/setting.py)."""
import pytest

from extract.indications import qualifiers as ind
from extract.recommendations import qualifiers as rec
from extract.text import setting
from extract.text.setting import line_setting, line_word_spans, read_setting, stage_setting

# (text, domain, setting read, setting a line word implies when nothing else says one)
CASES = [
    ("second-line treatment of ovarian cancer", "solid", None, "relapsed-refractory"),
    ("first-line use in clear-cell kidney cancer", "solid", None, "newly-diagnosed"),
    ("previously treated, metastatic bladder cancer", "solid", "metastatic", "relapsed-refractory"),
    ("after two prior therapies for myeloma", "blood", "relapsed-refractory", None),
    ("first-line therapy of follicular lymphoma", "blood", "newly-diagnosed", None),
    ("advanced systemic mastocytosis", "blood", None, None),
    ("advanced gastric cancer", "solid", "metastatic", None),
]


@pytest.mark.parametrize("text,domain,expected,line", CASES)
def test_line_words_are_a_solid_tumours_line_not_its_setting(text, domain, expected, line):
    assert read_setting(text, domain) == expected
    assert line_setting(text, domain) == line


def test_indications_and_recommendations_share_the_line_words():
    text = "Patients with previously untreated, first-line unresectable liver cancer"
    assert ind.setting("first-line treatment of ovarian cancer", "ovarian-cancer") is None
    assert ind.line_setting("first-line treatment of ovarian cancer", "ovarian-cancer") == "newly-diagnosed"
    assert rec.read_setting("Offer it as first-line therapy in lung cancer", solid=True) is None
    assert rec.read_setting("Offer it as first-line therapy in mantle cell lymphoma", solid=False) == "newly-diagnosed"
    assert [text[s:e] for s, e in line_word_spans(text)] == ["previously untreated", "first-line"]
    assert rec.solid_stage(text) == stage_setting(text) == "locally-advanced"


def test_stage_words_skip_names_of_interventions():
    text = "Adjuvant-X is given for metastatic disease"
    assert stage_setting(text) == "adjuvant"
    assert stage_setting(text, [(0, 10)]) == "metastatic"


def test_a_line_word_in_the_solid_order_is_refused(monkeypatch):
    data = setting.read_yaml(setting.__package__, "settings.yaml")
    bad = {**data, "orders": {**data["orders"], "solid": [*data["orders"]["solid"], "first-line-words"]}}
    monkeypatch.setattr(setting, "read_yaml", lambda *_: bad)
    setting._lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match="solid order"):
            setting._lexicon()
    finally:
        monkeypatch.undo()
        setting._lexicon.cache_clear()


def test_the_stages_a_page_may_share_are_no_phase_nor_course():
    stages = setting.stage_values()
    assert {"adjuvant", "neoadjuvant", "perioperative", "metastatic", "locally-advanced"} <= stages
    assert not stages & {"maintenance", "relapsed-refractory", "newly-diagnosed"}


# One vocabulary of setting words for both tables; the order differs by table and domain (#18).
@pytest.mark.parametrize("text, indication, recommendation", [
    # a guideline's relapse named beside a transplant is the relapse; a claim's is the transplant
    ("for myeloma that relapsed after an allogeneic transplant", "post-transplant", "relapsed-refractory"),
    ("maintenance for newly diagnosed myeloma", "newly-diagnosed", "maintenance"),
    # words the guideline reader had alone are now the shared reader's
    ("re-induction for leukaemia in first relapse", "relapsed-refractory", "relapsed-refractory"),
    ("when lymphoma stops working with the first drug", "relapsed-refractory", "relapsed-refractory"),
    ("upfront treatment of mantle cell lymphoma", "newly-diagnosed", "newly-diagnosed"),
])
def test_both_tables_read_one_vocabulary_of_setting_words(text, indication, recommendation):
    assert ind.setting(text) == indication
    assert rec.read_setting(text) == recommendation


def test_an_earlier_adjuvant_treatment_gives_no_setting():
    assert stage_setting("relapse within a year of adjuvant letrozole") is None
    assert stage_setting("progression after adjuvant chemotherapy for metastatic disease") == "metastatic"
    assert stage_setting("residual disease after neoadjuvant chemotherapy") == "adjuvant"
    assert stage_setting("adjuvant osimertinib after complete resection") == "adjuvant"


def test_a_solid_tumours_course_words_wait_for_its_stage():
    assert ind.setting("breast cancer that came back after letrozole", "breast-cancer") is None
    assert ind.line_setting("breast cancer that came back after letrozole", "breast-cancer") == "relapsed-refractory"
    assert ind.setting("myeloma that came back after lenalidomide", "multiple-myeloma") == "relapsed-refractory"
    assert setting.course_setting("recurrent cervical cancer", "solid") == "relapsed-refractory"
    assert setting.course_setting("recurrent follicular lymphoma", "blood") is None
