"""Shared by the trial-result tests: the results a page or a single sentence gives, and the fields a test compares."""
from __future__ import annotations

from functools import partial
from typing import Callable

import pytest

from extract.trials.rows import extract_trial_results


@pytest.fixture
def trial_results(page_rows) -> Callable[..., list[dict]]:
    """(text, name=None) -> the trial-result rows of the page `text`."""
    return partial(page_rows, extract_trial_results)


@pytest.fixture
def sentence_trial_results(sentence_rows) -> Callable[[str], list[dict]]:
    """text -> the trial-result rows of `text` read as an article of one sentence."""
    return partial(sentence_rows, extract_trial_results)


@pytest.fixture
def trial_fields(trial_results) -> Callable[..., list[tuple]]:
    """(text, fields, name=None) -> each trial-result row of the page `text` as the tuple of its `fields`, in row
    order (the shape tables compare these, sorted)."""
    def fields_of(text: str, fields: tuple[str, ...], name: str | None = None) -> list[tuple]:
        return [tuple(row[field] for field in fields) for row in trial_results(text, name)]
    return fields_of
