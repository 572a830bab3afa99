"""Trial results and regimens on the real corpora, scored against the curators' gold files.

The corpora live outside the repository (../shared next to the repo root); the test skips when
they are absent. Matching follows the contract's scorer: a trial result matches on
(drug_id, endpoint), one to one; a regimen on (drug_id, route).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from extract.entities.recognize import recognize
from extract.regimens.rows import extract_regimens
from extract.trials.rows import extract_trial_results
from sources.parse import parse_article

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
NUMBERS = ("value", "comparator_value", "hazard_ratio", "p_value")


def corpus(name: str):
    root, gold_dir = SHARED / "corpus" / name, SHARED / "gold" / name
    if not root.is_dir() or not gold_dir.is_dir():
        pytest.skip(f"shared corpus {name!r} not found next to the repository ({SHARED})")
    for path in sorted(p for p in root.iterdir() if p.is_file()):
        gold_file = gold_dir / f"{path.stem}.yaml"
        if gold_file.is_file():
            article = parse_article(path, root)
            gold = yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}
            yield article, recognize(article), gold


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def trial_scores(name: str):
    tp = fp = fn = 0
    exact = checked = 0
    for article, entities, gold in corpus(name):
        preds = extract_trial_results(article, entities)
        golds = gold.get("trial_results") or []
        free = list(preds)
        for g in golds:
            same = [p for p in free if (p["drug_id"], p["endpoint"]) == (g["drug_id"], g["endpoint"])]
            if not same:
                fn += 1
                continue
            best = max(same, key=lambda p: sum(g.get(k) is not None and p[k] == g[k] for k in NUMBERS))
            free.remove(best)
            tp += 1
            for k in NUMBERS:
                if g.get(k) is not None:
                    checked += 1
                    exact += best[k] is not None and abs(best[k] - g[k]) < 1e-9
        fp += len(free)
    return f1(tp, fp, fn), (exact / checked if checked else 1.0)


def regimen_f1(name: str) -> float:
    tp = fp = fn = 0
    for article, entities, gold in corpus(name):
        pred = {(r["drug_id"], r["route"]) for r in extract_regimens(article, entities)}
        want = {(g["drug_id"], g.get("route")) for g in gold.get("regimens") or []}
        tp, fp, fn = tp + len(pred & want), fp + len(pred - want), fn + len(want - pred)
    return f1(tp, fp, fn)


def test_seed_trial_results_match_gold_exactly():
    score, numeric = trial_scores("seeds")
    assert score == 1.0 and numeric == 1.0


def test_dev_trial_results_reach_the_target():
    score, numeric = trial_scores("dev")
    assert score >= 0.85 and numeric >= 0.95


def test_dev2_trial_results_reach_the_bar():
    """Issue 17's bar on dev2 (first contact 0.50; 0.80 before the shapes of tests/extract/trials/test_trials_shapes.py,
    0.90 after them)."""
    score, numeric = trial_scores("dev2")
    assert score >= 0.85 and numeric >= 0.9


def test_dev2_regimens_reach_the_bar():
    assert regimen_f1("dev2") >= 0.9


def test_dev_regimens_reach_the_target():
    assert regimen_f1("dev") >= 0.85


def test_seed_regimens_reach_the_target():
    assert regimen_f1("seeds") >= 0.85


def test_every_row_is_unique_and_points_into_its_sentence():
    for name in ("seeds", "dev"):
        for article, entities, _ in corpus(name):
            for rows, id_col in ((extract_trial_results(article, entities), "result_id"),
                                 (extract_regimens(article, entities), "regimen_id")):
                assert not [k for k, n in Counter(r[id_col] for r in rows).items() if n > 1]
                for r in rows:
                    assert article.clean_text[r["char_start"]:r["char_end"]] == r["evidence"]
