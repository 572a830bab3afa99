"""On a solid tumour, line words name the line; the setting comes from the stage words around the claim.

Shape: a claim says "first-line", "second-line" or "previously treated" while the stage ("advanced",
"metastatic") is said by the page title, a heading or the sentence before. For a blood cancer the line words
are a setting of their own (newly diagnosed, relapsed/refractory); for a solid tumour the contract's setting is
the stage, and the line goes to line_of_therapy. Only when nothing around the claim names a stage does the
line stand for the setting. Texts are written for this test: solid tumours and a blood cancer control, patient
and clinician register. The first line of a text without a full stop is the page title.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.indications.rows import extract_indications
from sources.parse import parse_bytes

CASES = [
    ("title-stage-first-line",
     "Drug therapy for advanced liver cancer\n\n"
     "Cabozantinib is approved as a second-line treatment of hepatocellular carcinoma after sorafenib.",
     ("cabozantinib", "hepatocellular-carcinoma"), "metastatic", "second-line"),
    ("previous-sentence-stage-previously-treated",
     "This page is about metastatic bowel cancer.\n\n"
     "Regorafenib is approved for colorectal cancer that was previously treated with chemotherapy.",
     ("regorafenib", "colorectal-cancer"), "metastatic", "second-line"),
    ("heading-stage-first-line-clinician",
     "Kidney cancer treatments\n\n"
     "Advanced renal cell carcinoma\n\n"
     "Pembrolizumab with axitinib is approved as first-line therapy for renal cell carcinoma.",
     ("axitinib", "renal-cell-carcinoma"), "metastatic", "first-line"),
    ("no-stage-anywhere-line-stands-for-setting",
     "Ovarian cancer maintenance\n\n"
     "Olaparib is approved as first-line maintenance for ovarian cancer with a BRCA mutation.",
     ("olaparib", "ovarian-cancer"), "maintenance", "first-line"),
    ("blood-cancer-control",
     "Treating multiple myeloma\n\n"
     "Daratumumab is approved as first-line treatment for multiple myeloma.",
     ("daratumumab", "multiple-myeloma"), "newly-diagnosed", "first-line"),
]


@pytest.mark.parametrize("case_id, text, key, setting, line", CASES, ids=[c[0] for c in CASES])
def test_solid_tumour_line_words_leave_the_setting_to_the_stage(case_id, text, key, setting, line):
    article = parse_bytes(text.encode(), f"{case_id}.txt")
    rows = {(r["drug_id"], r["condition_id"]): r for r in extract_indications(article, recognize(article))
            if not r["negated"]}
    assert key in rows, sorted(rows)
    assert (rows[key]["setting"], rows[key]["line_of_therapy"]) == (setting, line)
