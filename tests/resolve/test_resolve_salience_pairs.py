"""Pronouns across sentences prefer the earlier sentence's first actor; pairs made of a state's officials."""

from __future__ import annotations

from resolve_reading import entity_of, mention_with_text, read_mentions


def test_pronoun_in_a_new_paragraph_takes_the_subject_not_the_last_person(actor_nlp):
    text = "President Ana Roldan met the Chilean ambassador on Monday.\n\nShe said the talks would resume in May."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "She").name == "Ana Roldan"


def test_pronoun_in_the_same_sentence_keeps_the_nearest_fitting_actor(actor_nlp):
    # same sentence: recency and syntax, as before; no jump to the sentence's first actor
    text = "Chile recalled its envoy.\n\nPeru, which it had accused of spying, said it regretted the step."
    mentions, res = read_mentions(actor_nlp, text)
    it = [m for m in mentions if m.text == "it"][-1]
    assert res.entity_for(it).country == "PER"


def _members(mentions, res, text):
    return [e.country for e in res.members(mention_with_text(mentions, text))]


def test_pair_of_countries_named_only_by_their_officials(actor_nlp):
    text = "Ghanaian and Togolese officials met at the border post. Both countries agreed to reopen it."
    mentions, res = read_mentions(actor_nlp, text)
    assert sorted(_members(mentions, res, "Both countries")) == ["GHA", "TGO"]


def test_pair_of_countries_counts_a_state_and_its_officials_as_one_side(actor_nlp):
    text = "Norway hosted Colombian negotiators. Norwegian diplomats said both countries wanted a deal."
    mentions, res = read_mentions(actor_nlp, text)
    assert sorted(_members(mentions, res, "both countries")) == ["COL", "NOR"]


def test_the_country_after_a_state_official_is_that_state(actor_nlp):
    text = "Chile and Peru exchanged notes.\n\nArgentina's foreign minister said the country would join the talks."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "the country").country == "ARG"


def test_the_country_as_an_object_is_not_the_subject_of_its_verb(actor_nlp):
    # "the country" hangs from "aid", the object of "cut": Madrid cut aid to someone else.
    text = "Bolivia's junta expelled the Spanish envoy.\n\nMadrid has cut its aid to the country."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "the country").country == "BOL"


def test_it_opening_a_paragraph_takes_the_subject_state_of_the_previous_one(actor_nlp):
    text = "Chile accused Peru of breaking the treaty.\n\nIt also recalled its ambassador for consultations."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "It").country == "CHL"


def test_the_island_points_back_to_an_island_state_only(actor_nlp):
    text = "China sent warships towards Taiwan. Beijing said the island had provoked the drills."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "the island").country == "TWN"
    text = "The Chinese defence minister warned that the island would pay a price."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "the island") is None


def test_counterpart_takes_the_office_of_the_person_it_answers_and_pairs_with_it(actor_nlp):
    text = "The Kenyan president called his Ugandan counterpart. The two leaders agreed to meet in May."
    mentions, res = read_mentions(actor_nlp, text)
    counterpart = entity_of(mentions, res, "his Ugandan counterpart")
    assert (counterpart.name, counterpart.country) == ("President of Uganda", "UGA")
    assert sorted(_members(mentions, res, "The two leaders")) == ["KEN", "UGA"]


def test_institution_from_a_pair_is_the_pair(actor_nlp):
    text = "Chile and Peru signed the accord. Officials of both countries said it would be ratified."
    mentions, res = read_mentions(actor_nlp, text)
    assert not any(m.text == "Officials" for m in mentions)
    assert sorted(_members(mentions, res, "Officials of both countries")) == ["CHL", "PER"]
