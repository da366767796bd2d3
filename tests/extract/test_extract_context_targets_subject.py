"""Threats whose subject is their target but names no actor (parties.subject_context), through the real pipeline.

All texts are written for these tests.
"""

from __future__ import annotations

from tidings.pipeline import read


def _events(nlp, text: str) -> set[tuple[str, str | None, str | None, str]]:
    reading = read(text, published="2024-05-10", nlp=nlp)
    return {(e.type, e.source_country, e.target_country, e.status) for e in reading.events}


def test_context_act_noun_subject_of_a_threat_answers_the_acts_author(nlp) -> None:
    text = (
        "Turkish drones struck Kurdish positions in northern Syria on Sunday. "
        "The raids will not go unpunished, a Syrian army spokesman said."
    )
    assert ("THREATEN", "SYR", "TUR", "occurred") in _events(nlp, text)


def test_context_described_subject_of_a_threat_is_the_speakers_counterpart(nlp) -> None:
    text = (
        "Indian artillery shelled Pakistani border posts on Monday, and Indian troops fired on a Pakistani patrol on Tuesday. "
        "Those who send gunmen across the line will pay a heavy price, the Pakistani army chief said."
    )
    assert ("THREATEN", "PAK", "IND", "occurred") in _events(nlp, text)


def test_context_subject_threat_with_no_prior_conflict_gives_no_target(nlp) -> None:
    text = "Those who break the law will pay a price, the Kenyan president said."
    assert not {e for e in _events(nlp, text) if e[0] == "THREATEN"}


def test_context_measure_on_a_nameless_place_aims_at_the_sources_counterpart(nlp) -> None:
    text = (
        "Afghan forces shelled Pakistani border posts on Monday, and Pakistani jets struck camps in Afghanistan "
        "on Tuesday. Pakistan has not closed the Chaman crossing, officials said."
    )
    assert ("SANCTION", "PAK", "AFG", "negated") in _events(nlp, text)


def test_context_host_of_those_talks_meets_the_parties_told_before(nlp) -> None:
    text = (
        "Oman said Iran and Saudi Arabia must resume their negotiations. "
        "Oman has offered to host those talks."
    )
    found = _events(nlp, text)
    assert {("AGREE", "OMN", "IRN", "occurred"), ("AGREE", "OMN", "SAU", "occurred")} <= found



def test_context_support_for_an_unattributed_act_goes_to_its_authors(nlp) -> None:
    text = (
        "American and French jets struck militia depots in Syria on Monday. "
        "Jordan and Kuwait provided logistical and intelligence support for the strikes."
    )
    found = {e[:3] for e in _events(nlp, text) if e[0] in ("COOPERATE", "SUPPORT", "AID")}
    assert {("COOPERATE", "JOR", "USA"), ("COOPERATE", "KWT", "FRA")} <= found
    assert not {e for e in found if e[2] == "SYR"}
