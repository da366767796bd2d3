"""Senses of trigger words told apart by their objects, in sentences written for these tests: supplying
equipment (AID) versus supplying weapons or goods (COOPERATE), warnings of a threat (THREATEN) versus warnings
of a famine or a disaster (no event)."""

from __future__ import annotations

import pytest

SUPPLY_AS_AID = [
    "Australia will supply patrol boats to the Fijian navy.",
    "South Korea keeps supplying surveillance radars to Vietnam.",
    "Germany to supply armoured vehicles to the Moldovan army.",
]


@pytest.mark.parametrize("text", SUPPLY_AS_AID)
def test_equipment_supplied_to_a_state_is_aid(candidates, text: str) -> None:
    types = {c.type for c in candidates(text)}
    assert "AID" in types
    assert "COOPERATE" not in types


def test_weapons_or_goods_supplied_stay_exchange(candidates, triples) -> None:
    assert ("COOPERATE", "FRA", "IND") in triples(candidates("France is supplying fighter jets and other weapons to India."))
    assert ("COOPERATE", "QAT", "ITA") in triples(candidates("Qatar supplies gas to Italy."))


def test_supplied_with_arms_is_still_aid(candidates, triples) -> None:
    assert ("AID", "NOR", "POL") in triples(candidates("Norway supplied Poland with tanks."))


WARNINGS_OF_HARDSHIP = [
    "Relief agencies in Jordan warned of starvation in Gaza.",
    "The United Nations warned Israel of a humanitarian catastrophe in Gaza.",
    "Warnings of famine in Yemen by Saudi officials grew louder.",
    "Kenya warned Somalia of a severe drought.",
]


@pytest.mark.parametrize("text", WARNINGS_OF_HARDSHIP)
def test_a_warning_of_hardship_is_no_threat(candidates, text: str) -> None:
    assert not any(c.type == "THREATEN" for c in candidates(text))


def test_a_warning_of_consequences_stays_a_threat(candidates, triples) -> None:
    assert ("THREATEN", "RUS", "FIN") in triples(candidates("Russia warned Finland of grave consequences."))
    assert ("THREATEN", "IRN", "ISR") in triples(candidates("Iran warned Israel against any attack on its ships."))
