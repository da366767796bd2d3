"""Multi-party acts and doers known by their origin (arguments.py, finalize.py), through the real pipeline.

All texts are written for these tests.
"""

from __future__ import annotations

from event_triples import event_triples


def test_parties_co_negotiators_deal_with_the_other_side_not_each_other(nlp) -> None:
    text = (
        "The exchange was negotiated by Qatar, Oman and Switzerland. Iran freed five detainees, "
        "and Iran said more could follow. The United States released two Iranians."
    )
    found = event_triples(nlp, text)
    assert {("CONSULT", "QAT", "IRN"), ("CONSULT", "CHE", "IRN")} <= found
    assert not {e for e in found if e[0] == "CONSULT" and {e[1], e[2]} <= {"QAT", "OMN", "CHE"}}


def test_parties_co_negotiators_with_no_other_side_dealt_with_each_other(nlp) -> None:
    found = event_triples(nlp, "The swap was negotiated by Iran and Iraq.")
    assert {e for e in found if e[0] == "CONSULT"} in ({("CONSULT", "IRN", "IRQ")}, {("CONSULT", "IRQ", "IRN")})


def test_parties_brokers_consult_each_party_named_between(nlp) -> None:
    found = event_triples(nlp, "The truce followed talks brokered by Qatar and Egypt between Israel and Hamas.")
    assert {("CONSULT", "QAT", "ISR"), ("CONSULT", "EGY", "ISR")} <= found


def test_parties_doer_of_no_side_is_known_by_where_it_came_from(nlp) -> None:
    found = event_triples(nlp, "A Lithuanian border guard was shot by a man crossing from Belarus.")
    assert ("ASSAULT", "BLR", "LTU") in found


def test_parties_named_doer_keeps_its_own_side(nlp) -> None:
    # "from" only helps a doer that is no actor itself
    found = event_triples(nlp, "Russian soldiers from a base in Belarus attacked a Ukrainian village.")
    assert ("ASSAULT", "RUS", "UKR") in found
    assert ("ASSAULT", "BLR", "UKR") not in found


def test_parties_force_on_a_group_of_no_country_is_used_at_home(nlp) -> None:
    found = event_triples(nlp, "Egyptian police opened fire to disperse Islamist demonstrators on Monday night.")
    assert ("COERCE", "EGY", "EGY") in found
    assert ("COERCE", "EGY", None) not in found


def test_parties_talks_held_in_a_third_country_meet_the_host(nlp) -> None:
    found = event_triples(nlp, "Talks were held in Moscow between the deputy foreign ministers of Turkey and Syria.")
    pairs = {frozenset(e[1:]) for e in found if e[0] == "CONSULT"}
    assert {frozenset({"TUR", "SYR"}), frozenset({"TUR", "RUS"}), frozenset({"SYR", "RUS"})} <= pairs


def test_parties_talks_hosted_by_a_country_with_no_party_named_take_the_context(nlp) -> None:
    text = (
        "The talks, hosted by Oman, ended without a deal. Iran wants sanctions lifted first, Iran says, and "
        "Iran has refused direct contact."
    )
    found = event_triples(nlp, text)
    assert {frozenset(e[1:]) for e in found if e[0] == "CONSULT"} == {frozenset({"OMN", "IRN"})}


def test_parties_a_party_at_home_is_no_third_host(nlp) -> None:
    found = event_triples(nlp, "Talks were held in Ankara between the foreign ministers of Turkey and Syria.")
    assert {frozenset(e[1:]) for e in found if e[0] == "CONSULT"} == {frozenset({"TUR", "SYR"})}


def test_parties_unlinked_pronoun_names_no_target(nlp) -> None:
    # "their" (the protesters' own demands) is no target: the protest is aimed at home
    found = event_triples(nlp, "Young Moroccans blocked roads leading to the city centre on Sunday to press their demands.")
    assert ("PROTEST", "MAR", "MAR") in found
    assert ("PROTEST", "MAR", None) not in found


def test_parties_force_with_no_target_borrows_the_next_act_of_the_same_doer(nlp) -> None:
    found = event_triples(nlp, "Egyptian police opened fire to disperse Islamist demonstrators on Monday night.")
    assert ("ASSAULT", "EGY", "EGY") in found
    assert ("ASSAULT", "EGY", None) not in found


def test_parties_force_with_no_target_keeps_none_when_alone(nlp) -> None:
    found = event_triples(nlp, "Egyptian police opened fire on Monday night.")
    assert not [e for e in found if e[0] == "ASSAULT" and e[2] is not None]
