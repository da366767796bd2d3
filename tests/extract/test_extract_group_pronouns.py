"""A plural pronoun reported by coordinated speakers stands for all of them ("X and Y said they would ...")."""

from __future__ import annotations

from spacy.language import Language

from tidings.pipeline import read


def _events(nlp: Language, text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source_country, e.target_country) for e in read(text, "2024-05-06", nlp=nlp).events}


def test_they_of_two_speakers_meets_as_a_pair(nlp: Language) -> None:
    found = _events(nlp, "Egypt and Jordan said they would meet next week.")
    assert ("CONSULT", "EGY", "JOR") in found or ("CONSULT", "JOR", "EGY") in found


def test_they_of_three_speakers_gives_every_pair(nlp: Language) -> None:
    found = {(t, *sorted((s, o))) for t, s, o in _events(
        nlp, "Brazil, Chile and Peru said they would work together on a new river monitoring system.")
        if s and o}
    assert {("COOPERATE", "BRA", "CHL"), ("COOPERATE", "BRA", "PER"), ("COOPERATE", "CHL", "PER")} <= found

