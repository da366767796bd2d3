"""Pair and group references: who "both countries", "each side", "the three governments" and "the Baltic
states" stand for (the doer of the act on the pair is never a member)."""

from __future__ import annotations

import pytest
from resolve_reading import mention_with_text, read_mentions

from tidings.annotate.actor_pairs import PAIR_KIND


def _members(nlp, text, phrase):
    mentions, res = read_mentions(nlp, text)
    return sorted(e.country for e in res.members(mention_with_text(mentions, phrase)))


def test_the_state_that_urges_a_pair_is_not_one_of_them(actor_nlp):
    text = "Kenya and Tanzania traded accusations over the border.\n\nUganda urged both countries to hold talks."
    assert _members(actor_nlp, text, "both countries") == ["KEN", "TZA"]


def test_a_host_in_a_relative_clause_is_not_one_of_the_pair(actor_nlp):
    text = (
        "Peru and Bolivia have quarrelled over river water for years. "
        "Chile, which has hosted meetings between the two governments, offered to help again."
    )
    assert _members(actor_nlp, text, "the two governments") == ["BOL", "PER"]


def test_a_host_through_a_subject_pronoun_is_not_one_of_the_leaders(actor_nlp):
    text = (
        "Guyana and Suriname disagree over a river island.\n\n"
        "Brazil's president Ana Lima said she hoped to receive the two leaders in Brasilia."
    )
    assert _members(actor_nlp, text, "the two leaders") == ["GUY", "SUR"]


def test_a_listed_subject_is_the_pair_itself(actor_nlp):
    text = "Norway and Chile have signed a fishing pact between the two countries."
    assert _members(actor_nlp, text, "the two countries") == ["CHL", "NOR"]


def test_a_later_pair_is_the_earlier_one_when_nobody_new_was_named(actor_nlp):
    text = (
        "Ghana and Togo closed their shared border on Monday. "
        "Senegal, a close partner of both neighbours, asked them to reopen it.\n\n"
        "\"We urge both sides to talk,\" a regional envoy said."
    )
    mentions, res = read_mentions(actor_nlp, text)
    first = sorted(e.country for e in res.members(mention_with_text(mentions, "both neighbours")))
    later = sorted(e.country for e in res.members(mention_with_text(mentions, "both sides")))
    assert first == later == ["GHA", "TGO"]


def test_leaders_with_no_people_named_are_the_leaders_of_the_two_states(actor_nlp):
    text = "Talks between Guyana and Suriname stalled in May.\n\nThe African Union invited both leaders to Addis Ababa."
    assert _members(actor_nlp, text, "both leaders") == ["GUY", "SUR"]


def test_three_governments_named_together_before(actor_nlp):
    text = (
        "The juntas of Mali, Chad and Niger met in Niamey in March. France and Germany criticised the meeting. "
        "The three governments later quit the regional bloc."
    )
    assert _members(actor_nlp, text, "The three governments") == ["MLI", "NER", "TCD"]


def test_each_side_is_a_pair(actor_nlp):
    text = "Ethiopia and Eritrea fought a border war in 1998. Since then each side has kept troops near the line."
    assert _members(actor_nlp, text, "each side") == ["ERI", "ETH"]


def test_two_forces_are_the_armed_actors_not_the_mediators(actor_nlp):
    text = (
        "Clashes between the Sudanese army and the Rapid Support Forces went on despite mediation by Kenya "
        "and Ethiopia. Fighting between the two forces has emptied whole districts."
    )
    mentions, res = read_mentions(actor_nlp, text)
    members = res.members(mention_with_text(mentions, "the two forces"))
    assert sorted(e.country for e in members) == ["SDN", "SDN"]
    assert len({e.id for e in members}) == 2


