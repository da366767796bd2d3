"""Date expressions: resolution with precision, ranges, relative dates, and the date an event takes."""

from __future__ import annotations

import pytest

from tidings.extract.dates import date_for, find_dates, resolve_date


@pytest.mark.parametrize(
    "text,published,anchor,expected",
    [
        ("March 9, 2019", None, None, ("2019-03-09", "day")),
        ("9 March 2019", None, None, ("2019-03-09", "day")),
        ("2019-03-09", None, None, ("2019-03-09", "day")),
        ("April 4-6", "2020-03-01", None, ("2020-04-04", "day")),
        ("4-6 April 2018", None, None, ("2018-04-04", "day")),
        ("in October 2017", None, None, ("2017-10", "month")),
        ("2004", None, None, ("2004", "year")),
        ("the years 2011-2013", None, None, ("2011", "year")),
        ("yesterday", "2020-03-01", None, ("2020-02-29", "day")),
        ("tomorrow", "2020-12-31", None, ("2021-01-01", "day")),
        ("on Friday", "2024-05-15", None, ("2024-05-10", "day")),  # 15 May 2024 is a Wednesday
        ("last month", "2024-01-15", None, ("2023-12", "month")),
        ("last year", "2024-01-15", None, ("2023", "year")),
        ("two weeks later", "2024-01-15", "2023-06-01", ("2023-06-15", "day")),
        ("three years ago", "2024-01-15", None, ("2021", "year")),
        ("in May", "2024-07-10", None, ("2024-05", "month")),
        ("in November", "2024-03-10", None, ("2023-11", "month")),
    ],
)
def test_dates_resolve(text, published, anchor, expected) -> None:
    assert resolve_date(text, published, anchor) == expected


def test_dates_weekday_of_a_planned_event_looks_forward() -> None:
    assert resolve_date("on Friday", "2024-05-15", future=True) == ("2024-05-17", "day")


@pytest.mark.parametrize("text", ["April 4-6", "yesterday", "last month", "a week later", "nonsense", "on Friday"])
def test_dates_unresolvable_without_reference_is_none(text) -> None:
    assert resolve_date(text, None, None) is None


def test_dates_found_in_doc_and_attached_to_event(nlp) -> None:
    doc = nlp("In 2015 Chile hosted Peru, and on May 3, 2016 Bolivia visited Ecuador.")
    spans = find_dates(doc)
    assert [s.text for s in spans] == ["2015", "May 3, 2016"]
    hosted = next(t for t in doc if t.lower_ == "hosted")
    visited = next(t for t in doc if t.lower_ == "visited")
    assert date_for(hosted, spans)[0].text == "2015"
    assert date_for(visited, spans)[0].text == "May 3, 2016"


def test_dates_numbers_are_not_years(nlp) -> None:
    doc = nlp("Chile sent 2000 tonnes of grain and 1999 doctors to Peru.")
    assert find_dates(doc) == []


def test_dates_datelines_and_modal_may_are_not_dates(nlp) -> None:
    doc = nlp("QUITO, April 7, 2024 - Ecuador may expel the envoy in May.")
    assert [s.text for s in find_dates(doc)] == ["in May"]


def test_dates_relative_clause_date_stays_there(nlp) -> None:
    doc = nlp("Norway freed the spy it had arrested in 2019.")
    freed = next(t for t in doc if t.lower_ == "freed")
    assert date_for(freed, find_dates(doc))[0] is None


@pytest.mark.parametrize(
    "text,expected",
    [
        # a verbless clause under the verb takes the verb's date
        ("Bolivia on Thursday declared Chile's ambassador persona non grata and gave him 48 hours to leave.",
         "2024-05-09"),
        # a clause coordinated after a dated one happened the same day
        ("In Lima, the Chilean ambassador was summoned on Sunday over the arrests, and a protest was held "
         "outside the Chilean embassy by several hundred Peruvians.", "2024-05-05"),
        # a date on the infinitive complement dates the order itself
        ("Uruguay ordered a Paraguayan envoy to leave within two days on Wednesday.", "2024-05-08"),
    ],
)
def test_dates_attached_off_the_clause_chain(nlp, text: str, expected: str) -> None:
    from tidings.pipeline import read

    reading = read(text, published="2024-05-10", nlp=nlp)  # a Friday
    # the act of the last clause, whatever type the lexicon gives it
    last = max(reading.events, key=lambda e: e.evidence.start)
    assert last.date == expected
