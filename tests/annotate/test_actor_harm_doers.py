"""Doers of harm named by their victim ("the killer of a Danish reporter") do not take the victim's country."""

from __future__ import annotations

import pytest
from actor_lookup import found_actors


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("A court in Lima freed the killer of a Danish reporter on Monday.", "the killer"),
        ("The murderers of two Kenyan nurses were never caught.", "The murderers"),
        ("The kidnappers of three Italian engineers asked for a ransom.", "The kidnappers"),
    ],
)
def test_the_doer_of_harm_is_not_of_the_victims_country(actor_nlp, text, doer):
    found = found_actors(actor_nlp, text)
    assert doer in found
    assert found[doer].country is None


def test_an_institution_of_a_country_still_takes_it(actor_nlp):
    found = found_actors(actor_nlp, "The police of Kenya arrested two men.")
    assert any(m.country == "KEN" and m.kind == "INSTITUTION" for m in found.values())
