"""Roles in passives, judged claims and expulsions (arguments.py), through the real pipeline.

All texts are written for these tests.
"""

from __future__ import annotations


def test_args_coordinated_passives_share_agent_and_subject(candidates, triples) -> None:
    found = triples(candidates("Georgian students were beaten and detained by Russian police near the border."))
    assert {("ASSAULT", "RUS", "GEO"), ("COERCE", "RUS", "GEO")} <= found


def test_args_passive_conjunct_with_its_own_subject_keeps_no_agent(candidates, triples) -> None:
    found = triples(candidates("Serbian police were attacked by Kosovar rioters and a Bulgarian driver was killed."))
    assert not any(t == "ASSAULT" and target == "BGR" for t, _s, target in found)


def test_args_passive_subject_with_a_country_beats_the_place(candidates, triples) -> None:
    found = triples(candidates("Two Chinese engineers were detained by Malian soldiers in Niger on Friday."))
    assert ("COERCE", "MLI", "CHN") in found
    assert ("COERCE", "MLI", "NER") not in found


def test_args_rejected_claim_targets_its_subject(candidates, triples) -> None:
    found = triples(candidates("The Danish premier dismissed the suggestion that Canada could annex the island."))
    assert ("REJECT", "DNK", "CAN") in found


def test_args_expulsion_from_a_country_is_done_by_it(candidates, triples) -> None:
    found = triples(candidates("The expulsion of 12 Russian diplomats from Estonia was announced on Monday."))
    assert ("SANCTION", "EST", "RUS") in found


def test_args_theme_of_a_suspension_names_the_recipient(candidates, triples) -> None:
    found = triples(candidates("Sweden suspended part of its development programme for Mali after the coup."))
    assert ("SANCTION", "SWE", "MLI") in found


def test_args_place_where_the_thing_sent_landed_is_the_target(candidates, triples) -> None:
    found = triples(candidates("Iran fired a ballistic missile that landed in the sea off Oman on Sunday."))
    assert ("MOBILIZE", "IRN", "OMN") in found
