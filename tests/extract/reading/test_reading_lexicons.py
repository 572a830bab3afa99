"""The reading lexicons are data with a schema: a typo fails at load time, not silently at run time."""
from __future__ import annotations

import pytest

from extract.reading import cues, modality, negation, predicates
from extract.text import lexicon_files


def _feed(monkeypatch, module, text):
    monkeypatch.setattr(lexicon_files, "read_yaml", lambda _package, _name: lexicon_files.parse_yaml(text))
    for loader in (predicates._classes, modality.modality_cues):
        loader.cache_clear()


def test_negation_trigger_with_unknown_direction_is_rejected(monkeypatch):
    _feed(monkeypatch, cues, "description: d\nsource: s\nentries:\n"
                             "  - {id: x, kind: predicate, status: not_indicated, pattern: 'x', direction: sideways}\n")
    with pytest.raises(cues.LexiconError, match="direction"):
        cues._negation_cues()


def test_predicate_entry_with_unknown_class_is_rejected(monkeypatch):
    _feed(monkeypatch, cues, "description: d\nsource: s\nentries:\n  - {by: status, key: approved, class: praise}\n")
    with pytest.raises(cues.LexiconError, match="unknown class"):
        predicates._classes()
    predicates._classes.cache_clear()


def test_modality_entry_with_unknown_modality_is_rejected(monkeypatch):
    _feed(monkeypatch, cues, "description: d\nsource: s\nentries:\n  - {id: x, modality: wishful, pattern: 'x'}\n")
    with pytest.raises(cues.LexiconError, match="unknown modality"):
        modality.modality_cues()
    modality.modality_cues.cache_clear()


def test_every_termination_cue_names_itself():
    text = "X is not approved for A, which is new"
    assert negation.termination_at(text, text.index(",")) == "which"
    assert negation.termination_at("A; however B", 1) == "however"
    assert negation.termination_at("A and B", 1) is None
