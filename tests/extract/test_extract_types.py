"""Every PLOVER type is found, with its source and target, in sentences written for these tests."""

from __future__ import annotations

import pytest

from tidings.records import PLOVER_TYPES

CASES = [
    ("Kenya agreed with Uganda on a new border treaty.", ("AGREE", "KEN", "UGA")),
    ("The Brazilian president visited Argentina last week.", ("CONSULT", "BRA", "ARG")),
    ("Canada praised Mexico for its election reforms.", ("SUPPORT", "CAN", "MEX")),
    ("Japan apologized to South Korea for the incident.", ("CONCEDE", "JPN", "KOR")),
    ("Vietnam exported rice to the Philippines.", ("COOPERATE", "VNM", "PHL")),
    ("Sweden donated medicine to Yemen.", ("AID", "SWE", "YEM")),
    ("Turkey withdrew its troops from Syria.", ("RETREAT", "TUR", "SYR")),
    ("Egypt urged Ethiopia to halt the dam project.", ("REQUEST", "EGY", "ETH")),
    ("Poland accused Belarus of staging the crisis.", ("ACCUSE", "POL", "BLR")),
    ("Iran rejected the proposal from France.", ("REJECT", "IRN", "FRA")),
    ("China threatened Taiwan with military action.", ("THREATEN", "CHN", "TWN")),
    ("Thousands of Kenyans protested against the government of Tanzania.", ("PROTEST", "KEN", "TZA")),
    ("The United States imposed sanctions on Venezuela.", ("SANCTION", "USA", "VEN")),
    ("Russia deployed troops to the border with Ukraine.", ("MOBILIZE", "RUS", "UKR")),
    ("The police of Belarus arrested a Lithuanian journalist.", ("COERCE", "BLR", "LTU")),
    ("Israeli jets bombed Syria.", ("ASSAULT", "ISR", "SYR")),
]


def test_extract_cases_cover_every_plover_type() -> None:
    assert {expected[0] for _, expected in CASES} == set(PLOVER_TYPES)


@pytest.mark.parametrize("text,expected", CASES, ids=[e[0] for _, e in CASES])
def test_extract_type_and_dyad(candidates, triples, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(candidates(text))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Norway's criticism of Russia surprised many.", ("ACCUSE", "NOR", "RUS")),
        ("The meeting between the Indian prime minister and the Japanese prime minister took place in Tokyo.",
         ("CONSULT", "IND", "JPN")),
        ("Denmark expressed support for Estonia.", ("SUPPORT", "DNK", "EST")),
        ("The withdrawal of Ethiopian troops from Somalia began in spring.", ("RETREAT", "ETH", "SOM")),
        ("Austria's phone call to Hungary lasted an hour.", ("CONSULT", "AUT", "HUN")),
    ],
)
def test_extract_event_nouns(candidates, triples, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(candidates(text))


def test_extract_passive_voice_swaps_roles(candidates, triples) -> None:
    found = triples(candidates("Armenia was criticized by Azerbaijan."))
    assert ("ACCUSE", "AZE", "ARM") in found
    assert ("ACCUSE", "ARM", "AZE") not in found


def test_extract_relative_clause_subject(candidates, triples) -> None:
    found = triples(candidates("Ghana hosted the president of Togo, who later travelled to Benin."))
    assert ("CONSULT", "GHA", "TGO") in found
    assert ("CONSULT", "TGO", "BEN") in found


def test_extract_coordinated_subjects_of_an_agreement_are_paired(candidates, triples) -> None:
    found = triples(candidates("Chile and Peru signed a trade agreement."))
    assert ("AGREE", "CHL", "PER") in found
    assert ("AGREE", "CHL", None) not in found


def test_extract_coordinated_sources_share_a_target(candidates, triples) -> None:
    found = triples(candidates("Norway and Denmark condemned Iran."))
    assert {("ACCUSE", "NOR", "IRN"), ("ACCUSE", "DNK", "IRN")} <= found


def test_extract_coordinated_subjects_of_cooperation_are_paired(candidates, triples) -> None:
    found = triples(candidates("Spain and Portugal deepened their cooperation."))
    assert ("COOPERATE", "ESP", "PRT") in found


def test_extract_coordinated_verbs_share_object(candidates) -> None:
    cands = [c for c in candidates("Finland praised and thanked Estonia.") if c.type == "SUPPORT"]
    assert {c.trigger.text for c in cands} == {"praised", "thanked"}
    assert all(c.target is not None and c.target.country == "EST" for c in cands)


def test_extract_no_event_without_participants(candidates) -> None:
    assert candidates("The weather was cold and the talks about football went on for hours.") == []


def test_extract_offsets_are_document_offsets(nlp) -> None:
    from tidings.extract.component import candidates_from_doc

    text = "Sweden donated medicine to Yemen."
    prefix = "Some earlier paragraph.\n\n"
    cands = candidates_from_doc(nlp(text), 3, len(prefix))
    full = prefix + text
    assert cands and all(c.segment == 3 for c in cands)
    for c in cands:
        assert full[c.evidence.start : c.evidence.end] == c.evidence.text
        assert full[c.trigger.start : c.trigger.end] == c.trigger.text
        assert c.source is not None and full[c.source.start : c.source.end] == c.source.text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The rebels of Chad vowed to attack Niger.", ("THREATEN", "TCD", "NER")),
        ("Egypt threatened to end the talks if Sudan builds the dam.", ("THREATEN", "EGY", "SDN")),
        ("Bolivia rejected an offer from Chile.", ("REJECT", "BOL", "CHL")),
    ],
)
def test_extract_governing_triggers(candidates, triples, text: str, expected: tuple[str, str, str]) -> None:
    found = triples(candidates(text))
    assert expected in found
    # the complement is part of the governing event, not an event of its own
    assert {t for t in found if t[0] != expected[0]} == set()


