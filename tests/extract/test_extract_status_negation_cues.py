"""Negation told by "no" on the act or its doer and by "stop/fall short of"; a measure's status told by the
clause of its start ("which is due to take effect")."""

from __future__ import annotations

import pytest

from tidings.extract.status import status_for


def _word_status(nlp, text: str, word: str) -> str:
    doc = nlp(text)
    return status_for(next(t for t in doc if t.text == word))[0]


@pytest.mark.parametrize(
    "text,word,status",
    [
        ("Cairo sent an envoy to Khartoum, but officials said no meeting had been arranged.", "meeting", "negated"),
        ("No Turkish aid convoy has reached the border town since the floods.", "reached", "negated"),
        ("The summit stopped short of condemning the coup in Gabon.", "condemning", "negated"),
        ("The Spanish offer fell short of an apology to Morocco.", "apology", "negated"),
        ("The embargo, which is due to take effect on Friday, was announced by Canada.", "embargo", "planned"),
        ("The tariffs, which could come into force in June, worry Mexican exporters.", "tariffs", "hypothetical"),
    ],
)
def test_extract_status_negation_and_onset(nlp, text: str, word: str, status: str) -> None:
    assert _word_status(nlp, text, word) == status


@pytest.mark.parametrize(
    "text,word,status",
    [
        # "no" elsewhere in the sentence does not negate the act
        ("Kenya hosted the talks, and no one was surprised.", "hosted", "occurred"),
        # a short visit is a visit
        ("A short visit by the Chinese premier to Laos ended on Monday.", "visit", "occurred"),
    ],
)
def test_extract_status_negation_cues_leave_the_rest(nlp, text: str, word: str, status: str) -> None:
    assert _word_status(nlp, text, word) == status


@pytest.mark.parametrize(
    "text,word,status",
    [
        # not ruling out force is the threat, made
        ("Athens said it would not rule out military action against the smugglers' ships.", "rule", "occurred"),
        # ruling it out is no threat
        ("Athens ruled out a strike on the smugglers' bases.", "ruled", "negated"),
        # advice to keep force open is normative
        ("Greece should not rule out sanctions on the Turkish firms.", "rule", "normative"),
        # not ruling out talks is no threat: the rejection is negated
        ("Ankara did not rule out talks with Damascus.", "rule", "negated"),
    ],
)
def test_extract_status_open_threat(nlp, text: str, word: str, status: str) -> None:
    assert _word_status(nlp, text, word) == status
