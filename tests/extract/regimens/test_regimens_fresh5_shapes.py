"""Dosing shapes first met on the fifth unseen set, each with several wordings written for these tests
(blood cancers and solid tumours; label, listing and patient register). Rows are (drug_id, route,
frequency, treatment_days, rest_days, cycle_days, infusion_hours).

- a product's strengths ("150 mg capsules", "25 mg and 100 mg tablets") say what is sold, not how it is
  given: no regimen row of their own;
- a route word naming another drug's administration as a moment ("starting the day before each
  infusion", "30 minutes before the injection") is not the route of the drug the segment doses;
- a "drip" (plural too) is an intravenous infusion.
"""
from __future__ import annotations

IV, SC, PO = "intravenous", "subcutaneous", "oral"


def G(drug, route=None, frequency=None, days=None, rest=None, cycle=None, hours=None) -> tuple:
    return (drug, route, frequency, days, rest, cycle, hours)


SHAPES = {
    "strengths-are-not-a-schedule": [
        ("listing-items",
         "Medicines list: kinase inhibitors for lung cancer\n\n"
         "ITEM 1 - Osimertinib 40 mg and 80 mg tablets\n\n"
         "Listed for EGFR-mutated non-small cell lung cancer. Dose: 80 mg orally once daily.\n\n"
         "ITEM 2 - Crizotinib 200 mg and 250 mg capsules\n\n"
         "Listed for ROS1-positive non-small cell lung cancer.\n",
         [G("osimertinib", PO, "daily")]),
        ("blood-strength-line",
         "Ibrutinib for chronic lymphocytic leukaemia\n\n"
         "Presentation: ibrutinib 140 mg capsules and 420 mg tablets.\n\n"
         "Ibrutinib is taken by mouth at 420 mg once a day.\n",
         [G("ibrutinib", PO, "daily")]),
        ("patient-packs",
         "Your medicine: olaparib\n\n"
         "Olaparib comes in packs of 100 mg and 150 mg tablets. You swallow 300 mg twice a day.\n",
         [G("olaparib", PO, "twice daily")]),
    ],
    "route-of-another-administration": [
        ("premedication-before-each-infusion",
         "Loncastuximab tesirine dosing\n\n"
         "Loncastuximab tesirine is given as an intravenous infusion over 30 minutes every 3 weeks. Give "
         "dexamethasone 4 mg by mouth twice daily for 3 days, starting the day before each infusion.\n",
         [G("loncastuximab-tesirine", IV, "every 3 weeks", hours=0.5), G("dexamethasone", PO, "twice daily", 3)]),
        ("tablet-before-the-injection",
         "Teclistamab in myeloma\n\n"
         "Teclistamab is injected under the skin once a week. Take paracetamol 1 g by mouth 1 hour before each "
         "injection.\n",
         [G("teclistamab", SC, "weekly"), G("paracetamol", PO)]),
        ("patient-after-your-drip",
         "Trastuzumab deruxtecan: what to expect\n\n"
         "Trastuzumab deruxtecan is given through a drip into a vein every 3 weeks. You take ondansetron 8 mg "
         "tablets twice a day for 3 days after each drip.\n",
         [G("trastuzumab-deruxtecan", IV, "every 3 weeks"), G("ondansetron", PO, "twice daily", 3)]),
    ],
    # "With A and B: 2.5 mg/kg every 3 weeks": a label naming the partners of a combination; the dose after
    # it, naming no drug, is the page drug's, not the partners'.
    "partners-label-then-dose": [
        ("blood-in-combination-with",
         "Daratumumab: dosing\n\n"
         "In combination with lenalidomide and dexamethasone: 16 mg/kg as an intravenous infusion once a week.\n",
         [G("daratumumab", IV, "weekly")]),
        ("solid-with",
         "Pembrolizumab in lung cancer\n\n"
         "With pemetrexed and carboplatin: 200 mg intravenously every 3 weeks.\n",
         [G("pembrolizumab", IV, "every 3 weeks")]),
        ("patient-together-with",
         "Trastuzumab: how you have it\n\n"
         "Together with capecitabine: 6 mg/kg through a drip every 3 weeks.\n",
         [G("trastuzumab", IV, "every 3 weeks")]),
    ],
    # A dose line naming no drug under a heading that names one drug (a listing item, a section per drug) is
    # that drug's, not the drug named last in the text between ("after erlotinib or gefitinib").
    "dose-line-under-a-drug-heading": [
        ("listing-items",
         "Funded medicines: lung cancer\n\n"
         "ITEM 1 - Osimertinib (Tagrisso) 40 mg and 80 mg tablets\n\n"
         "Funded for EGFR-mutated non-small cell lung cancer, including after erlotinib or gefitinib.\n"
         "Dose: 80 mg orally once daily.\n\n"
         "ITEM 2 - Lorlatinib (Lorbrena) 25 mg and 100 mg tablets\n\n"
         "Funded for ALK-positive non-small cell lung cancer, including after crizotinib.\n"
         "Dose: 100 mg orally twice daily for 14 days, then 7 days off.\n",
         [G("osimertinib", PO, "daily"), G("lorlatinib", PO, "twice daily", 14, 7)]),
        ("markdown-sections",
         "# Oral drugs for chronic lymphocytic leukaemia\n\n"
         "## Venetoclax\n\n"
         "Used when the disease came back after ibrutinib.\n\n"
         "Usual dose: 400 mg by mouth once daily.\n\n"
         "## Ibrutinib\n\n"
         "Used first line, or after bendamustine and rituximab.\n\n"
         "Usual dose: 420 mg by mouth twice daily.\n",
         [G("venetoclax", PO, "daily"), G("ibrutinib", PO, "twice daily")]),
        ("patient-sections",
         "# Tablets for bowel cancer\n\n"
         "## Capecitabine\n\n"
         "You may have it after surgery, or with oxaliplatin.\n\n"
         "Dose: 1,250 mg/m2 twice a day for 14 days, then 7 days off.\n\n"
         "## Trifluridine/tipiracil\n\n"
         "You may have it after fluorouracil and irinotecan have stopped working.\n\n"
         "Dose: 35 mg/m2 by mouth twice a day on days 1 to 5 and 8 to 12 of each 28-day cycle.\n",
         [G("capecitabine", None, "twice daily", 14, 7),
          G("trifluridine-and-tipiracil", PO, "twice daily", 10, None, 28)]),
    ],
    "drip-is-intravenous": [
        ("split-into-drips",
         "Brexucabtagene autoleucel: a guide\n\n"
         "The brexucabtagene autoleucel dose is split into two drips given a week apart, on day 1 and day 8.\n",
         [G("brexucabtagene-autoleucel", IV)]),
        ("as-a-drip-weekly",
         "Bortezomib and blinatumomab: a patient guide\n\n"
         "Blinatumomab is given as drips through a thin tube, each running for 28 days, with 14 days off in between.\n",
         [G("blinatumomab", IV, days=28, rest=14)]),
        ("drips-every-two-weeks",
         "Nivolumab for kidney cancer: your treatment\n\n"
         "You have nivolumab as drips every 2 weeks.\n",
         [G("nivolumab", IV, "every 2 weeks")]),
    ],
}


def test_every_shape_has_at_least_three_wordings():
    assert all(len(cases) >= 3 for cases in SHAPES.values())


def test_shape_gives_exactly_the_expected_regimens(shape_case, schedules):
    assert sorted(set(schedules(shape_case.text)), key=str) == sorted(shape_case.expected, key=str)
