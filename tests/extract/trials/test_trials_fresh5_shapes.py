"""Shapes first met on the fifth unseen set, each with several wordings written for these tests (blood
cancers and solid tumours, clinician and patient register). Drugs are real; trial names and figures are
made up.

- the trial's name given beside its size ("NAME (480 patients): ..."), as the antecedent of "in which N
  patients were randomised", or as an acronym whose registry number is written later in the design
  paragraph: the result belongs to that trial, not to another trial the page names;
- an endpoint named after the figures, in a trailing clause with no figures of its own ("..., with
  event-free survival also longer") takes none of them;
- a combined rate ("complete remission or complete remission with incomplete recovery, 77%"; "complete
  or partial response") is the composite endpoint, not the narrower one;
- a natural frequency ("42 out of every 100 people") is a rate.
"""
from __future__ import annotations

OS, PFS, EFS, ORR = "overall-survival", "progression-free-survival", "event-free-survival", "overall-response"
CR, CCR = "complete-remission", "composite-complete-remission"
K = ("trial_name", "drug_id", "endpoint", "measure", "value", "comparator_value")


def _sorted(rows) -> list[tuple]:
    return sorted(rows, key=lambda row: tuple(str(x) for x in row))


SHAPES = {
    "trial-named-beside-its-size-or-design": [
        ("two-trials-in-a-list",
         "# Nivolumab for gastric cancer: two trials\n\n"
         "Two randomised trials supported the decision, one in Asia (ORION-2) and one worldwide (the phase 3 "
         "HALCYON trial).\n\n"
         "- ORION-2 (480 patients): median overall survival 5.3 months with nivolumab versus 4.1 months with placebo.\n"
         "- HALCYON (1581 patients): median overall survival 13.8 months with nivolumab versus 11.6 months with "
         "chemotherapy.\n",
         [("HALCYON", "nivolumab", OS, "median", 13.8, 11.6), ("ORION-2", "nivolumab", OS, "median", 5.3, 4.1)]),
        ("antecedent-of-in-which",
         "Ibrutinib in chronic lymphocytic leukaemia\n\n"
         "The committee relied on tideLINE, in which 578 older patients were randomised; with ibrutinib, 74% "
         "were alive without progression at 2 years compared with 45% with chlorambucil. A newer trial, "
         "MAPLE-5, is testing ibrutinib with venetoclax.\n",
         [("tideLINE", "ibrutinib", PFS, "rate", 74.0, 45.0)]),
        ("size-in-parentheses-mid-sentence",
         "# Olaparib: what the trials showed\n\n"
         "In the BRCA-mutated group of CORAL-3 (302 patients), median progression-free survival was 7.0 months "
         "with olaparib against 4.2 months with chemotherapy.\n\n"
         "Olaparib is also being studied before surgery, as tested in PETREL-9, which has not reported.\n",
         [("CORAL-3", "olaparib", PFS, "median", 7.0, 4.2)]),
        ("registry-number-in-the-design-paragraph",
         "Acalabrutinib versus chemoimmunotherapy: the phase 3 ELM-12 trial\n\n"
         "Acalabrutinib had shown activity in the earlier ELM-10 study. In this open-label phase 3 trial, adults "
         "with untreated mantle cell lymphoma were randomised to acalabrutinib or to bendamustine and rituximab. "
         "The primary endpoint was progression-free survival (NCT01234567).\n\n"
         "Median progression-free survival was 66.4 months with acalabrutinib and 49.6 months with "
         "bendamustine and rituximab.\n",
         [("ELM-12", "acalabrutinib", PFS, "median", 66.4, 49.6)]),
    ],
    # A supporting study of another phase, unnamed, before the named pivotal trial: its one-arm figure is a
    # result of its own, with no trial name (not the later trial's, not dropped as a repeat of its comparison).
    "unnamed-supporting-study-beside-a-named-trial": [
        ("blood-phase-1-2-then-phase-3",
         "Gilteritinib in AML: your questions\n\n"
         "In the phase 1/2 study that supported approval, median overall survival was 7.1 months. In the phase 3 "
         "OSPREY-5 trial, median overall survival was 9.3 months with gilteritinib versus 5.6 months with "
         "chemotherapy.\n",
         [(None, "gilteritinib", OS, "median", 7.1, None), ("OSPREY-5", "gilteritinib", OS, "median", 9.3, 5.6)]),
        ("solid-phase-2-then-phase-3",
         "# Tepotinib in lung cancer\n\n"
         "In an earlier phase 2 study, median progression-free survival was 8.5 months with tepotinib. The phase 3 "
         "GULL-2 trial then found a median progression-free survival of 11.0 months with tepotinib against 5.5 "
         "months with chemotherapy.\n",
         [(None, "tepotinib", PFS, "median", 8.5, None), ("GULL-2", "tepotinib", PFS, "median", 11.0, 5.5)]),
        ("patient-phase-2-then-phase-3",
         "Olaparib: what the research says\n\n"
         "In a small phase 2 study, people who took olaparib lived a median of 16.0 months (overall survival). "
         "Later, in the phase 3 LOON-1 study, people who took olaparib lived a median of 19.3 months, compared "
         "with 17.1 months for people given chemotherapy (overall survival).\n",
         [(None, "olaparib", OS, "median", 16.0, None), ("LOON-1", "olaparib", OS, "median", 19.3, 17.1)]),
    ],
    # A registry id given to another study ("a separate phase 2 study (NCT...)") is that study's name, not an
    # alias of the trial named before it.
    "registry-number-of-another-study": [
        ("solid-separate-study",
         "Selpercatinib in thyroid cancer\n\n"
         "In the phase 3 LIBRA-3 trial, median progression-free survival was 24.8 months with selpercatinib versus "
         "16.8 months with cabozantinib.\n\n"
         "A separate phase 2 study (NCT01234567) found an overall response rate of 69% with selpercatinib in "
         "children.\n",
         [("LIBRA-3", "selpercatinib", PFS, "median", 24.8, 16.8),
          ("NCT01234567", "selpercatinib", ORR, "rate", 69.0, None)]),
        ("blood-another-trial",
         "Ponatinib in CML\n\n"
         "In the PACE-2 trial, the major molecular response rate was not reported; median overall survival was "
         "40.1 months with ponatinib.\n\n"
         "Another trial, registered as NCT07654321, reported complete remission in 46% of patients with ponatinib.\n",
         [("PACE-2", "ponatinib", OS, "median", 40.1, None), ("NCT07654321", "ponatinib", CR, "rate", 46.0, None)]),
        ("patient-earlier-study",
         "Pemigatinib: what the research says\n\n"
         "In the FIGHT-9 study, people who took pemigatinib lived a median of 21.1 months (overall survival).\n\n"
         "An earlier study (NCT02924376) found that the cancer shrank in 37 out of every 100 people who took "
         "pemigatinib.\n",
         [("FIGHT-9", "pemigatinib", OS, "median", 21.1, None),
          ("NCT02924376", "pemigatinib", ORR, "rate", 37.0, None)]),
    ],
    "trailing-endpoint-without-figures": [
        ("blood-efs-also-longer",
         "Gilteritinib in FLT3-mutated AML\n\n"
         "In the SPARROW-1 trial, median overall survival was 9.3 months with gilteritinib versus 5.6 months "
         "with salvage chemotherapy, with event-free survival also longer.\n",
         [("SPARROW-1", "gilteritinib", OS, "median", 9.3, 5.6)]),
        ("solid-response-also-favoured",
         "# Cabozantinib in kidney cancer\n\n"
         "In the GANNET-3 trial, median progression-free survival was 7.4 months with cabozantinib and 3.8 "
         "months with everolimus, and the objective response rate also favoured cabozantinib.\n",
         [("GANNET-3", "cabozantinib", PFS, "median", 7.4, 3.8)]),
        ("patient-even-though",
         "Enzalutamide: what the study found\n\n"
         "In the TERN-4 study, people who took enzalutamide lived a median of 35.3 months, compared with 31.3 "
         "months for people who took a placebo (overall survival), even though the time until the PSA level rose "
         "and progression-free survival were both clearly better.\n",
         [("TERN-4", "enzalutamide", OS, "median", 35.3, 31.3)]),
        ("blood-bare-survival-then-efs",
         "Midostaurin in AML: the expert view\n\n"
         "In the phase 3 PIPIT-2 trial, in 410 older patients, midostaurin did not clearly prolong survival compared "
         "with standard care (median 8.1 versus 7.7 months; hazard ratio 0.91), although remissions and event-free "
         "survival favoured it.\n",
         [("PIPIT-2", "midostaurin", OS, "median", 8.1, 7.7)]),
        ("solid-bare-survival-then-pfs",
         "# Ramucirumab in gastric cancer\n\n"
         "In the SHRIKE-5 trial, ramucirumab with paclitaxel improved survival over paclitaxel alone (median 9.6 "
         "versus 7.4 months), and progression-free survival was also longer.\n",
         [("SHRIKE-5", "ramucirumab", OS, "median", 9.6, 7.4)]),
    ],
    "combined-rate-is-the-composite": [
        ("blood-cr-or-cri-label",
         "Venetoclax with azacitidine in AML\n\n"
         "In the KESTREL-8 trial, complete remission or complete remission with incomplete blood count recovery, "
         "66%, was reached with venetoclax and azacitidine, against 28% with azacitidine alone.\n",
         [("KESTREL-8", "venetoclax", CCR, "rate", 66.0, 28.0)]),
        ("patient-with-or-without-recovery",
         "Blinatumomab: results in adults\n\n"
         "In the WREN-2 study, 81 adults were given blinatumomab. Of these, 44% went into remission (complete "
         "remission with or without full recovery of blood counts), and 33% had a complete remission with full "
         "blood count recovery.\n",
         [("WREN-2", "blinatumomab", CCR, "rate", 44.0, None), ("WREN-2", "blinatumomab", CR, "rate", 33.0, None)]),
        ("blood-cr-plus-cri-parenthesis",
         "Ivosidenib in IDH1-mutated AML\n\n"
         "In the CORMORANT-1 trial of ivosidenib, the rate of complete remission or complete remission with "
         "incomplete haematologic recovery was 42% and complete remission alone was 30%.\n",
         [("CORMORANT-1", "ivosidenib", CCR, "rate", 42.0, None), ("CORMORANT-1", "ivosidenib", CR, "rate", 30.0, None)]),
    ],
    "natural-frequency-is-a-rate": [
        ("solid-out-of-every-100",
         "Pemigatinib: a guide for patients\n\n"
         "In the main pemigatinib study, the cancer shrank in 36 out of every 100 people who took it (107 "
         "people took part).\n",
         [(None, "pemigatinib", ORR, "rate", 36.0, None)]),
        ("blood-in-every-10",
         "Imatinib: what the study found\n\n"
         "In the FINCH-2 study, about 9 in every 10 people with chronic myeloid leukaemia who took imatinib "
         "were still alive at 5 years.\n",
         [("FINCH-2", "imatinib", OS, "rate", 90.0, None)]),
        ("solid-of-every-100-responded",
         "Lorlatinib for lung cancer: your questions answered\n\n"
         "In the PLOVER-3 trial, 76 of every 100 people who took lorlatinib responded to treatment.\n",
         [("PLOVER-3", "lorlatinib", ORR, "rate", 76.0, None)]),
    ],
}


