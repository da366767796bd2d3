"""Hosts and brokers of talks between others, and the counterpart of a one-sided act of force
(parties.py, context.py), through the real pipeline.

All texts are written for these tests.
"""

from __future__ import annotations

from event_triples import event_triples

# A short dispute between two states told first, so that the document has a main dyad of conflict.
DISPUTE = (
    "Peru accused Chile of violating its waters on Monday. Chile rejected the claim and summoned "
    "Peru's ambassador. Peruvian navy ships then blocked two Chilean trawlers. "
)


def _consult_pairs(found: set[tuple[str, str | None, str | None]]) -> set[frozenset]:
    return {frozenset(e[1:]) for e in found if e[0] == "CONSULT"}


def test_parties_host_of_talks_between_named_parties_meets_each_and_they_meet(nlp) -> None:
    found = event_triples(nlp, "Norway hosted two rounds of talks between Colombia and Venezuela last year.")
    assert {frozenset({"COL", "VEN"}), frozenset({"COL", "NOR"}), frozenset({"VEN", "NOR"})} <= _consult_pairs(found)


def test_parties_host_named_by_a_relative_clause_of_talks_between_a_pair(nlp) -> None:
    text = DISPUTE + "Ecuador, which has hosted secret contacts between the two governments, offered help."
    pairs = _consult_pairs(event_triples(nlp, text))
    assert {frozenset({"ECU", "PER"}), frozenset({"ECU", "CHL"})} <= pairs


def test_parties_host_of_talks_with_no_party_named_meets_both_sides_of_the_dispute(nlp) -> None:
    pairs = _consult_pairs(event_triples(nlp, DISPUTE + "Brazil has hosted talks between the neighbours since May."))
    assert {frozenset({"BRA", "PER"}), frozenset({"BRA", "CHL"})} <= pairs


def test_parties_offer_to_host_talks_is_agreed_with_both_sides(nlp) -> None:
    found = event_triples(nlp, DISPUTE + "Argentina offered on Tuesday to host a new round of negotiations.")
    assert {("AGREE", "ARG", "PER"), ("AGREE", "ARG", "CHL")} <= {
        (t, s, g) for t, s, g in found if t == "AGREE"
    } | {(t, g, s) for t, s, g in found if t == "AGREE"}


def test_parties_broker_of_an_accord_consults_both_sides(nlp) -> None:
    text = DISPUTE + "A fishing accord, which was brokered by Mexico, was signed in the evening."
    pairs = _consult_pairs(event_triples(nlp, text))
    assert {frozenset({"MEX", "PER"}), frozenset({"MEX", "CHL"})} <= pairs


def test_parties_broker_without_a_dispute_gets_no_second_party(nlp) -> None:
    # no act of conflict in the document: no pair of sides to bring together
    found = event_triples(nlp, "Mexico brokered an accord on fishing. Peru praised the accord on Monday.")
    assert not any(e[0] == "CONSULT" and e[1] == "MEX" and e[2] == "CHL" for e in found)


def test_parties_unanswered_fire_is_aimed_at_the_other_side(nlp) -> None:
    text = DISPUTE + "Chile has not returned fire, its defence ministry said."
    assert ("ASSAULT", "CHL", "PER") in event_triples(nlp, text)


def test_parties_unanswered_fire_with_no_dispute_stands_alone(nlp) -> None:
    found = event_triples(nlp, "Chile has not returned fire, its defence ministry said on Sunday.")
    assert ("ASSAULT", "CHL", None) in found


def test_parties_each_side_of_a_pair_acts_against_the_other(candidates) -> None:
    cands = candidates("Since the clash each side has kept thousands of troops along the frontier.")
    kept = [c for c in cands if c.type == "MOBILIZE"]
    assert kept and all(c.source is not None and c.target is not None for c in kept)
    assert all(c.source.kind == "PAIR" and c.target.kind == "PAIR" for c in kept)


def test_parties_soldiers_of_two_armies_fight_each_other(nlp) -> None:
    text = "Chinese and Indian troops faced each other in May. Soldiers from the two armies fought with sticks in a valley."
    found = event_triples(nlp, text)
    assert {("ASSAULT", "CHN", "IND"), ("ASSAULT", "IND", "CHN")} <= found


def test_parties_host_participle_hung_on_the_last_party(nlp) -> None:
    text = ("The accord followed three days of talks in Doha between Chad's foreign minister and the Sudanese "
            "envoy, hosted by Qatar's prime minister, Ali Hamad.")
    pairs = _consult_pairs(event_triples(nlp, text))
    assert {frozenset({"TCD", "QAT"}), frozenset({"SDN", "QAT"})} <= pairs
