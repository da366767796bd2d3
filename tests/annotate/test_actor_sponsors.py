"""A state named as an actor's sponsor is not that actor ("Iran-backed militias"); "the X-led alliance" is an
alliance, pointing back to the organisation named before."""

from __future__ import annotations

import sys
from pathlib import Path

from actor_lookup import found_actors

sys.path.insert(0, str(Path(__file__).parents[1] / "resolve"))
from resolve_reading import entity_of, read_mentions  # noqa: E402


def test_a_backed_group_does_not_take_its_sponsors_country(actor_nlp):
    found = found_actors(actor_nlp, "Turkish-backed fighters stormed the village on Friday.")
    assert "Turkish" not in found
    fighters = next(m for text, m in found.items() if text.endswith("fighters"))
    assert fighters.country is None


def test_the_sponsor_alone_before_a_known_group_is_no_actor(actor_nlp):
    found = found_actors(actor_nlp, "Qatar-funded Hamas officials met in Doha.")
    assert "Qatar" not in found


def test_a_led_alliance_points_back_to_the_alliance_not_the_leader(actor_nlp):
    text = (
        "Kazakhstan joined the Collective Security Treaty Organization in 1994. "
        "Years later Kyrgyzstan skipped a summit of the Russian-led alliance."
    )
    mentions, res = read_mentions(actor_nlp, text)
    assert not [m for m in mentions if m.text == "Russian"]
    assert entity_of(mentions, res, "the Russian-led alliance").country == "IGO"


def test_forces_led_by_a_state_stay_that_states(actor_nlp):
    found = found_actors(actor_nlp, "French-led forces withdrew from the town.")
    assert any(m.country == "FRA" for m in found.values())
