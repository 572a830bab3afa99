"""End-to-end check on the shared curated corpora (read from ../shared, never copied here).

Runs the real parser and entity recogniser, then compares this extractor's rows with the curators'
gold using the scorer's matching rule (same condition and direction, interventions overlapping
with Jaccard >= 0.5), and reference counts article by article.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
CORPORA = [("seeds", 0.85), ("dev", 0.80)]
# dev2 was first read after the rules were written (first contact 0.52); its floor guards recommendations only
REC_CORPORA = [*CORPORA, ("dev2", 0.90)]


def _corpus(name: str):
    corpus, gold = SHARED / "corpus" / name, SHARED / "gold" / name
    if not corpus.is_dir() or not gold.is_dir():
        pytest.skip(f"shared corpus {name!r} not found next to the repository ({SHARED})")
    from extract.entities.recognize import recognize
    from sources.parse import parse_article
    for path in sorted(p for p in corpus.iterdir() if p.is_file()):
        gold_file = gold / f"{path.stem}.yaml"
        if gold_file.exists():
            article = parse_article(path, corpus)
            yield article, recognize(article), yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}


def _matches(golds: list[dict], preds: list[dict]) -> int:
    pairs = []
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            if g.get("condition_id") != p["condition_id"] or g.get("direction") != p["direction"]:
                continue
            a, b = set(g.get("interventions") or []), set(p["interventions"])
            jac = len(a & b) / len(a | b) if a | b else 1.0
            if jac >= 0.5:
                pairs.append((-jac, i, j))
    used_g, used_p = set(), set()
    for _, i, j in sorted(pairs):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    return len(used_g)


@pytest.mark.parametrize("name, floor", REC_CORPORA)
def test_recommendation_f1_on_curated_corpus(name, floor):
    from extract.recommendations.rows import extract_guideline_recommendations
    tp = n_gold = n_pred = 0
    for article, entities, gold in _corpus(name):
        preds = extract_guideline_recommendations(article, entities)
        golds = gold.get("guideline_recommendations") or []
        tp, n_gold, n_pred = tp + _matches(golds, preds), n_gold + len(golds), n_pred + len(preds)
    precision = tp / n_pred if n_pred else 1.0
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert f1 >= floor, (precision, recall)


@pytest.mark.parametrize("name", [c for c, _ in CORPORA])
def test_reference_counts_exact_on_curated_corpus(name):
    from extract.references.rows import extract_references
    wrong = {}
    for article, _, gold in _corpus(name):
        want = (gold.get("references") or {}).get("count")
        got = len(extract_references(article))
        if want is not None and got != want:
            wrong[article.source_path] = (want, got)
    assert not wrong
