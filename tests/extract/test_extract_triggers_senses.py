"""Senses of trigger words told apart by their objects, in sentences written for these tests: supplying
equipment (AID) versus supplying weapons or goods (COOPERATE), warnings of a threat (THREATEN) versus warnings
of a famine or a disaster (no event)."""

from __future__ import annotations

import pytest

SUPPLY_AS_AID = [
    "Australia will supply patrol boats to the Fijian navy.",
    "South Korea keeps supplying surveillance radars to Vietnam.",
    "Germany to supply armoured vehicles to the Moldovan army.",
]


@pytest.mark.parametrize("text", SUPPLY_AS_AID)
def test_equipment_supplied_to_a_state_is_aid(candidates, text: str) -> None:
    types = {c.type for c in candidates(text)}
    assert "AID" in types
    assert "COOPERATE" not in types


def test_weapons_or_goods_supplied_stay_exchange(candidates, triples) -> None:
    assert ("COOPERATE", "FRA", "IND") in triples(candidates("France is supplying fighter jets and other weapons to India."))
    assert ("COOPERATE", "QAT", "ITA") in triples(candidates("Qatar supplies gas to Italy."))


def test_supplied_with_arms_is_still_aid(candidates, triples) -> None:
    assert ("AID", "NOR", "POL") in triples(candidates("Norway supplied Poland with tanks."))


WARNINGS_OF_HARDSHIP = [
    "Relief agencies in Jordan warned of starvation in Gaza.",
    "The United Nations warned Israel of a humanitarian catastrophe in Gaza.",
    "Warnings of famine in Yemen by Saudi officials grew louder.",
    "Kenya warned Somalia of a severe drought.",
]


@pytest.mark.parametrize("text", WARNINGS_OF_HARDSHIP)
def test_a_warning_of_hardship_is_no_threat(candidates, text: str) -> None:
    assert not any(c.type == "THREATEN" for c in candidates(text))


def test_a_warning_of_consequences_stays_a_threat(candidates, triples) -> None:
    assert ("THREATEN", "RUS", "FIN") in triples(candidates("Russia warned Finland of grave consequences."))
    assert ("THREATEN", "IRN", "ISR") in triples(candidates("Iran warned Israel against any attack on its ships."))


def _trigger_types(nlp, text: str) -> set[tuple[str, str]]:
    from tidings.extract.triggers import build_matcher, find_triggers

    return {(t.head.lower_, t.entry.type) for t in find_triggers(nlp(text), build_matcher(nlp.vocab))}


STILL_STANDING = [
    "Caracas will not resume talks unless the American sanctions on its oil firm are lifted.",
    "Minsk demanded that the EU's restrictions on its potash exports be eased.",
    "Tokyo has not lifted Japan's curbs on Korean chips.",
]


@pytest.mark.parametrize("text", STILL_STANDING)
def test_a_measure_whose_lifting_is_not_done_still_stands(nlp, text: str) -> None:
    found = _trigger_types(nlp, text)
    assert any(t == "SANCTION" for _, t in found)


def test_measures_lifted_are_gone(nlp) -> None:
    found = _trigger_types(nlp, "The United States lifted its sanctions on Venezuela on Friday.")
    assert ("lifted", "CONCEDE") in found
    assert not any(t == "SANCTION" for _, t in found)
    # with no named imposer the measure is only what the concession is about
    found = _trigger_types(nlp, "Peru would lift the curfew in Lima.")
    assert not any(t in ("SANCTION", "COERCE") for _, t in found)


INTENT_TO_COOPERATE = [
    ("Norway still wants to strengthen cooperation with Iceland on fisheries.", ("AGREE", "NOR", "ISL")),
    ("Chile wants to restore ties with Bolivia.", ("AGREE", "CHL", "BOL")),
    ("Peru intends to meet the Ecuadorian president in Lima.", ("AGREE", "PER", "ECU")),
]


@pytest.mark.parametrize("text,expected", INTENT_TO_COOPERATE, ids=[c[0] for c in INTENT_TO_COOPERATE])
def test_wanting_to_deepen_ties_is_intent_to_cooperate(candidates, triples, text: str, expected: tuple) -> None:
    assert expected in triples(candidates(text))


def test_wanting_other_things_is_no_agreement(candidates, triples) -> None:
    assert not candidates("Iran wants to know what the United States will do.")
    found = triples(candidates("Russia wants Ukraine to withdraw from the border."))
    assert ("REQUEST", "RUS", "UKR") in found
    assert not any(t[0] == "AGREE" for t in found)


@pytest.mark.parametrize("text,expected", [
    ("Chile ought to share its evidence with Peruvian investigators.", ("COOPERATE", "CHL", "PER")),
    ("Kenya shared its findings with Uganda.", ("COOPERATE", "KEN", "UGA")),
])
def test_sharing_evidence_or_findings_is_cooperation(candidates, triples, text: str, expected: tuple) -> None:
    assert expected in triples(candidates(text))


def test_being_met_with_force_is_no_meeting(nlp) -> None:
    found = _trigger_types(nlp, "Any incursion into Bhutan would be met with force, the Indian minister said.")
    assert ("met", "THREATEN") in found
    assert ("met", "CONSULT") not in found
    assert ("meet", "CONSULT") in _trigger_types(nlp, "The Chinese foreign minister will meet with his Indian counterpart.")


def test_not_hesitating_to_strike_is_a_threat(candidates, triples) -> None:
    found = triples(candidates("Russia will not hesitate to strike Ukrainian cities, the Kremlin said."))
    assert ("THREATEN", "RUS", "UKR") in found
    assert not any(t[0] == "ASSAULT" for t in found)


def test_a_purpose_hung_on_the_object_still_frames_the_verb(nlp) -> None:
    # the parser attaches "for ratification" to the bid, not to "send"
    text = "The Croatian president will send Albania's membership bid to the Croatian parliament for ratification."
    found = _trigger_types(nlp, text)
    assert ("send", "SUPPORT") in found
    assert ("ratification", "SUPPORT") not in found


def test_backing_after_with_is_help_of_its_own(nlp) -> None:
    from tidings.extract.triggers import build_matcher, find_triggers

    doc = nlp("Ghana and Togo signed a deal with French support.")
    triggers = find_triggers(doc, build_matcher(nlp.vocab))
    assert ("support", "SUPPORT") in {(t.head.lower_, t.entry.type) for t in triggers}
    assert not any(a.head.lower_ == "support" for t in triggers for a in t.absorbed)
