"""Countries of actors the text gives no nationality: where they act, the state their sentence names."""

from __future__ import annotations

import pytest

from resolve_reading import entity_of, read_mentions


@pytest.mark.parametrize(
    ("text", "actor", "country"),
    [
        # the state the sentence names as an actor: a national leader ...
        ("Fundamentalists staged a sit-in to demand that the Tunisian interior minister step down.",
         "Fundamentalists", "TUN"),
        # ... or a country as the owner of the act they protest against
        ("Ethnic Uzbeks held a vigil to protest against Kyrgyzstan's new language law.", "Ethnic Uzbeks", "KGZ"),
        # a tie goes to the only state named as an owner
        ("Ethnic Uzbeks marched against Kyrgyzstan's plan to send them back to Uzbekistan.", "Ethnic Uzbeks", "KGZ"),
        # the scene of the act wins over a capital used for its government
        ("Madrid froze ties with Caracas after demonstrators attacked its consulate in the Venezuelan capital.",
         "demonstrators", "VEN"),
        # prisoners and detainees are civilians of the place they are held in
        ("Prisoners rioted at a jail outside Mombasa on Sunday.", "Prisoners", "KEN"),
        # a place in the sentence comes before any state it names
        ("Detainees went on hunger strike in Lagos to protest against Ghana's deportation order.", "Detainees", "NGA"),
    ],
)
def test_placement_codes_actors_without_nationality_where_they_act(actor_nlp, text, actor, country):
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, actor).country == country


def test_placement_never_overwrites_a_stated_nationality(actor_nlp):
    text = "Chilean students marched in Lima to protest against Peru's new visa rules."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "Chilean students").country == "CHL"


def test_placement_two_states_named_alike_give_no_guess(actor_nlp):
    text = "Fundamentalists rallied on Friday while Chile and Peru exchanged complaints."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "Fundamentalists").country is None


def test_placement_police_do_not_take_the_state_they_act_against(actor_nlp):
    # Police belong where they act; a foreign state named in the sentence is not theirs.
    text = "Police in Accra questioned two aides of the Togolese foreign minister."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "Police").country == "GHA"


def test_placement_a_placed_group_stays_the_antecedent_of_its_pronoun(actor_nlp):
    # "they" governs "Peru's police" in its own clause; the protesters were placed in Peru by their city,
    # which must not rule them out as what "they" means.
    text = "Protesters filled the streets of Lima for a third day. They accused Peru's police of brutality."
    mentions, res = read_mentions(actor_nlp, text)
    protesters = entity_of(mentions, res, "Protesters")
    assert protesters.country == "PER"
    assert entity_of(mentions, res, "They") is protesters


@pytest.mark.parametrize(
    ("text", "actor", "country"),
    [
        # no place, no state in the sentence: a people of one state falls back on that state
        ("Uighur activists began a hunger strike on Monday.", "Uighur activists", "CHN"),
        # a people of several states gets no home state
        ("Kurdish fighters began a retreat on Monday.", "Kurdish fighters", None),
        # where the sentence puts them wins over the home state
        ("Uighur activists rallied in Ankara against the deportation order.", "Uighur activists", "TUR"),
    ],
)
def test_placement_peoples_fall_back_on_their_one_home_state(actor_nlp, text, actor, country):
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, actor).country == country


def test_placement_a_venue_of_talks_is_no_place_of_the_act(actor_nlp):
    text = "Peace talks in Oslo resumed on Monday. Rebels said the army had broken the truce."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "Rebels").country != "NOR"


def test_the_rebels_are_the_armed_group_just_named(actor_nlp):
    text = "The ELN freed two soldiers on Sunday.\n\nThe rebels said more releases would follow."
    mentions, res = read_mentions(actor_nlp, text)
    rebels = entity_of(mentions, res, "The rebels")
    assert rebels is entity_of(mentions, res, "The ELN")
    assert rebels.country == "COL"


