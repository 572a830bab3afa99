"""Endpoints of contract v2 (pCR, iDFS, rPFS, DCR, MFS, intracranial response) and others named by
the slug rule, in sentences written for these tests (solid tumours and blood cancers)."""
from __future__ import annotations

import pytest

CASES = [
    ("Adding pembrolizumab to neoadjuvant chemotherapy raised the pathological complete response rate to "
     "64.8% from 51.2% with placebo in early triple-negative breast cancer.",
     [("pembrolizumab", "pathologic-complete-response", 64.8, 51.2)]),
    ("With abemaciclib plus endocrine therapy, 4-year iDFS was 85.8% versus 79.4% with endocrine therapy alone.",
     [("abemaciclib", "invasive-disease-free-survival", 85.8, 79.4)]),
    ("Median rPFS was 16.6 months with olaparib compared with 8.2 months with enzalutamide.",
     [("olaparib", "radiographic-progression-free-survival", 16.6, 8.2)]),
    ("The disease control rate with sotorasib was 80.6%.",
     [("sotorasib", "disease-control", 80.6, None)]),
    ("Median metastasis-free survival was 40.5 months with apalutamide and 16.2 months with placebo.",
     [("apalutamide", "metastasis-free-survival", 40.5, 16.2)]),
    ("Among patients with measurable brain metastases, the intracranial response rate to lorlatinib was 82%.",
     [("lorlatinib", "intracranial-response", 82, None)]),
    ("A PSA decline of 50% or more (PSA50 response) occurred in 46% of men given abiraterone.",
     [("abiraterone", "psa-response", 46, None)]),
    ("Non-relapse mortality at 2 years was 6% with ruxolitinib.",
     [("ruxolitinib", "non-relapse-mortality", 6, None)]),
    ("Median time to response with olutasidenib was 1.9 months.",
     [("olutasidenib", "time-to-response", 1.9, None)]),
    ("An MRD-negative complete remission was reached by 30% of patients given ponatinib.",
     [("ponatinib", "mrd-negative-complete-remission", 30, None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[1][0][1] for c in CASES])
def test_new_endpoints_are_read_with_their_slug(text, expected, sentence_trial_results):
    rows = sentence_trial_results(text)
    assert [(r["drug_id"], r["endpoint"], r["value"], r["comparator_value"]) for r in rows] == expected
