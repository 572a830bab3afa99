"""The embedded sample corpus: the kinds of page it promises, and none of it copied from elsewhere."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from sources.discover import discover_files
from sources.sample_corpus import articles_dir

REPO = Path(__file__).resolve().parents[2]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
WINDOW = 8  # words; a shared run this long means copied text
# Bibliographic references cite the same papers everywhere; they are facts, not prose.
_CITATION = re.compile(r"\bet al\b|\bdoi\b", re.IGNORECASE)


def _words(text: str) -> list[str]:
    """Lower-case words of the prose lines (markup, numbers and citation lines left out)."""
    prose = "\n".join(line for line in text.splitlines() if not _CITATION.search(line))
    return re.findall(r"[a-z]+", re.sub(r"<[^>]+>", " ", prose.lower()))


def test_sample_corpus_has_the_promised_files():
    files = list(discover_files(articles_dir()))
    suffixes = [Path(f.rel_path).suffix for f in files]
    assert len(files) == 8
    assert suffixes.count(".html") >= 2 and ".md" in suffixes and ".txt" in suffixes
    for f in files:
        if f.rel_path.endswith(".html"):
            page = f.path.read_text(encoding="utf-8")
            assert "<head>" in page and 'property="og:site_name"' in page and "<footer" in page
    readme = (articles_dir().parent / "README.md").read_text(encoding="utf-8")
    assert "original" in readme and "licensed with the" in readme


def test_sample_corpus_shares_no_text_with_the_third_party_corpus():
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"third-party corpus not present at {SHARED_CORPUS}")
    seen: set[tuple[str, ...]] = set()
    for path in SHARED_CORPUS.rglob("*"):
        if path.is_file():
            words = _words(path.read_text(encoding="utf-8", errors="replace"))
            seen.update(tuple(words[i:i + WINDOW]) for i in range(len(words) - WINDOW + 1))
    for f in discover_files(articles_dir()):
        words = _words(f.path.read_text(encoding="utf-8"))
        copied = [" ".join(words[i:i + WINDOW]) for i in range(len(words) - WINDOW + 1)
                  if tuple(words[i:i + WINDOW]) in seen]
        assert not copied, f"{f.rel_path} shares text with the third-party corpus: {copied[:3]}"