def test_extract_said_must_is_a_request(candidates, triples) -> None:
    cands = candidates("Lithuania said that Belarus must release the detained journalists.")
    assert ("REQUEST", "LTU", "BLR") in triples(cands)
    # the demanded act is part of the demand, not an event of its own (team corpus rule)
    assert not any(c.type == "RETREAT" for c in cands)


def test_extract_coordinated_demonym_modifiers_are_two_actors(candidates, triples) -> None:
    found = triples(candidates("Polish and Ukrainian ministers held talks in Warsaw."))
    assert ("CONSULT", "POL", "UKR") in found


def test_extract_dateline_is_not_a_coordinated_subject(candidates) -> None:
    cands = candidates("LIMA, May 2, 2024 - Peruvian troops attacked a village in Ecuador.")
    assert cands and all(c.source is not None and "LIMA" not in c.source.text for c in cands)
    assert {(c.source.country, c.target.country if c.target else None) for c in cands} == {("PER", "ECU")}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Chinese navy held drills around Taiwan.", ("MOBILIZE", "CHN", "TWN")),
        ("India and France held a joint exercise with their navies.", ("COOPERATE", "IND", "FRA")),
        ("Chinese ships blocked Vietnamese fishing boats.", ("COERCE", "CHN", "VNM")),
    ],
)
def test_extract_exercises_and_blockades(candidates, triples, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(candidates(text))


def test_extract_pledge_of_aid_is_planned_aid(candidates) -> None:
    cands = [c for c in candidates("Qatar pledged humanitarian aid to Lebanon.") if c.type == "AID"]
    assert cands and {c.status for c in cands} == {"planned"}


def test_extract_officials_own_country_is_not_threatened(candidates, triples) -> None:
    found = triples(candidates("A French official warned that France could expel the Malian envoy."))
    assert ("THREATEN", "FRA", "FRA") not in found


def test_extract_scare_quoted_trigger_is_ignored(candidates, triples) -> None:
    assert ("SUPPORT", "PAK", "IND") not in triples(candidates('Pakistan "praised" India, with heavy irony.'))
    assert ("SUPPORT", "PAK", "IND") in triples(candidates("Pakistan praised India."))


def test_extract_offering_an_apology_performs_it(candidates, triples) -> None:
    cands = candidates("The Dutch prime minister offered a formal apology to Indonesia.")
    assert {(c.type, c.status) for c in cands} == {("CONCEDE", "occurred")}
    assert ("CONCEDE", "NLD", "IDN") in triples(cands)


def test_extract_of_chains_reach_the_actor(candidates, triples) -> None:
    found = triples(candidates("Thousands of supporters of the Malian junta rallied outside the French embassy."))
    assert ("PROTEST", "MLI", "FRA") in found


def test_extract_object_of_another_trigger_is_not_an_event(candidates, triples) -> None:
    found = triples(candidates("Iran condemned the strikes on Syria."))
    assert ("ACCUSE", "IRN", "SYR") in found
    assert not any(t[0] == "ASSAULT" for t in found)  # Iran did not strike


def test_extract_only_mutual_acts_pair_conjoined_actors(candidates, triples) -> None:
    assert ("COOPERATE", "CHL", "PER") in triples(candidates("Chile and Peru expanded their trade ties."))
    found = triples(candidates("Chile, Peru and Bolivia provided tents."))
    assert not any(t[0] == "COOPERATE" for t in found)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Algeria withdrew its ambassador to France on Tuesday.", ("SANCTION", "DZA", "FRA")),
        ("Somalia recalled its ambassador from Ethiopia.", ("SANCTION", "SOM", "ETH")),
    ],
)
def test_extract_recalled_envoys(candidates, triples, text: str, expected: tuple[str, str, str]) -> None:
    found = triples(candidates(text))
    assert expected in found and not any(t[0] == "RETREAT" for t in found)
