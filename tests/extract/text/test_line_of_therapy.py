"""Line of therapy: one reader for indications, trial results and recommendations (contract v2)."""
from __future__ import annotations

import pytest

from extract.text.line_of_therapy import line_of_therapy


@pytest.mark.parametrize("text, expected", [
    # first line, as labels, guidelines and patient pages say it
    ("approved for the first-line treatment of adults with metastatic squamous lung cancer", "first-line"),
    ("is preferred as frontline therapy for older patients with myeloma", "first-line"),
    ("your doctor may offer it as the first treatment for advanced bowel cancer", "first-line"),
    ("as initial therapy for unresectable liver cancer", "first-line"),
    ("in the 1L setting", "first-line"),
    # second line: named, or after exactly one earlier treatment
    ("in the second-line setting after platinum chemotherapy", "second-line"),
    ("for patients whose lymphoma progressed after one prior line of therapy", "second-line"),
    ("after a single prior systemic therapy for kidney cancer", "second-line"),
    # later lines: third line, or the count of earlier treatments
    ("for adults who have received at least two prior lines of systemic therapy", "later-line"),
    ("after two or more previous treatments, including an anti-CD20 antibody", "later-line"),
    ("as third-line treatment of gastric cancer", "later-line"),
    ("in heavily pretreated patients with ovarian cancer", "later-line"),
    ("following 3 prior lines, including a proteasome inhibitor", "later-line"),
    # settings without a line
    ("for people with newly diagnosed acute myeloid leukaemia", None),
    ("for relapsed or refractory follicular lymphoma", None),
    ("as adjuvant treatment after surgery for melanoma", None),
])
def test_the_line_named_in_a_clause(text, expected):
    assert line_of_therapy(text) == expected


def test_later_lines_win_over_the_words_of_a_single_prior_therapy():
    assert line_of_therapy("after two or more prior therapies, one of which was a BTK inhibitor") == "later-line"


def test_no_text_names_no_line():
    assert line_of_therapy(None) is None
    assert line_of_therapy("") is None


# Shape: the line implied by the earlier treatments ("after / previously treated with / progressed on
# X"). One earlier treatment is the second line; a history of two or more is a later line; "X and Y"
# after "progressed on" may be one regimen given together, so only a list or a sequence counts there.
@pytest.mark.parametrize("text, expected", [
    ("for men whose prostate cancer has spread and who were already treated with an ARPI and with a taxane",
     "later-line"),
    ("in myeloma, for people who have previously had bortezomib and an anti-CD38 antibody", "later-line"),
    ("if your breast cancer grew after hormone therapy and then after chemotherapy", "later-line"),
    ("for melanoma that got worse after an anti-PD-1 antibody and a BRAF inhibitor", "later-line"),
    ("for liver cancer that progressed on sorafenib", "second-line"),
    ("in CLL refractory to a BTK inhibitor", "second-line"),
    ("a choice for kidney cancer that came back following sunitinib", "second-line"),
    ("for lung cancer that progressed after platinum chemotherapy and an anti-PD-1 antibody given together",
     "second-line"),
    ("for mantle cell lymphoma after treatment with a BTK inhibitor", "second-line"),
    ("for adults who had received at least one previous systemic therapy", "second-line"),
    ("for children whose leukaemia has previously received 3 lines of treatment", "later-line"),
])
def test_the_line_implied_by_the_earlier_treatments(text, expected):
    assert line_of_therapy(text) == expected


@pytest.mark.parametrize("text", [
    "for myeloma that progressed on the most recent treatment",   # how many before is not said
    "for lymphoma after prior therapies",
    "After surgery, capecitabine is given for six months",         # surgery is no earlier line
    "taken after 12 weeks of treatment with the first drug",
    "After treatment with nivolumab, most patients felt well",     # what followed the drug itself
])
def test_an_earlier_treatment_that_does_not_count_lines_names_none(text):
    assert line_of_therapy(text) is None


