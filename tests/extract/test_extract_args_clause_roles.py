"""Roles read from content clauses and from the clause around an act (arguments.py), through the real pipeline.

All texts are written for these tests.
"""

from __future__ import annotations

from event_triples import event_triples


def test_args_copula_demand_is_made_to_a_state_organ_in_its_clause(nlp) -> None:
    text = (
        "Spanish truckers have blocked roads near Madrid for a week, and their chief demand is that the "
        "government scrap the fuel tax deal with Morocco."
    )
    found = {e for e in event_triples(nlp, text) if e[0] == "REQUEST"}
    assert ("REQUEST", "ESP", "ESP") in found
    assert ("REQUEST", "ESP", "MAR") not in found


def test_args_backing_after_with_is_for_the_doer_of_the_verb(nlp) -> None:
    found = event_triples(nlp, "Hezbollah, which has shelled northern Israel with Iran's backing, turned down the proposal.")
    assert ("SUPPORT", "IRN", "LBN") in found


def test_args_backing_hung_on_the_object_still_backs_the_subject(nlp) -> None:
    text = "The Houthis, who want control of the port city with Iran's backing, denied the report."
    found = event_triples(nlp, text)
    assert ("SUPPORT", "IRN", "YEM") in found
    assert not {e for e in found if e[0] == "REQUEST" and e[2] == "IRN"}


def test_args_backing_after_with_is_not_the_target_of_the_verb(candidates, triples) -> None:
    found = triples(candidates("The rebels, who seek autonomy for the province with Iran's backing, attacked a police post."))
    assert not {t for t in found if t[0] == "REQUEST" and t[2] == "IRN"}


def test_args_talks_returned_to_are_held_by_the_subject_of_return(candidates, triples) -> None:
    found = triples(candidates("Armenia must return to talks with Azerbaijan before the winter."))
    assert ("CONSULT", "ARM", "AZE") in found
    found = triples(candidates("Eritrea went back to negotiations with Ethiopia in May."))
    assert ("CONSULT", "ERI", "ETH") in found


def test_args_a_place_returned_to_is_no_governor(candidates, triples) -> None:
    found = triples(candidates("The Ukrainian delegation returned to Kyiv after the talks with Poland."))
    assert not {t for t in found if t[0] == "CONSULT" and t[2] == "UKR"}


def test_args_demand_participle_on_an_issued_text_speaks_for_the_issuer(candidates, triples) -> None:
    found = triples(candidates("Hungary released a communique urging Serbia to withdraw its police."))
    assert ("REQUEST", "HUN", "SRB") in found
    found = triples(candidates("Poland sent a letter calling on Germany to pay reparations."))
    assert ("REQUEST", "POL", "DEU") in found


def test_args_persona_non_grata_taken_for_a_verb_is_the_declarers_act(candidates) -> None:
    cands = [c for c in candidates("Moscow declared two Latvian diplomats persona non grata.") if c.type == "SANCTION"]
    assert {(c.source.country, c.target.country, c.status) for c in cands if c.source and c.target} == {
        ("RUS", "LVA", "occurred")}


def test_args_help_for_a_group_of_no_side_goes_to_where_it_comes_from(candidates, triples) -> None:
    found = triples(candidates("Chad has opened its border to refugees fleeing the war in Sudan."))
    assert ("AID", "TCD", "SDN") in found
    found = triples(candidates("Egypt has opened its border to refugees fleeing Sudan."))
    assert ("AID", "EGY", "SDN") in found


def test_args_agent_of_an_act_participle_on_the_object_is_not_its_side(candidates) -> None:
    text = "Putin would pardon the people arrested by the Belarusian police."
    cands = [c for c in candidates(text) if c.type == "CONCEDE"]
    assert cands and all(c.target is None or c.target.country != "BLR" for c in cands)


def test_args_invitation_to_work_together_is_the_joint_act_with_the_invitees(candidates, triples) -> None:
    found = triples(candidates("Jakarta should invite Hanoi and Bangkok to coordinate their naval patrols."))
    assert {("COOPERATE", "IDN", "VNM"), ("COOPERATE", "IDN", "THA")} <= found
    assert not {t for t in found if t[0] == "REQUEST"}
    found = triples(candidates("Jakarta invited Hanoi to send troops."))
    assert ("REQUEST", "IDN", "VNM") in found


def test_args_ultimatum_alternative_is_a_threat_to_the_one_given_it(candidates, triples) -> None:
    found = triples(candidates("Washington told Caracas to release the detainees or face new sanctions."))
    assert ("THREATEN", "USA", "VEN") in found


def test_args_subject_of_a_passive_raising_verb_does_its_infinitive(candidates, triples) -> None:
    found = triples(candidates("The French president is expected to visit Algeria next week."))
    assert ("CONSULT", "FRA", "DZA") in found


def test_args_object_control_through_a_dative(candidates, triples) -> None:
    found = triples(candidates("Kenya gave Somalia a week to withdraw its troops or face sanctions."))
    assert ("THREATEN", "KEN", "SOM") in found


def test_args_pull_back_from_takes_the_phrase_hung_on_the_adverb(candidates, triples) -> None:
    found = triples(candidates("Armenian troops will pull back from Azerbaijan's border."))
    assert ("RETREAT", "ARM", "AZE") in found


def test_args_object_owned_by_a_pronoun_still_gives_its_nested_target(candidates, triples) -> None:
    found = triples(candidates("Ukraine dropped its complaint against Poland."))
    assert ("CONCEDE", "UKR", "POL") in found


def test_args_a_vessel_objects_destination_is_the_target(candidates, triples) -> None:
    found = triples(candidates("Somali pirates attacked ships bound for Kenya."))
    assert ("ASSAULT", "SOM", "KEN") in found
