"""Counted crowds and ethnic modifiers in the tidings_actors component (real spaCy pipeline)."""

from __future__ import annotations

import pytest
from actor_lookup import found_actors as _found


@pytest.mark.parametrize(
    ("text", "phrase", "country", "sector"),
    [
        # a counted people: a civilian group of that country, starting at the quantity (the parser's head)
        ("Hundreds of Peruvians queued outside the consulate.", "Hundreds of Peruvians", "PER", "CVL"),
        # counted people with no nationality: a civilian group, placed later by the resolver
        ("Thousands of people gathered at the square on Friday.", "Thousands of people", None, "CVL"),
        ("Tens of thousands of angry people filled the avenue.", "Tens of thousands of angry people", None, "CVL"),
        # a counted institution keeps its own country and sector
        ("Dozens of Bolivian miners blocked the road.", "Dozens of Bolivian miners", "BOL", "LAB"),
    ],
)
def test_crowds_start_at_the_quantity_word(actor_nlp, text, phrase, country, sector):
    found = _found(actor_nlp, text)
    assert phrase in found
    assert (found[phrase].country, found[phrase].sector, found[phrase].entity_type) == (country, sector, "GROUP")


def test_crowds_a_count_of_things_is_no_actor(actor_nlp):
    found = _found(actor_nlp, "Thousands of tonnes of grain were shipped from the port.")
    assert not any(text.startswith("Thousands") for text in found)


def test_ethnic_adjective_is_not_a_nationality(actor_nlp):
    # "ethnic Serb militants" are not Serbia's: their country is where the text puts them, or none.
    found = _found(actor_nlp, "Ethnic Serb militants operating in Bosnia laid down their arms.")
    militants = next(m for text, m in found.items() if text.endswith("militants"))
    assert militants.country == "BIH"
    found = _found(actor_nlp, "Ethnic Serb militants laid down their arms.")
    militants = next(m for text, m in found.items() if text.endswith("militants"))
    assert militants.country is None


def test_participle_before_the_place_still_locates(actor_nlp):
    found = _found(actor_nlp, "Rebels based in Chad crossed the border overnight.")
    assert found["Rebels"].country == "TCD"
