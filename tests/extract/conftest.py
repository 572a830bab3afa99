"""Shared by the extract tests: an article made from text a test wrote (a whole page or one sentence), the rows an
extractor gives for it, and the cases of a module's SHAPES table as test parameters."""
from __future__ import annotations

import hashlib
from typing import Callable, NamedTuple

import pytest

from extract.entities.recognize import recognize
from sources.model import ParsedArticle, Sentence
from sources.parse import parse_bytes

Extractor = Callable[[ParsedArticle, object], list[dict]]  # (article, recognized entities) -> rows


def article_from_page(text: str, name: str | None = None) -> ParsedArticle:
    """`text` parsed as a page file called `name` (by default Markdown when it opens with a heading, else plain
    text; the name's extension is what picks the parser)."""
    return parse_bytes(text.encode("utf-8"), name or ("page.md" if text.startswith("#") else "page.txt"))


def article_from_sentence(text: str) -> ParsedArticle:
    """An article holding `text` as its one sentence, without the parser (so no sentence splitting or cleaning)."""
    article_id = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    sentence = Sentence(f"{article_id}:0", article_id, 0, None, 0, len(text), text)
    return ParsedArticle(article_id=article_id, source_path="t.txt", raw_sha256=article_id,
                         n_chars_raw=len(text), encoding="utf-8", source_format="txt",
                         clean_text=text, sentences=[sentence])


def rows_from_page(extract: Extractor, text: str, name: str | None = None) -> list[dict]:
    article = article_from_page(text, name)
    return extract(article, recognize(article))


def rows_from_sentence(extract: Extractor, text: str) -> list[dict]:
    article = article_from_sentence(text)
    return extract(article, recognize(article))


@pytest.fixture
def page_article() -> Callable[..., ParsedArticle]:
    return article_from_page


@pytest.fixture
def sentence_article() -> Callable[[str], ParsedArticle]:
    return article_from_sentence


@pytest.fixture
def page_rows() -> Callable[..., list[dict]]:
    """(extract, text, name=None) -> the rows `extract` gives for the page `text`."""
    return rows_from_page


@pytest.fixture
def sentence_rows() -> Callable[..., list[dict]]:
    """(extract, text) -> the rows `extract` gives for `text` read as an article of one sentence."""
    return rows_from_sentence


class ShapeCase(NamedTuple):
    """One wording of a mechanism in a SHAPES table, with the exact rows it must give."""

    shape: str
    case_id: str
    text: str
    expected: list


def pytest_generate_tests(metafunc):
    """A test asking for `shape_case` runs once per case of its module's SHAPES table (mechanism -> [(case_id, text,
    expected rows), ...]), with the id `<mechanism>:<case_id>`."""
    if "shape_case" in metafunc.fixturenames:
        cases = [ShapeCase(shape, *case) for shape, cases in metafunc.module.SHAPES.items() for case in cases]
        metafunc.parametrize("shape_case", cases, ids=[f"{case.shape}:{case.case_id}" for case in cases])
