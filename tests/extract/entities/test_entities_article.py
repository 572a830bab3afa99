"""Article-level results: sentence ids, the page's main drug, class members; and the real corpus."""
import time
from pathlib import Path

import pytest
import yaml

from extract.entities.recognize import recognize
from sources.model import ParsedArticle, Sentence

SHARED = Path(__file__).resolve().parents[3].parent / "shared"


def make_article(lines, title=None):
    """An article from (text, kind) lines; kind is "h" (heading), "li" (list item) or "p"."""
    text, sentences, pos = "", [], 0
    for i, (line, kind) in enumerate(lines):
        start = len(text)
        text += line + "\n"
        sentences.append(Sentence(f"a:{i}", "a", i, None, start, start + len(line), line,
                                  is_heading=kind == "h", is_list_item=kind == "li"))
    return ParsedArticle("a", "a.txt", "a", len(text), "utf-8", "txt", text, title=title,
                         sentences=sentences)


def test_every_mention_has_its_sentence_and_exact_offsets():
    article = make_article([("Dasatinib helps.", "p"), ("Nilotinib too, in CML.", "p")])
    ents = recognize(article)
    for m in ents.mentions:
        s = next(s for s in article.sentences if s.sentence_id == m.sentence_id)
        assert s.char_start <= m.start < m.end <= s.char_end
        assert article.clean_text[m.start:m.end] == m.surface
    assert [m.sentence_id for m in ents.mentions if m.kind == "drug"] == ["a:0", "a:1"]


def test_main_drug_is_the_one_drug_in_the_title():
    article = make_article([("Ponatinib is taken once a day.", "p")], title="Iclusig (ponatinib) for CML")
    assert recognize(article).main_drug_id == "ponatinib"
    two = make_article([("Both are TKIs.", "p")], title="Dasatinib versus nilotinib")
    assert recognize(two).main_drug_id is None


def test_main_drug_from_the_first_heading_when_there_is_no_title():
    article = make_article([("Venetoclax and azacitidine", "h"), ("It is an oral drug.", "p")])
    assert recognize(article).main_drug_id is None  # two drugs: no single main drug
    article = make_article([("About venetoclax", "h"), ("It is an oral drug.", "p")])
    assert recognize(article).main_drug_id == "venetoclax"


def test_class_members_named_by_copula_and_by_a_following_list():
    article = make_article([
        ("Imatinib is the most widely used TKI for this leukemia.", "p"),
        ("Other TKIs can be used when it stops working. These include:", "p"),
        ("dasatinib", "li"),
        ("nilotinib", "li"),
        ("Chemotherapy may be added.", "p"),
        ("Blinatumomab is given later.", "li"),
    ])
    members = recognize(article).class_members
    assert members["tyrosine-kinase-inhibitor"] == ["imatinib", "dasatinib", "nilotinib"]


def test_class_members_from_a_colon_list_and_an_appositive():
    article = make_article([
        ("TKI: dasatinib, imatinib, ponatinib", "li"),
        ("Gilteritinib, a selective FLT3 inhibitor, is given orally.", "p"),
        ("Venetoclax is combined with hypomethylating agents.", "p"),
    ])
    members = recognize(article).class_members
    assert members["tyrosine-kinase-inhibitor"] == ["dasatinib", "imatinib", "ponatinib"]
    assert members["flt3-inhibitor"] == ["gilteritinib"]
    assert "venetoclax" not in members.get("hypomethylating-agent", [])


def _corpus_articles():
    from sources.parse import parse_article

    out = []
    for corpus in ("seeds", "dev"):
        root = SHARED / "corpus" / corpus
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            gold = SHARED / "gold" / corpus / f"{path.stem}.yaml"
            out.append((parse_article(path, root), yaml.safe_load(gold.read_text(encoding="utf-8"))))
    return out


@pytest.fixture(scope="module")
def corpus():
    if not (SHARED / "corpus").is_dir() or not (SHARED / "gold").is_dir():
        pytest.skip("shared corpus and gold (../shared next to the repo) are not available")
    return _corpus_articles()


def test_drug_f1_on_the_curated_corpus(corpus):
    tp = fp = fn = 0
    for article, gold in corpus:
        want = {d if isinstance(d, str) else d["drug_id"] for d in gold.get("drugs") or []}
        got = {m.id for m in recognize(article).mentions if m.kind == "drug"}
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.97, (tp, fp, fn)


def test_recognition_is_fast(corpus):
    articles = [a for a, _ in corpus]
    recognize(articles[0])  # warm-up: vocabularies load on first use
    best = float("inf")
    for _ in range(3):
        t = time.process_time()
        for a in articles:
            recognize(a)
        best = min(best, (time.process_time() - t) / len(articles))
    assert best < 0.005, f"{best * 1000:.2f} ms per article"


from hypothesis import given, settings, strategies as st

_WORDS = st.sampled_from([
    "imatinib", "Gleevec", "ALL", "all", "AML", "Ph+", "B-ALL", "TKI", "chemotherapy", "CD19",
    "İstanbul", "ß", "\n", "  ", "-", "(", ")", "MF", "patients", "with", "dasatinib\nnilotinib",
    "ara-\nc", "FLT3-ITD", "allo-HSCT", "7+3", "Abbreviations:", "CML,", ";", "x" * 3,
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_any_text_gives_exact_offsets_and_never_fails(text):
    ents = recognize(make_article([(text, "p")]))
    clean = text + "\n"
    for m in ents.mentions:
        assert 0 <= m.start < m.end <= len(clean)
        assert clean[m.start:m.end] == m.surface
    assert ents.mentions == sorted(ents.mentions, key=lambda m: (m.start, -m.end, m.kind))


def test_article_without_sentences_still_gets_mentions():
    article = ParsedArticle("b", "b.txt", "b", 9, "utf-8", "txt", "imatinib.", sentences=[])
    [m] = recognize(article).mentions
    assert m.id == "imatinib" and m.sentence_id is None
