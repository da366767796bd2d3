"""Document level: entities, dates, attribution, merging and duplicate segments, through the real pipeline."""

from __future__ import annotations

from dataclasses import replace

from tidings.annotate.actors import mentions_from_doc
from tidings.extract.component import candidates_from_doc
from tidings.extract.finalize import finalize_events
from tidings.pipeline import read
from tidings.records import Segment
from tidings.resolve import resolve_entities

POST_DOC = """The Chilean president met with the Argentine president in Santiago on March 3, 2021.

Observers praised the talks.

Proud to announce that Chile will send aid to Bolivia next week.

— Maria Lopez (@mlopez_cl) March 4, 2021

Two days later, Chile sent aid to Bolivia, the ministry said.
"""


def _events(nlp, text: str, published: str | None = None, etype: str | None = None):
    events = read(text, published, nlp=nlp).events
    return [e for e in events if etype is None or e.type == etype]


def test_finalize_resolves_entities_and_explicit_date(nlp) -> None:
    (event,) = _events(nlp, POST_DOC, etype="CONSULT")
    assert (event.source_country, event.target_country) == ("CHL", "ARG")
    assert event.source_id and event.target_id and event.source_id != event.target_id
    assert (event.date, event.date_precision, event.status) == ("2021-03-03", "day", "occurred")
    assert POST_DOC[event.evidence.start : event.evidence.end] == event.evidence.text


def test_finalize_post_author_and_reported_speaker(nlp) -> None:
    aid = _events(nlp, POST_DOC, etype="AID")
    by_status = {e.status: e for e in aid}
    assert by_status["planned"].attributed_to == "Maria Lopez"
    assert by_status["occurred"].attributed_to != "author"  # "..., the ministry said"


def test_finalize_relative_dates(nlp) -> None:
    (event,) = _events(nlp, "Yesterday Chile sent aid to Bolivia.", "2021-05-10")
    assert (event.date, event.date_precision) == ("2021-05-09", "day")
    events = _events(nlp, "Peru hosted Ecuador on May 2, 2021, and a week later Ecuador hosted Peru.")
    assert sorted(e.date for e in events) == ["2021-05-02", "2021-05-09"]


def test_finalize_range_gives_first_day(nlp) -> None:
    (event,) = _events(nlp, "Italy will host the French president on June 10-12.", "2022-05-01")
    assert (event.date, event.status) == ("2022-06-10", "planned")


def test_finalize_no_date_is_none(nlp) -> None:
    (event,) = _events(nlp, "Sweden donated medicine to Yemen.", "2020-01-01")
    assert event.date is None and event.date_precision is None


def test_finalize_merges_repeated_mentions(nlp) -> None:
    text = "Japan imposed sanctions on Russia in April 2022.\n\nWhen Japan imposed sanctions on Russia, markets fell."
    events = _events(nlp, text, "2022-05-01", "SANCTION")
    assert len(events) == 1
    assert len(events[0].mentions) == 2 and events[0].date == "2022-04"


def test_finalize_keeps_different_claims_apart(nlp) -> None:
    text = "Japan imposed sanctions on Russia in March.\n\nAnalysts expect that Tokyo could soon impose more sanctions on Russia."
    statuses = sorted(e.status for e in _events(nlp, text, "2022-05-01", "SANCTION"))
    assert statuses == ["hypothetical", "occurred"]


def test_finalize_duplicate_segment_is_not_counted_twice(nlp) -> None:
    first = "Now Chile will supply copper to Peru."
    second = "Chile supplies copper to Peru."
    text = first + "\n\n" + second
    segments = (
        Segment(index=0, kind="body", start=0, end=len(first)),
        Segment(index=1, kind="body", start=len(first) + 2, end=len(text), duplicate_of=0),
    )
    cands, mentions = [], []
    for seg, doc in zip(segments, nlp.pipe([first, second])):
        cands += candidates_from_doc(doc, seg.index, seg.start)
        mentions += mentions_from_doc(doc, seg.index, seg.start)
    resolution = resolve_entities(mentions, text)
    events = finalize_events(cands, resolution, segments, (), "2022-01-01", text)
    coop = [e for e in events if e.type == "COOPERATE"]
    assert len(coop) == 1
    assert {m.start for m in coop[0].mentions} == {c.evidence.start for c in cands if c.type == "COOPERATE"}
    # without the duplicate mark the two statements stay two events
    plain = tuple(replace(s, duplicate_of=None) for s in segments)
    events = finalize_events(cands, resolution, plain, (), "2022-01-01", text)
    assert len([e for e in events if e.type == "COOPERATE"]) == 2


def test_finalize_quote_over_paragraphs_is_attributed(nlp) -> None:
    text = "“Mexico will never accept the demands of Guatemala.\n\nWe will keep our position,” writes Ana Ruiz, a columnist."
    events = _events(nlp, text, "2022-01-01")
    assert events and {e.attributed_to for e in events} == {"Ana Ruiz"}
    assert {e.status for e in events} == {"negated"}


def test_finalize_drops_self_directed_country_events(nlp) -> None:
    assert _events(nlp, "Paris praised France.") == []


def test_finalize_ids_are_content_hashes(nlp) -> None:
    a = [e.id for e in _events(nlp, POST_DOC)]
    b = [e.id for e in _events(nlp, POST_DOC)]
    c = [e.id for e in _events(nlp, POST_DOC + "\nA closing line.")]
    assert a == b and len(set(a)) == len(a)
    assert set(a).isdisjoint(c)


def test_finalize_headline_present_tense_is_past(nlp) -> None:
    text = "Kenya expels Ugandan diplomat\n\nKenya expelled a Ugandan diplomat on Monday, the ministry said."
    events = _events(nlp, text, "2023-03-08", "SANCTION")
    assert events and {e.status for e in events} == {"occurred"}
