"""Roles of event nouns from their sentence (arguments.py), through the real pipeline.

All texts are written for these tests.
"""

from __future__ import annotations


def _unordered(cands, etype: str) -> set[frozenset]:
    return {frozenset({c.source.country, c.target.country}) for c in cands
            if c.type == etype and c.source is not None and c.target is not None}


def test_args_joint_act_noun_takes_the_pair_its_clause_names(candidates) -> None:
    cands = candidates("The first step in bringing Chile and Peru closer was the signing of a fisheries agreement in 2015.")
    assert frozenset({"CHL", "PER"}) in _unordered(cands, "AGREE")


def test_args_joint_act_noun_ignores_a_pair_of_another_clause(candidates) -> None:
    cands = candidates("Chile and Peru have not met since May, and Lima says that any new deal depends on the court.")
    assert frozenset({"CHL", "PER"}) not in _unordered(cands, "AGREE")


def test_args_joint_act_noun_under_another_act_is_left_to_it(candidates) -> None:
    cands = candidates("Bolivia welcomed the signing of a trade agreement, which Chile and Peru had sought for years.")
    assert frozenset({"CHL", "PER"}) not in _unordered(cands, "AGREE")


def test_args_demand_noun_is_made_to_the_subject_of_its_content_clause(candidates, triples) -> None:
    found = triples(candidates("The UN agency repeated its demand on Friday that Egypt lift curbs on Sudanese traders."))
    assert any(t == "REQUEST" and g == "EGY" for t, _s, g in found)
    assert not any(t == "REQUEST" and g == "SDN" for t, _s, g in found)


def test_args_pronoun_possessor_with_an_of_object_does_the_act(nlp) -> None:
    from tidings.pipeline import read

    reading = read("Russia's army pushed west all spring. Russia celebrated its capture of Bakhmut in May.",
                   published="2024-06-01", nlp=nlp)
    found = {(e.type, e.source_country, e.target_country) for e in reading.events}
    assert ("ASSAULT", "RUS", "UKR") in found
    assert not any(t == "ASSAULT" and g == "RUS" for t, _s, g in found)


def test_args_debt_written_off_is_relief_for_the_debtor(candidates, triples) -> None:
    found = triples(candidates("Japan wrote off part of the debt that Laos owes it."))
    assert ("AID", "JPN", "LAO") in found
    found = triples(candidates("France should write off part of what Chad and Niger owe it."))
    assert {("AID", "FRA", "TCD"), ("AID", "FRA", "NER")} <= found
