"""Plural pair references ("both countries", "the two sides", "the two leaders"): real pipeline, end to end."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tidings.annotate.actor_pairs import PAIR_KIND
from tidings.pipeline import read
from tidings.records import ActorMention
from tidings.resolve.entities import resolve_entities


def _events(nlp: Language, text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source_country, e.target_country) for e in read(text, "2024-05-06", nlp=nlp).events}


def test_pair_phrase_is_one_pair_mention(nlp: Language) -> None:
    doc = nlp("Both governments rejected the plan, and the two armies stayed in their barracks.")
    pairs = [m for m in doc._.tidings_actors if m.kind == PAIR_KIND]
    assert [m.text for m in pairs] == ["Both governments", "the two armies"]
    assert all(m.entity_type == "COUNTRY" for m in pairs)


def test_part_of_a_pair_noun_is_not_a_pair(nlp: Language) -> None:
    doc = nlp("Farmers on both sides of the frontier lost their crops.")
    assert not [m for m in doc._.tidings_actors if m.kind == PAIR_KIND]


def test_resolver_gives_the_two_latest_fitting_entities(nlp: Language) -> None:
    text = "Chile thanked Japan. Ghana criticised Togo. The two countries later exchanged envoys."
    doc = nlp(text)
    mentions = list(doc._.tidings_actors)
    resolution = resolve_entities(mentions, text)
    pair = next(m for m in mentions if m.kind == PAIR_KIND)
    assert {e.country for e in resolution.members(pair)} == {"GHA", "TGO"}
    assert resolution.entity_for(pair) is None
    alone = ActorMention(0, 5, "Chile", "NAME", "COUNTRY", "Chile")
    assert resolution.members(alone) == ()


def test_unordered_act_of_a_pair_is_one_dyad(nlp: Language) -> None:
    text = "Talks between Ecuador and Colombia dragged on for weeks. On Friday both sides agreed to a truce."
    found = _events(nlp, text)
    agree = {(s, t) for ty, s, t in found if ty == "AGREE"}
    assert agree and all({s, t} == {"ECU", "COL"} for s, t in agree)


def test_mutual_meeting_of_two_leaders(nlp: Language) -> None:
    text = "Emmanuel Macron flew to Berlin to see Olaf Scholz. The two leaders met on Tuesday."
    found = _events(nlp, text)
    assert any(ty == "CONSULT" and {s, t} == {"FRA", "DEU"} for ty, s, t in found)


def test_directed_act_of_a_pair_gives_one_event_per_member(nlp: Language) -> None:
    text = "Norway and Sweden share a long border. Both countries condemned Russia for the cyber attack."
    found = _events(nlp, text)
    assert ("ACCUSE", "NOR", "RUS") in found or ("CRITICIZE", "NOR", "RUS") in found
    assert ("ACCUSE", "SWE", "RUS") in found or ("CRITICIZE", "SWE", "RUS") in found


def test_unresolved_pair_codes_nothing(nlp: Language) -> None:
    found = _events(nlp, "The two countries condemned the raid.")
    assert all(s is not None and t is not None for _, s, t in found) or not found
    assert not any(ty in ("ACCUSE", "CRITICIZE") for ty, _, _ in found)


@pytest.mark.parametrize("phrase", ["both nations", "the two governments", "both the countries"])
def test_pair_variants(nlp: Language, phrase: str) -> None:
    doc = nlp(f"Earlier this year {phrase} opened embassies.")
    assert [m.text for m in doc._.tidings_actors if m.kind == PAIR_KIND] == [phrase]
