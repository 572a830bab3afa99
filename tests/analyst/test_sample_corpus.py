"""The embedded sample corpus: the kinds of page it promises, and none of it copied from elsewhere."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from sources.discover import discover_files
from sources.sample_corpus import articles_dir

REPO = Path(__file__).resolve().parents[2]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
WINDOW = 8  # words; shared runs are found window by window
# Copied prose shows as a long shared run. Standard medical names ("chronic lymphocytic leukemia (CLL)
# or small lymphocytic lymphoma") and stock phrases of many sites (cookie notices, disclaimers) share
# runs of 8 to 11 words with anything written on the same subject; a run of 14 words or more is a copy.
COPIED_RUN = 14
STOCK_DOCUMENTS = 3  # a window found in this many third-party files is a stock phrase, not someone's prose
# Bibliographic references cite the same papers everywhere; they are facts, not prose.
_CITATION = re.compile(r"\bet al\b|\bdoi\b", re.IGNORECASE)


def _words(text: str) -> list[str]:
    """Lower-case words of the prose lines (markup, numbers and citation lines left out)."""
    prose = "\n".join(line for line in text.splitlines() if not _CITATION.search(line))
    return re.findall(r"[a-z]+", re.sub(r"<[^>]+>", " ", prose.lower()))


def _windows(words: list[str]) -> list[tuple[str, ...]]:
    return [tuple(words[i:i + WINDOW]) for i in range(len(words) - WINDOW + 1)]


def copied_runs(words: list[str], seen: dict[tuple[str, ...], int]) -> list[str]:
    """Runs of `words` of at least COPIED_RUN words that stand in one third-party file.

    `seen` maps each 8-word window of the third-party files to the number of files holding it;
    windows held by STOCK_DOCUMENTS files or more are stock phrases and break a run."""
    hits = [seen.get(w, 0) and seen[w] < STOCK_DOCUMENTS for w in _windows(words)]
    runs, start = [], None
    for i, hit in enumerate([*hits, False]):
        if hit and start is None:
            start = i
        elif not hit and start is not None:
            length = i - start + WINDOW - 1
            if length >= COPIED_RUN:
                runs.append(" ".join(words[start:i + WINDOW - 1]))
            start = None
    return runs


def _third_party_windows(folder: Path) -> dict[tuple[str, ...], int]:
    seen: dict[tuple[str, ...], int] = {}
    for path in folder.rglob("*"):
        if path.is_file():
            for w in set(_windows(_words(path.read_text(encoding="utf-8", errors="replace")))):
                seen[w] = seen.get(w, 0) + 1
    return seen


def test_the_copy_check_flags_copied_prose_but_not_shared_names_or_stock_phrases(tmp_path):
    third_party = ("Patients with chronic lymphocytic leukemia or small lymphocytic lymphoma who had received "
                   "at least two earlier lines of treatment were enrolled at forty hospitals in nine countries "
                   "and followed for a median of thirty months after the last dose.")
    stock = "We use cookies to improve your experience on our site and to show you relevant advertising."
    for i, extra in enumerate(["Site one.", "Site two.", "Site three."]):
        (tmp_path / f"page{i}.txt").write_text(f"{stock} {extra}" + (f" {third_party}" if i == 0 else ""))
    seen = _third_party_windows(tmp_path)
    own_words = ("Our page explains chronic lymphocytic leukemia or small lymphocytic lymphoma in plain words. "
                 f"{stock}")
    assert copied_runs(_words(own_words), seen) == []
    copied = f"Here is a copy: {third_party}"
    [run] = copied_runs(_words(copied), seen)
    assert run.startswith("patients with chronic lymphocytic leukemia")


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
    seen = _third_party_windows(SHARED_CORPUS)
    for f in discover_files(articles_dir()):
        copied = copied_runs(_words(f.path.read_text(encoding="utf-8")), seen)
        assert not copied, f"{f.rel_path} shares prose with the third-party corpus: {copied[:3]}"
