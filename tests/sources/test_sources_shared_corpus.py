"""The real corpora in ../shared: curators' content snippets stay, boilerplate snippets go.

Reads the files at test time (nothing from them is copied into the repo); skipped when
../shared is not next to the repository.
"""
import re
from pathlib import Path

import pytest
import yaml

from sources.parse import parse_article

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPORA = ("seeds", "dev")


def _cases():
    if not (SHARED / "corpus").is_dir() or not (SHARED / "gold").is_dir():
        return []
    cases = []
    for corpus in CORPORA:
        for gold_file in sorted((SHARED / "gold" / corpus).glob("*.yaml")):
            sources = [p for p in (SHARED / "corpus" / corpus).glob(gold_file.stem + ".*")]
            if sources:
                cases.append(pytest.param(corpus, sources[0], gold_file, id=f"{corpus}/{gold_file.stem}"))
    return cases


CASES = _cases()
pytestmark = pytest.mark.skipif(not CASES, reason=f"shared corpus and gold not found at {SHARED}")


def _norm(text) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip().casefold()


@pytest.mark.parametrize("corpus, source, gold_file", CASES)
def test_snippets_and_metadata(corpus, source, gold_file):
    gold = (yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}).get("articles") or {}
    article = parse_article(source, source.parent)
    text = _norm(article.clean_text)
    missing = [s for s in gold.get("content_snippets") or [] if _norm(s) not in text]
    leftover = [s for s in gold.get("boilerplate_snippets") or [] if _norm(s) in text]
    assert not missing, f"content lost: {missing}"
    assert not leftover, f"boilerplate kept: {leftover}"
    if gold.get("title"):
        assert _norm(article.title) == _norm(gold["title"])
    if gold.get("audience"):
        assert article.audience == gold["audience"]
    for field in ("published_date", "updated_date", "reviewed_date"):
        if gold.get(field):
            assert str(getattr(article, field)) == str(gold[field])[:10]
    for sentence in article.sentences:
        assert sentence.text == article.clean_text[sentence.char_start:sentence.char_end]
