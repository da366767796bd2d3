"""Trigger recall and type classes added in the quality wave (sentences written for these tests)."""

from __future__ import annotations

import pytest

CASES = [
    # a promise of revenge or punishment is a threat
    ("Bolivia vowed retaliation against Chile after the incident.", ("THREATEN", "BOL", "CHL")),
    ("Armenia has vowed to punish Azerbaijan for the raid.", ("THREATEN", "ARM", "AZE")),
    # a force act promised on a condition is a threat
    ("Ghana will impose sanctions on Togo if Togo closes the border.", ("THREATEN", "GHA", "TGO")),
    # military goods sent or shipped are aid
    ("Norway will send air-defence missiles to Moldova.", ("AID", "NOR", "MDA")),
    ("Portugal has shipped weapons to Mozambique.", ("AID", "PRT", "MOZ")),
    # lifting or easing a restriction in a place concedes to that place
    ("Kenya lifted the night curfew in Somalia on Friday.", ("CONCEDE", "KEN", "SOM")),
    ("Chile eased its restrictions on Bolivia.", ("CONCEDE", "CHL", "BOL")),
    # accepting demands concedes; phrasal rejections
    ("Peru accepted the demands of Ecuador.", ("CONCEDE", "PER", "ECU")),
    ("Austria ruled out sending troops to Libya.", ("REJECT", "AUT", "LBY")),
    ("Iceland turned down the offer from Norway.", ("REJECT", "ISL", "NOR")),
    # reacting to an act aims at its author
    ("Mexico condemned the raid by Ecuadorian police.", ("ACCUSE", "MEX", "ECU")),
    ("Kenya slammed Uganda for closing the border.", ("ACCUSE", "KEN", "UGA")),
    # withdrawing from a deal through a particle verb is a sanction
    ("Russia pulled out of the grain agreement with Ukraine.", ("SANCTION", "RUS", None)),
    # force build-ups
    ("Israel reinforced its forces in Lebanon.", ("MOBILIZE", "ISR", "LBN")),
    # light verbs with a weapon or attack object
    ("Vietnam launched rocket fire against Cambodia.", ("ASSAULT", "VNM", "KHM")),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_q2_trigger_classes(candidates, triples, text: str, expected: tuple) -> None:
    found = triples(candidates(text))
    etype, source, target = expected
    if target is None:
        assert any(t[0] == etype and t[1] == source for t in found), found
    else:
        assert expected in found, found


def test_q2_promised_aid_is_planned_aid(candidates, triples) -> None:
    cands = candidates("Benin has promised to contribute police officers to Haiti.")
    aid = [c for c in cands if c.type == "AID"]
    assert aid and all(c.status == "planned" for c in aid)
    assert not any(c.type == "AGREE" for c in cands)


def test_q2_warning_takes_target_from_its_content(candidates, triples) -> None:
    cands = candidates("Moscow warned that it would cut gas deliveries to Moldova.")
    assert ("THREATEN", "RUS", "MDA") in triples(cands)
    assert not any(c.type == "SANCTION" for c in cands)  # the warned act is part of the threat


def test_q2_welcoming_a_deal_supports_its_parties(candidates, triples) -> None:
    found = triples(candidates("Germany welcomed the agreement between Ghana and Togo."))
    assert {("SUPPORT", "DEU", "GHA"), ("SUPPORT", "DEU", "TGO")} <= found


def test_q2_strike_by_workers_is_a_protest(candidates) -> None:
    cands = candidates("Dock workers in France went on strike on Monday.")
    assert [c.type for c in cands] == ["PROTEST"]


def test_q2_called_off_strike_not_an_assault(candidates) -> None:
    cands = candidates("The union of Nigeria called off its strike after talks with the government.")
    assert "ASSAULT" not in {c.type for c in cands}


def test_q2_ready_to_act_takes_the_copula_subject(candidates, triples) -> None:
    found = triples(candidates("Tunisia is willing to withdraw its troops from Libya."))
    assert ("AGREE", "TUN", "LBY") in found


def test_q2_promised_troops_are_the_theme_not_the_target(candidates) -> None:
    cands = candidates("Ireland is ready to contribute 500 troops to a peacekeeping force for Lebanon.")
    aid = [c for c in cands if c.type == "AID"]
    assert aid and all(c.target is None or "troops" not in c.target.text for c in aid)


def test_q2_denouncing_repression_accuses_its_author(candidates, triples) -> None:
    assert ("ACCUSE", "CHL", "PER") in triples(candidates("Chile denounced Peru's repression of the strikers."))


@pytest.mark.parametrize(
    "text,expected",
    [
        # a relation or deal object is what is cut or scrapped; the partner hangs off it
        ("Bolivia severed its ties with Paraguay.", ("SANCTION", "BOL", "PRY")),
        ("Guinea scrapped its defence pact with Mali.", ("SANCTION", "GIN", "MLI")),
        # designations, orders, verbal meetings
        ("Canada lists Hezbollah as a terrorist organisation.", ("SANCTION", "CAN", None)),
        ("The Nigerian court ordered Ghana to pay damages.", ("REQUEST", "NGA", "GHA")),
        ("Spain needs to talk to Morocco about migration.", ("CONSULT", "ESP", "MAR")),
        ("Brazil's backing for Bolivia has not wavered.", ("SUPPORT", "BRA", "BOL")),
    ],
)
def test_q2_frames_and_new_lemmas(candidates, triples, text: str, expected: tuple) -> None:
    found = triples(candidates(text))
    etype, source, target = expected
    assert any(t[0] == etype and (source is None or t[1] == source) and (target is None or t[2] == target)
               for t in found), found


def test_q2_joint_drills_are_cooperation(candidates, triples) -> None:
    found = triples(candidates("Chile staged joint drills with Peru on Monday."))
    assert ("COOPERATE", "CHL", "PER") in found
    assert not any(t[0] == "MOBILIZE" for t in found)


def test_q2_two_parties_agreeing_on_exercises_is_no_threat(candidates) -> None:
    cands = candidates("Ghana and Togo have agreed to hold military drills next month.")
    assert {c.type for c in cands} == {"AGREE"}


def test_q2_modifier_frame_is_checked(candidates) -> None:
    cands = candidates("Russia held large military drills near the border with Latvia.")
    assert "COOPERATE" not in {c.type for c in cands}


def test_q2_missile_test_is_mobilize_but_fire_at_is_assault(candidates, triples) -> None:
    test = candidates("Pakistan fired a ballistic missile into the sea on Monday.")
    assert [c.type for c in test] == ["MOBILIZE"]  # "on Monday" is no target preposition
    assert ("ASSAULT", "SYR", "ISR") in triples(candidates("Syria fired rockets at Israel on Friday."))


def test_q2_airspace_probe_is_mobilize(candidates) -> None:
    cands = candidates("Russian jets probed Finnish airspace again.")
    assert {c.type for c in cands} == {"MOBILIZE"}


def test_q2_three_parties_working_together_pair_each_other(candidates, triples) -> None:
    found = triples(candidates("Chile, Peru and Bolivia agreed to cooperate on water."))
    pairs = {frozenset((s, t)) for ty, s, t in found if ty in ("AGREE", "COOPERATE")}
    assert {frozenset(("CHL", "PER")), frozenset(("CHL", "BOL")), frozenset(("PER", "BOL"))} <= pairs


def test_q2_passive_satisfies_object_frame(candidates, triples) -> None:
    assert ("ASSAULT", "ISR", None) in {(t[0], t[1], None) for t in
                                         triples(candidates("Palestinian detainees were beaten by Israeli police."))}


def test_q2_withdrawal_unless_is_a_threat_if_is_a_plan(candidates) -> None:
    threat = candidates("Ghana will withdraw its soldiers from Mali unless Mali holds elections.")
    assert [(c.type, c.status) for c in threat] == [("THREATEN", "occurred")]
    plan = candidates("Ghana will withdraw its soldiers from Mali if Mali holds elections.")
    assert "THREATEN" not in {c.type for c in plan}


def test_q2_refusing_to_accept_gives_no_agreement(candidates) -> None:
    cands = candidates("The president of Taiwan refused to accept the terms.")
    assert "AGREE" not in {c.type for c in cands}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Two hundred Rwandan police officers landed in Mozambique on Friday.", "AID"),
        ("Turkish rescuers arrived in Syria after the earthquake.", "AID"),
        ("Belarusian troops arrived in Russia for the manoeuvres.", "MOBILIZE"),
        ("The Spanish king arrived in Morocco on Monday.", "CONSULT"),
    ],
)
def test_q2_an_arrival_is_typed_by_who_arrives(candidates, text: str, expected: str) -> None:
    assert expected in {c.type for c in candidates(text)}


