"""Q3: document-level merging of headline acts with the body's telling of them."""

from __future__ import annotations

from tidings.pipeline import read

STORY = """Chile expels Bolivian diplomat

SANTIAGO - Chile expelled a Bolivian diplomat on Tuesday after a row over border crossings, the foreign ministry said.

The two countries have argued over water rights for decades.
"""

TWO_ACTS = """Chile expels Bolivian diplomat

SANTIAGO - Chile expelled a Bolivian diplomat in 2019. Chile expelled another Bolivian diplomat on Tuesday.
"""


def test_q3_headline_folds_into_the_body_event() -> None:
    events = [e for e in read(STORY, published="2024-05-10").events if e.type == "SANCTION"]
    assert len(events) == 1
    event = events[0]
    assert (event.source_country, event.target_country, event.status) == ("CHL", "BOL", "occurred")
    assert event.date == "2024-05-07"  # the body's date, Tuesday before publication
    assert len(event.mentions) == 2  # the headline and the body sentence
    assert event.mentions[0].start == 0


def test_q3_distinct_dated_acts_stay_apart() -> None:
    events = [e for e in read(TWO_ACTS, published="2024-05-10").events if e.type == "SANCTION"]
    assert sorted(e.date for e in events) == ["2019", "2024-05-07"]


def test_q3_one_act_told_with_a_participle_is_one_event_with_its_date() -> None:
    text = "On Sunday, rebels from Chad attacked an army base in Niger, killing two soldiers from Niger."
    events = [e for e in read(text, published="2024-05-10").events if e.type == "ASSAULT"]
    assert [(e.source_country, e.target_country, e.date) for e in events] == [("TCD", "NER", "2024-05-05")]
    assert len(events[0].mentions) == 2


def test_q3_acts_against_different_countries_stay_apart() -> None:
    text = "On Sunday, rebels from Chad attacked an army base in Niger and shelled a town in Cameroon."
    events = [e for e in read(text, published="2024-05-10").events if e.type == "ASSAULT"]
    assert {e.target_country for e in events} == {"NER", "CMR"}


def test_q3_a_protest_with_no_target_is_aimed_at_home() -> None:
    events = [e for e in read("Thousands of Chileans marched through Santiago on Saturday.",
                              published="2024-05-10").events if e.type == "PROTEST"]
    assert [(e.source_country, e.target_country, e.target_id) for e in events] == [("CHL", "CHL", None)]
    # a named target is kept
    events = [e for e in read("Chilean farmers protested against Bolivia.", published="2024-05-10").events
              if e.type == "PROTEST"]
    assert [(e.source_country, e.target_country) for e in events] == [("CHL", "BOL")]


def test_q3_a_telling_without_target_folds_into_the_full_one() -> None:
    text = "Russia's navy held large drills around Japan on Friday, sending warships near the islands."
    events = [e for e in read(text, published="2024-05-10").events if e.type == "MOBILIZE"]
    assert [(e.source_country, e.target_country) for e in events] == [("RUS", "JPN")]
