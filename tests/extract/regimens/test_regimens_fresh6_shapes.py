"""Dosing shapes first met on the sixth unseen set, each with several wordings written for these tests
(blood cancers and solid tumours; label, bulletin and patient register). Rows are (drug_id, route,
frequency, treatment_days, rest_days, cycle_days, infusion_hours).

- doses on named days of each week ("days 1 and 3 of every week", "on Monday, Wednesday and Friday") are
  given as many times a week as days are named, not "weekly";
- a drug named after a copula as what the subject is ("X is the standard first Y", "X is a form of Y") is a
  description of the subject: the dose that follows is the subject's;
- on a page about one drug, another drug the page never gives a dose for ("some take sorafenib, a tablet",
  "dexamethasone by mouth once a day before each drip") states no regimen.
"""
from __future__ import annotations

IV, SC, PO = "intravenous", "subcutaneous", "oral"


def G(drug, route=None, frequency=None, days=None, rest=None, cycle=None, hours=None) -> tuple:
    return (drug, route, frequency, days, rest, cycle, hours)


SHAPES = {
    "named-days-of-each-week": [
        ("day-numbers-of-every-week",
         "Ixazomib schedules in myeloma\n\n"
         "In the twice-weekly arm, dexamethasone 20 mg was taken by mouth on days 1 and 4 of every week.\n",
         [G("dexamethasone", PO, "twice weekly")]),
        ("weekday-names-patient",
         "Your capecitabine treatment\n\n"
         "You take capecitabine 1000 mg by mouth on Monday, Wednesday and Friday.\n",
         [G("capecitabine", PO, "three times weekly")]),
        ("days-of-each-week-solid",
         "Temozolomide for glioma\n\n"
         "Temozolomide 75 mg/m2 is swallowed on days 1, 3 and 5 of each week during radiotherapy.\n",
         [G("temozolomide", PO, "three times weekly")]),
        ("weekday-pair-injection",
         "Azacitidine at home\n\n"
         "Azacitidine 75 mg/m2 is injected under the skin on Tuesday and Thursday mornings.\n",
         [G("azacitidine", SC, "twice weekly")]),
    ],
    "drug-named-as-what-the-subject-is": [
        ("standard-first-class-member",
         "Asparaginase products in leukaemia\n\n"
         "Pegaspargase is the preferred first asparaginase in children, given at 2,500 IU/m2 intravenously "
         "every 2 weeks.\n",
         [G("pegaspargase", IV, "every 2 weeks")]),
        ("usual-successor-solid",
         "EGFR inhibitors for lung cancer\n\n"
         "Osimertinib is now the usual successor to gefitinib, taken as 80 mg by mouth once daily.\n",
         [G("osimertinib", PO, "daily")]),
        ("an-alternative-to",
         "Second-generation inhibitors in CML\n\n"
         "Nilotinib is an alternative to imatinib, taken at 300 mg by mouth twice daily.\n",
         [G("nilotinib", PO, "twice daily")]),
    ],
    "passing-mention-with-only-a-form": [
        ("other-options-tablet",
         "Nirogacestat for desmoid tumours\n\n"
         "Nirogacestat is taken as 150 mg by mouth twice a day.\n\n"
         "Other options exist: some people are given sorafenib, a tablet first made for liver cancer.\n",
         [G("nirogacestat", PO, "twice daily")]),
        ("intrathecal-prophylaxis",
         "Tagraxofusp in BPDCN: case discussion\n\n"
         "Tagraxofusp 12 mcg/kg was infused intravenously once daily on days 1 to 5 of a 21-day cycle.\n\n"
         "Intrathecal cytarabine was added as CNS prophylaxis.\n",
         [G("tagraxofusp", IV, "daily", 5, None, 21)]),
        ("injection-mentioned-in-history",
         "Ibrutinib for mantle cell lymphoma\n\n"
         "Ibrutinib 560 mg is taken by mouth once a day.\n\n"
         "Before this he had rituximab infusions, which stopped working.\n",
         [G("ibrutinib", PO, "daily")]),
        ("undosed-premedication-with-timing",
         "Mosunetuzumab: your treatment\n\n"
         "Mosunetuzumab 30 mg is given as a drip into a vein every 3 weeks.\n\n"
         "You also take dexamethasone by mouth once a day on the day before each drip.\n",
         [G("mosunetuzumab", IV, "every 3 weeks")]),
    ],
}


def test_every_shape_has_at_least_three_wordings():
    assert all(len(cases) >= 3 for cases in SHAPES.values())


def test_shape_gives_exactly_the_expected_regimens(shape_case, schedules):
    assert sorted(set(schedules(shape_case.text)), key=str) == sorted(shape_case.expected, key=str)
