"""Shared by the regimen tests: the regimens a page or a single sentence gives, as rows or as the schedule fields a
curator records."""
from __future__ import annotations

from functools import partial
from typing import Callable

import pytest

from extract.regimens.rows import extract_regimens

SCHEDULE_FIELDS = ("drug_id", "route", "frequency", "treatment_days", "rest_days", "cycle_days", "infusion_hours")


@pytest.fixture
def regimen_rows(page_rows) -> Callable[..., list[dict]]:
    """(text, name=None) -> the regimen rows of the page `text`."""
    return partial(page_rows, extract_regimens)


@pytest.fixture
def sentence_regimens(sentence_rows) -> Callable[[str], list[dict]]:
    """text -> the regimen rows of `text` read as an article of one sentence."""
    return partial(sentence_rows, extract_regimens)


@pytest.fixture
def schedules(regimen_rows) -> Callable[..., list[tuple]]:
    """(text, name=None) -> each regimen row of the page `text` as (drug_id, route, frequency, treatment_days,
    rest_days, cycle_days, infusion_hours), in row order."""
    def schedules_of(text: str, name: str | None = None) -> list[tuple]:
        return [tuple(row[field] for field in SCHEDULE_FIELDS) for row in regimen_rows(text, name)]
    return schedules_of
