"""Audience of professional pages that carry no 'for healthcare professionals' notice: a label's
prescriber sections, orders to the prescriber, teaching cases, renal dosing arithmetic. Pages written
for this test; patient pages that talk about doses stay patient pages."""
import pytest

from sources.parse import parse_bytes

PROFESSIONAL = {
"monograph": """Dasatinib monograph

Dosage and administration
Chronic phase CML: 100 mg orally once daily. Reduce the dose to 40 mg daily when given with a strong CYP3A4 inhibitor.

Dose modifications for adverse reactions
Withhold for grade 3 or 4 neutropenia (ANC below 0.5 x 10^9/L) and resume at the original dose once the ANC recovers to 1.0 x 10^9/L or more.

Contraindications
None.

Warnings and precautions
Myelosuppression, pleural effusion, pulmonary arterial hypertension and QT prolongation have been reported.
""",
"case": """Case discussion: a relapse after CAR-T

A 58-year-old man with diffuse large B-cell lymphoma relapsed four months after axicabtagene ciloleucel. Biopsy confirmed CD19-positive disease.

We discussed glofitamab with obinutuzumab pretreatment. The team chose epcoritamab because of the subcutaneous route and weekly dosing in cycles 1 to 3.

Teaching points: check CD19 status at relapse; step-up dosing lowers the risk of grade 3 cytokine release syndrome; tocilizumab should be available before the first full dose.
""",
"renal": """Carboplatin dosing in renal impairment

Calculate the dose with the Calvert formula: dose (mg) = target AUC x (GFR + 25). Cap the estimated GFR at 125 mL/min.

Where creatinine clearance is below 20 mL/min, discuss with the oncology pharmacist before prescribing. Prescribers should document the formula used on the chart.
""",
}

PATIENT = {
    "leaflet": """How to take dasatinib

Take one tablet a day, at the same time each day, with or without food. Swallow it whole.

If you get side effects, talk to your doctor. Your doctor may lower your dose or ask you to stop for a while.

Tell your care team straight away if you feel short of breath or have chest pain.
""",
    "kidneys": """Carboplatin and your kidneys

Before each treatment you will have a blood test to check how well your kidneys work. Your doctor uses it to work out
the right dose for you.

Drink plenty of fluids on the days around your treatment, and ask your nurse if you are not sure how much.
""",
    "story": """My year on venetoclax

I was 58 when my leukaemia came back. My consultant suggested venetoclax, and I started on a low dose that went up each
week. You get used to the blood tests. My advice: ask your team every question you have.
""",
}


@pytest.mark.parametrize("name", sorted(PROFESSIONAL))
def test_a_professional_page_without_a_notice_is_professional(name):
    assert parse_bytes(PROFESSIONAL[name].encode(), name + ".txt").audience == "professional"


@pytest.mark.parametrize("name", sorted(PATIENT))
def test_a_patient_page_about_doses_stays_patient(name):
    assert parse_bytes(PATIENT[name].encode(), name + ".txt").audience == "patient"
