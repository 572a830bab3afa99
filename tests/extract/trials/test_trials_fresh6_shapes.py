"""Shapes first met on the sixth unseen set, each with several wordings written for these tests (blood
cancers and solid tumours, clinician and patient register). Drugs are real; trial names and figures are
made up.

- a duration set against another duration of the same unit ("still alive after 38.2 months, against 29.5
  months"; "a median of 7.4 months, against 3.8") is the median and its comparator, not a time point;
- lay wordings of progression-free survival: "went longer before their disease progressed", "the chance of
  the tumour growing again" (beside a hazard ratio), "N out of every 100 ... had no growth of their tumour";
- a complete remission joined to its clinical variant ("complete response plus clinical complete response",
  "CR/CRc") is the composite endpoint, not plain complete remission;
- a backbone both arms share, named before "either" ("received abiraterone plus either olaparib or
  placebo"): a result "with the combination" belongs to the randomised drug, not the backbone;
- lay wording of a complete response ("the tumour could no longer be seen on scans", "the lymphoma
  disappeared completely"), and a natural frequency whose group is named by its treatment ("compared with
  8 out of every 100 taking placebo") as the comparator's figure.
"""
from __future__ import annotations

OS, PFS, CR, CCR, ORR = ("overall-survival", "progression-free-survival", "complete-remission",
                         "composite-complete-remission", "overall-response")
K = ("trial_name", "drug_id", "endpoint", "measure", "value", "comparator_value")


def _sorted(rows) -> list[tuple]:
    return sorted(rows, key=lambda row: tuple(str(x) for x in row))


