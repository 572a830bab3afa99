""""Any <drug> product" is every product of that drug's family the page names.

Shape: a restriction over a family of interchangeable products ("do not re-challenge with any asparaginase
product", "avoid any G-CSF product", "no epoetin preparation should be given"): the family word is written as one
drug's name, but the advice covers each product of the family the page names (other formulations, pegylated or
long-acting forms), as a curator lists them. Families are data (lexicons/product_families.yaml). Pages written for
this test (own words): blood cancers and a solid tumour, clinician and patient register.
"""
from __future__ import annotations

import pytest

from extract.entities.recognize import recognize
from extract.recommendations.rows import extract_guideline_recommendations
from sources.parse import parse_bytes

CASES = [
    ("clinician-blood-asparaginase", """# Asparaginase pancreatitis in acute lymphoblastic leukaemia

Pegaspargase, calaspargase pegol and crisantaspase are the asparaginase products in use.

After severe pancreatitis, do not re-challenge with any asparaginase product.
""", "acute-lymphoblastic-leukemia",
     {"asparaginase", "pegaspargase", "calaspargase-pegol", "crisantaspase"}),
    ("patient-solid-gcsf", """# Breast cancer chemotherapy and your blood counts

Filgrastim injections or a single pegfilgrastim injection can raise white cell counts.

Do not use any filgrastim product in the 24 hours before or after each treatment cycle.
""", "breast-cancer", {"filgrastim", "pegfilgrastim"}),
    ("clinician-blood-epoetin", """# Anaemia in myelodysplastic syndromes

Epoetin alfa and darbepoetin alfa are the erythropoiesis-stimulating agents used.

In myelodysplastic syndromes with uncontrolled hypertension, do not give any epoetin preparation.
""", "myelodysplastic-syndrome", {"epoetin-alfa", "darbepoetin-alfa"}),
]


@pytest.mark.parametrize("case_id, text, condition, drugs", CASES, ids=[c[0] for c in CASES])
def test_any_product_of_a_family_names_each_product_the_page_names(case_id, text, condition, drugs):
    article = parse_bytes(text.encode("utf-8"), f"{case_id}.md")
    rows = extract_guideline_recommendations(article, recognize(article))
    assert {(r["condition_id"], r["direction"], frozenset(r["interventions"])) for r in rows} == {
        (condition, "not_recommended", frozenset(drugs))}
