"""find_quantities and classify_genre on team-written texts."""

from __future__ import annotations

import pytest

from tidings.extract.genre import classify_genre
from tidings.extract.quantities import find_quantities
from tidings.records import Segment
from tidings.segment import segment_text


def _quantities(text):
    return [(q.text, q.value, q.unit) for q in find_quantities(text, [Segment(0, "body", 0, len(text))])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pipeline will run 1,100 km across the plain.", ("1,100 km", 1100.0, "km")),
        ("Egypt bought 1.2 million tons of wheat last year.", ("1.2 million tons of wheat", 1.2e6, "tons of wheat")),
        ("A country of 228 million people votes today.", ("228 million people", 2.28e8, "people")),
        ("The feud lasted 30 years before the truce.", ("30 years", 30.0, "years")),
        ("They waited almost 30 yrs for this.", ("30 yrs", 30.0, "years")),
        ("The loan is worth $4.5 billion in total.", ("$4.5 billion", 4.5e9, "USD")),
        ("Exports rose 12 percent in March.", ("12 percent", 12.0, "percent")),
        ("Exports rose 12% in March.", ("12%", 12.0, "percent")),
        ("The fund holds €40k for each town.", ("€40k", 4e4, "EUR")),
        ("The fleet moved 300 soldiers to the coast.", ("300 soldiers", 300.0, "soldiers")),
        ("Shelling hit four villages overnight.", ("four villages", 4.0, "villages")),
        ("The first 250 Rwandan police officers arrived.", ("250 Rwandan police officers", 250.0, "police officers")),
        ("Guards stopped about 40 armed gunmen.", ("40 armed gunmen", 40.0, "armed gunmen")),
        ("Both sides agreed to a five-day pause.", ("five-day", 5.0, "days")),
        ("Twenty-two ministers signed the text.", ("Twenty-two ministers", 22.0, "ministers")),
        ("Hundreds of thousands of Sudanese fled west.", ("Hundreds of thousands of Sudanese", None, "Sudanese")),
        ("Tens of thousands of Moldovans marched.", ("Tens of thousands of Moldovans", None, "Moldovans")),
        ("Police detained 300 Armenians at the crossing.", ("300 Armenians", 300.0, "Armenians")),
        ("Washington fined two Chinese shipping firms.", ("two Chinese shipping firms", 2.0, "shipping firms")),
        ("Only two Sudanese were found alive.", ("two Sudanese", 2.0, "Sudanese")),
        ("About 300 Armenians fled their homes.", ("300 Armenians", 300.0, "Armenians")),
        ("Two Japanese attacked positions there.", ("Two Japanese", 2.0, "Japanese")),
        ("They talked for one week in Doha.", ("one week", 1.0, "weeks")),
        ("Ottawa withdrew 12 of its diplomats.", ("12 of its diplomats", 12.0, "diplomats")),
        ("Berlin will send three more air defence units.", ("three more air defence units", 3.0, "more air defence units")),
    ],
)
def test_quantities_found_with_value_and_unit(text, expected):
    found = _quantities(text)
    assert found == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The treaty was signed in 1999 and renewed in 2014.",
        "Talks are set for February 23 and March 4.",
        "Both sides met on 23 February in the capital.",
        "Crews drove T-80UD tanks and guarded S-400 batteries.",
        "It was the 23rd round of talks during 2020-2021.",
        "The Taliban 2.0 government has 5 m of new fence.",
        "In 2014 Russian troops entered the peninsula.",
        "The two leaders met, and the three governments agreed.",
        "It is one of the ten most powerful armies.",
    ],
)
def test_quantities_ignore_years_dates_ordinals_models(text):
    assert _quantities(text) == []


def test_quantities_offsets_and_skipped_segments():
    text = "Trade grew 40 percent.\n\nTrade grew by 40 percent this year.\n\nPhoto: 50 km of new road\n"
    segments, _ = segment_text(text)
    found = find_quantities(text, segments)
    assert [text[q.start : q.end] for q in found] == [q.text for q in found]
    # The second paragraph repeats the first and the caption is no body: one amount only.
    assert segments[1].duplicate_of == 0
    assert [(q.text, q.start) for q in found] == [("40 percent", 11)]


@pytest.mark.parametrize(
    ("name", "genre"),
    [("genre_news.txt", "news"), ("genre_opinion.txt", "opinion"), ("genre_analysis.txt", "analysis")],
)
def test_genre_of_fixture_texts(read_input, name, genre):
    text = read_input(name)
    segments, _ = segment_text(text)
    assert classify_genre(text, segments) == genre


def test_genre_disclaimer_turns_a_neutral_text_into_opinion():
    plain = "Chile and Peru agreed on a fishing quota for the coming season.\n"
    segments, _ = segment_text(plain)
    assert classify_genre(plain, segments) == "news"
    signed = plain + "\nThe views of the author do not necessarily reflect the position of the editors.\n"
    segments, _ = segment_text(signed)
    assert segments[-1].kind == "disclaimer"
    assert classify_genre(signed, segments) == "opinion"


def test_genre_seed_article_is_opinion(seed_text):
    segments, _ = segment_text(seed_text)
    assert classify_genre(seed_text, segments) == "opinion"


def test_genre_section_label_and_quoted_speech(read_input):
    column = read_input("dateline_column.txt")
    segments, _ = segment_text(column)
    assert classify_genre(column, segments) == "opinion"
    # Calls to action inside quotes belong to the speaker: the report stays news.
    quoted = (
        "WARSAW, May 3, 2024 - Poland's president urged allies to act, officials said on Friday.\n\n"
        '"We must stop this war and we should do it now," he told reporters in a statement.\n\n'
        "The foreign ministry confirmed the remarks.\n"
    )
    segments, _ = segment_text(quoted)
    assert classify_genre(quoted, segments) == "news"


def test_genre_interview_answers_are_not_the_authors_voice():
    text = (
        "Interview | June 3, 2024\n\n"
        "The Chilean trade minister spoke to us in Santiago about copper and China.\n\n"
        "Q: Will you sign the deal with Beijing?\n\n"
        "A: I hope we sign it this year. We must open new markets and we should not wait for others.\n\n"
        "Q: And Peru?\n\n"
        "A: I think our neighbours will join us. We will talk to Lima next week.\n"
    )
    segments, _ = segment_text(text)
    assert classify_genre(text, segments) == "news"
