""""the X-led alliance/bloc": an organisation the leaders table says X leads, named anywhere before; else a
generic intergovernmental body (IGO), never an unrelated organisation named in between."""

from __future__ import annotations

from resolve_reading import entity_of, read_mentions


def test_a_led_alliance_is_the_one_its_leader_leads_even_far_back(actor_nlp):
    text = (
        "Tajikistan asked the Collective Security Treaty Organization for help after the border clashes.\n\n"
        "The fighting stopped after two days.\n\n"
        "Villagers returned to their homes on Sunday.\n\n"
        "The European Union sent observers to the region.\n\n"
        "Dushanbe may leave the Russian-led alliance next year, a diplomat said."
    )
    mentions, res = read_mentions(actor_nlp, text)
    led = entity_of(mentions, res, "the Russian-led alliance")
    assert led.name == "Collective Security Treaty Organization"


def test_a_led_bloc_nobody_named_is_a_body_of_its_own_not_the_last_organisation(actor_nlp):
    text = (
        "The European Union criticised the vote on Monday.\n\n"
        "Mongolia later said it wanted closer ties with the Chinese-led bloc."
    )
    mentions, res = read_mentions(actor_nlp, text)
    led = entity_of(mentions, res, "the Chinese-led bloc")
    eu = entity_of(mentions, res, "The European Union")
    assert led != eu
    assert (led.type, led.country, led.sector) == ("ORGANIZATION", "IGO", "IGO")


def test_a_led_alliance_is_not_an_organisation_led_by_another_state(actor_nlp):
    text = (
        "NATO held exercises in the Baltic on Friday.\n\n"
        "Belarus said the drills threatened the Russian-led alliance."
    )
    mentions, res = read_mentions(actor_nlp, text)
    led = entity_of(mentions, res, "the Russian-led alliance")
    assert led.name != "NATO" and led.country == "IGO"