SHAPES = {
    "duration-set-against-duration": [
        ("half-still-alive-after-blood",
         "Zanubrutinib for lymphoma: what the main study found\n\n"
         "In the ALPINE-7 study, 400 adults received zanubrutinib or bendamustine. People given zanubrutinib "
         "lived longer: half of them were still alive after 38.2 months, against 29.5 months in the "
         "bendamustine group.\n",
         [("ALPINE-7", "zanubrutinib", OS, "median", 38.2, 29.5)]),
        ("a-median-of-against-solid",
         "Cabozantinib in kidney cancer: your questions\n\n"
         "In the METEOR-9 trial, 600 people took cabozantinib or everolimus. Overall survival was longer with "
         "cabozantinib: a median of 21.4 months, against 16.5 months with everolimus.\n",
         [("METEOR-9", "cabozantinib", OS, "median", 21.4, 16.5)]),
        ("overall-survival-at-versus-clinician",
         "Enfortumab vedotin in urothelial carcinoma\n\n"
         "In EV-77, 608 patients were randomised to enfortumab vedotin or chemotherapy; median overall survival "
         "was reached at 12.9 months versus 9.0 months with chemotherapy.\n",
         [("EV-77", "enfortumab-vedotin", OS, "median", 12.9, 9.0)]),
    ],
    "lay-progression-free-survival": [
        ("went-longer-before-progressed",
         "Duvelisib for CLL: forum answers\n\n"
         "In the DUET-4 trial, 319 people took duvelisib or ofatumumab. People on duvelisib went longer before "
         "their disease progressed: a median of 13.1 months, against 9.7 months with ofatumumab.\n",
         [("DUET-4", "duvelisib", PFS, "median", 13.1, 9.7)]),
        ("natural-frequency-no-growth",
         "Nirogacestat: a summary of the results for participants\n\n"
         "In the DEFT-2 study, 142 adults took nirogacestat or placebo. After two years, 71 out of every 100 "
         "people taking nirogacestat had no growth of their tumour, compared with 40 out of every 100 people "
         "taking placebo.\n",
         [("DEFT-2", "nirogacestat", PFS, "rate", 71.0, 40.0)]),
        ("stayed-longer-without-cancer-growing",
         "Olaparib for ovarian cancer: the results in plain words\n\n"
         "In the SOLACE-3 trial, 391 women took olaparib or placebo. Women taking olaparib stayed longer without "
         "the cancer growing: a median of 19.1 months, against 5.5 months with placebo.\n",
         [("SOLACE-3", "olaparib", PFS, "median", 19.1, 5.5)]),
    ],
    "complete-remission-with-its-clinical-variant": [
        ("plus-clinical-with-abbreviation",
         "Tagraxofusp in BPDCN: tumour board notes\n\n"
         "In the pivotal tagraxofusp cohort of 65 patients, the rate of complete response plus clinical "
         "complete response (CR/CRc) was 57%.\n",
         [(None, "tagraxofusp", CCR, "rate", 57.0, None)]),
        ("or-clinical-solid",
         "Mogamulizumab in mycosis fungoides\n\n"
         "With mogamulizumab, 21% of patients in the skin cohort had a complete response or a clinical complete "
         "response.\n",
         [(None, "mogamulizumab", CCR, "rate", 21.0, None)]),
        ("abbreviation-only",
         "Venetoclax with azacitidine: results\n\n"
         "Among 120 patients treated with venetoclax and azacitidine, CR + CRc was reached by 48%.\n",
         [(None, "venetoclax", CCR, "rate", 48.0, None)]),
    ],
    "backbone-before-either": [
        ("prostate-clinician",
         "Olaparib in prostate cancer: bulletin\n\n"
         "PROPEL-8 was a randomised, double-blind phase 3 trial in which 796 men received abiraterone plus either "
         "olaparib or placebo. Radiographic progression-free survival was longer with the combination (median "
         "24.8 versus 16.6 months; hazard ratio 0.66).\n",
         [("PROPEL-8", "olaparib", "radiographic-progression-free-survival", "median", 24.8, 16.6)]),
        ("myeloma-with-either",
         "Pomalidomide in myeloma\n\n"
         "In the OPTIMA-5 trial, 559 patients received dexamethasone with either pomalidomide or placebo. "
         "Progression-free survival was longer with the combination (median 11.2 versus 7.1 months).\n",
         [("OPTIMA-5", "pomalidomide", PFS, "median", 11.2, 7.1)]),
        ("aml-patient",
         "Venetoclax news for patients\n\n"
         "In the VIALE-Z trial, 431 adults with AML were given azacitidine plus either venetoclax or a dummy "
         "placebo. Overall survival was longer with the combination (median 14.7 versus 9.6 months).\n",
         [("VIALE-Z", "venetoclax", OS, "median", 14.7, 9.6)]),
    ],
    "lay-complete-response-and-elliptic-natural-frequency": [
        ("shrank-then-no-longer-seen-solid",
         "Nirogacestat: results in plain words\n\n"
         "In the DEFT-2 study, 142 adults took nirogacestat or placebo. The tumour shrank in 36 out of every 100 "
         "people taking nirogacestat, compared with 9 out of every 100 taking placebo. In 5 out of every 100 "
         "people on nirogacestat the tumour could no longer be seen on scans.\n",
         [("DEFT-2", "nirogacestat", ORR, "rate", 36.0, 9.0), ("DEFT-2", "nirogacestat", CR, "rate", 5.0, None)]),
        ("lymphoma-disappeared-blood",
         "Glofitamab: a summary for patients\n\n"
         "In the STAR-12 study, 155 people with lymphoma were given glofitamab. For 39 out of every 100 people, "
         "the lymphoma disappeared completely.\n",
         [("STAR-12", "glofitamab", CR, "rate", 39.0, None)]),
        ("elliptic-frequency-receiving",
         "Imatinib after surgery: what the study found\n\n"
         "In the SSG-40 trial, 400 people took imatinib or placebo after surgery. After three years, 87 out of "
         "every 100 people taking imatinib had not had their cancer come back, compared with 62 out of every 100 "
         "receiving placebo; the cancer had not grown in most of them.\n",
         [("SSG-40", "imatinib", PFS, "rate", 87.0, 62.0)]),
    ],
}


def test_every_shape_has_at_least_three_wordings():
    assert all(len(cases) >= 3 for cases in SHAPES.values())


def test_shape_gives_exactly_the_expected_results(shape_case, trial_fields):
    assert _sorted(trial_fields(shape_case.text, K)) == _sorted(shape_case.expected)
