"""Recommendation statements: sentences written for these tests → the rows a curator expects.

Entity recognition is faked with a small vocabulary (the real recogniser has its own tests), so
these tests pin down what the recommendation extractor itself adds: directive cues, directions,
statement splitting, restricting clauses, context carried from lead-ins and headings, guideline
attribution and qualifiers.
"""
from __future__ import annotations

import re

import pytest

from extract.entities.mentions import ArticleEntities, Mention
from extract.recommendations.rows import extract_guideline_recommendations
from sources.model import ParsedArticle, Sentence

# surface pattern → (kind, id, attrs). Longest alternatives first where they overlap.
VOCABULARY: list[tuple[str, str, str, dict]] = [
    (r"inotuzumab ozogamicin", "drug", "inotuzumab-ozogamicin", {}),
    (r"arsenic trioxide", "drug", "arsenic-trioxide", {}),
    (r"low-dose aspirin|aspirin", "drug", "acetylsalicylic-acid", {}),
    (r"hydroxyurea", "drug", "hydroxycarbamide", {}),
    (r"tretinoin", "drug", "tretinoin", {}),
    (r"daratumumab", "drug", "daratumumab", {}),
    *[(name, "drug", name, {}) for name in (
        "imatinib", "dasatinib", "nilotinib", "ponatinib", "bosutinib", "blinatumomab", "venetoclax",
        "azacitidine", "decitabine", "rituximab", "ibrutinib", "acalabrutinib", "zanubrutinib",
        "midostaurin", "gilteritinib", "methotrexate", "cytarabine", "ruxolitinib", "lenalidomide",
        "avapritinib", "allopurinol", "nelarabine")],
    (r"B-ALL", "condition", "acute-lymphoblastic-leukemia", {"lineage": "B-cell"}),
    (r"T-ALL", "condition", "acute-lymphoblastic-leukemia", {"lineage": "T-cell"}),
    (r"ALL", "condition", "acute-lymphoblastic-leukemia", {}),
    (r"APL", "condition", "acute-promyelocytic-leukemia", {}),
    (r"AML", "condition", "acute-myeloid-leukemia", {}),
    (r"CML", "condition", "chronic-myeloid-leukemia", {}),
    (r"CLL", "condition", "chronic-lymphocytic-leukemia", {}),
    (r"MDS", "condition", "myelodysplastic-syndrome", {}),
    (r"GIST", "condition", "gastrointestinal-stromal-tumor", {}),
    (r"myelofibrosis", "condition", "myelofibrosis", {}),
    (r"polycythemia vera", "condition", "polycythemia-vera", {}),
    (r"multiple myeloma", "condition", "multiple-myeloma", {}),
    (r"follicular lymphoma", "condition", "follicular-lymphoma", {}),
    (r"Ph\+|Ph-positive", "biomarker", "BCR::ABL1", {"status": "positive"}),
    (r"Ph−|Ph-negative", "biomarker", "BCR::ABL1", {"status": "negative"}),
    (r"BCR::ABL1", "biomarker", "BCR::ABL1", {}),
    *[(name, "biomarker", name, {}) for name in ("FLT3", "CD19", "CD20", "CD22", "TP53", "KIT", "PDGFRA")],
]
_VOCAB_RX = [(re.compile(r"(?<![\w-])(?:" + p + r")(?![\w])", re.IGNORECASE if k == "drug" else 0), k, i, a)
             for p, k, i, a in VOCABULARY]