@pytest.mark.parametrize(
    ("text", "phrase", "codes"),
    [
        ("Moscow accused the Baltic states of harassing its diplomats.", "the Baltic states", ["EST", "LTU", "LVA"]),
        # the officials act for the group ("soldiers from the two armies")
        ("Officials from the two Koreas met at the border village.", "Officials from the two Koreas", ["KOR", "PRK"]),
        # the doer is no member of the group it acts on
        ("Sweden consulted the other Nordic countries on Monday.", "Nordic countries", ["DNK", "FIN", "ISL", "NOR"]),
        # a curly apostrophe as in the straight-quoted name of the table
        ("Algeria criticised the Sahel\u2019s juntas on Monday.", "the Sahel\u2019s juntas", ["BFA", "MLI", "NER"]),
    ],
)
def test_a_named_group_of_states_stands_for_each_member(actor_nlp, text, phrase, codes):
    mentions, res = read_mentions(actor_nlp, text)
    group = next(m for m in mentions if m.kind == PAIR_KIND)
    assert group.text == phrase
    assert sorted(e.country for e in res.members(group)) == codes


def test_a_group_name_that_modifies_a_noun_is_no_actor(actor_nlp):
    mentions, _ = read_mentions(actor_nlp, "Finland will host a Baltic states summit in June.")
    assert not [m for m in mentions if m.kind == PAIR_KIND]


def _pronoun_members(nlp, text, nth=-1):
    mentions, res = read_mentions(nlp, text)
    pronoun = [m for m in mentions if m.kind == "PRONOUN" and m.text.lower() in ("they", "them", "their")][nth]
    return sorted(e.country for e in res.members(pronoun))


def test_them_right_after_a_pair_stands_for_the_pair(actor_nlp):
    text = "Ghana and Togo closed their border.\n\nSenegal, a close partner of both neighbours, called on them to talk."
    assert _pronoun_members(actor_nlp, text) == ["GHA", "TGO"]


def test_them_after_a_list_of_states_stands_for_the_list(actor_nlp):
    text = "The juntas of Mali and Chad said an attack on Niger would be treated as an attack on them."
    assert _pronoun_members(actor_nlp, text) == ["MLI", "TCD"]


def test_they_for_one_named_actor_has_no_members(actor_nlp):
    text = "Peru protested to Chile on Monday. The Peruvian unions said they would strike."
    assert _pronoun_members(actor_nlp, text) == []


def test_a_pair_with_more_states_in_reach_takes_the_ones_the_story_names_most(actor_nlp):
    text = (
        "Morocco and Algeria restored air links on Monday after a meeting of Moroccan and Algerian ministers "
        "in Rabat. Algeria had cut the links in 2021.\n\n"
        "Tunisia welcomed the step and Libya said it hoped for calm. Officials said both countries would "
        "reopen their consulates next month."
    )
    assert _members(actor_nlp, text, "both countries") == ["DZA", "MAR"]


def test_a_capitalised_modifier_and_more_country_nouns(actor_nlp):
    text = "Greece and Turkey held talks in Athens. The two NATO allies agreed to meet again."
    assert _members(actor_nlp, text, "The two NATO allies") == ["GRC", "TUR"]
    text = "China and India traded goods worth billions. The two Asian giants also compete in Africa."
    assert _members(actor_nlp, text, "The two Asian giants") == ["CHN", "IND"]


def test_one_new_state_named_since_does_not_make_a_new_pair(actor_nlp):
    text = (
        "Egypt and Ethiopia resumed talks on the dam in Cairo. The two rivals met for six hours.\n\n"
        "Egyptian diplomats briefed Sudan afterwards, and Sudan said it would join later. "
        "Both countries will meet again in March."
    )
    assert _members(actor_nlp, text, "Both countries") == ["EGY", "ETH"]


def test_both_alone_stands_for_the_two_actors_named_before(actor_nlp):
    mentions, res = read_mentions(actor_nlp, "Kenya and Uganda signed the deal. Both said they would cut tariffs.")
    both = next(m for m in mentions if m.kind == PAIR_KIND)
    assert both.text == "Both"
    assert sorted(e.country for e in res.members(both)) == ["KEN", "UGA"]


def test_a_capital_named_as_the_venue_is_no_side(actor_nlp):
    text = "President Ana Roldan of Chile met the Peruvian president in Quito, and both praised the talks."
    mentions, res = read_mentions(actor_nlp, text)
    both = next(m for m in mentions if m.kind == PAIR_KIND)
    assert sorted(e.country for e in res.members(both)) == ["CHL", "PER"]
