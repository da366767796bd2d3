"""Dates the parser hangs deep in an object, anchors of "the same day", dates of the occasion an act is
tied to ("In return", "also", a live-blog entry), and datelines that are never anchors. Real pipeline."""

from __future__ import annotations

import pytest

from tidings.extract.dates import date_for, find_dates
from tidings.extract.dates import anchor_date
from tidings.pipeline import read


def _dates(nlp, text: str, etype: str, published: str = "2024-05-10") -> set[str | None]:
    return {e.date for e in read(text, published, nlp=nlp).events if e.type == etype}


def test_dates_deep_in_the_object_date_the_verb(nlp) -> None:
    doc = nlp("Turkish police raided a warehouse owned by a firm linked to a Syrian trader near the port on "
              "Tuesday, officials said.")
    head = next(t for t in doc if t.text == "raided")
    span, _own = date_for(head, find_dates(doc))
    assert span is not None and span.text.endswith("Tuesday")


def test_dates_deep_date_not_taken_through_a_clause_of_its_own(nlp) -> None:
    doc = nlp("Turkish police raided a warehouse that a Syrian trader had rented on Tuesday.")
    head = next(t for t in doc if t.text == "raided")
    assert date_for(head, find_dates(doc))[0] is None


def test_dates_same_day_counts_from_the_first_date_of_the_sentence_before() -> None:
    text = ("Two weeks ago the Dutch premier told parliament that a cyber attack had hit the port of Rotterdam "
            "in March. The Hague summoned the Chinese envoy the same day.")
    start = text.index("the same day")
    assert anchor_date(text, start, 0, "2024-05-10", end=start + 12) == "2024-04-26"


def test_dates_dateline_is_no_anchor() -> None:
    text = "OSLO, May 9, 2024 - Norway met Sweden on Tuesday. A day later the two signed a pact."
    start = text.index("A day later")
    assert anchor_date(text, start, 0, "2024-05-09", end=start + 11) == "2024-05-07"


@pytest.mark.parametrize(
    "text,etype,expected",
    [
        # tied to the act told before it: that act's day
        ("Russia released two Estonian border guards on Wednesday, officials said.\n\nIn return, Estonia "
         "freed a Russian pilot.", "RETREAT", {"2024-05-08"}),
        ("Kenya hosted the Tanzanian president on Monday. The two leaders also signed a trade pact.",
         "AGREE", {"2024-05-06"}),
        # an occasion is a day: a year told before is background, not the occasion
        ("Japan imposed curbs on South Korean chemicals in 2019. South Korea, in turn, dropped its objections "
         "to Japan's bid.", "CONCEDE", {None}),
        # not tied: no date is guessed
        ("Kenya hosted the Tanzanian president on Monday. The two leaders signed a trade pact.",
         "AGREE", {None}),
    ],
)
def test_dates_of_the_occasion(nlp, text: str, etype: str, expected: set[str | None]) -> None:
    assert _dates(nlp, text, etype) == expected


def test_dates_live_blog_entry_is_the_blog_day(nlp) -> None:
    text = ("LIVE: Baltic summit in Riga\n\nThursday 9 May 2024\n\n10:20 - Latvia condemned Russia for "
            "jamming GPS signals over the Baltic Sea.\n\n11:45 - Poland will send engineers to Latvia next "
            "week.\n")
    assert _dates(nlp, text, "ACCUSE", published="2024-05-09") == {"2024-05-09"}


@pytest.mark.parametrize(
    "text,future,expected",
    [
        ("in the spring", True, ("2024", "year")),  # told in December of a planned trip: the next spring
        ("in the spring", False, ("2023", "year")),
        ("next summer", False, ("2024", "year")),
        ("in the autumn of 2021", False, ("2021", "year")),
        ("last winter", False, None),  # spans two years
    ],
)
def test_dates_seasons(text: str, future: bool, expected) -> None:
    from tidings.extract.dates import resolve_date

    assert resolve_date(text, "2023-12-08", future=future) == expected


def test_dates_season_needs_a_lead_word(nlp) -> None:
    assert [s.label_ for s in find_dates(nlp("The fall of the old regime came in the summer of 2011."))] == ["season"]


def test_dates_act_after_a_stretch_counts_back_from_the_main_act(nlp) -> None:
    text = ("OSLO, May 9, 2024 - Norway on Wednesday recalled its envoy from Russia, three days after Russian "
            "jets struck a Norwegian fishing boat.")
    assert _dates(nlp, text, "ASSAULT", published="2024-05-09") == {"2024-05-05"}
    assert _dates(nlp, text, "SANCTION", published="2024-05-09") == {"2024-05-08"}


def test_dates_only_date_under_a_relative_clause_verb(nlp) -> None:
    doc = nlp("Norway, which hosted talks between Colombia and the rebels in 2016, may try again, although "
              "Bogota ended the process in March.")
    head = next(t for t in doc if t.text == "hosted")
    span, _own = date_for(head, find_dates(doc))
    assert span is not None and span.text.endswith("2016")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("before the year is out", ("2024", "year")),
        ("by the end of the month", ("2024-09", "month")),
        ("by year's end", ("2024", "year")),
    ],
)
def test_dates_end_of_period(text: str, expected) -> None:
    from tidings.extract.dates import resolve_date

    assert resolve_date(text, "2024-09-20") == expected


def test_dates_end_of_period_dates_the_clause(nlp) -> None:
    doc = nlp("The African Union should convene talks between the two rivals before the year is out.")
    head = next(t for t in doc if t.text == "convene")
    span, _own = date_for(head, find_dates(doc))
    assert span is not None and span.label_ == "period_end"


def test_dates_years_after_with_no_anchor_count_back_from_publication(nlp) -> None:
    from tidings.extract.dates import resolve_date

    assert resolve_date("Five years after", "2024-09-10", None, inverted=True) == ("2019", "year")
    assert resolve_date("two days after", "2024-09-10", None, inverted=True) is None  # days need the anchor
    text = "Five years after Britain left the European Union, the trade deal has brought few gains."
    assert _dates(nlp, text, "SANCTION", published="2024-09-10") == {"2019"}
