"""Q3: argument patterns that used to lose or misplace an actor."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text,expected",
    [
        # a named thing given is not the recipient: the "to" phrase is
        ("Sweden will sell Gripen fighter jets to Thailand.", ("COOPERATE", "SWE", "THA")),
        ("Norway will send NASAMS air defence systems to Ukraine.", ("AID", "NOR", "UKR")),
        # "to" parsed as the dative of the light verb of an event noun
        ("The Dutch government offered a formal apology to Indonesia on Thursday.", ("CONCEDE", "NLD", "IDN")),
    ],
)
def test_q3_recipient_is_the_target(candidates, triples, text: str, expected: tuple) -> None:
    assert expected in triples(candidates(text))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Sweden condemned the abuses in Myanmar.", ("ACCUSE", "SWE", "MMR")),
        ("The Danish minister's criticism of censorship in Iran was sharp.", ("ACCUSE", "DNK", "IRN")),
        ("Chile praised the reforms in Peru.", ("SUPPORT", "CHL", "PER")),
    ],
)
def test_q3_what_is_judged_in_a_place_targets_that_place(candidates, triples, text: str, expected: tuple) -> None:
    assert expected in triples(candidates(text))


def test_q3_the_moved_object_still_targets_without_a_recipient(candidates, triples) -> None:
    # no "to" phrase: the ordinary object stays the target
    assert ("SUPPORT", "CHL", "PER") in triples(candidates("Chile praised Peru."))


def test_q3_where_a_meeting_happens_is_not_a_party(candidates, triples) -> None:
    found = triples(candidates("The Kenyan president and Uganda's leader met on the island of Zanzibar."))
    assert found == {("CONSULT", "KEN", "UGA")}


def test_q3_place_of_a_passive_event_noun_is_its_target(candidates, triples) -> None:
    found = triples(candidates("A rally was held outside the Turkish embassy by thousands of Greeks."))
    assert ("PROTEST", "GRC", "TUR") in found


def test_q3_complaint_targets_what_it_is_about_not_its_audience(candidates, triples) -> None:
    found = triples(candidates("Chile complained to the United Nations on Monday over Bolivian border raids."))
    assert ("ACCUSE", "CHL", "BOL") in found
    # with no other party, the one complained to stays the target
    assert ("ACCUSE", "CHL", "BOL") in triples(candidates("Chile complained to Bolivia."))


def test_q3_subject_of_a_second_clause_misparsed_as_an_object_conjunct(candidates, triples) -> None:
    found = triples(candidates("Peru will release 12 Chilean fishermen and Chile will free three Peruvian sailors."))
    assert ("RETREAT", "PER", "CHL") in found
    assert ("RETREAT", "CHL", "PER") in found
    assert ("RETREAT", "PER", "PER") not in found and ("RETREAT", "CHL", "CHL") not in found


def test_q3_target_behind_a_partitive_object(candidates, triples) -> None:
    found = triples(candidates("Canada suspended part of a military training programme for Mali."))
    assert ("SANCTION", "CAN", "MLI") in found


def test_q3_counted_object_after_up_to(candidates, triples) -> None:
    found = triples(candidates("Somali gunmen have kidnapped up to 12 Kenyan aid workers."))
    assert any(t[0] in ("ASSAULT", "COERCE") and t[2] == "KEN" for t in found)


def test_q3_target_tied_to_the_object_by_a_participle(candidates, triples) -> None:
    assert ("ACCUSE", "AUS", "CHN") in triples(
        candidates("Australia accused hackers linked to the Chinese government of stealing data."))
    assert ("COERCE", "IRN", "GRC") in triples(
        candidates("Iran seized a tanker owned by a firm linked to a Greek shipping family."))


def test_q3_help_without_a_partner_lands_where_it_is_built(candidates, triples) -> None:
    found = triples(candidates("Japan has built railways in Kenya and Tanzania."))
    assert {t for t in found if t[0] == "COOPERATE"} == {("COOPERATE", "JPN", "KEN"), ("COOPERATE", "JPN", "TZA")}


def test_q3_victims_of_no_known_country_give_way_to_the_place(candidates, triples) -> None:
    found = triples(candidates("Soldiers from Mali killed four ethnic Fulani herders in a raid in central Mali."))
    assert ("ASSAULT", "MLI", "MLI") in found
    # victims with a country keep it
    found = triples(candidates("Russian troops shelled Ukrainian positions in a village in Belarus."))
    assert ("ASSAULT", "RUS", "UKR") in found


def test_q3_a_country_beats_a_nameless_thing_taken_for_an_actor(candidates) -> None:
    text = "Turkey's president voiced criticism of racism and Islamophobia in Western countries."
    cands = [c for c in candidates(text) if c.type == "ACCUSE"]
    assert cands and {c.target.text for c in cands if c.target} == {"Western countries"}


def test_q3_a_verb_target_naming_a_country_beats_a_nameless_object(candidates, triples) -> None:
    found = triples(candidates("Chile praised the Artemis Accords with the United States."))
    assert ("SUPPORT", "CHL", "USA") in found
    assert ("SUPPORT", "CHL", None) not in found


def test_q3_a_denied_charge_answers_the_accuser(candidates, triples) -> None:
    found = triples(candidates("Chile accused Bolivia of arming the smugglers, a charge Bolivia denied."))
    assert ("ACCUSE", "CHL", "BOL") in found
    assert ("REJECT", "BOL", "CHL") in found


@pytest.mark.parametrize(
    "text,expected",
    [
        # a place after "along" stands for the target, like one after "near" or "in"
        ("Belarus massed troops along the Polish border.", ("MOBILIZE", "BLR", "POL")),
        ("Chinese warships patrolled along the coast of Vietnam.", ("MOBILIZE", "CHN", "VNM")),
    ],
)
def test_a_place_along_which_forces_gather_is_the_target(candidates, triples, text: str, expected: tuple) -> None:
    assert expected in triples(candidates(text))


def test_a_noun_a_passive_participle_modifies_undergoes_the_act(candidates, triples) -> None:
    # "Lebanese fighters killed by Israeli drones": the fighters are the victims, not where it happened
    found = triples(candidates("Beirut buried the Lebanese fighters killed by Israeli drones near Tyre."))
    assert ("ASSAULT", "ISR", "LBN") in found
    assert not any(etype == "ASSAULT" and src == "LBN" for etype, src, _ in found)


@pytest.mark.parametrize(
    "text,expected,dateline",
    [
        # the city of a dateline is where the story was filed, not a second subject
        ("UNITED NATIONS, June 4 – China vetoed a draft resolution written by Britain.", ("REJECT", "CHN", "GBR"),
         "IGO"),
        # the parser may hang the real subject on the dateline's place: it is still found
        ("KABUL, Feb. 2, 2021 - Pakistani jets bombed villages in Afghanistan on Sunday.", ("ASSAULT", "PAK", "AFG"),
         "AFG"),
    ],
)
def test_a_dateline_is_not_a_subject(candidates, triples, text: str, expected: tuple, dateline: str) -> None:
    found = triples(candidates(text))
    assert expected in found
    assert not any(src == dateline and etype == expected[0] for etype, src, _ in found)


@pytest.mark.parametrize(
    "text,expected",
    [
        # sending or delivering arms to a state is material help (AID)
        ("Denmark keeps sending artillery shells to Ukraine.", ("AID", "DNK", "UKR")),
        ("The Netherlands delivered patrol boats to Ghana.", ("AID", "NLD", "GHA")),
        ("Sweden supplied Estonia with anti-tank rifles.", ("AID", "SWE", "EST")),
        # "supply X to Y" is ambiguous between aid and sale; the seed gold codes a supply of arms as
        # cooperation (a sale), so plain supplies stay COOPERATE
        ("Denmark keeps supplying artillery shells to Ukraine.", ("COOPERATE", "DNK", "UKR")),
        ("Norway supplies gas to Poland.", ("COOPERATE", "NOR", "POL")),
    ],
)
def test_arms_sent_are_aid_and_plain_supplies_cooperation(candidates, triples, text: str, expected: tuple) -> None:
    assert expected in triples(candidates(text))


@pytest.mark.parametrize(
    "text",
    [
        # a headline's reduced passive: the subject was killed, it did not kill
        "Turkish soldiers killed near Aleppo as Ankara recalls envoy",
        "Malian gold miners kidnapped in Niger",
    ],
)
def test_a_headline_reduced_passive_subject_is_not_the_doer(candidates, triples, text: str) -> None:
    found = triples(candidates(text))
    assert not any(etype in ("ASSAULT", "COERCE") and src in ("TUR", "MLI") for etype, src, _ in found)


def test_a_past_verb_with_its_object_keeps_its_subject_as_doer(candidates, triples) -> None:
    assert ("ASSAULT", "TUR", "SYR") in triples(candidates("Turkish drones killed four Syrian soldiers near Aleppo."))
