"""A region word before a continent adjective names a region, not the United States or any one state."""

from __future__ import annotations

import pytest
from actor_lookup import found_actors


@pytest.mark.parametrize(
    "text",
    [
        "Several Latin American governments criticised the raid on the embassy.",
        "North American trade ministers will meet in June.",
        "Central American leaders asked for more aid.",
        "East African troops arrived in the capital.",
    ],
)
def test_a_regional_adjective_gives_no_state_actor(actor_nlp, text):
    found = found_actors(actor_nlp, text)
    assert not [m for m in found.values() if m.country == "USA"]
    assert not [m for t, m in found.items() if "American" in t or "African" in t]


def test_country_adjectives_with_a_compass_word_of_their_own_stay(actor_nlp):
    found = found_actors(actor_nlp, "South African police and American diplomats met South Korean officials.")
    assert {m.country for m in found.values()} >= {"ZAF", "USA", "KOR"}
