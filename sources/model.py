"""The parsed article: the one object every extractor reads.

Offsets (`char_start`, `char_end`) always index `ParsedArticle.clean_text`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    """One sentence (or list item / heading line) of the clean text."""

    sentence_id: str  # f"{article_id}:{ordinal}"
    article_id: str
    ordinal: int
    section: str | None  # nearest heading above; "references" inside the reference list
    char_start: int
    char_end: int
    text: str  # == clean_text[char_start:char_end]
    is_heading: bool = False
    is_list_item: bool = False


def same_paragraph(clean_text: str, earlier: Sentence, later: Sentence) -> bool:
    """No line break between two sentences of `clean_text`: they belong to one paragraph (or list item)."""
    return "\n" not in clean_text[earlier.char_end:later.char_start]


@dataclass
class ParsedArticle:
    """A source file after decoding, main-text extraction, boilerplate removal and splitting."""

    article_id: str  # first 16 hex chars of sha256(raw bytes)
    source_path: str  # relative to the --source folder, POSIX separators
    raw_sha256: str
    n_chars_raw: int
    encoding: str  # the encoding used to decode the raw bytes
    source_format: str  # "txt" | "html" | "md"
    clean_text: str
    title: str | None = None
    publisher: str | None = None
    audience: str = "unknown"  # "patient" | "professional" | "unknown"
    source_url: str | None = None
    published_date: dt.date | None = None
    updated_date: dt.date | None = None
    reviewed_date: dt.date | None = None
    language: str = "en"
    sentences: list[Sentence] = field(default_factory=list)
    # Lines removed from the head of the page, above the title (series name, "Version 1.2017",
    # section labels), in page order; widgets (cookie banners, menus, buttons) are left out.
    header_lines: list[str] = field(default_factory=list)

    @property
    def n_chars_clean(self) -> int:
        return len(self.clean_text)


class ArticleRejected(Exception):
    """A file that cannot become an article; it becomes one quarantine row.

    `check` is a short machine-readable name of the failed check (e.g. "empty_file",
    "binary_content", "too_large", "unreadable"); the message is the one-line reason.
    """

    def __init__(self, check: str, message: str):
        super().__init__(message)
        self.check = check
        self.message = message
