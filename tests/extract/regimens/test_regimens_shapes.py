"""Linguistic shapes of dosing schedules, each with several wordings written for these tests.

One `SHAPES` entry per mechanism (blood cancers and solid tumours, different drugs and schedules); every
case gives the exact rows a curator records, as (drug_id, route, frequency, treatment_days, rest_days,
cycle_days, infusion_hours).
"""
from __future__ import annotations

IV, SC, PO = "intravenous", "subcutaneous", "oral"


def G(drug, route=None, frequency=None, days=None, rest=None, cycle=None, hours=None) -> tuple:
    return (drug, route, frequency, days, rest, cycle, hours)


SHAPES = {
    # Two schedules offered for one drug, joined by "or": each is a schedule of its own.
    "alternative-schedules": [
        ("pembrolizumab",
         "Pembrolizumab is given intravenously at 200 mg every 3 weeks or 400 mg every 6 weeks.",
         [G("pembrolizumab", IV, "every 3 weeks"), G("pembrolizumab", IV, "every 6 weeks")]),
        ("nivolumab",
         "Nivolumab can be infused at 240 mg every 2 weeks or at 480 mg every 4 weeks.",
         [G("nivolumab", IV, "every 2 weeks"), G("nivolumab", IV, "every 4 weeks")]),
        ("zanubrutinib",
         "Zanubrutinib is taken by mouth, either 160 mg twice a day or 320 mg once a day.",
         [G("zanubrutinib", PO, "twice daily"), G("zanubrutinib", PO, "daily")]),
        ("after-a-pronoun",
         "Epcoritamab\n\nEpcoritamab is injected under the skin. Later on it is given either at 48 mg every week or "
         "at 48 mg every 4 weeks.\n",
         [G("epcoritamab", SC, "weekly"), G("epcoritamab", SC, "every 4 weeks")]),
        ("same-frequency-is-one-schedule",
         "Dexamethasone 40 mg is taken by mouth once a week, or 20 mg once a week in people over 75.",
         [G("dexamethasone", PO, "weekly")]),
    ],
    # "It" after a sentence that names only the drug's class refers to the drug, not to the class
    # members the article lists elsewhere.
    "pronoun-after-a-class-sentence": [
        ("btk",
         "Acalabrutinib\n\nAcalabrutinib is a medicine for CLL. It belongs to a group of medicines called BTK "
         "inhibitors. It comes as tablets that you swallow.\n\nAnother BTK inhibitor, zanubrutinib, is also used.\n",
         [G("acalabrutinib", PO)]),
        ("egfr",
         "Osimertinib\n\nOsimertinib treats EGFR-mutated lung cancer. It is one of the tyrosine kinase inhibitors. "
         "It is taken as a tablet once a day.\n\nOther tyrosine kinase inhibitors for this cancer include gefitinib "
         "and erlotinib.\n",
         [G("osimertinib", PO, "daily")]),
        ("flt3",
         "Gilteritinib\n\nGilteritinib is used for relapsed AML. It belongs to the FLT3 inhibitors. It is swallowed "
         "as tablets once daily.\n\nMidostaurin is another FLT3 inhibitor.\n",
         [G("gilteritinib", PO, "daily")]),
    ],
    # The sentence after a route-only statement gives doses and timing without naming the drug again.
    "schedule-continued-in-the-next-sentence": [
        ("teclistamab",
         "Teclistamab\n\nTeclistamab is injected under the skin. After two step-up doses, 1.5 mg/kg is given once "
         "a week.\n",
         [G("teclistamab", SC, "weekly")]),
        ("mosunetuzumab",
         "Mosunetuzumab\n\nMosunetuzumab is given as an infusion into a vein. After the step-up doses of the first "
         "cycle, 30 mg is given every 3 weeks.\n",
         [G("mosunetuzumab", IV, "every 3 weeks")]),
        ("trastuzumab",
         "Trastuzumab\n\nTrastuzumab is given into a vein. The first dose is 8 mg/kg, and later doses of 6 mg/kg "
         "follow every 3 weeks.\n",
         [G("trastuzumab", IV, "every 3 weeks")]),
    ],
    # The route said as what the medicine is ("X is an injection under the skin"), without a verb of giving.
    "route-as-what-the-medicine-is": [
        ("pegfilgrastim", "Pegfilgrastim is an injection under the skin.", [G("pegfilgrastim", SC)]),
        ("daratumumab", "Daratumumab is now an injection under the skin rather than a drip.",
         [G("daratumumab", SC)]),
        ("carmustine", "Carmustine is an infusion into a vein.", [G("carmustine", IV)]),
        ("injection-site-reactions", "Injection-site reactions under the skin were common with azacitidine.", []),
        ("infusion-reactions", "Infusion reactions occurred in a third of patients given rituximab.", []),
    ],
    # Days evenly spaced through the whole cycle give the frequency ("days 1 and 15 of a 28-day cycle"
    # is every 2 weeks); a cycle stated once in a sentence holds for each drug's day list.
    "day-list-frequency": [
        ("weekly",
         "Paclitaxel 80 mg/m2 is given intravenously on days 1, 8, 15 and 22 of each 28-day cycle.",
         [G("paclitaxel", IV, "weekly", days=4, cycle=28)]),
        ("every-2-weeks",
         "Irinotecan 180 mg/m2 is infused on days 1 and 15 of each 4-week cycle.",
         [G("irinotecan", IV, "every 2 weeks", days=2, cycle=28)]),
        ("shared-cycle",
         "Lenalidomide 25 mg is taken by mouth daily on days 1 to 21 of each 28-day cycle, with daratumumab "
         "16 mg/kg intravenously on days 1 and 15.",
         [G("lenalidomide", PO, "daily", days=21, cycle=28), G("daratumumab", IV, "every 2 weeks", days=2, cycle=28)]),
        ("uneven-days-give-no-frequency",
         "Sacituzumab govitecan 10 mg/kg is infused on days 1 and 8 of each 21-day cycle.",
         [G("sacituzumab-govitecan", IV, None, days=2, cycle=21)]),
    ],
    # Several day ranges in one list: the treatment days are all of them.
    "day-range-lists": [
        ("temozolomide",
         "Temozolomide 75 mg/m2 is taken by mouth once daily on days 1 to 7 and 15 to 21 of each 28-day cycle.",
         [G("temozolomide", PO, "daily", days=14, cycle=28)]),
        ("dexamethasone",
         "Dexamethasone 40 mg is taken by mouth on days 1-4, 9-12 and 17-20.",
         [G("dexamethasone", PO, None, days=12)]),
        ("cytarabine",
         "Cytarabine is given intravenously twice daily on days 1 to 3 and 8 to 10.",
         [G("cytarabine", IV, "twice daily", days=6)]),
    ],
    # A dose line that names no drug, with the dose phrase inside the sentence ("For X, the usual dose
    # is ..."), on a page about one drug.
    "dose-line-without-the-drug": [
        ("imatinib",
         "Imatinib for GIST\n\nImatinib is a targeted medicine.\n\nFor stromal tumours that have spread, the usual "
         "dose is 400 mg by mouth once daily.\n",
         [G("imatinib", PO, "daily")]),
        ("sunitinib",
         "Sunitinib for kidney cancer\n\nSunitinib blocks several growth signals.\n\nIn advanced kidney cancer the "
         "recommended dose is 50 mg taken by mouth once a day, four weeks on and two weeks off.\n",
         [G("sunitinib", PO, "daily", days=28, rest=14)]),
        ("olaparib",
         "Olaparib\n\nOlaparib is a PARP inhibitor.\n\nThe dose for maintenance after chemotherapy is 300 mg twice "
         "daily by mouth.\n",
         [G("olaparib", PO, "twice daily")]),
    ],
    # An opening clause names a treatment given before ("After X pretreatment on day 1, ..."); the schedule
    # after it is the page drug's, in its dosing section.
    "pretreatment-in-an-opening-clause": [
        ("glofitamab",
         "Glofitamab for large B-cell lymphoma\n\nDOSAGE AND ADMINISTRATION\n\nAfter obinutuzumab pretreatment on day 1, step-up doses of 2.5 mg on "
         "day 8 and 10 mg on day 15 are followed by 30 mg by intravenous infusion every 21 days.\n",
         [G("glofitamab", IV, None, cycle=21)]),
        ("tisagenlecleucel",
         "Tisagenlecleucel for B-cell leukaemia\n\nHow it is given\n\nAfter lymphodepleting chemotherapy with fludarabine and "
         "cyclophosphamide, a single dose is infused into a vein.\n",
         [G("tisagenlecleucel", IV)]),
        ("rasburicase",
         "Rasburicase for tumour lysis\n\nDosing\n\nFollowing premedication with paracetamol, 0.2 mg/kg is infused over 30 minutes "
         "once daily.\n",
         [G("rasburicase", IV, "daily", hours=0.5)]),
    ],
    # "Each product / Both are given ... after chemotherapy with A and B": the drugs after "after" come before;
    # the schedule is that of every drug just named.
    "each-of-the-drugs-just-named": [
        ("car-t-products",
         "Two CAR T-cell products for myeloma\n\nIdecabtagene vicleucel and ciltacabtagene autoleucel are approved "
         "for relapsed myeloma. Each product is given as one infusion into a vein after a short course of "
         "fludarabine and cyclophosphamide.\n",
         [G("idecabtagene-vicleucel", IV), G("ciltacabtagene-autoleucel", IV)]),
        ("both-are-given",
         "CAR T cells for lymphoma\n\nTisagenlecleucel and axicabtagene ciloleucel treat large B-cell lymphoma. "
         "Both are given as a single intravenous infusion following lymphodepletion with fludarabine and "
         "cyclophosphamide.\n",
         [G("tisagenlecleucel", IV), G("axicabtagene-ciloleucel", IV)]),
        ("each-antibody",
         "Anti-CD20 antibodies\n\nRituximab and obinutuzumab are antibodies against CD20. Each drug is infused "
         "into a vein after premedication with paracetamol and an antihistamine.\n",
         [G("rituximab", IV), G("obinutuzumab", IV)]),
    ],
    # Two components of a fixed combination written together ("A/B", "A and B") or listed after the
    # product's name are the product.
    "fixed-combination-products": [
        ("slash",
         "Trifluridine/tipiracil 35 mg/m2 is taken by mouth twice daily on days 1 to 5 and 8 to 12 of each 28-day "
         "cycle.",
         [G("trifluridine-and-tipiracil", PO, "twice daily", days=10, cycle=28)]),
        ("components-after-the-brand",
         "Vyxeos, a liposome holding daunorubicin 44 mg/m2 and cytarabine 100 mg/m2, is infused into a vein over "
         "90 minutes.",
         [G("daunorubicin-and-cytarabine-liposome", IV, hours=1.5)]),
        ("components-with-doses-then-liposome",
         "Consolidation: (daunorubicin 29 mg/m2 + cytarabine 65 mg/m2) liposome infused intravenously on days 1 and 3.",
         [G("daunorubicin-and-cytarabine-liposome", IV, days=2)]),
        ("components-with-doses",
         "Decitabine 35 mg and cedazuridine 100 mg are taken by mouth once daily on days 1 to 5 of each 28-day cycle.",
         [G("decitabine-and-cedazuridine", PO, "daily", days=5, cycle=28)]),
        ("components-in-parentheses",
         "Lonsurf (trifluridine and tipiracil) is swallowed twice a day.",
         [G("trifluridine-and-tipiracil", PO, "twice daily")]),
    ],
}


def test_every_shape_has_at_least_three_wordings():
    assert all(len(cases) >= 3 for cases in SHAPES.values())


def test_shape_gives_exactly_the_expected_regimens(shape_case, schedules):
    assert sorted(set(schedules(shape_case.text)), key=str) == sorted(shape_case.expected, key=str)
