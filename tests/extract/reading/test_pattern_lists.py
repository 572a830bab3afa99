"""Cue lists kept as data (supportive care, page disease, list leads) share one reader: a bad list is a clear error
naming the file and key, never a silent empty alternation that would match nothing."""
from __future__ import annotations

import re

import pytest

from extract.reading.directive_cues import alternation, pattern_list
from extract.text.lexicon_files import LexiconError


@pytest.mark.parametrize("value", [None, [], [""], ["ok", 3], "a string"])
def test_a_bad_pattern_list_names_the_file_and_key(value):
    with pytest.raises(LexiconError, match=r"leads\.yaml: usage must be a non-empty list of patterns"):
        pattern_list("leads.yaml", {"usage": value}, "usage")


def test_the_shipped_lists_compile_to_one_alternation():
    lead = alternation("extract.recommendations", "list_leads.yaml", "usage")
    assert isinstance(lead, re.Pattern) and lead.search("Common choices are:")
