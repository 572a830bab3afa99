"""Schedules as labels and clinicians write them: weeks on and off, interval frequencies in words and
shorthand (every 4 weeks, Q3W, wkly, every 12 hours), step-up dosing before a weekly dose, several
drugs of one regimen each with its own route and days, and label sections ("DOSAGE AND
ADMINISTRATION", "Route:" / "Frequency:" fields) on a page about one drug. Texts written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.regimens.test_regimens_sentences import FIELDS, G

CASES = [
    ("Palbociclib 125 mg is taken orally once daily, three weeks on and one week off.",
     [G("palbociclib", "oral", "daily", days=21, rest=7)]),
    ("Ribociclib is swallowed once a day for 3 weeks, followed by 1 week off treatment.",
     [G("ribociclib", "oral", "daily", days=21, rest=7)]),
    ("Imetelstat is infused into a vein once every 4 weeks.", [G("imetelstat", "intravenous", "every 4 weeks")]),
    ("Nivolumab 480 mg IV Q4W.", [G("nivolumab", "intravenous", "every 4 weeks")]),
    ("Pembrolizumab 200 mg IV q3w until progression.", [G("pembrolizumab", "intravenous", "every 3 weeks")]),
    ("Olaparib 300 mg by mouth every 12 hours.", [G("olaparib", "oral", "every 12 hours")]),
    ("Elranatamab 76 mg is injected under the skin every 2 wk.", [G("elranatamab", "subcutaneous", "every 2 weeks")]),
    ("Teclistamab 1.5 mg/kg subcutaneously once wkly.", [G("teclistamab", "subcutaneous", "weekly")]),
    ("Epcoritamab is injected under the skin as step-up doses on days 1 and 8, then 48 mg once weekly.",
     [G("epcoritamab", "subcutaneous", "weekly")]),
    ("Sacituzumab govitecan 10 mg/kg is infused on days 1 and 8 of each 21-day cycle.",
     [G("sacituzumab-govitecan", "intravenous", None, days=2, cycle=21)]),
    ("In adults, nelarabine is given intravenously over 2 hours on days 1, 3 and 5, repeated every 21 days.",
     [G("nelarabine", "intravenous", None, days=3, cycle=21, hours=2)]),
    ("Carfilzomib is infused on days 1, 2, 8, 9, 15 and 16 of each 28-day cycle.",
     [G("carfilzomib", "intravenous", None, days=6, cycle=28)]),
    # Two doses 3 or 4 days apart in each dosed week: twice weekly (written only as a day list)
    ("Bortezomib 1.3 mg/m2 is injected under the skin on days 1, 4, 8 and 11 of each 21-day cycle.",
     [G("bortezomib", "subcutaneous", "twice weekly", days=4, cycle=21)]),
    ("For mantle cell lymphoma, bortezomib is given intravenously on days 1, 4, 8, and 11 of a 21-day cycle.",
     [G("bortezomib", "intravenous", "twice weekly", days=4, cycle=21)]),
    ("In relapsed myeloma, carfilzomib 20 mg/m2 IV on days 1, 5, 8 and 12 of a 28-day cycle.",
     [G("carfilzomib", "intravenous", "twice weekly", days=4, cycle=28)]),
    ("Eribulin 1.4 mg/m2 is given intravenously on days 1 and 8 of every 21-day cycle.",
     [G("eribulin", "intravenous", None, days=2, cycle=21)]),
    ("Patients received azacitidine 75 mg/m2 subcutaneously on days 1-7 and venetoclax 400 mg orally daily.",
     [G("azacitidine", "subcutaneous", None, days=7), G("venetoclax", "oral", "daily")]),
    ("Paclitaxel 175 mg/m2 was infused over 3 hours and carboplatin over 30 minutes, every 3 weeks.",
     [G("paclitaxel", "intravenous", "every 3 weeks", hours=3), G("carboplatin", "intravenous", "every 3 weeks", hours=0.5)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_schedule_shapes(text, expected, sentence_regimens):
    rows = sentence_regimens(text)
    assert sorted(([r[k] for k in FIELDS] for r in rows), key=str) == sorted(
        ([e[k] for k in FIELDS] for e in expected), key=str)


def test_a_dosage_and_administration_section_belongs_to_the_page_drug(schedules):
    got = schedules(
        "Selpercatinib (Retevmo) prescribing summary\n\n"
        "Selpercatinib treats RET fusion-positive non-small cell lung cancer.\n\n"
        "DOSAGE AND ADMINISTRATION\n\n"
        "Patients weighing 50 kg or more: 160 mg twice daily by mouth until disease progression.\n")
    assert got == [("selpercatinib", "oral", "twice daily", None, None, None, None)]


def test_route_and_frequency_fields_under_a_dosing_heading_make_one_schedule(schedules):
    got = schedules(
        "Imetelstat for lower-risk MDS\n\n"
        "Imetelstat is a telomerase inhibitor for anaemia in lower-risk myelodysplastic syndromes.\n\n"
        "How it is given\n\n"
        "Route: given by intravenous infusion over 2 hours.\n"
        "Frequency: once every 4 weeks.\n")
    assert got == [("imetelstat", "intravenous", "every 4 weeks", None, None, None, 2.0)]


def test_gives_it_points_back_to_the_drug_of_the_sentence_before(schedules):
    got = schedules(
        "Mosunetuzumab for follicular lymphoma\n\n"
        "Mosunetuzumab is a bispecific antibody for follicular lymphoma that came back.\n"
        "A nurse gives it as an intravenous infusion every 3 weeks.\n")
    assert got == [("mosunetuzumab", "intravenous", "every 3 weeks", None, None, None, None)]


def test_a_dosing_section_in_clinician_shorthand_keeps_the_route_said_elsewhere(schedules):
    got = schedules(
        "Teclistamab in myeloma\n\n"
        "Teclistamab is injected under the skin.\n\n"
        "Dosing\n\n"
        "Maintenance: give 1.5 mg/kg once wkly after the step-up phase.\n")
    assert ("teclistamab", "subcutaneous", "weekly", None, None, None, None) in got


def test_you_get_a_dose_completes_the_schedule_of_the_page_drug_said_earlier(schedules):
    got = schedules(
        "Glofitamab: what to expect\n\n"
        "Glofitamab is a bispecific antibody for large B-cell lymphoma.\n"
        "A nurse gives it as an intravenous infusion in hospital.\n\n"
        "Good to know\n\n"
        "Treatment is for a fixed time rather than until it stops working.\n"
        "Side effects are checked at every visit.\n"
        "After the first cycle, you get a dose every 3 weeks.\n")
    assert got == [("glofitamab", "intravenous", "every 3 weeks", None, None, None, None)]


def test_a_dosing_section_on_a_page_naming_one_drug_belongs_to_it(schedules):
    got = schedules(
        "Talquetamab (monograph)\n\n"
        "Overview\n\n"
        "A bispecific antibody for relapsed myeloma. Brand: Talvey. Talquetamab is given subcutaneously.\n\n"
        "Before treatment\n\n"
        "Check blood counts and infections. Give dexamethasone and paracetamol before the first doses.\n\n"
        "More information for carers and nurses is available from the manufacturer.\n\n"
        "Dosage\n\n"
        "Biwkly schedule: after the step-up doses, give 0.8 mg/kg every 2 wk.\n")
    assert ("talquetamab", "subcutaneous", "every 2 weeks", None, None, None, None) in got
