"""Two shapes beside a claim that must not change its polarity or lose a restriction.

1. A drug the patients reacted to ("who developed hypersensitivity to X", "an allergic reaction to X", "allergic
   to X", "a bad reaction to X") is their history: it must never take the approval of the sentence's subject.
2. "Neither drug / Neither medicine / Neither combination / Neither of them is approved for B": a negative
   quantifier over the drugs just named is a restriction on each of them, beside their positive claims; over
   combinations, on the drug each combination is built on (its subject), its partners keeping their claims.

Texts written for this test (own words), blood cancers and solid tumours, clinician and patient register.
Expected: the (drug_id, condition_id, negated) claims of the whole page.
"""
from __future__ import annotations

import pytest

CASES = [
    ("allergic-reaction-blood-clinician",
     "Obinutuzumab in follicular lymphoma\n\n"
     "Obinutuzumab is approved for follicular lymphoma in adults who have had an allergic reaction to rituximab.\n",
     {("obinutuzumab", "follicular-lymphoma", False)}),
    ("hypersensitivity-solid-clinician",
     "Cabazitaxel notes\n\n"
     "Cabazitaxel is licensed for metastatic prostate cancer in men who developed hypersensitivity to docetaxel.\n",
     {("cabazitaxel", "prostate-cancer", False)}),
    ("allergic-to-blood-patient",
     "Your CML medicines\n\n"
     "Dasatinib is approved for chronic myeloid leukaemia in people who are allergic to imatinib.\n",
     {("dasatinib", "chronic-myeloid-leukemia", False)}),
    ("bad-reaction-solid-patient",
     "Bowel cancer tablets\n\n"
     "Capecitabine is used for bowel cancer in people who had a bad reaction to fluorouracil.\n",
     {("capecitabine", "colorectal-cancer", False)}),
    ("neither-drug-blood-clinician",
     "Myeloma drugs\n\n"
     "Selinexor and carfilzomib are approved for multiple myeloma. Neither drug is approved for diffuse large "
     "B-cell lymphoma.\n",
     {("selinexor", "multiple-myeloma", False), ("carfilzomib", "multiple-myeloma", False),
      ("selinexor", "diffuse-large-b-cell-lymphoma", True), ("carfilzomib", "diffuse-large-b-cell-lymphoma", True)}),
    ("neither-medicine-solid-patient",
     "Breast cancer ADCs\n\n"
     "Trastuzumab deruxtecan and sacituzumab govitecan are approved for metastatic breast cancer. Neither medicine "
     "is licensed for ovarian cancer.\n",
     {("trastuzumab-deruxtecan", "breast-cancer", False), ("sacituzumab-govitecan", "breast-cancer", False),
      ("trastuzumab-deruxtecan", "ovarian-cancer", True), ("sacituzumab-govitecan", "ovarian-cancer", True)}),
    ("neither-of-them-blood-patient",
     "AML treatment for older people\n\n"
     "Venetoclax with azacitidine is often used for acute myeloid leukaemia in people who cannot have intensive "
     "chemotherapy. Neither of them is approved for myelofibrosis.\n",
     {("venetoclax", "acute-myeloid-leukemia", False), ("azacitidine", "acute-myeloid-leukemia", False),
      ("venetoclax", "myelofibrosis", True), ("azacitidine", "myelofibrosis", True)}),
    ("neither-combination-solid-clinician",
     "Kidney cancer combinations\n\n"
     "Nivolumab with ipilimumab is approved for advanced renal cell carcinoma. Pembrolizumab with axitinib is also "
     "approved for advanced renal cell carcinoma. Neither combination is indicated for hepatocellular carcinoma.\n",
     {("nivolumab", "renal-cell-carcinoma", False), ("ipilimumab", "renal-cell-carcinoma", False),
      ("pembrolizumab", "renal-cell-carcinoma", False), ("axitinib", "renal-cell-carcinoma", False),
      ("nivolumab", "hepatocellular-carcinoma", True), ("pembrolizumab", "hepatocellular-carcinoma", True)}),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_reaction_history_and_neither_quantifier(case_id, text, expected, claim_statuses):
    assert set(claim_statuses(text)) == expected