def test_every_shape_has_at_least_three_wordings():
    assert all(len(cases) >= 3 for cases in SHAPES.values())


def test_shape_gives_exactly_the_expected_results(shape_case, trial_fields):
    assert _sorted(trial_fields(shape_case.text, K)) == _sorted(shape_case.expected)


# "... with the combination and 13.4 months with sorafenib": the drug-less first arm is read from the design
# sentence, and handed to the paragraph's later drug-less results explicitly; no Reading is changed.
HANDOVER_TEXT = (
    "Atezolizumab in liver cancer\n\n"
    "In the HAWK-3 trial, 500 patients received atezolizumab plus bevacizumab or sorafenib. Median overall "
    "survival was 19.2 months with the combination and 13.4 months with sorafenib. Median progression-free "
    "survival was 6.9 versus 4.3 months.\n")


def test_arms_read_from_the_design_sentence_reach_later_results_without_changing_readings(monkeypatch, trial_fields):
    import extract.trials.rows as rows_module

    made = []
    original = rows_module.read

    def recording_read(*args, **kwargs):
        reading = original(*args, **kwargs)
        made.append((reading, reading.experimental, reading.comparator))
        return reading

    monkeypatch.setattr(rows_module, "read", recording_read)
    assert _sorted(trial_fields(HANDOVER_TEXT, K)) == _sorted([("HAWK-3", "atezolizumab", OS, "median", 19.2, 13.4),
                                                              ("HAWK-3", "atezolizumab", PFS, "median", 6.9, 4.3)])
    assert made and all(r.experimental is e and r.comparator is c for r, e, c in made)
