"""A sentence that opens on a country sets its bare state institutions there; a pronoun that rules out a state
("its capture of <capital>") may still be an armed group of that state."""

from __future__ import annotations

from resolve_reading import entity_of, read_mentions


def test_a_sentence_opening_in_a_country_places_its_bare_state_forces(actor_nlp):
    text = (
        "Chad's junta ordered French troops out in January.\n\n"
        "In Sudan, foreign fighters have fought alongside government forces since the spring."
    )
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "government forces").country == "SDN"


def test_without_the_opening_the_paragraph_rule_still_applies(actor_nlp):
    text = "Chad's junta ordered French troops out in January. Government forces have fought rebels since the spring."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "Government forces").country == "TCD"


def test_its_capture_of_a_capital_can_be_a_rebel_group_of_that_state(actor_nlp):
    text = "The rise of the Houthis and its capture of Sanaa in 2014 alarmed the Gulf."
    mentions, res = read_mentions(actor_nlp, text)
    its = next(m for m in mentions if m.text == "its")
    assert res.entity_for(its).name == "Houthis"


def test_it_still_is_not_the_state_its_clause_acts_on(actor_nlp):
    text = "Peru and Chile held talks. It then expelled Chile's envoy."
    mentions, res = read_mentions(actor_nlp, text)
    it = next(m for m in mentions if m.text == "It")
    assert res.entity_for(it).country == "PER"
