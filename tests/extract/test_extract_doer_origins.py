"""A doer of no known side is known by where it is based ("traders in X", "gunmen from X")."""

from __future__ import annotations


def test_doer_based_in_a_country_takes_its_side(candidates, triples) -> None:
    found = triples(candidates("Angry traders in Ghana attacked Nigerian shops in Accra."))
    assert any(t == "ASSAULT" and s == "GHA" for t, s, _ in found)


def test_doer_coming_from_a_country_takes_its_side(candidates, triples) -> None:
    found = triples(candidates("Gunmen from Mali attacked a police post in Burkina Faso."))
    assert any(t == "ASSAULT" and s == "MLI" for t, s, _ in found)
