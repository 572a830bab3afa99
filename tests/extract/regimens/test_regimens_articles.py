"""Regimens that need the article around the sentence: class members, pronouns, label lines,
continuations and routes stated elsewhere. Texts written for these tests."""
from __future__ import annotations


def test_a_schedule_said_of_a_drug_class_applies_to_each_member_named(schedules):
    rows = schedules(
        "Targeted drugs for CML\n\n"
        "Imatinib is the first tyrosine kinase inhibitor (TKI) most people receive. Other TKIs "
        "include dasatinib and nilotinib.\n"
        "Whichever TKI your doctor chooses, it is swallowed as a tablet once a day.\n")
    assert sorted(rows) == [("dasatinib", "oral", "daily", None, None, None, None),
                            ("imatinib", "oral", "daily", None, None, None, None),
                            ("nilotinib", "oral", "daily", None, None, None, None)]


def test_this_drug_and_a_continuation_sentence_build_one_schedule(schedules):
    rows = schedules(
        "Blinatumomab\n\n"
        "Blinatumomab may be offered when ALL comes back.\n"
        "It is infused continuously into a vein for 28 days.\n"
        "A 14-day rest period follows before the next cycle.\n")
    assert rows == [("blinatumomab", "intravenous", "continuous", 28, 14, None, None)]


def test_it_is_given_merges_into_the_schedule_of_the_sentence_before(schedules):
    rows = schedules(
        "Inotuzumab ozogamicin\n\n"
        "Inotuzumab ozogamicin is an antibody-drug conjugate. The drug is infused into a vein over one hour.\n"
        "Patients receive it weekly, in 3-week cycles.\n")
    assert rows == [("inotuzumab-ozogamicin", "intravenous", "weekly", None, None, 21, 1.0)]


def test_a_dose_line_without_a_drug_belongs_to_the_page_drug_and_routes_carry_over(schedules):
    rows = schedules(
        "Midostaurin dosing\n\n"
        "Midostaurin capsules are taken by mouth.\n"
        "Recommended dose: 50 mg twice daily.\n"
        "Midostaurin is given on days 8 to 21 of each chemotherapy cycle.\n")
    assert set(rows) <= {("midostaurin", "oral", None, None, None, None, None),
                         ("midostaurin", "oral", "twice daily", None, None, None, None),
                         ("midostaurin", "oral", "twice daily", 14, None, None, None),
                         ("midostaurin", "oral", None, 14, None, None, None)}
    assert any(r[2] == "twice daily" for r in rows) and any(r[3] == 14 for r in rows)


def test_a_vague_statement_without_a_drug_gives_no_regimen(schedules):
    assert schedules(
        "Momelotinib approved\n\n"
        "Momelotinib was approved for myelofibrosis with anemia.\n"
        "Patients welcome a treatment taken once a day.\n") == []


def test_a_labelled_dosage_schedule_without_a_drug_belongs_to_the_page_drug(schedules):
    rows = schedules(
        "Zanubrutinib for chronic lymphocytic leukaemia\n\n"
        "Zanubrutinib is a BTK inhibitor used for chronic lymphocytic leukaemia.\n\n"
        "Dosage: The dosage schedule is 320 mg taken orally once daily or 160 mg twice daily.\n")
    # the two schedules offered are two rows (test_regimens_shapes.py, alternative-schedules)
    assert [r[:3] for r in rows] == [("zanubrutinib", "oral", "daily"), ("zanubrutinib", "oral", "twice daily")]


def test_them_after_a_list_of_drugs_gives_each_its_schedule(schedules):
    rows = schedules(
        "BTK inhibitors\n\n"
        "BTK inhibitors include ibrutinib, acalabrutinib and zanubrutinib. You take them as tablets or capsules "
        "every day.\n")
    assert sorted(r[:3] for r in rows) == [("acalabrutinib", "oral", "daily"), ("ibrutinib", "oral", "daily"),
                                           ("zanubrutinib", "oral", "daily")]
