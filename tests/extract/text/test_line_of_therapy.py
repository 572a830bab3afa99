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
