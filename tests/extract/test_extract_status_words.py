"""The word classes of status_words.tsv load, each with words, and the classes the code reads exist."""

from __future__ import annotations

from tidings.extract.status import WORD_CLASSES, status_words
from tidings.pipeline import read


def test_status_words_every_class_has_words() -> None:
    words = status_words()
    assert set(words) == WORD_CLASSES
    assert all(words[c] for c in WORD_CLASSES)
    assert "despite" in words["given_prep"] and "after" in words["time_point_prep"]


def test_negated_litotes_verb_affirms_the_act(nlp) -> None:
    def statuses(text: str) -> set[tuple[str, str]]:
        return {(e.type, e.status) for e in read(text, "2024-05-02", nlp=nlp).events}

    assert ("ASSAULT", "occurred") in statuses("Israeli troops did not hesitate to fire on the Lebanese border post on Sunday.")
    assert ("THREATEN", "occurred") in statuses("Moscow said on Monday it would not hesitate to strike Ukrainian cities.")
    assert ("SANCTION", "negated") in statuses("Seoul hesitated to impose sanctions on Beijing last year.")


def test_measure_a_lifting_verb_acts_on_is_in_force(nlp) -> None:
    text = "Moscow said it would not rejoin the deal unless the European Union's sanctions on its state bank were lifted."
    events = read(text, "2024-05-02", nlp=nlp).events
    assert ("SANCTION", "EUR", "RUS", "ongoing") in {(e.type, e.source_country, e.target_country, e.status) for e in events}


def test_present_progressive_with_a_time_to_come_is_a_plan(nlp) -> None:
    def statuses(text: str) -> set[tuple[str, str]]:
        return {(e.type, e.status) for e in read(text, "2024-05-02", nlp=nlp).events}

    assert ("CONSULT", "planned") in statuses("The Kenyan trade minister is flying to Delhi next week.")
    assert ("CONSULT", "planned") in statuses("Chile's foreign minister is travelling to Lima tomorrow.")
    # without a time still to come the progressive goes on now
    assert ("CONSULT", "ongoing") in statuses("Chile's foreign minister is travelling to Lima.")


def test_reviewing_ties_or_aid_is_a_sanction_weighed(nlp) -> None:
    def events(text: str) -> set[tuple[str, str | None, str | None, str]]:
        return {(e.type, e.source_country, e.target_country, e.status) for e in read(text, "2024-05-02", nlp=nlp).events}

    assert ("SANCTION", "NLD", "RWA", "hypothetical") in events("The Dutch government is reassessing its cooperation with Rwanda.")
    found = events("Berlin said it would reconsider its military aid to Kigali.")
    assert ("SANCTION", "DEU", "RWA", "hypothetical") in found and not any(e[0] == "AID" for e in found), found
    assert ("SANCTION", "EUR", "BLR", "negated") in events("Brussels has not reviewed its ties with Minsk.")
    assert not events("The commission reviewed the trade figures from Chile.")


def test_what_is_promised_is_still_to_come_but_an_offered_apology_is_made(nlp) -> None:
    def events(text: str) -> set[tuple[str, str | None, str | None, str]]:
        return {(e.type, e.source_country, e.target_country, e.status) for e in read(text, "2024-05-02", nlp=nlp).events}

    assert ("SUPPORT", "FRA", "PSE", "planned") in events("France promised recognition of Palestine.")
    assert ("THREATEN", "RUS", "UKR", "occurred") in events("Moscow vowed to retaliate against Kyiv.")
    assert ("CONCEDE", "JPN", "KOR", "occurred") in events("Tokyo offered an apology to Seoul.")


def test_a_demand_stated_by_a_present_copula_stands(nlp) -> None:
    def statuses(text: str) -> set[tuple[str, str]]:
        return {(e.type, e.status) for e in read(text, "2024-05-02", nlp=nlp).events}

    assert ("REQUEST", "ongoing") in statuses("One of the farmers' main demands is that Paris scrap the trade deal with Brazil.")
    assert ("REQUEST", "ongoing") in statuses("The farmers' main demand is that Paris scrap the trade deal with Brazil.")
