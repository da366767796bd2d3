"""Group mentions in finalisation: a joint act of a group of three or more gives one event per two members."""

from __future__ import annotations

from tidings.pipeline import read


def _pairs(nlp, text: str, etype: str) -> set[frozenset[str | None]]:
    return {frozenset((e.source_country, e.target_country)) for e in read(text, "2024-05-03", nlp=nlp).events
            if e.type == etype}


def test_finalize_group_of_three_agrees_pairwise(nlp) -> None:
    text = ("Peru, Chile and Bolivia held a summit in Lima on Friday. The three governments agreed to build a "
            "joint railway.")
    assert _pairs(nlp, text, "AGREE") == {
        frozenset(("PER", "CHL")), frozenset(("PER", "BOL")), frozenset(("CHL", "BOL"))
    }


def test_finalize_pair_still_gives_one_event(nlp) -> None:
    text = "Ghana and Togo held talks in Accra on Friday. The two governments agreed to reopen the border."
    assert _pairs(nlp, text, "AGREE") == {frozenset(("GHA", "TGO"))}


def test_finalize_person_acting_on_own_state_is_self_directed(nlp) -> None:
    text = ("Bolivian President Luis Arce thanked Bolivia for its patience. "
            "Farmers in Bolivia accused the government of ignoring the drought.")
    events = read(text, "2024-05-03", nlp=nlp).events
    assert not [e for e in events if e.type == "SUPPORT" and e.source_country == e.target_country == "BOL"]


def test_finalize_act_addressed_to_the_writer_is_dropped(nlp) -> None:
    text = "Mongolia's foreign minister spoke to us in Ulaanbaatar about trade with Japan."
    events = read(text, "2024-05-03", nlp=nlp).events
    assert not [e for e in events if e.type == "CONSULT"]


def test_finalize_announced_easing_of_measures_is_the_concession(nlp) -> None:
    text = ("Ottawa said it would ease its sanctions on Chinese carmakers. Canada said it would pardon two "
            "Cuban sailors. Canada will lift its embargo on Cuba next year.")
    concede = [e for e in read(text, "2024-05-03", nlp=nlp).events if e.type == "CONCEDE"]
    status = {word: {e.status for e in concede if word in e.evidence.text} for word in ("ease", "pardon", "lift")}
    assert status == {"ease": {"occurred"}, "pardon": {"planned"}, "lift": {"planned"}}


def test_finalize_go_between_of_a_party_own_country_is_not_a_mediator(nlp) -> None:
    text = ("The Ukrainian Foreign Ministry arranged a meeting between Deputy Foreign Minister of Ukraine Olena "
            "Koval and Ambassador of Pakistan Ali Khan in Kyiv on Monday.")
    events = read(text, "2022-02-23", nlp=nlp).events
    assert not [e for e in events if e.source_country == e.target_country]
    assert [e for e in events if e.type == "CONSULT" and {e.source_country, e.target_country} == {"UKR", "PAK"}]


def test_finalize_invited_talks_said_not_set_are_negated(nlp) -> None:
    text = ("Nepal's prime minister invited the Bhutanese king to Kathmandu for talks, but officials in Thimphu "
            "said no visit had been scheduled. India invited the Nepali premier to Delhi for talks next week.")
    consult = {frozenset((e.source_country, e.target_country)): e.status
               for e in read(text, "2024-05-03", nlp=nlp).events if e.type == "CONSULT"}
    assert consult.get(frozenset(("NPL", "BTN"))) == "negated"
    assert consult.get(frozenset(("IND", "NPL"))) == "planned"
