"""Pointers that the old filters dropped: "it was ready to ...", "accusing the bloc of serving ...",
"accused both sides of breaking ..."; a pronoun's clause does not govern an adverbial clause with its own subject."""

from __future__ import annotations

import sys
from pathlib import Path

from actor_lookup import found_actors

from tidings.annotate.actor_pairs import PAIR_KIND

sys.path.insert(0, str(Path(__file__).parents[1] / "resolve"))
from resolve_reading import entity_of, read_mentions  # noqa: E402


def test_it_with_a_willing_adjective_is_an_actor(actor_nlp):
    assert "it" in found_actors(actor_nlp, "The ministry said it was ready to host talks.")
    assert "It" not in found_actors(actor_nlp, "It is clear that the talks failed.")


def test_an_anaphor_before_of_and_a_gerund_is_kept(actor_nlp):
    text = "Mali left the African Union last year, accusing the bloc of serving foreign interests."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "the bloc").name == "African Union"
    assert "the group" not in found_actors(actor_nlp, "The group of experts met in Geneva.")


def test_a_pair_before_of_and_a_gerund_is_kept(actor_nlp):
    found = found_actors(actor_nlp, "Kenya and Uganda clashed. Tanzania accused both sides of breaking the truce.")
    assert [m for m in found.values() if m.kind == PAIR_KIND]
    found = found_actors(actor_nlp, "Troops massed on both sides of the border.")
    assert not [m for m in found.values() if m.kind == PAIR_KIND]


def test_an_adverbial_clause_with_its_own_subject_is_not_governed(actor_nlp):
    text = "Chile's government said it would impose a curfew as protesters clashed with police in Santiago."
    mentions, res = read_mentions(actor_nlp, text)
    it = next(m for m in mentions if m.text == "it")
    assert res.entity_for(it).country == "CHL"
