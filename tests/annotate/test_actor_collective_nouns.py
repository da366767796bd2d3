"""Collective and person nouns added for unnamed actors (real spaCy pipeline, own sentences)."""

from __future__ import annotations

import pytest
from actor_lookup import found_actors as _found


@pytest.mark.parametrize(
    ("text", "phrase", "country", "sector"),
    [
        ("Two Canadian servicemen were wounded by a mine.", "Canadian servicemen", "CAN", "MIL"),
        ("Turkish army bulldozers flattened the houses.", "Turkish army bulldozers", "TUR", "MIL"),
        ("A Chilean prisoner went on hunger strike.", "A Chilean prisoner", "CHL", "CVL"),
        ("Kurdish leaders said they would boycott the vote.", "Kurdish leaders", None, "GOV"),
        ("Bolivian leaders said they would boycott the vote.", "Bolivian leaders", "BOL", "GOV"),
        ("Croatian extremists attacked the office.", "Croatian extremists", "HRV", "RAD"),
        ("A terror group based in Chad claimed the attack.", "A terror group", "TCD", "REB"),
    ],
)
def test_collective_nouns_are_actors_with_their_owner(actor_nlp, text, phrase, country, sector):
    found = _found(actor_nlp, text)
    assert phrase in found
    assert (found[phrase].country, found[phrase].sector) == (country, sector)


def test_bare_leaders_point_back_and_are_no_body_of_their_own(actor_nlp):
    found = _found(actor_nlp, "Ruto and Museveni met in Kampala. The leaders also agreed to meet again.")
    assert not any(text.lower().endswith("leaders") for text in found)


def test_a_person_noun_in_an_organisation_name_is_no_title(actor_nlp):
    found = _found(actor_nlp, "Demands from the National Union of Mineworkers went unanswered.")
    assert not any(m.kind == "TITLE" for m in found.values())


def test_religious_group_adjective_joins_the_institution_phrase(actor_nlp):
    found = _found(actor_nlp, "Police dispersed Muslim protesters outside the court.")
    assert "Muslim protesters" in found
    assert found["Muslim protesters"].sector == "CVL"
    found = _found(actor_nlp, "French troops left the town.")
    assert found["French troops"].country == "FRA"


def test_country_adjective_before_a_described_person_gives_the_country(actor_nlp):
    found = _found(actor_nlp, "Protesters marched against Israeli right-winger Ariel Sharon.")
    assert found["Ariel Sharon"].country == "ISR"
