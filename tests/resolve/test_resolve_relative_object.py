"""The object pronoun of a relative clause whose subject is the relative pronoun ("the firms that arm them")
points to the nearest fitting actor before it, not to the subject of the main clause; a body before a plural
noun ("the junta's generals") agrees with "they/them"."""

from __future__ import annotations

from resolve_reading import entity_of, read_mentions


def test_the_object_of_a_relative_clause_is_the_nearest_actor_not_the_main_subject(actor_nlp):
    text = "Paris and Berlin should punish the junta's generals and the firms that arm them."
    mentions, res = read_mentions(actor_nlp, text)
    them = next(m for m in mentions if m.text == "them")
    assert res.entity_for(them) == entity_of(mentions, res, "the junta")
    assert not res.members(them)  # not the list "Paris and Berlin"


def test_the_main_subject_is_kept_when_it_is_the_only_actor_before(actor_nlp):
    text = "Iran fined the companies that had cheated it."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "it").country == "IRN"


def test_a_list_before_the_relative_clause_still_stands_for_all_its_members(actor_nlp):
    text = "Ghana and Togo criticised the lenders that had misled them."
    mentions, res = read_mentions(actor_nlp, text)
    them = next(m for m in mentions if m.text == "them")
    assert {e.country for e in res.members(them)} == {"GHA", "TGO"}
