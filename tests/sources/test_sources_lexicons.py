"""The cue lexicons load, validate their shape, and reject malformed entries."""
import pytest

from sources.cues import BoilerplateCues, LexiconError, boilerplate_cues
from sources.audience import AudienceCues, audience_cues


def test_packaged_lexicons_load():
    cues = boilerplate_cues()
    assert "cookie_consent" in cues.strong and cues.is_button("OK, got it")
    assert audience_cues().professional and audience_cues().patient


@pytest.mark.parametrize("data", [
    {"categories": {"x": {"strength": "strong", "patterns": ["a"]}}, "surprise": 1},
    {"categories": {"x": {"strength": "medium", "patterns": ["a"]}}},
    {"categories": {"x": {"strength": "strong", "patterns": ["(unclosed"]}}},
    {"categories": {"x": {"strength": "strong", "patterns": ["cookies"], "triggers": ["banner"]}}},
])
def test_malformed_boilerplate_lexicon_is_rejected(data):
    with pytest.raises(LexiconError):
        BoilerplateCues.from_dict(data)


def test_malformed_audience_lexicon_is_rejected():
    with pytest.raises(LexiconError):
        AudienceCues.from_dict({"professional": [{"pattern": "x", "weight": 1}], "patient": []})


@pytest.mark.parametrize("sentence", [
    "The trial, sponsored by the manufacturer, enrolled 500 adults.",
    "Guidelines were reviewed and updated in 2023 to recommend earlier testing.",
    "Call your doctor if you have a fever or bleeding.",
    "You can ask a nurse or pharmacist any questions about your medicines.",
    "Patients who register for the trial receive monthly blood tests.",
    "Share of patients achieving remission rose to 70% with the combination.",
    "The app-based symptom diary improved adherence in one small study.",
])
def test_medical_sentences_do_not_match_strong_cues(sentence):
    assert boilerplate_cues().strong_category(sentence) is None