def test_rights_groups_are_non_governmental_unless_a_country_is_stated(actor_nlp):
    text = "Human rights groups criticised the Kenyan police. Ugandan rights groups agreed."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "Human rights groups").country == "NGO"
    assert entity_of(mentions, res, "Ugandan rights groups").country == "UGA"


def test_government_negotiators_are_a_state_actor_of_the_story(actor_nlp):
    text = "Peru and Chile reopened talks. Peruvian government negotiators asked for more time."
    mentions, res = read_mentions(actor_nlp, text)
    negotiators = next(m for m in mentions if m.text.endswith("negotiators"))
    assert (res.entity_for(negotiators).country, res.entity_for(negotiators).sector) == ("PER", "GOV")


def test_unnamed_civilian_person_is_placed_where_it_happened(actor_nlp):
    text = "Peru and Chile traded accusations.\n\nA journalist was shot dead in Valparaiso on Friday."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "A journalist").country == "CHL"


def test_bare_embassy_is_the_one_of_the_envoy_just_named(actor_nlp):
    text = "The ruling party accused the Canadian ambassador of bias, a claim the embassy rejected."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "the embassy").country == "CAN"


def test_bare_government_in_a_sentence_set_in_a_city_is_that_city_country(actor_nlp):
    text = "Chile and Peru traded accusations. Students in Lima accused the government of neglect."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "the government").country == "PER"


def test_bare_army_is_the_one_of_the_official_who_speaks_of_it(actor_nlp):
    text = (
        "The Syrian army shelled the border town.\n\n"
        "Prime Minister Benjamin Netanyahu told Israelis that the army would answer any attack."
    )
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "the army").country == "ISR"


def test_an_official_the_institution_acts_on_is_no_owner(actor_nlp):
    text = "Britain and China quarrelled. The foreign office summoned China's ambassador on Monday."
    mentions, res = read_mentions(actor_nlp, text)
    office = next(m for m in mentions if m.text.lower().endswith("foreign office"))
    assert res.entity_for(office).country != "CHN"


def test_unknown_dateline_town_is_no_actor_and_its_country_places_the_story(actor_nlp):
    text = "KOSTINBROD, Bulgaria, March 3 - Police fired tear gas at protesters on Monday."
    mentions, res = read_mentions(actor_nlp, text)
    assert not any(m.text == "KOSTINBROD" for m in mentions)
    assert entity_of(mentions, res, "Police").country == "BGR"


@pytest.mark.parametrize(
    ("text", "actor", "country"),
    [
        ("Rebels shelled villages in Tigray overnight.", "Rebels", "ETH"),
        ("Separatists attacked a checkpoint in Casamance.", "Separatists", "SEN"),
        ("Militants ambushed a convoy in North Kivu.", "Militants", "COD"),
    ],
)
def test_conflict_regions_place_the_act(actor_nlp, text, actor, country):
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, actor).country == country


def test_a_capital_named_for_its_government_is_no_place_of_the_act(actor_nlp):
    text = (
        "TUNIS, May 2 - Farmers blocked the port road.\n\n"
        "Near the border, protesters burned tyres. Algiers condemned the blockade."
    )
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "protesters").country == "TUN"


def test_bare_ministry_in_a_sentence_set_in_a_city_is_that_city_country(actor_nlp):
    text = "Chile and Peru traded accusations. Students in Lima accused the defence ministry of spying on them."
    mentions, res = read_mentions(actor_nlp, text)
    ministry = next(m for m in mentions if m.text.endswith("ministry"))
    assert res.entity_for(ministry).country == "PER"


def test_regional_blocs_are_intergovernmental(actor_nlp):
    mentions, res = read_mentions(actor_nlp, "The East African Community and SADC met in Arusha.")
    assert entity_of(mentions, res, "The East African Community").country == "IGO"
    assert entity_of(mentions, res, "SADC").country == "IGO"
