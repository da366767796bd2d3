"""A passive agent the parser hung on a noun of a long object is still the doer."""

from __future__ import annotations


def test_late_by_phrase_is_the_agent(candidates, triples) -> None:
    found = triples(candidates(
        "Fresh sanctions were imposed on Iranian officials involved in building the drones by Canada and Japan."))
    assert {("SANCTION", "CAN", "IRN"), ("SANCTION", "JPN", "IRN")} <= found


def test_by_phrase_of_an_act_noun_is_not_the_agent(candidates, triples) -> None:
    # "an attack by Iran" names who attacked, not who expelled
    found = triples(candidates("Two Egyptian diplomats were expelled after an attack on the embassy by Iran."))
    assert not any(t == "SANCTION" and s == "IRN" for t, s, _ in found)
