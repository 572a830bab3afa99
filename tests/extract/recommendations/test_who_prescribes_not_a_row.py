"""Who starts or supervises a treatment is not a recommendation of the treatment.

Shape: a medicine summary or label says who prescribes ("treatment should be started and supervised by a doctor
experienced in ...", "must only be prescribed by a haematologist", "should be given under the supervision of a
specialist", "should be initiated in a centre with ..."). The modal verb looked like a directive and the drug became
a 'recommended' row; a curator records no row (the gold convention). A real directive on the same page still gives
its row. Sentences written for this test (own words): blood cancers and solid tumours, patient and clinician register.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

PAGES = [
    ("patient-solid", """# Your medicine for kidney cancer: cabozantinib

Cabozantinib is a tablet for adults with advanced kidney cancer.

Treatment with cabozantinib should be started and supervised by a doctor experienced in using cancer medicines.
""", "rcc.md"),
    ("clinician-blood", """# Blinatumomab in B-cell acute lymphoblastic leukaemia: prescribing notes

Blinatumomab is used for adults with relapsed B-cell acute lymphoblastic leukaemia.

Blinatumomab must only be prescribed by a haematologist experienced in the treatment of acute leukaemia, and the
first cycle should be initiated in a hospital with access to intensive care.
""", "all.md"),
    ("summary-blood", """# Polatuzumab vedotin: an overview

Polatuzumab vedotin is a medicine for diffuse large B-cell lymphoma.

Polatuzumab vedotin should be given under the supervision of a specialist in the treatment of lymphoma.
""", "dlbcl.md"),
]


@pytest.mark.parametrize("case_id, text, name", PAGES, ids=[p[0] for p in PAGES])
def test_who_prescribes_gives_no_row(case_id, text, name):
    article = parse_bytes(text.encode("utf-8"), name)
    assert extract_guideline_recommendations(article, recognize(article)) == []


def test_a_directive_beside_it_keeps_its_row():
    text = PAGES[0][1] + "\nCabozantinib should not be given to patients with a recent serious bleed.\n"
    article = parse_bytes(text.encode("utf-8"), "rcc2.md")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], tuple(r["interventions"])) for r in rows} == {
        ("renal-cell-carcinoma", "not_recommended", ("cabozantinib",))}
