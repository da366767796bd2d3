"""A warning that the speaker's own side could act against someone threatens that someone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A Russian official warned that Moscow could impose sanctions on Georgian banks.",
         ("THREATEN", "RUS", "GEO")),
        ("A French diplomat warned that Paris would expel Malian envoys.", ("THREATEN", "FRA", "MLI")),
    ],
)
def test_own_side_act_in_a_warning_targets_its_object(candidates, triples, text: str, expected: tuple) -> None:
    assert expected in triples(candidates(text))


def test_other_side_in_a_warning_is_still_the_target(candidates, triples) -> None:
    found = triples(candidates("Spain warned that Morocco would pay a price for the raids."))
    assert ("THREATEN", "ESP", "MAR") in found
