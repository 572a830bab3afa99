"""Sentence splitting and sections: exact offsets, tricky abbreviations, lists, references."""
import pytest

from sources.blocks import compose, text_blocks
from sources.parse import parse_bytes
from sources.sentences import build_sentences, split_spans


def _split(text):
    return [text[s:e] for s, e in split_spans(text)]


@pytest.mark.parametrize("text, expected", [
    ("Imatinib is a TKI, e.g. for CML. It is oral.", ["Imatinib is a TKI, e.g. for CML.", "It is oral."]),
    ("Some drugs, i.e. TKIs, are oral. Others are not.", ["Some drugs, i.e. TKIs, are oral.", "Others are not."]),
    ("As shown by Smith et al. In 2019 the trial ended.", ["As shown by Smith et al. In 2019 the trial ended."]),
    ("Dasatinib vs. Imatinib was compared. Both work.", ["Dasatinib vs. Imatinib was compared.", "Both work."]),
    ("Dr. Lee led the study. Results were positive.", ["Dr. Lee led the study.", "Results were positive."]),
    ("It affects approx. 30% of patients. Most are adults.", ["It affects approx. 30% of patients.", "Most are adults."]),
    ("Median OS was 74.7 months vs 25.6 months. That is long.", ["Median OS was 74.7 months vs 25.6 months.", "That is long."]),
    ("OS was longer (P = .009). RFS was too.", ["OS was longer (P = .009).", "RFS was too."]),
    ("The dose is 60 mg/m². Repeat daily.", ["The dose is 60 mg/m².", "Repeat daily."]),
    ("Protocol No. 1 was used. It failed.", ["Protocol No. 1 was used.", "It failed."]),
    ("Anna M. Jones presented it. She agreed.", ["Anna M. Jones presented it.", "She agreed."]),
    ("It beat placebo (HR 0.78, P=0.009). 2, 4", ["It beat placebo (HR 0.78, P=0.009). 2, 4"]),
    ("It beat placebo (HR 0.78). 2, 4 A second sentence follows.",
     ["It beat placebo (HR 0.78). 2, 4", "A second sentence follows."]),
    ("Enrollment closed. 268 patients took part.", ["Enrollment closed.", "268 patients took part."]),
    ("It was approved in Japan.These data were new.", ["It was approved in Japan.", "These data were new."]),
    ("Is it curable? Often it is! Ask early.", ["Is it curable?", "Often it is!", "Ask early."]),
    ("He said “it works.” Then he left.", ["He said “it works.”", "Then he left."]),
])
def test_split_sentences(text, expected):
    assert _split(text) == expected


def test_offsets_are_exact_and_ordinals_dense():
    page = ("Imatinib for CML\n\nImatinib is taken daily. It is a TKI, e.g. like dasatinib.\n\n"
            "Side effects\n\n  • Nausea is common. It is mild.\n  • Oedema\n\nReferences\n\n"
            "1. Druker B, et al. Imatinib in CML. N Engl J Med. 2001;344:1031-7.\n")
    article = parse_bytes(page.encode(), "imatinib.txt")
    for i, s in enumerate(article.sentences):
        assert s.text == article.clean_text[s.char_start:s.char_end]
        assert s.ordinal == i and s.sentence_id == f"{article.article_id}:{i}"
    by_text = {s.text: s for s in article.sentences}
    assert by_text["Imatinib for CML"].is_heading
    assert by_text["It is a TKI, e.g. like dasatinib."].section == "Imatinib for CML"
    assert by_text["Side effects"].is_heading and by_text["Side effects"].section == "Side effects"
    assert by_text["Nausea is common."].is_list_item and by_text["It is mild."].is_list_item
    assert by_text["Oedema"].section == "Side effects"
    ref = by_text["Druker B, et al. Imatinib in CML. N Engl J Med. 2001;344:1031-7."]
    assert ref.section == "references" and ref.is_list_item and not ref.is_heading
    assert by_text["References"].section == "references"


def test_unheaded_citation_line_goes_to_references():
    page = ("Nelarabine in T-ALL\n\nNelarabine is an option for relapsed T-cell ALL in adults.\n\n"
            "SOURCE: Example H et al. Blood. 2021;137:100-110. doi: 10.1182/blood.2020001\n")
    article = parse_bytes(page.encode(), "nelarabine.txt")
    last = article.sentences[-1]
    assert last.section == "references" and last.text.startswith("SOURCE:")
    assert article.sentences[1].section == "Nelarabine in T-ALL"


def test_build_sentences_from_blocks_directly():
    blocks = text_blocks("Dosing\n\nTake 400 mg once daily. Take it with food.\n")
    text, spans = compose(blocks)
    sentences = build_sentences("abc", text, blocks, spans)
    assert [(s.text, s.is_heading, s.section) for s in sentences] == [
        ("Dosing", True, "Dosing"), ("Take 400 mg once daily.", False, "Dosing"),
        ("Take it with food.", False, "Dosing")]


def test_a_grade_in_brackets_ends_its_sentence():
    """"[I, A]." closes a bracket: the capital inside is not an initial like "N." in a name."""
    from sources.sentences import split_spans

    text = "Obinutuzumab with chlorambucil is an option [II, B]. In fit patients, FCR may be used."
    assert [text[s:e] for s, e in split_spans(text)] == [
        "Obinutuzumab with chlorambucil is an option [II, B].",
        "In fit patients, FCR may be used.",
    ]
