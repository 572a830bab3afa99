"""Shared by the indications shape tests: the claims a page gives, as (drug, condition, negated) -> status."""
from __future__ import annotations

from typing import Callable

import pytest

from extract.article_rows import extract_article
from extract.entities.recognize import recognize
from extract.indications.rows import extract_indications
from sources.parse import parse_bytes


def _page_name(text: str) -> str:
    return "case.html" if text.lstrip().startswith("<") else "case.md"


def statuses_of(text: str, whole_article: bool = False, name: str | None = None) -> dict[tuple, str]:
    """(drug, condition, negated) -> status for the page `text` (HTML when it starts with a tag, else
    Markdown, unless `name` gives the file name, e.g. "listing.txt"). `whole_article`: as the pipeline
    publishes them, with the claims other readers add."""
    article = parse_bytes(text.encode("utf-8"), name or _page_name(text))
    rows = (extract_article(article)["indications"] if whole_article
            else extract_indications(article, recognize(article)))
    return {(r["drug_id"], r["condition_id"], r["negated"]): r["status"] for r in rows}


@pytest.fixture
def claim_statuses() -> Callable[..., dict[tuple, str]]:
    return statuses_of
