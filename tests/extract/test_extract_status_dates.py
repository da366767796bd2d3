"""Q3: status of acts stretched over a period, dates that open a period, day words, pronoun owners."""

from __future__ import annotations

import pytest

from tidings.pipeline import read


def _events(text: str, published: str = "2024-05-10"):
    return read(text, published=published).events


@pytest.mark.parametrize(
    "text,etype,status",
    [
        ("Turkey has shelled Kurdish villages in Syria for three years.", "ASSAULT", "ongoing"),
        ("For six weeks Spanish farmers have blocked roads to France.", "PROTEST", "ongoing"),
        ("Chinese coast guard ships have rammed Philippine boats since 2022.", "ASSAULT", "ongoing"),
        # without the period, or in the past, the act is done; a negation stays negated
        ("Turkey has shelled Kurdish villages in Syria.", "ASSAULT", "occurred"),
        ("Turkey shelled Kurdish villages in Syria for three days in 2019.", "ASSAULT", "occurred"),
        ("Turkey has not shelled Syria since March.", "ASSAULT", "negated"),
        # a total counted so far is told as done; "since then" only orders the telling
        ("Iran has shipped more than 4,000 drones to Russia since last spring.", "AID", "occurred"),
        ("Since then Brazil has accused Argentina of fraud.", "ACCUSE", "occurred"),
    ],
)
def test_q3_present_perfect_over_a_period_is_ongoing(text: str, etype: str, status: str) -> None:
    found = {e.status for e in _events(text) if e.type == etype}
    assert found == {status}


def test_q3_since_date_is_not_the_event_date() -> None:
    events = [e for e in _events("Turkish troops have fought Kurdish militias in Syria since 2019.")
              if e.type == "ASSAULT"]
    assert events and all(e.date is None for e in events)
    # an ordinary "in" date still dates the act
    events = [e for e in _events("Turkish troops fought Kurdish militias in Syria in 2019.") if e.type == "ASSAULT"]
    assert events and {e.date for e in events} == {"2019"}


@pytest.mark.parametrize(
    "phrase,expected",
    [("overnight", "2024-05-10"), ("last night", "2024-05-09"), ("this morning", "2024-05-10")],
)
def test_q3_day_words_count_from_publication(phrase: str, expected: str) -> None:
    events = [e for e in _events(f"Russian drones struck a power plant in Kharkiv {phrase}, Ukraine said.")
              if e.type == "ASSAULT"]
    assert events and {e.date for e in events} == {expected}


def test_q3_possessive_pronoun_of_event_noun_is_the_named_subject() -> None:
    events = _events("Chile and Peru strengthened their cooperation on fisheries.")
    assert {(e.type, *sorted((e.source_country, e.target_country))) for e in events} == {
        ("COOPERATE", "CHL", "PER")
    }


def test_q3_later_counts_from_a_month_at_month_precision() -> None:
    text = "In October a court ruled against Serbia. A week later Serbia and Kosovo met in Brussels."
    events = [e for e in _events(text, published="2024-03-01") if e.type == "CONSULT"]
    assert [(e.date, e.date_precision) for e in events] == [("2023-10", "month")]


def test_q3_later_counts_from_a_weekday() -> None:
    text = "Kenya and Uganda met on Monday. Two days later Kenya praised Uganda."
    events = [e for e in _events(text) if e.type == "SUPPORT"]
    assert [e.date for e in events] == ["2024-05-08"]  # Monday 6 May + 2 days


@pytest.mark.parametrize(
    "phrase,expected",
    [("The next day", "2024-03-04"), ("The day before", "2024-03-02"), ("That same day", "2024-03-03")],
)
def test_q3_near_days_count_from_the_anchor(phrase: str, expected: str) -> None:
    text = f"Kenya and Uganda met on March 3, 2024. {phrase} Kenya praised Uganda."
    assert [e.date for e in _events(text) if e.type == "SUPPORT"] == [expected]


def test_q3_near_day_without_an_anchor_is_no_date() -> None:
    assert [e.date for e in _events("Peru expelled a Chilean diplomat the next day.") if e.type == "SANCTION"] == [None]


def test_q3_date_of_a_since_clause_is_not_the_act_date() -> None:
    text = "Syria has not attacked Jordan since a truce took effect last April."
    events = [e for e in _events(text) if e.type == "ASSAULT"]
    assert [(e.status, e.date) for e in events] == [("negated", None)]


def test_q3_a_cancelled_visit_keeps_the_date_it_was_planned_for() -> None:
    text = "The French president on Tuesday postponed a state visit to Algeria planned for early September."
    events = [e for e in _events(text, published="2024-08-22") if e.type == "CONSULT"]
    assert [(e.status, e.date) for e in events] == [("negated", "2024-09")]
