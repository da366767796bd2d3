"""Actors named by a people that is not one state's nation (real spaCy pipeline, own sentences)."""

from __future__ import annotations

import pytest
from actor_lookup import found_actors as _found


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "country"),
    [
        # a people is a group, never its kin state; a place after it gives the country
        ("Kurds in Iran staged a general strike.", "Kurds", "DEMONYM", "IRN"),
        ("The Kurds of Syria held local elections.", "The Kurds", "DEMONYM", "SYR"),
        # a state adjective before the people gives the country
        ("Syrian Kurds held local elections.", "Syrian Kurds", "DEMONYM", "SYR"),
        # a people before a group noun is one phrase with the noun's sector
        ("Tuareg separatists took the airport.", "Tuareg separatists", "INSTITUTION", None),
        ("Tamil refugees living in Canada marched.", "Tamil refugees", "INSTITUTION", "CAN"),
    ],
)
def test_peoples_are_groups_placed_by_the_text(actor_nlp, text, phrase, kind, country):
    found = _found(actor_nlp, text)
    assert phrase in found
    mention = found[phrase]
    assert (mention.kind, mention.entity_type, mention.country) == (kind, "GROUP", country)


def test_peoples_adjective_of_a_thing_is_no_actor(actor_nlp):
    found = _found(actor_nlp, "Schools may now teach the Kurdish language.")
    assert not any("Kurdish" in text for text in found)


def test_peoples_a_people_that_is_also_a_first_name_needs_a_group_noun(actor_nlp):
    found = _found(actor_nlp, "Karen fighters shelled the outpost. Karen Lopez, a nurse, saw the smoke.")
    assert found["Karen fighters"].entity_type == "GROUP"
    assert found["Karen Lopez"].entity_type == "PERSON"
