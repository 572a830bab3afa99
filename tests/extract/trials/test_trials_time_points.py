"""Several time points of one endpoint in one sentence, and durations or times that belong to a
response ("time to complete remission", "duration of objective response") rather than to its rate.
Sentences written for these tests."""
from __future__ import annotations

import pytest

OS, PFS = "overall-survival", "progression-free-survival"

CASES = [
    ("Overall survival with ibrutinib was 85% at 3 years and 78% at 5 years.",
     [("ibrutinib", OS, 85, None), ("ibrutinib", OS, 78, None)]),
    ("The 2-year and 5-year overall survival rates were 90% and 80% with dasatinib.",
     [("dasatinib", OS, 90, None), ("dasatinib", OS, 80, None)]),
    ("PFS was 76% at 2 years and 64% at 5 years with polatuzumab vedotin, compared with 70% and 59% with placebo.",
     [("polatuzumab-vedotin", PFS, 76, 70), ("polatuzumab-vedotin", PFS, 64, 59)]),
    ("The 1-year and 3-year progression-free survival rates were 88% and 71% with pembrolizumab versus 62% and "
     "40% with chemotherapy.",
     [("pembrolizumab", PFS, 88, 62), ("pembrolizumab", PFS, 71, 40)]),
    ("Overall survival at 2 years was 90% with nivolumab vs 85% with placebo, and at 4 years 80% vs 70%.",
     [("nivolumab", OS, 90, 85), ("nivolumab", OS, 80, 70)]),
    ("Median time to complete remission with olutasidenib was 1.9 months.",
     [("olutasidenib", "time-to-response", 1.9, None)]),
    ("The median duration of objective response to sotorasib was 11.1 months.",
     [("sotorasib", "duration-of-response", 11.1, None)]),
    ("Median time to first response with enasidenib was 1.9 months.",
     [("enasidenib", "time-to-response", 1.9, None)]),
    ("With gilteritinib, the median duration of CR/CRh was 11 months.",
     [("gilteritinib", "duration-of-remission", 11, None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_each_time_point_and_each_response_duration_is_its_own_result(text, expected, sentence_trial_results):
    rows = sentence_trial_results(text)
    assert sorted((r["drug_id"], r["endpoint"], r["value"], r["comparator_value"]) for r in rows) == sorted(expected)


RESPECTIVE = [
    ("Median PFS and median OS with zanubrutinib were 12.1 and 30.5 months, respectively.",
     [("zanubrutinib", PFS, 12.1, None), ("zanubrutinib", OS, 30.5, None)]),
    ("ORR, CR rate and median DOR with venetoclax were 45%, 20% and 11.2 months, respectively.",
     [("venetoclax", "overall-response", 45, None), ("venetoclax", "complete-remission", 20, None),
      ("venetoclax", "duration-of-response", 11.2, None)]),
    ("With trastuzumab deruxtecan, the ORR, the CR rate and the median duration of response were 52%, 8% and "
     "10.4 months, respectively.",
     [("trastuzumab-deruxtecan", "overall-response", 52, None),
      ("trastuzumab-deruxtecan", "complete-remission", 8, None),
      ("trastuzumab-deruxtecan", "duration-of-response", 10.4, None)]),
]


@pytest.mark.parametrize("text,expected", RESPECTIVE, ids=[c[0][:40] for c in RESPECTIVE])
def test_endpoints_listed_with_the_or_median_take_their_figures_respectively(text, expected, sentence_trial_results):
    rows = sentence_trial_results(text)
    assert sorted((r["drug_id"], r["endpoint"], r["value"], r["comparator_value"]) for r in rows) == sorted(expected)
