"""Q5: phrasal status verbs ("call off"), announced aid, punctual measures told in the progressive."""

from __future__ import annotations

import pytest


def _found(candidates, text: str) -> set[tuple[str, str | None, str | None, str]]:
    return {
        (c.type, c.source.country if c.source else None, c.target.country if c.target else None, c.status)
        for c in candidates(text)
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Peru called off a planned trip to Chile.", ("CONSULT", "PER", "CHL", "negated")),
        ("Vietnam called off its negotiations with Cambodia.", ("CONSULT", "VNM", "KHM", "negated")),
        ("Ghana has put off the planned visit to Togo.", ("CONSULT", "GHA", "TGO", "negated")),
    ],
)
def test_phrasal_status_verb_negates_its_object(candidates, text: str, expected) -> None:
    found = _found(candidates, text)
    assert expected in found
    # the phrasal verb is no phone call of its own
    assert not any(t == "CONSULT" and s == "occurred" for t, _, _, s in found)


def test_plain_call_is_still_a_phone_call(candidates) -> None:
    found = _found(candidates, "The Finnish president called the Estonian prime minister.")
    assert ("CONSULT", "FIN", "EST", "occurred") in found


def test_call_off_a_strike_stays_a_concession(candidates) -> None:
    found = _found(candidates, "Greek unions called off their strike against the government in Greece.")
    assert any(t == "CONCEDE" for t, *_ in found)


@pytest.mark.parametrize(
    "text,status",
    [
        ("Sweden announced a new aid package for Somalia.", "planned"),
        ("Sweden announced new humanitarian assistance to Somalia.", "planned"),
        ("Sweden delivered humanitarian aid to Somalia.", "occurred"),
    ],
)
def test_announced_aid_is_planned(candidates, text: str, status: str) -> None:
    statuses = {s for t, src, tgt, s in _found(candidates, text) if t == "AID" and (src, tgt) == ("SWE", "SOM")}
    assert statuses == {status}


@pytest.mark.parametrize(
    "text,status",
    [
        ("Lithuania is expelling three Russian diplomats.", "occurred"),
        ("Morocco is recalling its ambassador from Algeria.", "occurred"),
        # other types keep the progressive as ongoing
        ("Sudanese troops are shelling the town near the border with Chad.", None),
    ],
)
def test_progressive_of_a_punctual_measure_is_done(candidates, text: str, status: str | None) -> None:
    found = _found(candidates, text)
    if status is None:
        assert all(s == "ongoing" for t, _, _, s in found if t == "ASSAULT")
        return
    assert {s for t, *_, s in found if t == "SANCTION"} == {status}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Chile called for Bolivia to reopen the border crossing.", ("REQUEST", "CHL", "BOL")),
        ("Austria pressed for Slovenia to hand over the suspects.", ("REQUEST", "AUT", "SVN")),
    ],
)
def test_for_to_clause_names_the_one_asked(candidates, text: str, expected) -> None:
    found = {(t, s, g) for t, s, g, _ in _found(candidates, text)}
    assert expected in found
    # the act asked for is part of the request, not an event of its own
    assert {t for t, *_ in found} == {"REQUEST"}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Serbia denied selling rifles to Armenia.", ("COOPERATE", "SRB", "ARM", "negated")),
        ("Rwanda denied shelling Congolese villages.", ("ASSAULT", "RWA", "COD", "negated")),
        ("Hungary denied having asked Serbia for weapons.", ("REQUEST", "HUN", "SRB", "negated")),
    ],
)
def test_denied_act_is_the_act_negated(candidates, text: str, expected) -> None:
    found = _found(candidates, text)
    assert expected in found
    assert not any(t == expected[0] and s != "negated" for t, _, _, s in found)


def test_denying_a_charge_is_still_a_rejection(candidates) -> None:
    found = _found(candidates, "Egypt denied Ethiopia's accusation.")
    assert ("REJECT", "EGY", "ETH", "occurred") in found


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Cuba sent two hundred doctors and nurses to Angola.", ("AID", "CUB", "AGO", "occurred")),
        ("Ireland has sent water engineers to Lebanon.", ("AID", "IRL", "LBN", "occurred")),
        ("Turkey sent medics to Azerbaijan.", ("AID", "TUR", "AZE", "occurred")),
    ],
)
def test_sending_helpers_is_aid(candidates, text: str, expected) -> None:
    assert expected in _found(candidates, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Hungary pulled out of the grain agreement with Ukraine.", ("SANCTION", "HUN", "UKR", "occurred")),
        ("The United States walked out of the arms accord with Russia.", ("SANCTION", "USA", "RUS", "occurred")),
    ],
)
def test_leaving_a_deal_targets_the_other_party(candidates, text: str, expected) -> None:
    assert expected in _found(candidates, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # with an "of"-object the possessor does the act ...
        ("Estonia's expulsion of two Russian diplomats angered Moscow.", ("SANCTION", "EST", "RUS")),
        ("Iraq's invasion of Kuwait began in 1990.", ("ASSAULT", "IRQ", "KWT")),
        ("The invasion of Kuwait by Iraq began in 1990.", ("ASSAULT", "IRQ", "KWT")),
    ],
)
def test_possessor_with_an_of_object_is_the_doer(candidates, text: str, expected) -> None:
    assert expected in {(t, s, g) for t, s, g, _ in _found(candidates, text)}



def test_small_clause_names_the_target(candidates) -> None:
    found = {(t, s, g) for t, s, g, _ in _found(candidates, "Chad declared Sudan's ambassador persona non grata.")}
    assert ("SANCTION", "TCD", "SDN") in found
