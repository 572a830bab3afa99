"""Indication claims on the real corpora against the curators' gold (read from ../shared).

Matching follows the contract's scorer: a claim is (drug_id, condition_id, negated); the status of a
matched claim is the strongest status among its rows. The corpora are third-party text, so they are
read from ../shared at test time and never copied into the repository.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from extract.entities.recognize import recognize
from extract.indications.rows import extract_indications
from sources.parse import parse_article

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
POSITIVE = ["approved", "recommended", "used", "investigational"]
NEGATIVE = ["not_recommended", "not_indicated"]


def _score(corpus: str) -> dict:
    root, gold_dir = SHARED / "corpus" / corpus, SHARED / "gold" / corpus
    if not root.is_dir() or not gold_dir.is_dir():
        pytest.skip(f"shared corpus {corpus!r} not found under {SHARED}")
    tp = fp = fn = flips = status_ok = 0
    for path in sorted(p for p in root.iterdir() if p.is_file()):
        gold_file = gold_dir / f"{path.stem}.yaml"
        if not gold_file.exists():
            continue
        gold = {}
        for g in (yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}).get("indications") or []:
            negated = bool(g.get("negated", g.get("status") in NEGATIVE))
            gold.setdefault((g["drug_id"], g["condition_id"], negated), g)
        article = parse_article(path, root)
        pred: dict[tuple, set] = {}
        for r in extract_indications(article, recognize(article)):
            pred.setdefault((r["drug_id"], r["condition_id"], r["negated"]), set()).add(r["status"])
        tp += len(gold.keys() & pred.keys())
        fp += len(pred.keys() - gold.keys())
        fn += len(gold.keys() - pred.keys())
        flips += sum(1 for d, c, n in gold if (d, c, not n) in pred and (d, c, n) not in pred)
        for key in gold.keys() & pred.keys():
            order = NEGATIVE if key[2] else POSITIVE
            status_ok += next(s for s in order if s in pred[key]) == gold[key].get("status")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            "flips": flips, "status_accuracy": status_ok / tp if tp else 0.0}


@pytest.mark.parametrize("corpus", ["seeds", "dev"])
def test_claims_match_the_curators(corpus):
    result = _score(corpus)
    assert result["flips"] == 0
    assert result["f1"] >= 0.9, result
    assert result["status_accuracy"] >= 0.85, result