def fake_recognize(article: ParsedArticle) -> ArticleEntities:
    """Mentions of the test vocabulary, first (longest-listed) pattern winning on overlaps."""
    taken: list[tuple[int, int]] = []
    mentions = []
    for rx, kind, ident, attrs in _VOCAB_RX:
        for m in rx.finditer(article.clean_text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            sid = next((s.sentence_id for s in article.sentences
                        if s.char_start <= m.start() < s.char_end), None)
            mentions.append(Mention(kind, ident, m.start(), m.end(), m.group(0), sid, attrs))
    mentions.sort(key=lambda m: m.start)
    return ArticleEntities(mentions=mentions)


def make_article(lines: list[str], title: str | None = None, publisher: str | None = None) -> ParsedArticle:
    """An article from lines: '# ' marks a heading, '• ' a list item; other lines are paragraphs
    split into sentences after '. '."""
    text_parts, sentences, pos = [], [], 0
    aid = "0123456789abcdef"
    section = None
    for line in lines:
        heading, item = line.startswith("# "), line.startswith("• ")
        body = line[2:] if heading else line
        pieces = [body] if heading or item else re.split(r"(?<=\.)\s+(?=[A-Z])", body)
        offset = pos
        for piece in pieces:
            start = body.index(piece, offset - pos) + pos
            text = piece
            if item:
                start, text = start + 2, piece[2:]
            sentences.append(Sentence(f"{aid}:{len(sentences)}", aid, len(sentences),
                                      body if heading else section, start, start + len(text), text,
                                      is_heading=heading, is_list_item=item))
            offset = start + len(text)
        if heading:
            section = body
        text_parts.append(body)
        pos += len(body) + 2  # paragraphs separated by a blank line
    return ParsedArticle(article_id=aid, source_path="t.txt", raw_sha256=aid, n_chars_raw=pos,
                         encoding="utf-8", source_format="txt", clean_text="\n\n".join(text_parts),
                         title=title, publisher=publisher, sentences=sentences)


def rows_for(lines, **kw):
    article = make_article(lines, **kw)
    return extract_guideline_recommendations(article, fake_recognize(article))


CML, ALL, AML = "chronic-myeloid-leukemia", "acute-lymphoblastic-leukemia", "acute-myeloid-leukemia"
CLL, MDS = "chronic-lymphocytic-leukemia", "myelodysplastic-syndrome"

# (lines, expected rows: each dict lists the columns checked; the number of rows is exact)
CASES = [
    (["Imatinib is recommended as first-line treatment for chronic-phase CML."],
     [dict(direction="recommended", condition_id=CML, interventions=["imatinib"], setting="newly-diagnosed")]),
    (["Dasatinib or nilotinib can be considered for patients with CML who are intolerant of imatinib."],
     [dict(direction="consider", condition_id=CML, interventions=["dasatinib", "nilotinib"])]),
    (["Allogeneic stem cell transplantation is not recommended for patients with lower-risk MDS."],
     [dict(direction="not_recommended", condition_id=MDS, interventions=["allogeneic-hsct"])]),
    (["Azacitidine is an option for older adults with AML who are unfit for intensive chemotherapy."],
     [dict(direction="option", condition_id=AML, interventions=["azacitidine"], population="older-adults")]),
    (["Venetoclax combined with azacitidine is recommended for patients aged 75 years or older with "
      "newly diagnosed AML."],
     [dict(direction="recommended", interventions=["venetoclax", "azacitidine"], age_min=75, age_max=None,
           setting="newly-diagnosed")]),
    (["Blinatumomab and inotuzumab ozogamicin are recommended for relapsed B-ALL that is CD19-positive "
      "and CD22-positive, respectively."],
     [dict(direction="recommended", interventions=["blinatumomab"], biomarker="CD19",
           biomarker_status="positive", lineage="B-cell", setting="relapsed-refractory"),
      dict(direction="recommended", interventions=["inotuzumab-ozogamicin"], biomarker="CD22",
           biomarker_status="positive", lineage="B-cell", setting="relapsed-refractory")]),
    (["Midostaurin should be added to induction chemotherapy for patients with FLT3-mutated AML."],
     [dict(direction="recommended", condition_id=AML, interventions=["midostaurin", "chemotherapy"],
           biomarker="FLT3", biomarker_status="mutated")]),
    (["Gilteritinib is a treatment option for relapsed or refractory AML with a FLT3 mutation."],
     [dict(direction="option", interventions=["gilteritinib"], setting="relapsed-refractory",
           biomarker="FLT3", biomarker_status="mutated")]),
    (["Consider ruxolitinib for patients with intermediate- or high-risk myelofibrosis."],
     [dict(direction="consider", condition_id="myelofibrosis", interventions=["ruxolitinib"])]),
    (["Phlebotomy is recommended for every patient with polycythemia vera to keep the hematocrit below 45%."],
     [dict(direction="recommended", condition_id="polycythemia-vera", interventions=["phlebotomy"])]),
    (["Low-dose aspirin is recommended for most patients with polycythemia vera."],
     [dict(direction="recommended", interventions=["acetylsalicylic-acid"])]),
    (["In patients with Ph+ ALL, a TKI should be combined with chemotherapy or corticosteroids."],
     [dict(direction="recommended", condition_id=ALL, biomarker="BCR::ABL1", biomarker_status="positive",
           interventions=["tyrosine-kinase-inhibitor", "chemotherapy", "corticosteroid"])]),
    (["For patients with Ph-negative ALL, pediatric-inspired regimens are recommended for adolescents and "
      "young adults. Rituximab should be added for CD20-positive disease."],
     [dict(direction="recommended", condition_id=ALL, interventions=["chemotherapy"], biomarker="BCR::ABL1",
           biomarker_status="negative", population="adolescents-young-adults"),
      dict(direction="recommended", condition_id=ALL, interventions=["rituximab"], biomarker="CD20",
           biomarker_status="positive", population=None)]),
    (["According to the ELN 2022 recommendations, every patient with AML should undergo molecular "
      "testing at diagnosis."],
     [dict(direction="recommended", interventions=["molecular-testing"], guideline_body="ELN",
           guideline_year=2022, condition_id=AML)]),
    (["Ibrutinib is recommended for patients with CLL and a TP53 mutation [I, A]."],
     [dict(direction="recommended", condition_id=CLL, interventions=["ibrutinib"], strength="I, A",
           biomarker="TP53", biomarker_status="mutated")]),
    (["Bosutinib is a category 1 option for newly diagnosed chronic-phase CML."],
     [dict(direction="option", interventions=["bosutinib"], strength="category 1", setting="newly-diagnosed")]),
    (["Prophylactic cranial irradiation is not recommended for most adults with ALL who receive "
      "intrathecal chemotherapy."],
     [dict(direction="not_recommended", condition_id=ALL, interventions=["cranial-irradiation"],
           population="adults")]),
    (["Arsenic trioxide plus tretinoin is the preferred treatment for low-risk APL."],
     [dict(direction="recommended", condition_id="acute-promyelocytic-leukemia",
           interventions=["arsenic-trioxide", "tretinoin"])]),
    (["Patients with relapsed multiple myeloma should receive a daratumumab-based triplet."],
     [dict(direction="recommended", condition_id="multiple-myeloma", interventions=["daratumumab"],
           setting="relapsed-refractory")]),
    (["CAR T-cell therapy can be considered for patients up to 25 years of age with B-ALL in second relapse."],
     [dict(direction="consider", interventions=["car-t-cell-therapy"], age_max=25, age_min=None,
           lineage="B-cell", setting="relapsed-refractory")]),
    (["Rituximab maintenance is an option for follicular lymphoma after response to induction."],
     [dict(direction="option", condition_id="follicular-lymphoma", interventions=["rituximab"],
           setting="maintenance")]),
    (["BCR::ABL1 kinase domain mutation testing is recommended before a second-line TKI is chosen."],
     [dict(direction="recommended", interventions=["molecular-testing"], setting="relapsed-refractory")]),
    (["Imatinib is approved for adults with Ph+ ALL."], []),
    (["In the phase 3 trial, ponatinib improved molecular response rates in CML."], []),
    (["The recommended dose of dasatinib is 100 mg once daily."], []),
    (["Side effects of nilotinib should be checked at every visit."], []),
    (["You may receive imatinib for many years."], []),
    (["Should adults with Ph+ ALL receive dasatinib with corticosteroids?"], []),
    (["Give allopurinol before induction chemotherapy to prevent tumour lysis."],
     # a side effect as purpose: one supportive-care row (test_supportive_care_directives.py)
     [dict(direction="recommended", interventions=["supportive-care", "allopurinol"], condition_id=None)]),
    (["Imatinib remains a standard first-line choice, but second-generation TKIs should be considered "
      "for high-risk CML."],
     [dict(direction="recommended", condition_id=CML, interventions=["imatinib"]),
      dict(direction="consider", condition_id=CML, interventions=["tyrosine-kinase-inhibitor"])]),
    (["Imatinib and avapritinib are recommended for KIT-mutated and PDGFRA-mutated GIST, respectively."],
     [dict(direction="recommended", interventions=["imatinib"], biomarker="KIT", biomarker_status="mutated",
           condition_id="gastrointestinal-stromal-tumor"),
      dict(direction="recommended", interventions=["avapritinib"], biomarker="PDGFRA",
           biomarker_status="mutated", condition_id="gastrointestinal-stromal-tumor")]),
    (["For relapsed CLL, the guideline recommends either venetoclax plus rituximab for two years, or "
      "continuous treatment with a BTK inhibitor."],
     [dict(direction="recommended", interventions=["venetoclax", "rituximab"], guideline_body=None,
           setting="relapsed-refractory"),
      dict(direction="recommended", interventions=["btk-inhibitor"], setting="relapsed-refractory")]),
    (["For patients with Ph+ ALL, dasatinib plus corticosteroids is an option.",
      "Nilotinib is recommended for chronic-phase CML."],
     [dict(direction="option", condition_id=ALL, biomarker="BCR::ABL1", biomarker_status="positive",
           interventions=["dasatinib", "corticosteroid"]),
      dict(direction="recommended", condition_id=CML, biomarker=None, interventions=["nilotinib"])]),
    (["# Higher-risk MDS", "Treatment options:", "• Azacitidine or decitabine",
      "• Allogeneic stem cell transplant for fit patients", "• Consider a clinical trial"],
     [dict(direction="option", condition_id=MDS, interventions=["azacitidine", "decitabine"]),
      dict(direction="option", condition_id=MDS, interventions=["allogeneic-hsct"]),
      dict(direction="consider", condition_id=MDS, interventions=["clinical-trial"])]),
    (["Data presented at the ASH annual meeting suggest that zanubrutinib should be considered for "
      "relapsed CLL."],
     [dict(direction="consider", guideline_body=None, interventions=["zanubrutinib"])]),
    (["In patients aged 18-39 years, pediatric-inspired chemotherapy is recommended."],
     [dict(direction="recommended", interventions=["chemotherapy"], age_min=18, age_max=39)]),
    (["Patients older than 60 years with AML should be offered venetoclax if they are unfit for "
      "intensive chemotherapy."],
     [dict(direction="recommended", interventions=["venetoclax"], age_min=61)]),
    (["Preemptive TKI therapy is advised when MRD is detected after allo-HSCT; however, TKI maintenance "
      "is not recommended for patients who are MRD-negative."],
     [dict(direction="recommended", interventions=["tyrosine-kinase-inhibitor"], setting="post-transplant"),
      dict(direction="not_recommended", interventions=["tyrosine-kinase-inhibitor"], setting="post-transplant")]),
    (["Nelarabine is a treatment option for patients with relapsed T-ALL."],
     [dict(direction="option", interventions=["nelarabine"], lineage="T-cell", condition_id=ALL)]),
    (["Dasatinib and nilotinib carry a risk of pleural effusion; neither is recommended for CML "
      "patients with lung disease."],
     [dict(direction="not_recommended", condition_id=CML, interventions=["dasatinib", "nilotinib"])]),
    (["Neither ibrutinib nor acalabrutinib is recommended as maintenance in CLL."],
     [dict(direction="not_recommended", condition_id=CLL, interventions=["ibrutinib", "acalabrutinib"])]),
    (["Ruxolitinib should not be used in patients with low platelets; hydroxyurea is the preferred "
      "cytoreductive agent for polycythemia vera."],
     [dict(direction="not_recommended", interventions=["ruxolitinib"]),
      dict(direction="recommended", interventions=["hydroxycarbamide"], condition_id="polycythemia-vera")]),
    (["For older adults unfit for intensive chemotherapy, venetoclax is listed as a category 1 preferred "
      "option in AML."],
     [dict(direction="recommended", condition_id=AML, interventions=["venetoclax"])]),
    (["Patients with higher-risk MDS should instead receive azacitidine."],
     [dict(direction="recommended", condition_id=MDS, interventions=["azacitidine"])]),
    (["Ibrutinib should not be given outside a clinical trial in CLL."],
     [dict(direction="not_recommended", condition_id=CLL, interventions=["ibrutinib"])]),
    (["Ruxolitinib is not approved for ALL, and it has no role in CML."],
     []),
    (["Two second-generation drugs, dasatinib and nilotinib, give doctors more choice in CML."],
     []),
    (["If imatinib stops working in CML, give dasatinib."],
     [dict(direction="recommended", condition_id=CML, interventions=["dasatinib"])]),
    (["For fit adults with AML, cytarabine-based induction remains the standard of care."],
     [dict(direction="recommended", condition_id=AML, interventions=["cytarabine"])]),
    (["For relapsed CLL, zanubrutinib should now be considered."],
     [dict(direction="consider", condition_id=CLL, interventions=["zanubrutinib"])]),
    (["For CML that has not been treated before, imatinib is recommended."],
     [dict(direction="recommended", condition_id=CML, interventions=["imatinib"], setting="newly-diagnosed")]),
    # how NICE words its recommendations; a regulator's opinion about a marketing authorisation is none
    (["Zanubrutinib is recommended, within its marketing authorisation, as an option for treating CLL in adults."],
     [dict(direction="recommended", condition_id=CLL, interventions=["zanubrutinib"])]),
    (["Zanubrutinib is not recommended, within its marketing authorisation, for treating untreated CLL."],
     [dict(direction="not_recommended", condition_id=CLL, interventions=["zanubrutinib"], setting="newly-diagnosed")]),
    (["The CHMP recommended granting a marketing authorisation for zanubrutinib in CLL."], []),
    (["Lenalidomide is no longer recommended for relapsed CLL because of its toxicity."],
     [dict(direction="not_recommended", condition_id=CLL, interventions=["lenalidomide"])]),
    (["Venetoclax plus rituximab is recommended for relapsed CLL with or without TP53 mutation."],
     [dict(direction="recommended", condition_id=CLL, interventions=["venetoclax", "rituximab"], biomarker=None,
           biomarker_status=None)]),
    (["Azacitidine and decitabine were compared; none of these is advised before transplant in MDS."],
     [dict(direction="not_recommended", condition_id=MDS, interventions=["azacitidine", "decitabine"])]),
]


@pytest.mark.parametrize("lines, expected", CASES, ids=[c[0][0][:50] for c in CASES])
def test_statement_rows(lines, expected):
    rows = rows_for(lines)
    assert len(rows) == len(expected), [(r["direction"], r["interventions"], r["statement"]) for r in rows]
    for row, want in zip(rows, expected):
        got = {k: row[k] for k in want}
        assert got == want, row["statement"]


def test_at_least_thirty_written_statements():
    assert len(CASES) >= 30


def test_guideline_named_in_title_is_carried_to_every_statement():
    rows = rows_for(["Dasatinib is recommended for newly diagnosed chronic-phase CML.",
                     "Asciminib can be considered after two prior TKIs."],
                    title="NCCN Guidelines for Chronic Myeloid Leukemia, Version 2.2024")
    assert [r["guideline_body"] for r in rows] == ["NCCN"]
    assert rows[0]["guideline_year"] == 2024


def test_no_role_is_a_negative_recommendation_when_a_guideline_says_it():
    rows = rows_for(["Lenalidomide has no role in higher-risk MDS."],
                    title="NCCN Guidelines for Myelodysplastic Syndromes, Version 1.2024")
    assert [(r["direction"], r["interventions"], r["condition_id"]) for r in rows] == [
        ("not_recommended", ["lenalidomide"], MDS)]


def test_a_sentence_quoting_another_body_is_attributed_to_that_body():
    rows = rows_for(["Imatinib is the drug this page is about.", "In the UK, NICE has recommended it for GIST.",
                     "Imatinib is recommended for chronic-phase CML."],
                    title="NCCN Guidelines for Chronic Myeloid Leukemia, Version 2.2024")
    got = [(r["guideline_body"], r["guideline_year"], r["interventions"], r["condition_id"]) for r in rows]
    assert got == [("NICE", None, ["imatinib"], "gastrointestinal-stromal-tumor"),
                   ("NCCN", 2024, ["imatinib"], CML)]


def test_page_published_by_a_guideline_body_is_attributed_to_it():
    rows = rows_for(["Imatinib is recommended for chronic-phase CML."],
                    publisher="National Comprehensive Cancer Network")
    assert rows[0]["guideline_body"] == "NCCN"


def test_rows_carry_provenance_and_stable_ids():
    lines = ["Imatinib is recommended for chronic-phase CML; however, ponatinib should be considered "
             "when the T315I mutation is present."]
    first, second = rows_for(lines), rows_for(lines)
    assert [r["recommendation_id"] for r in first] == [r["recommendation_id"] for r in second]
    assert len({r["recommendation_id"] for r in first}) == 2
    article = make_article(lines)
    for row in first:
        assert article.clean_text[row["char_start"]:row["char_end"]].strip(" ;,")
        assert row["evidence"] == article.sentences[0].text
        assert row["statement"] in row["evidence"]


def test_statement_naming_two_conditions_gives_a_row_for_each():
    rows = rows_for(["Imatinib is recommended for chronic-phase CML and for KIT-positive GIST."])
    assert sorted(r["condition_id"] for r in rows) == [CML, "gastrointestinal-stromal-tumor"]
    assert all(r["interventions"] == ["imatinib"] for r in rows)


def test_respectively_pairs_interventions_with_conditions():
    rows = rows_for(["Ruxolitinib and hydroxyurea are recommended for myelofibrosis and polycythemia vera, "
                     "respectively."])
    assert [(r["interventions"], r["condition_id"]) for r in rows] == [
        (["ruxolitinib"], "myelofibrosis"), (["hydroxycarbamide"], "polycythemia-vera")]


def test_items_under_a_preferred_regimens_lead_are_recommended_and_dosing_lists_are_not():
    rows = rows_for(["# Newly diagnosed CML", "Preferred regimens:", "• Imatinib", "• Dasatinib",
                     "# Dosing", "Recommended doses:", "• Imatinib 400 mg once daily"])
    assert [(r["direction"], r["interventions"], r["condition_id"]) for r in rows] == [
        ("recommended", ["imatinib"], CML), ("recommended", ["dasatinib"], CML)]


def test_trial_eligibility_is_not_a_recommendation_but_a_reason_citing_a_trial_is_kept():
    assert rows_for(["Patients were enrolled if they had received imatinib for at least a year."]) == []
    rows = rows_for(["Venetoclax is not recommended for patients with AML who are fit for intensive "
                     "chemotherapy, because the pivotal trial enrolled only unfit patients."])
    assert [(r["direction"], r["interventions"]) for r in rows] == [("not_recommended", ["venetoclax"])]


def test_statement_without_a_disease_takes_the_one_the_page_is_about_only_when_clear():
    page = ["Imatinib is the usual first treatment for CML.", "Most people with CML take it for years.",
            "CML is found by a blood test.", "Your care team should check your blood counts during treatment.",
            "Dasatinib should be considered if imatinib stops working."]
    assert [r["condition_id"] for r in rows_for(page)] == [CML]
    mixed = ["Imatinib is used for CML and for GIST.", "GIST is a tumour of the gut wall.",
             "Dasatinib should be considered if imatinib stops working."]
    assert [r["condition_id"] for r in rows_for(mixed)] == [None]
    aside = ["Ruxolitinib shrinks the spleen in myelofibrosis.", "Anaemia is common in myelofibrosis.",
             "Patients with myelofibrosis need regular blood counts.", "It is not approved for AML or MDS.",
             "In myelofibrosis, the course can be slow.", "Lenalidomide should be considered if anaemia worsens."]
    assert [r["condition_id"] for r in rows_for(aside)] == ["myelofibrosis"]


def _real_rows(text: str) -> list[dict]:
    from extract.entities.recognize import recognize
    from sources.parse import parse_bytes
    article = parse_bytes(text.encode("utf-8"), "guideline.md")
    return extract_guideline_recommendations(article, recognize(article))


def test_a_regimen_acronym_stands_for_its_members_when_the_article_names_them_and_not_the_replaced_drug():
    rows = _real_rows(
        "# ESMO guideline: large B-cell lymphoma\n\nR-CHOP (rituximab, cyclophosphamide, doxorubicin, vincristine "
        "and prednisone) is recommended for most patients [I, A]. Polatuzumab vedotin is an antibody-drug "
        "conjugate. In higher-risk disease pola-R-CHP, in which polatuzumab vedotin replaces vincristine, can be "
        "considered [I, B].\n")
    consider = [r for r in rows if r["direction"] == "consider"]
    assert [sorted(r["interventions"]) for r in consider] == [
        ["cyclophosphamide", "doxorubicin", "polatuzumab-vedotin", "prednisone", "rituximab"]]


def test_a_regimen_acronym_whose_members_the_article_never_names_is_not_expanded():
    rows = _real_rows("# Hodgkin lymphoma guideline\n\nEscalated BEACOPP can be considered for younger adults "
                      "with advanced Hodgkin lymphoma.\n")
    assert all("etoposide" not in r["interventions"] for r in rows)


def test_should_be_treated_with_names_the_recommended_drug_not_a_prior_treatment():
    rows = _real_rows("# Hypereosinophilic syndrome\n\nBenralizumab has no role in hypereosinophilic syndrome with "
                      "the FIP1L1::PDGFRA fusion, which should be treated with imatinib.\n")
    recommended = [r["interventions"] for r in rows if r["direction"] == "recommended"]
    assert recommended and all("imatinib" in i for i in recommended)
