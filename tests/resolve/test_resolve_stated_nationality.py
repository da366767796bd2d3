"""A person's country stated by an apposition or a copula, in the same sentence or a later one."""

from __future__ import annotations

import pytest
from resolve_reading import entity_of, read_mentions


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Miguel Herrera Soto, a Bolivian national, was detained at the border.", "Miguel Herrera Soto", "BOL"),
        ("Miguel Herrera Soto, a citizen of Peru, was detained at the border.", "Miguel Herrera Soto", "PER"),
        ("Miguel Herrera Soto, a member of Hezbollah, fired rockets at a village.", "Miguel Herrera Soto", "LBN"),
        ("Miguel Herrera Soto, who is a Chilean citizen, left for Lima.", "Miguel Herrera Soto", "CHL"),
        # stated in a later sentence: the whole person takes it
        ("Guards in Kenya seized Idris Walid Mansour, who smuggled rifles across the lake. "
         "Mansour is an Ethiopian citizen.", "Idris Walid Mansour", "ETH"),
    ],
)
def test_stated_nationality(actor_nlp, text, name, country):
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, name).country == country


@pytest.mark.parametrize(
    "text",
    [
        "Miguel Herrera Soto, a critic of Peru, spoke in Madrid.",  # a critic of a country is not its citizen
        "Miguel Herrera Soto, a member of the UN panel, spoke in Madrid.",  # no state side
    ],
)
def test_noun_that_states_no_side_gives_no_country(actor_nlp, text):
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "Miguel Herrera Soto").country in (None, "ESP")


def test_named_person_with_no_country_takes_the_one_state_of_their_paragraphs(actor_nlp):
    text = (
        "A court in Lahore freed Bilal Qureshi Anwar on Tuesday, and Pakistan said the case was closed.\n\n"
        "Bilal Qureshi Anwar had spent six years in a Pakistani prison."
    )
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "Bilal Qureshi Anwar").country == "PAK"


def test_named_person_between_two_states_stays_open(actor_nlp):
    text = "Miguel Herrera Soto flew from Peru to Chile, where Chile and Peru signed a water deal."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "Miguel Herrera Soto").country is None
