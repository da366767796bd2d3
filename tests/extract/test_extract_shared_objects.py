"""A spoken act told by a coordinated verb with no object of its own is addressed to the first verb's object."""

from __future__ import annotations


def test_demand_after_a_summons_goes_to_the_one_summoned(candidates, triples) -> None:
    found = triples(candidates("Tokyo summoned the Chinese ambassador and demanded an end to the incursions."))
    assert ("REQUEST", "JPN", "CHN") in found


def test_a_demand_with_its_own_addressee_keeps_it(candidates, triples) -> None:
    found = triples(candidates("Tokyo summoned the Chinese ambassador and urged Seoul to join the talks."))
    assert ("REQUEST", "JPN", "KOR") in found
    assert ("REQUEST", "JPN", "CHN") not in found
