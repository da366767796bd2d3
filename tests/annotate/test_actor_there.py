"""An institution followed by "there" belongs to the place the paragraph just put the story in."""

from __future__ import annotations

from actor_lookup import found_actors


def test_aid_groups_there_are_of_the_place_named_before(actor_nlp):
    text = "In eastern Chad, the camps are full. Aid groups there asked donors for more tents."
    found = found_actors(actor_nlp, text)
    assert found["Aid groups"].country == "TCD"
    assert found["Aid groups"].sector == "NGO"


def test_officials_there_follow_a_city(actor_nlp):
    text = "Floods hit homes near Mombasa on Sunday, and officials there closed the schools."
    found = found_actors(actor_nlp, text)
    officials = next(m for t, m in found.items() if t.lower().endswith("officials"))
    assert officials.country == "KEN"


def test_without_there_a_bare_group_gets_no_place(actor_nlp):
    text = "In eastern Chad, the camps are full. Aid groups asked donors for more tents."
    assert found_actors(actor_nlp, text)["Aid groups"].country is None