def test_q2_violence_by_protesters_is_a_protest(candidates) -> None:
    cands = candidates("Protesters stormed the Swedish embassy in Iraq.")
    assert "PROTEST" in {c.type for c in cands}
    assert "ASSAULT" not in {c.type for c in cands}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Moscow announced a cut in oil deliveries to Belarus.", ("SANCTION", "RUS")),
        ("Somali pirates are holding the crew of a Greek tanker.", ("COERCE", "SOM")),
    ],
)
def test_q2_more_lemmas(candidates, triples, text: str, expected: tuple) -> None:
    etype, source = expected
    assert any(t[0] == etype and (source is None or t[1] == source) for t in triples(candidates(text)))


def test_q2_water_cannon_is_crowd_control_assault(candidates) -> None:
    cands = candidates("Serbian police fired water cannon at students in Belgrade.")
    assert [(c.type, c.mode) for c in cands] == [("ASSAULT", "crowd-control")]


def test_q2_demand_voiced_by_a_protest_is_part_of_it(candidates) -> None:
    cands = candidates("Thousands of students in Peru staged demonstrations on Sunday to demand reforms from the government.")
    assert "PROTEST" in {c.type for c in cands}
    assert "REQUEST" not in {c.type for c in cands}


def test_q2_noun_refusal_absorbs_its_complement(candidates) -> None:
    cands = candidates("The refusal of Serbia to accept the plan angered Kosovo.")
    assert "AGREE" not in {c.type for c in cands}


