"""parse_article / parse_bytes: ids, formats, determinism and rejections."""
import hashlib
from pathlib import Path

import pytest

from sources.model import ArticleRejected
from sources.parse import parse_article, parse_bytes

FIXTURES = Path(__file__).parent / "fixtures"
TEXT_PAGE = (FIXTURES / "news_page.txt").read_text(encoding="utf-8")
HTML_PAGE = (FIXTURES / "news_page.html").read_text(encoding="utf-8")


def test_article_id_and_paths(tmp_path):
    raw = TEXT_PAGE.encode("utf-8")
    (tmp_path / "sub").mkdir()
    path = tmp_path / "sub" / "page.TXT"
    path.write_bytes(raw)
    article = parse_article(path, tmp_path)
    sha = hashlib.sha256(raw).hexdigest()
    assert article.article_id == sha[:16] and article.raw_sha256 == sha
    assert article.source_path == "sub/page.TXT"
    assert article.source_format == "txt"
    assert article.encoding == "utf-8"
    assert article.n_chars_raw == len(TEXT_PAGE)
    assert article.n_chars_clean == len(article.clean_text) < article.n_chars_raw


def test_same_bytes_same_article():
    first = parse_bytes(HTML_PAGE.encode(), "a.html")
    second = parse_bytes(HTML_PAGE.encode(), "a.html")
    assert first == second


@pytest.mark.parametrize("name, fmt", [("a.htm", "html"), ("a.HTML", "html"), ("a.md", "md"), ("a.txt", "txt")])
def test_source_format_from_extension(name, fmt):
    assert parse_bytes(b"Imatinib basics\n\nImatinib is a kinase inhibitor used in CML.", name).source_format == fmt


def test_html_saved_as_txt_is_still_read_as_html():
    article = parse_bytes(HTML_PAGE.encode(), "saved-page.txt")
    assert "<p>" not in article.clean_text and "Venetoclax plus azacitidine" in article.clean_text


def test_unsupported_extension_and_boilerplate_only_page_are_rejected():
    with pytest.raises(ArticleRejected) as info:
        parse_bytes(b"text", "a.pdf")
    assert info.value.check == "unsupported_format"
    with pytest.raises(ArticleRejected) as info:
        parse_bytes(b"We use cookies on this site.\nAccept\n\xc2\xa9 2024 Example Ltd. All rights reserved.", "x.txt")
    assert info.value.check == "no_content"
