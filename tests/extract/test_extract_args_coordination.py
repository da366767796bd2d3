"""Arguments of coordinated prepositions and of spoken acts that someone faces (arguments.py), through the
real pipeline.

All texts are written for these tests.
"""

from __future__ import annotations


def test_args_repeated_preposition_gives_each_object(candidates, triples) -> None:
    found = triples(candidates("The Thai foreign minister spoke by phone with Vietnam's premier and with Laotian officials."))
    assert {("CONSULT", "THA", "VNM"), ("CONSULT", "THA", "LAO")} <= found


def test_args_repeated_preposition_is_not_another_preposition(candidates, triples) -> None:
    # "in" names a venue, not a second party of the call
    found = triples(candidates("The Thai foreign minister spoke with Vietnam's premier and in Laos with reporters."))
    assert ("CONSULT", "THA", "VNM") in found
    assert ("CONSULT", "THA", "LAO") not in found


def test_args_calls_faced_are_aimed_at_the_one_who_faces_them(candidates, triples) -> None:
    found = triples(candidates("Portugal, which has faced repeated calls from Angola to return looted art, said nothing."))
    assert ("REQUEST", "AGO", "PRT") in found


def test_args_criticism_drawn_comes_from_the_from_phrase(candidates, triples) -> None:
    found = triples(candidates("Kenya drew sharp criticism from Uganda over the new tariffs."))
    assert ("ACCUSE", "UGA", "KEN") in found
    assert ("ACCUSE", "KEN", "UGA") not in found


def test_args_list_of_names_hung_on_an_object_is_the_next_verbs_subject(candidates, triples) -> None:
    text = ("Meanwhile Cuba has refused to let inspectors of the agency visit two ports, and Spain, Italy and "
            "Greece have threatened to impose sanctions on Cuba.")
    found = triples(candidates(text))
    assert {("THREATEN", "ESP", "CUB"), ("THREATEN", "ITA", "CUB"), ("THREATEN", "GRC", "CUB")} <= found
    assert not any(t == "REJECT" and target in ("ESP", "ITA", "GRC") for t, _s, target in found)


def test_args_refusal_to_let_someone_in_is_aimed_at_them(candidates, triples) -> None:
    found = triples(candidates("Egypt refused to allow Israeli officials to inspect the crossing."))
    assert ("REJECT", "EGY", "ISR") in found


def test_args_talks_an_invitation_is_for_are_between_invitees_and_inviter(candidates, triples) -> None:
    found = triples(candidates("Norway has invited the Colombian president to Oslo for talks next month."))
    assert ("REQUEST", "NOR", "COL") in found
    assert ("CONSULT", "COL", "NOR") in found


def test_args_verb_after_a_passive_shares_its_subject_not_its_agent(candidates, triples) -> None:
    found = triples(candidates("Peru's defence minister has been indicted by a Chilean court and will resign."))
    assert ("ACCUSE", "CHL", "PER") in found
    assert not any(t == "RETREAT" and s == "CHL" for t, s, _g in found)


def test_args_mediation_effort_between_parties_hung_on_the_verb(candidates, triples) -> None:
    found = triples(candidates("Oman's sultan launched a mediation effort on Monday between Iran and Bahrain."))
    assert {("CONSULT", "OMN", "IRN"), ("CONSULT", "OMN", "BHR")} <= found


def test_args_speaker_does_the_second_verb_hung_on_the_reported_clause(candidates, triples) -> None:
    text = "Brazil said 12 of the 30 sailors were Brazilian citizens and asked Caracas for consular access."
    assert ("REQUEST", "BRA", "VEN") in triples(candidates(text))


def test_args_gerund_of_a_joint_act_between_parties(candidates, triples) -> None:
    found = triples(candidates("Fighting between Chad and Sudan has killed dozens of herders since March."))
    assert ("ASSAULT", "TCD", "SDN") in found


def test_args_finite_verb_hung_on_the_subject_takes_it(candidates) -> None:
    cands = candidates("Senegal, which has close ties with both neighbours, called on them to reopen the border.")
    assert any(c.type == "REQUEST" and c.source is not None and c.source.country == "SEN"
               and c.target is not None and c.target.text == "them" for c in cands)


def test_args_unmarked_it_of_a_reported_readiness_is_the_speaker(nlp) -> None:
    # whether the actor step marks the "it" (then the resolver links it) or not (then the speaker is taken)
    from tidings.pipeline import read

    reading = read("The Chilean foreign ministry said it was ready to send aid to Peru.", published="2024-05-10",
                   nlp=nlp)
    assert any(e.source_country == "CHL" and e.target_country == "PER" for e in reading.events)
