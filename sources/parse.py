"""One source file to one `ParsedArticle`: decode, extract main text, remove boilerplate,
read metadata, split sentences. Deterministic: the same bytes give the same article."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path, PurePosixPath

from sources.blocks import HEADING, compose, markdown_blocks, text_blocks
from sources.boilerplate import mark_blocks, select_content
from sources.header_lines import header_lines
from sources.cues import boilerplate_cues
from sources.decode import MAX_BYTES, decode_bytes
from sources.discover import display_name, read_source
from sources.html_text import html_blocks, page_text
from sources.audience import audience_cues, find_audience
from sources.dates import Dates, dates_from_text
from sources.file_log import LOG, name_files_in_library_logs, parsing
from sources.html_head import html_head_metadata
from sources.metadata import find_html_title, find_publisher, find_source_url, find_text_title
from sources.model import ArticleRejected, ParsedArticle
from sources.readable import check_readable
from sources.sentences import build_sentences

_FORMATS = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html"}
_LOOKS_HTML = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.IGNORECASE)
_HEAD_LINES = 30  # unlabelled byline dates are only trusted near the top of the page

# Load and compile the lexicons at import, so forked worker processes share them.
boilerplate_cues()
audience_cues()
name_files_in_library_logs()


def source_format(rel_path: str) -> str:
    suffix = PurePosixPath(rel_path).suffix.lower()
    if suffix not in _FORMATS:
        raise ArticleRejected("unsupported_format", f"unsupported file extension {suffix or '(none)'!r}")
    return _FORMATS[suffix]


def parse_article(path: Path, root: Path, rel_path: str | None = None) -> ParsedArticle:
    """Parse the file at `path`; `source_path` is `rel_path`, by default `path` relative to `root`
    (POSIX separators, undecodable bytes escaped). What is opened must lie inside `root`."""
    path, root = Path(path), Path(root)
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel, root = Path(path.name), path.parent
    rel_path = rel_path if rel_path is not None else display_name(rel.as_posix())
    source_format(rel_path)  # reject unknown extensions before reading
    return parse_bytes(read_source(path, root, MAX_BYTES), rel_path)


def parse_bytes(raw: bytes, rel_path: str) -> ParsedArticle:
    """Parse raw file bytes; raises `ArticleRejected` for input that is not an article."""
    with parsing(rel_path):  # library log lines name this file
        return _parse_bytes(raw, rel_path)


def _parse_bytes(raw: bytes, rel_path: str) -> ParsedArticle:
    fmt = source_format(rel_path)
    decoded = decode_bytes(raw)
    if decoded.repaired_bytes:
        LOG.warning("%s: %d byte(s) that are not UTF-8 in a UTF-8 page were read as cp1252 (encoding %s)",
                    rel_path, decoded.repaired_bytes, decoded.encoding)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    sha = hashlib.sha256(raw).hexdigest()
    if fmt == "html" or _LOOKS_HTML.match(text[:1000]):
        fields = _parse_html(text)
    else:
        fields = _parse_text(text, markdown=(fmt == "md"))
    kept_blocks, title, publisher, url, dates, page, header = fields
    clean_text, spans = compose(kept_blocks)
    if not clean_text.strip():
        raise ArticleRejected("no_content", "no main text left after removing markup and boilerplate")
    check_readable(clean_text)
    article_id = sha[:16]
    return ParsedArticle(
        article_id=article_id,
        source_path=rel_path,
        raw_sha256=sha,
        n_chars_raw=len(decoded.text),
        encoding=decoded.encoding,
        source_format=fmt,
        clean_text=clean_text,
        title=title,
        publisher=publisher,
        audience=find_audience(page, clean_text),
        source_url=url,
        published_date=dates.published,
        updated_date=dates.updated,
        reviewed_date=dates.reviewed,
        sentences=build_sentences(article_id, clean_text, kept_blocks, spans),
        header_lines=header,
    )


def _parse_text(text: str, markdown: bool):
    blocks = markdown_blocks(text) if markdown else text_blocks(text)
    marks = mark_blocks(blocks)
    title, title_index = find_text_title(blocks, marks)
    page_lines = [b.text for b in blocks]
    publisher = find_publisher(page_lines, blocks, marks, None)
    page = "\n".join(page_lines)
    dates = dates_from_text(page_lines, _HEAD_LINES)
    cleaned = select_content(blocks, marks, title_index)
    return (cleaned.kept, title, publisher, find_source_url(page, None), dates, page,
            header_lines(blocks, cleaned, title_index))


def _parse_html(html: str):
    meta = html_head_metadata(html)
    blocks, _extractor = html_blocks(html)
    page_lines = page_text(html).split("\n")
    page = "\n".join(page_lines)
    marks = mark_blocks(blocks)
    publisher = find_publisher(page_lines, [], [], meta)
    title, title_index = find_html_title(meta, blocks, publisher)
    if title_index is not None:
        blocks[title_index].kind = HEADING  # the headline shown as a plain line still heads the text
    text_dates = dates_from_text(page_lines, _HEAD_LINES)
    dates = Dates(published=meta.published or text_dates.published,
                  updated=meta.updated or text_dates.updated,
                  reviewed=text_dates.reviewed)
    cleaned = select_content(blocks, marks, title_index)
    return (cleaned.kept, title, publisher, find_source_url(page, meta), dates, page,
            header_lines(blocks, cleaned, title_index))