def test_q2_two_sides_clashing_act_against_each_other(candidates, triples) -> None:
    found = triples(candidates("Sudan and Chad clashed along the border on Tuesday."))
    assert {("ASSAULT", "SDN", "TCD"), ("ASSAULT", "TCD", "SDN")} <= found


def test_q2_unordered_mutual_acts_are_paired_once(candidates) -> None:
    cands = candidates("Uruguay and Paraguay met in Asuncion.")
    assert len([c for c in cands if c.type == "CONSULT"]) == 1


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Morocco said Spain would bear the consequences.", ("THREATEN", "MAR", "ESP")),
        ("Turkey warned that Greece will pay a heavy price.", ("THREATEN", "TUR", "GRC")),
        ("The Egyptian minister said Ethiopia would regret the decision.", ("THREATEN", "EGY", "ETH")),
    ],
)
def test_q2_consequence_idioms_threaten_their_subject(candidates, triples, text: str, expected: tuple) -> None:
    assert expected in triples(candidates(text))


def test_q2_consequence_idioms_need_the_future(candidates) -> None:
    assert "THREATEN" not in {c.type for c in candidates("Pakistan paid a heavy price in the war with India.")}


def test_q2_promise_absorbs_a_future_clause_through_plain_verbs(candidates) -> None:
    cands = candidates("The rebels vowed that they would keep targeting ships bound for Yemen.")
    assert [c.type for c in cands] == ["THREATEN"]


def test_q2_warning_targets_the_side_named_in_its_condition(candidates, triples) -> None:
    found = triples(candidates("Egypt warned that it would respond firmly if Ethiopia filled the dam."))
    assert ("THREATEN", "EGY", "ETH") in found


def test_q2_denying_an_act_does_not_target_its_object(candidates, triples) -> None:
    found = triples(candidates("The Kremlin has denied buying any weapons from North Korea."))
    assert not any(t[0] == "REJECT" and t[2] == "PRK" for t in found)
    found = triples(candidates("Hungary denied having asked Austria for money."))
    assert not any(t[0] == "REJECT" and t[2] == "AUT" for t in found)


def test_q2_venue_of_a_meeting_is_not_a_party(candidates, triples) -> None:
    found = triples(candidates("The leaders of Ghana and Togo met on the island of Malta."))
    assert any(t[0] == "CONSULT" and {t[1], t[2]} == {"GHA", "TGO"} for t in found)
    assert not any("MLT" in (t[1], t[2]) for t in found)


def test_q2_summoning_a_charge_d_affaires_is_a_rebuke(candidates, triples) -> None:
    assert ("ACCUSE", "LTU", "BLR") in triples(candidates("Lithuania summoned the Belarusian charge d'affaires."))


def test_q2_evacuating_people_is_aid_evacuating_troops_a_retreat(candidates) -> None:
    assert "AID" in {c.type for c in candidates("Swiss helicopters evacuated the wounded from the Italian town of Bormio.")}
    assert "RETREAT" in {c.type for c in candidates("Turkey evacuated its troops from Syria.")}


def test_q2_jailing_for_a_term_is_a_sentence(candidates, triples) -> None:
    assert ("SANCTION", "IRN", "FRA") in triples(candidates("Iran jailed two French tourists for ten years."))
    assert "COERCE" in {c.type for c in candidates("Police in Kenya jailed dozens of Ugandan protesters.")}


@pytest.mark.parametrize("verb", ["ordered", "asked", "told"])
def test_q2_telling_someone_to_leave_is_an_expulsion(candidates, triples, verb: str) -> None:
    found = triples(candidates(f"Latvia {verb} a Russian diplomat to leave the country."))
    assert ("SANCTION", "LVA", "RUS") in found
    assert not any(t[0] == "REQUEST" for t in found)