# Shape: nothing was given before, so the treatment is the first line.
@pytest.mark.parametrize("text", [
    "for previously untreated advanced melanoma",
    "in adults with CLL who are treatment-naive",
    "patients who had received no previous systemic therapy for advanced lung cancer",
    "if you have not yet been treated for your myeloma",
])
def test_nothing_given_before_is_the_first_line(text):
    assert line_of_therapy(text) == "first-line"


# Shape: a line adjective inside a prior-therapy phrase names the earlier line, except when the claim
# continues that line (maintenance after a response to it).
@pytest.mark.parametrize("text, expected", [
    ("for bladder cancer that progressed after first-line platinum chemotherapy", "second-line"),
    ("in myeloma that relapsed after second-line treatment with a proteasome inhibitor", "later-line"),
    ("for bowel cancer that progressed after first- and second-line chemotherapy", "later-line"),
    ("as maintenance for ovarian cancer in complete or partial response after first-line platinum chemotherapy",
     "first-line"),
    ("as consolidation once lymphoma has responded to first-line chemoimmunotherapy", "first-line"),
])
def test_a_line_word_inside_the_earlier_treatment(text, expected):
    assert line_of_therapy(text) == expected


def test_a_list_of_earlier_treatments_ends_where_an_item_is_no_treatment():
    assert line_of_therapy("in kidney cancer that progressed on sunitinib, according to the phase 3 study") == "second-line"
    assert line_of_therapy("for myeloma in people who previously had lenalidomide, bortezomib and daratumumab") == "later-line"


@pytest.mark.parametrize("text", [
    "for chronic myeloid leukaemia resistant or intolerant to at least two prior TKIs",
    "for lung cancer that got worse on several earlier regimens",
])
def test_earlier_treatments_counted_in_words_are_a_later_line(text):
    assert line_of_therapy(text) == "later-line"


@pytest.mark.parametrize("text, expected", [
    # "both X and Y" after a prior-therapy verb announces two earlier treatments, even when an aside or a
    # bare "and" (which may join one regimen) would otherwise leave one
    ("for myeloma that relapsed after both lenalidomide (an immunomodulatory drug) and bortezomib", "later-line"),
    ("if your breast cancer grew after both chemotherapy and trastuzumab", "later-line"),
    ("in men whose prostate cancer progressed on both enzalutamide and docetaxel", "later-line"),
    # not a count: "both" before what is no earlier line, and one regimen named without "both"
    ("after both surgery and radiotherapy", None),
    ("for lymphoma that progressed on chemotherapy with rituximab and bendamustine", "second-line"),
])
def test_both_x_and_y_are_two_earlier_treatments(text, expected):
    assert line_of_therapy(text) == expected


# Patient-page and table wording of a first or a second line (#18), written for these tests.
@pytest.mark.parametrize("text, expected", [
    # "first treatment" on its own (a heading, "as their first treatment")
    ("Your first treatment", "first-line"),
    ("Most people with kidney cancer that has spread start with two medicines given together", "first-line"),
    ("Patients usually start treatment with an immunotherapy combination", "first-line"),
    ("Osimertinib is given as their first therapy once the scan shows spread", "first-line"),
    # ... but after it, the next line, and the first dose of a treatment says nothing of its line
    ("If the cancer grows again after your first treatment, cabozantinib may be offered", "second-line"),
    ("Rash may appear within a week of the first treatment dose", None),
    ("People start with 400 mg once a day", None),
    # one earlier line of a named kind of treatment
    ("after at least one line of hormone therapy for advanced breast cancer", "second-line"),
    ("for lung cancer that progressed after one line of platinum chemotherapy", "second-line"),
    ("following one regimen of chemotherapy", "second-line"),
])
def test_patient_words_for_the_first_and_second_line(text, expected):
    assert line_of_therapy(text) == expected
