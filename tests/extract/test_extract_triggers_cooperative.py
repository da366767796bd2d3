"""Cooperative trigger classes added in the third quality session, all in sentences written for these tests:
lexicon lines of CONSULT, AGREE, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT and REQUEST, the frame constraints
pred=, noprep=, noobj= and clause=, frame repairs for parser slips, and what absorbs what (demand nouns'
clauses, agreements' purposes, invitations that leave the meeting standing)."""

from __future__ import annotations

import pytest

from tidings.extract.lexicon import _parse_trigger
from tidings.extract.triggers import build_matcher, find_triggers

CASES = [
    # opening infrastructure to a partner is exchange
    ("Peru and Chile should open their road networks to Bolivian trucks.", ("COOPERATE", "PER", "BOL")),
    # sending ambassadors back restores relations
    ("Israel returned its ambassador to Turkey last week.", ("SUPPORT", "ISR", "TUR")),
    ("Ghana and Togo will restore their ambassadors.", ("SUPPORT", "GHA", "TGO")),
    # sending a membership or a treaty to parliament for ratification backs it
    ("Hungary will send Sweden's accession protocol to parliament for ratification.", ("SUPPORT", "HUN", "SWE")),
    # visas offered or issued open travel
    ("Spain will offer work visas to Moroccan farm labourers.", ("COOPERATE", "ESP", "MAR")),
    # a third party convening talks meets each side
    ("The United Nations should convene talks between Ethiopia and Eritrea.", ("CONSULT", "UNO", "ETH")),
    # a deadline for an act demands it
    ("Kenya gave Somalia 48 hours to withdraw its troops.", ("REQUEST", "KEN", "SOM")),
    # a rescue package for a state is aid
    ("The European Union approved a rescue package for Greece.", ("AID", "EUR", "GRC")),
    # shipments to a partner are exchange
    ("Algerian gas shipments to France were flowing normally.", ("COOPERATE", "DZA", "FRA")),
    # meetings by video or phone, sitting down with someone
    ("The Kenyan president sat down with his Ugandan counterpart in Kampala.", ("CONSULT", "KEN", "UGA")),
    ("Chile and Peru held a video call on Monday.", ("CONSULT", "CHL", "PER")),
    ("The Ghanaian foreign minister held a telephone conversation with his Nigerian counterpart.",
     ("CONSULT", "GHA", "NGA")),
    # a commitment reaffirmed backs its beneficiary
    ("Peru reaffirmed its commitment to Ecuador's security.", ("SUPPORT", "PER", "ECU")),
    # undoing or softening a measure concedes
    ("Japan scrapped the export controls on South Korea.", ("CONCEDE", "JPN", "KOR")),
    ("Kenya softened its stance on Ugandan imports.", ("CONCEDE", "KEN", "UGA")),
    ("Chile removed the checkpoints on the border with Peru.", ("CONCEDE", "CHL", "PER")),
    # material help: air drops, shelter, funding, rescuers deployed, grants
    ("Turkey airdropped food to Syrian villages.", ("AID", "TUR", "SYR")),
    ("Jordan sheltered thousands of Syrian refugees.", ("AID", "JOR", "SYR")),
    ("Japan will fund a new hospital in Cambodia.", ("AID", "JPN", "KHM")),
    ("Norway deployed rescue teams to Turkey after the earthquake.", ("AID", "NOR", "TUR")),
    ("Germany approved a $500 million grant for Moldova.", ("AID", "DEU", "MDA")),
    # views exchanged; trade between partners named together or after "with"
    ("Egypt and Sudan exchanged views on the dam.", ("CONSULT", "EGY", "SDN")),
    ("Kazakhstan and China increased trade by 20 percent.", ("COOPERATE", "KAZ", "CHN")),
    ("Japan will boost trade with India.", ("COOPERATE", "JPN", "IND")),
    # money secured or obtained comes from the lender; support given in money is aid; arms deliveries
    ("Egypt secured a $3 billion loan from the IMF.", ("AID", "IGO", "EGY")),
    ("Kenya obtained financing from the World Bank.", ("AID", "IGO", "KEN")),
    ("India supported Bhutan with $500 million in grants.", ("AID", "IND", "BTN")),
    ("Germany will accelerate arms deliveries to Ukraine.", ("AID", "DEU", "UKR")),
    ("Algeria resumed gas deliveries to Spain.", ("COOPERATE", "DZA", "ESP")),
    # heading somewhere, being welcomed to a capital; joint vows; gratitude; suspects handed to a state
    ("The Egyptian foreign minister headed to Khartoum on Sunday.", ("CONSULT", "EGY", "SDN")),
    ("The Turkish president welcomed the Swedish prime minister to Ankara.", ("CONSULT", "TUR", "SWE")),
    ("Vietnam and China vowed to strengthen ties.", ("AGREE", "VNM", "CHN")),
    ("Japan expressed its gratitude to Australia for its help.", ("SUPPORT", "JPN", "AUS")),
    ("Iraq handed over 30 Islamic State suspects to Syria.", ("COOPERATE", "IRQ", "SYR")),
    ("Bolivia allowed Chilean observers to monitor the election.", ("RETREAT", "BOL", "CHL")),
    # normalising or mending relations, rapprochement; reaching out; go-betweens
    ("Turkey and Armenia should normalise relations.", ("SUPPORT", "TUR", "ARM")),
    ("Japan and South Korea mended ties in 2023.", ("SUPPORT", "JPN", "KOR")),
    ("The rapprochement between Turkey and Egypt continued.", ("SUPPORT", "TUR", "EGY")),
    ("Egypt reached out to Iran last month.", ("CONSULT", "EGY", "IRN")),
    ("Norway acted as a go-between for Colombia and the rebels.", ("CONSULT", "NOR", "COL")),
    # event nouns: proposals, congratulations, airlifts, pleas
    ("Chile's proposal to Peru for a joint commission was well received.", ("AGREE", "CHL", "PER")),
    ("Kenya sent congratulations to the new Ugandan president.", ("SUPPORT", "KEN", "UGA")),
    ("A British airlift to Sudan evacuated 2,000 people.", ("AID", "GBR", "SDN")),
    ("Bolivia made a plea to Chile for access to the sea.", ("REQUEST", "BOL", "CHL")),
    # a high commissioner returned; air defences provided
    ("Ottawa should return its high commissioner to New Delhi.", ("SUPPORT", "CAN", "IND")),
    ("Washington should provide Taipei with more air defences.", ("AID", "USA", "TWN")),
    # bowing or caving in to pressure, waiving fees
    ("Ghana bowed to pressure from Nigeria and reopened the border.", ("CONCEDE", "GHA", "NGA")),
    ("India waived visa fees for Sri Lankan tourists.", ("CONCEDE", "IND", "LKA")),
    # troops standing down withdraw
    ("Armenian troops stood down along the border with Azerbaijan.", ("RETREAT", "ARM", "AZE")),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_cooperative_trigger_classes(candidates, triples, text: str, expected: tuple) -> None:
    assert expected in triples(candidates(text))


def test_convened_talks_reach_both_sides(candidates, triples) -> None:
    found = triples(candidates("The United Nations should convene talks between Ethiopia and Eritrea."))
    assert {("CONSULT", "UNO", "ETH"), ("CONSULT", "UNO", "ERI")} <= found


def test_fighting_alongside_is_aid_not_an_attack_on_the_ally(nlp, candidates) -> None:
    text = "Chadian troops have fought alongside Nigerian soldiers since 2020."
    found = {(t.head.text, t.entry.type) for t in find_triggers(nlp(text), build_matcher(nlp.vocab))}
    assert ("fought", "AID") in found
    assert not any(c.type == "ASSAULT" for c in candidates(text))


def test_deadline_to_leave_is_an_expulsion(candidates, triples) -> None:
    found = triples(candidates("Bolivia gave the Chilean consul two days to leave."))
    assert ("SANCTION", "BOL", "CHL") in found
    assert not any(t[0] == "REQUEST" for t in found)


def test_visas_are_not_a_mere_offer(candidates) -> None:
    cands = candidates("Spain will offer work visas to Moroccan farm labourers.")
    assert not any(c.type == "AGREE" for c in cands)


def test_an_offer_of_other_things_stays_an_offer(candidates, triples) -> None:
    assert ("AGREE", "ESP", "MAR") in triples(candidates("Spain offered to host talks with Morocco."))


def test_a_shelved_package_of_sanctions_is_not_aid(candidates) -> None:
    cands = candidates("The European Union prepared a new package of sanctions against Belarus.")
    assert not any(c.type == "AID" for c in cands)


def test_safe_conduct_passes_and_crossings_kept_open_are_access(nlp) -> None:
    matcher = build_matcher(nlp.vocab)
    for text, word in [
        ("Colombia issued safe-conduct passes to the rebel negotiators.", "issued"),
        ("Jordan kept the border crossing open for refugees.", "kept"),
    ]:
        found = {(t.head.text, t.entry.type, t.entry.mode) for t in find_triggers(nlp(text), matcher)}
        assert (word, "RETREAT", "access") in found, (text, found)
    # a crossing kept closed grants nothing
    closed = find_triggers(nlp("Jordan kept the border crossing closed."), matcher)
    assert not any(t.entry.type == "RETREAT" for t in closed)


def test_predicate_frame_is_parsed() -> None:
    entry = _parse_trigger(0, 1, ["keep", "V", "RETREAT", "access", "obj=crossing;pred=open,ajar"])
    assert entry.predicates == frozenset({"open", "ajar"})
    assert entry.objects == frozenset({"crossing"})


def test_a_demand_noun_takes_its_that_clause(nlp) -> None:
    """The parser hangs a demand noun's that-clause on the verb ("renewed its demand that X ..."): the act
    asked for is part of the demand, not an event of its own."""
    found = find_triggers(nlp("The Arab League repeated its demand that Israel lift the blockade of Gaza."),
                          build_matcher(nlp.vocab))
    assert [t.entry.type for t in found] == ["REQUEST"]
    assert [t.head.text for t in found[0].absorbed] == ["lift"]
    # a rejected claim is not a demand: its clause stays with the rejection
    found = find_triggers(nlp("Peru rejected the claim that Chile had attacked its ships."), build_matcher(nlp.vocab))
    assert [t.entry.type for t in found] == ["REJECT"]


def test_a_relative_clause_without_pronoun_has_the_noun_as_object(nlp) -> None:
    """"the tariffs on Togolese cement it had imposed": the clause has no object of its own, so the noun it
    modifies (or the noun whose prepositional phrase it hangs on) satisfies the object frame."""
    matcher = build_matcher(nlp.vocab)
    for text in ("Ghana finally lifted the tariffs on Togolese cement it had imposed in 2019.",
                 "The sanctions Canada imposed on Iran remain in force."):
        found = {(t.head.text, t.entry.type) for t in find_triggers(nlp(text), matcher)}
        assert ("imposed", "SANCTION") in found, (text, found)


def test_deployed_troops_stay_a_build_up(candidates, triples) -> None:
    found = triples(candidates("Norway deployed troops to Lithuania."))
    assert ("MOBILIZE", "NOR", "LTU") in found
    assert not any(t[0] == "AID" for t in found)


def test_standing_down_is_not_standing_with(candidates) -> None:
    assert not any(c.type == "SUPPORT" for c in candidates("Armenian troops stood down along the border with Azerbaijan."))


def test_frame_repairs_for_parser_slips(nlp) -> None:
    """A span of time parsed as an adverb ("gave X two weeks to ..."), a preposition hung on a comparative
    ("open its markets wider to X"), a noun in -ing parsed as a verb ("kept the Adre crossing open")."""
    matcher = build_matcher(nlp.vocab)
    cases = [
        ("Hours later, the African Union gave the army officers two weeks to restore the elected government.",
         "gave", "REQUEST"),
        ("We should open our markets wider to Ghana and Togo.", "open", "COOPERATE"),
        ("Chad should keep the Adre crossing open for aid trucks.", "keep", "RETREAT"),
        ("Hungary completed the ratification of the treaty with Austria.", "ratification", "SUPPORT"),
    ]
    for text, word, etype in cases:
        found = {(t.head.text, t.entry.type) for t in find_triggers(nlp(text), matcher)}
        assert (word, etype) in found, (text, found)
    # a date that merely precedes an infinitive is no deadline
    found = find_triggers(nlp("Peru made a speech last week to mark the anniversary."), matcher)
    assert not any(t.entry.type == "REQUEST" for t in found)


def test_what_an_agreement_is_signed_for_is_part_of_it(nlp, candidates) -> None:
    """"signed an agreement to increase trade": the to-clause (hung on the verb, or on the consumed object)
    is the content of the AGREE, not a COOPERATE of its own."""
    text = "Czechia and Chile signed an agreement on Monday to increase trade."
    found = find_triggers(nlp(text), build_matcher(nlp.vocab))
    assert [t.entry.type for t in found] == ["AGREE"]
    assert not any(c.type == "COOPERATE" for c in candidates(text))


def test_a_lone_mention_of_trade_is_no_event(candidates) -> None:
    assert candidates("Global trade slowed in 2023, Japan said.") == []


def test_a_call_renewed_takes_its_infinitive(nlp) -> None:
    """"renewed his call for X to recognise Y": the parser hangs the infinitive on the verb; it is what the
    call asks for, not a SUPPORT of its own."""
    text = "The president renewed his call for the world to recognise the breakaway province."
    found = find_triggers(nlp(text), build_matcher(nlp.vocab))
    assert [t.entry.type for t in found] == ["REQUEST"]
    assert [t.head.lemma_ for t in found[0].absorbed] == ["recognise"]


def test_hyphenated_patterns_are_split_like_the_tokenizer() -> None:
    entry = _parse_trigger(0, 1, ["safe-conduct", "N", "RETREAT", "access", "-"])
    assert entry.lemmas == ("safe", "-", "conduct")
    assert _parse_trigger(0, 1, ["call on", "V", "REQUEST", "-", "-"]).lemmas == ("call", "on")


def test_safe_conduct_granted_is_access(candidates) -> None:
    cands = candidates("Colombia granted safe-conduct to the rebel negotiators.")
    assert any(c.type == "RETREAT" and c.mode == "access" for c in cands)
    assert not any(c.type == "AID" for c in cands)


def test_hyphenated_people_in_an_object_frame(candidates, triples) -> None:
    assert ("AID", "JOR", "SYR") in triples(candidates("Jordan accepted thousands of asylum-seekers from Syria."))


def test_an_invitation_leaves_the_meeting_standing(nlp) -> None:
    """Team corpus rule: an invitation is a REQUEST, and the meeting it sets is a CONSULT of its own."""
    found = find_triggers(nlp("The African Union has invited both presidents to Addis Ababa for talks next week."),
                          build_matcher(nlp.vocab))
    assert sorted(t.entry.type for t in found) == ["CONSULT", "REQUEST"]
    assert all(not t.absorbed for t in found)
    # other requests still take what they ask for
    found = find_triggers(nlp("Kenya urged Uganda to hold talks on the border."), build_matcher(nlp.vocab))
    assert [t.entry.type for t in found] == ["REQUEST"]


def test_an_aid_worker_released_is_a_release(candidates) -> None:
    cands = candidates("Iran released the detained British-Iranian aid worker.")
    assert any(c.type == "RETREAT" for c in cands)
    assert not any(c.type == "AID" for c in cands)


def test_a_plan_supported_stays_support(candidates, triples) -> None:
    assert ("SUPPORT", "FRA", "MAR") in triples(candidates("France supported Morocco's plan."))


def test_soldiers_handed_back_stay_a_release(candidates, triples) -> None:
    assert ("RETREAT", "KEN", "UGA") in triples(candidates("Kenya handed over the captured Ugandan soldiers to Uganda."))


def test_a_welcomed_return_stays_support(candidates, triples) -> None:
    found = triples(candidates("Armenia welcomed the return of its prisoners from Azerbaijan."))
    assert ("SUPPORT", "ARM", "AZE") in found
    assert not any(t[0] == "CONSULT" for t in found)


def test_trading_one_partner_for_another_is_no_trade(candidates, triples) -> None:
    assert not any(c.type == "COOPERATE" for c in candidates("The juntas traded Paris and Washington for Moscow."))
    assert ("COOPERATE", "IRN", "VEN") in triples(candidates("Iran traded oil with Venezuela."))
    found = triples(candidates("India and Brazil already trade more than $20 billion worth of goods a year."))
    assert ("COOPERATE", "IND", "BRA") in found


def test_barred_preposition_frame_is_parsed() -> None:
    entry = _parse_trigger(0, 1, ["trade", "V", "COOPERATE", "-", "mutual;noprep=for,against"])
    assert entry.barred_preps == frozenset({"for", "against"})


def test_meeting_table_and_shuttle_triggers(nlp) -> None:
    matcher = build_matcher(nlp.vocab)
    for text, word in [("Serbia must return to the negotiating table with Kosovo.", "table"),
                       ("The envoy shuttled between Belgrade and Pristina on Monday.", "shuttled")]:
        found = {(t.head.text, t.entry.type) for t in find_triggers(nlp(text), matcher)}
        assert (word, "CONSULT") in found, (text, found)


def test_a_rejected_proposal_is_one_rejection(candidates, triples) -> None:
    found = triples(candidates("Peru rejected Chile's proposal."))
    assert ("REJECT", "PER", "CHL") in found
    assert not any(t[0] == "AGREE" for t in found)


def test_wanting_another_to_act_is_a_request(candidates, triples) -> None:
    assert ("REQUEST", "IND", "PAK") in triples(candidates("India wants Pakistan to hand over the suspects."))
    # wanting to act oneself is no request
    assert not any(c.type == "REQUEST" for c in candidates("China wants to buy more oil from Russia."))
    assert _parse_trigger(0, 1, ["want", "V", "REQUEST", "-", "clause=to"]).needs_subject_clause


def test_flying_or_heading_to_a_place_is_a_visit_only_without_cargo(candidates, triples) -> None:
    assert ("CONSULT", "SAU", "EGY") in triples(candidates("The Saudi crown prince flew to Cairo on Monday."))
    assert ("CONSULT", "SAU", "IRN") in triples(candidates("The Saudi envoy will head to Tehran next week."))
    assert not any(c.type == "CONSULT" for c in candidates("Peru will head the mission to Haiti."))
    assert not any(c.type == "CONSULT" for c in candidates("Iran flew drones to Russia last year."))
    assert ("AID", "IND", "LKA") in triples(candidates("The Indian navy flew relief supplies to Sri Lanka."))


def test_arriving_at_an_agreement_is_no_visit(candidates, triples) -> None:
    found = triples(candidates("Peru and Ecuador arrived at a settlement in 1998."))
    assert ("AGREE", "PER", "ECU") in found
    assert not any(t[0] == "CONSULT" for t in found)
    assert ("AGREE", "ISR", "PSE") in triples(candidates("Israel and Hamas came to an agreement in Cairo."))
    assert ("CONSULT", "KEN", "UGA") in triples(candidates("The Kenyan president arrived in Kampala on Monday."))


@pytest.mark.parametrize("text", [
    "Hamas released a video of Israeli hostages.",
    "Israel recognised the danger posed by Iran.",
    "Poland hosts 10,000 American troops.",
    "Mexico received a letter from the United States.",
], ids=["released video", "recognised danger", "hosts troops", "received letter"])
def test_barred_objects_rule_out_a_cooperative_reading(candidates, text: str) -> None:
    cooperative = {"CONSULT", "SUPPORT", "RETREAT"}
    assert not any(c.type in cooperative for c in candidates(text)), text


def test_people_released_and_guests_received_still_count(candidates, triples) -> None:
    assert ("RETREAT", "PSE", "ISR") in triples(candidates("Hamas released two Israeli hostages on Friday."))
    assert ("CONSULT", "CHN", "BRA") in triples(candidates("China received the Brazilian president in Beijing."))
    assert ("ACCUSE", "UGA", "KEN") in triples(candidates("Kenya received criticism from Uganda over the decision."))
    assert _parse_trigger(0, 1, ["release", "V", "RETREAT", "-", "noobj=video,report"]).barred_objects == \
        frozenset({"video", "report"})


def test_a_demand_stated_with_a_copula_takes_its_clause(nlp) -> None:
    """"their main demand is that X ...", "one of their demands is that X ...": the clause is the demand's content."""
    matcher = build_matcher(nlp.vocab)
    for text, content in [("Kenya's request was that Uganda withdraw its troops.", "withdraw"),
                          ("One of the strikers' demands is that the government lift the curfew.", "lift")]:
        found = find_triggers(nlp(text), matcher)
        requests = [t for t in found if t.entry.type == "REQUEST"]
        assert requests and [a.head.text for a in requests[0].absorbed] == [content], (text, found)
        assert not any(t.head.text == content for t in found)
