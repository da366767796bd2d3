"""Trigger classes of the last quality shift: readiness of forces and similar (sentences written for these tests)."""

from __future__ import annotations

import pytest

MOBILIZE_CASES = [
    ("Greece placed its navy on high alert over the Turkish survey ship.", ("MOBILIZE", "GRC")),
    ("Estonia has put its army on a war footing.", ("MOBILIZE", "EST")),
    ("Armenia put its own forces on alert after the drills.", ("MOBILIZE", "ARM")),
]


@pytest.mark.parametrize("text,expected", MOBILIZE_CASES, ids=[c[0] for c in MOBILIZE_CASES])
def test_forces_put_on_alert_are_mobilized(candidates, triples, text: str, expected: tuple) -> None:
    found = triples(candidates(text))
    assert any(t[:2] == expected for t in found), found


def test_pressure_or_lists_put_on_someone_are_no_mobilization(candidates, triples) -> None:
    found = triples(candidates("Nigeria put pressure on Niger to release the president."))
    assert not any(t[0] == "MOBILIZE" for t in found), found
    found = triples(candidates("Chile placed the Bolivian firm on its sanctions list."))
    assert ("SANCTION", "CHL", "BOL") in found and not any(t[0] == "MOBILIZE" for t in found), found


def test_second_arm_of_an_either_or_demand_is_a_threat(candidates, triples) -> None:
    found = triples(candidates("Ghana told the junta in Togo to free the president or face military action."))
    assert ("THREATEN", "GHA", "TGO") in found, found
    # facing something in the past, with no demand before it, is no threat
    found = triples(candidates("Chile said that Peru paid its debts or faced sanctions."))
    assert not any(t[0] == "THREATEN" for t in found), found


MONEY_CASES = [
    ("Germany pledged 500 million euros to Ukraine.", ("AID", "DEU", "UKR")),
    ("Japan promised $2 billion to Kenya.", ("AID", "JPN", "KEN")),
    ("The EU gave 50 million euros to Moldova.", ("AID", "EUR", "MDA")),
    ("Norway allocated 30 million dollars to Haiti.", ("AID", "NOR", "HTI")),
]


@pytest.mark.parametrize("text,expected", MONEY_CASES, ids=[c[0] for c in MONEY_CASES])
def test_money_promised_or_given_in_any_currency_is_aid(candidates, triples, text: str, expected: tuple) -> None:
    found = triples(candidates(text))
    assert expected in found and not any(t[0] == "AGREE" for t in found), found


def test_a_promise_to_act_stays_an_agreement(candidates, triples) -> None:
    found = triples(candidates("Iran promised to release the French prisoners."))
    assert ("AGREE", "IRN", "FRA") in found and not any(t[0] == "AID" for t in found), found
