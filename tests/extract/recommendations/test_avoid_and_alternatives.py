"""Advice to avoid a treatment, and alternatives named after the preferred one.

Shapes:
- "X should (generally) / must be avoided in A": advice against X (not_recommended); what a restricting clause
  names ("before planned CAR T-cell collection") stays context; the subject must be a treatment ("comparisons
  across trials should be avoided" advises nothing), and a label's "Avoid strong CYP3A inhibitors" is no row;
- "... Y is preferred / should be used; Z and W are alternatives when ...": Z and W are options, a second row.
Texts written for this test (own words): blood cancers and solid tumours.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("should-be-avoided-solid", "Colorectal cancer guideline\n\nCetuximab and panitumumab should be avoided in "
     "RAS-mutant metastatic colorectal cancer.\n",
     {("colorectal-cancer", "not_recommended", frozenset({"cetuximab", "panitumumab"}))}),
    ("must-be-avoided-blood", "AML guideline\n\nIn older adults with acute myeloid leukaemia and a poor "
     "performance status, intensive chemotherapy must be avoided.\n",
     {("acute-myeloid-leukemia", "not_recommended", frozenset({"chemotherapy"}))}),
    ("avoided-before-blood", "Lymphoma guideline\n\nBendamustine should generally be avoided before planned CAR "
     "T-cell collection in large B-cell lymphoma.\n",
     {("diffuse-large-b-cell-lymphoma", "not_recommended", frozenset({"bendamustine"}))}),
    ("alternatives-after-preferred-solid", "Liver cancer guideline\n\nAtezolizumab with bevacizumab should be used "
     "first line in advanced hepatocellular carcinoma; sorafenib or lenvatinib are alternatives when immunotherapy "
     "is contraindicated.\n",
     {("hepatocellular-carcinoma", "recommended", frozenset({"atezolizumab", "bevacizumab"})),
      ("hepatocellular-carcinoma", "option", frozenset({"sorafenib", "lenvatinib"}))}),
    ("alternatives-after-preferred-blood", "CML guideline\n\nImatinib is preferred for low-risk chronic myeloid "
     "leukaemia; dasatinib and nilotinib are alternatives for patients who want a faster response.\n",
     {("chronic-myeloid-leukemia", "recommended", frozenset({"imatinib"})),
      ("chronic-myeloid-leukemia", "option", frozenset({"dasatinib", "nilotinib"}))}),
    ("comparisons-avoided-no-row-solid", "Prostate cancer news\n\nEnzalutamide and apalutamide are already used "
     "with ADT in this setting, he said, and comparisons across trials should be avoided.\n", None),
    ("label-avoid-interacting-drugs-solid", "Selpercatinib label excerpt\n\nAvoid strong CYP3A inhibitors; if that "
     "is not possible, reduce the selpercatinib dose.\n", set()),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_avoid_and_alternatives(case_id, text, expected):
    article = parse_bytes(text.encode("utf-8"), "guideline.txt")
    rows = extract_guideline_recommendations(article, recognize(article))
    got = {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows}
    if expected is None:  # no advice against anything
        assert all(r["direction"] != "not_recommended" for r in rows)
    else:
        assert got == expected
