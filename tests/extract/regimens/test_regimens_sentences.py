"""Table-driven tests of regimen extraction on single sentences written for these tests.

Each sentence states a real, commonly used schedule in our own words; the expected rows give
drug, route (null when the text names none), frequency and the day counts a curator records.
"""
from __future__ import annotations

import pytest

FIELDS = ("drug_id", "route", "frequency", "treatment_days", "rest_days", "cycle_days", "infusion_hours")


def G(drug, route=None, frequency=None, days=None, rest=None, cycle=None, hours=None) -> dict:
    return dict(zip(FIELDS, (drug, route, frequency, days, rest, cycle, hours)))


CASES = [
    ("Imatinib is taken by mouth once a day with food.", [G("imatinib", "oral", "daily")]),
    ("Nilotinib 300 mg is taken orally twice daily on an empty stomach.",
     [G("nilotinib", "oral", "twice daily")]),
    ("Ruxolitinib tablets are swallowed twice a day.", [G("ruxolitinib", "oral", "twice daily")]),
    ("Dasatinib comes as a tablet that is taken once daily.", [G("dasatinib", "oral", "daily")]),
    ("Hydroxyurea capsules are taken every day.", [G("hydroxycarbamide", "oral", "daily")]),
    ("Ponatinib 45 mg is taken orally once daily.", [G("ponatinib", "oral", "daily")]),
    # two schedules offered for one drug are two rows (see test_regimens_shapes.py, alternative-schedules)
    ("Asciminib is taken by mouth at 40 mg twice daily or 80 mg once daily.",
     [G("asciminib", "oral", "twice daily"), G("asciminib", "oral", "daily")]),
    ("Venetoclax 400 mg by mouth once daily, on days 1 to 28 of each 28-day cycle.",
     [G("venetoclax", "oral", "daily", days=28, cycle=28)]),
    ("Azacitidine 75 mg/m² is injected subcutaneously once daily for 7 days every 28 days.",
     [G("azacitidine", "subcutaneous", "daily", days=7, cycle=28)]),
    ("Azacitidine can be given subcutaneously or intravenously, 75 mg/m² daily for 7 days.",
     [G("azacitidine", "subcutaneous", "daily", days=7), G("azacitidine", "intravenous", "daily", days=7)]),
    ("Interferon alfa is injected under the skin three times a week.",
     [G("interferon-alfa", "subcutaneous", "three times weekly")]),
    ("Bortezomib 1.3 mg/m² is injected subcutaneously twice weekly on days 1, 4, 8 and 11 of a 21-day cycle.",
     [G("bortezomib", "subcutaneous", "twice weekly", days=4, cycle=21)]),  # a day list counts its days
    ("Blinatumomab is infused continuously into a vein for 28 days, followed by a 14-day "
     "treatment-free interval.",
     [G("blinatumomab", "intravenous", "continuous", days=28, rest=14)]),
    ("Inotuzumab ozogamicin is infused intravenously over 1 hour on days 1, 8 and 15 of a 21-day cycle.",
     [G("inotuzumab-ozogamicin", "intravenous", "weekly", days=3, cycle=21, hours=1)]),  # evenly through the cycle
    ("Decitabine 20 mg/m² is given intravenously over 1 hour daily for 5 days, repeated every 4 weeks.",
     [G("decitabine", "intravenous", "daily", days=5, cycle=28, hours=1)]),
    ("Cytarabine 100 mg/m² per day is given as a continuous infusion on days 1 to 7.",
     [G("cytarabine", "intravenous", "continuous", days=7)]),
    ("Daunorubicin 60 mg/m² is given as an intravenous push on days 1 to 3.",
     [G("daunorubicin", "intravenous", days=3)]),
    ("Obinutuzumab is infused intravenously over 4 hours on day 1.",
     [G("obinutuzumab", "intravenous", hours=4)]),
    ("Rituximab 375 mg/m² is given intravenously once weekly for 4 weeks.",
     [G("rituximab", "intravenous", "weekly")]),
    ("Vincristine 1.4 mg/m² is given intravenously once a week.", [G("vincristine", "intravenous", "weekly")]),
    ("Methotrexate is given intrathecally once a week.", [G("methotrexate", "intrathecal", "weekly")]),
    # a schedule without a route keeps route null
    ("Gemtuzumab ozogamicin is dosed at 3 mg/m² on days 1, 4, and 7.", [G("gemtuzumab-ozogamicin", days=3)]),  # a day list counts its days
    ("Midostaurin 50 mg is given twice a day on days 8 through 21.",
     [G("midostaurin", None, "twice daily", days=14)]),
    ("Patients in the trial took gilteritinib at 120 mg per day.", [G("gilteritinib", None, "daily")]),
    # each drug keeps its own schedule; "each" applies to all
    ("Cytarabine 100 mg/m² daily for 7 days plus idarubicin 12 mg/m² daily for 3 days.",
     [G("cytarabine", None, "daily", days=7), G("idarubicin", None, "daily", days=3)]),
    ("Either daunorubicin 60 mg/m² or idarubicin 12 mg/m² is added, both for 3 days.",
     [G("daunorubicin", days=3), G("idarubicin", days=3)]),
    # no schedule stated
    ("Patients in the brentuximab vedotin arm received 1.2 mg/kg.", []),
    ("Venetoclax plus rituximab is given for 24 months.", []),
    ("Ibrutinib is continued until disease progression.", []),
    ("Oral mucositis is a common side effect of methotrexate.", []),
    ("Patients with stage IV disease received rituximab.", []),
    ("Imatinib was approved for gastrointestinal stromal tumours in 2002.", []),
    ("Imatinib has changed the daily life of people with CML.", []),
    ("After starting nilotinib she stayed in hospital for 3 days.", []),
    ("CNS prophylaxis combines intrathecal drugs with high-dose methotrexate.", []),
    # a route said not to be used, a class named in passing, a regimen's schedule, a preceding treatment
    ("Bortezomib is now mostly given as an injection under the skin rather than as an intravenous infusion.",
     [G("bortezomib", "subcutaneous")]),
    ("Ponatinib is approved after two or more TKIs have failed, and the dose is 45 mg by mouth once daily.",
     [G("ponatinib", "oral", "daily")]),
    ("Four cycles of BR (bendamustine and rituximab) given every 28 days were used.", []),
    ("Tisagenlecleucel is given as one intravenous infusion after lymphodepleting chemotherapy with "
     "fludarabine and cyclophosphamide.", [G("tisagenlecleucel", "intravenous")]),
    ("The CAR T cells are given as one intravenous infusion after lymphodepleting chemotherapy with "
     "fludarabine and cyclophosphamide.", []),

]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_gives_exactly_the_expected_regimens(text, expected, sentence_regimens):
    rows = sentence_regimens(text)
    assert [{k: r[k] for k in FIELDS} for r in rows] == expected


def test_regimen_rows_have_provenance_ids_and_a_description(sentence_regimens, sentence_article):
    text = CASES[0][0]
    article, rows = sentence_article(text), sentence_regimens(text)
    assert rows[0]["evidence"] == text and rows[0]["sentence_id"] == f"{article.article_id}:0"
    again = sentence_regimens(text)
    assert rows[0]["description"] and rows[0]["regimen_id"] == again[0]["regimen_id"]
