"""infer_published: metadata, posts, announced dates, explicit dates in text."""

from __future__ import annotations

import pytest

from tidings.segment import infer_published, segment_text


def _infer(text, metadata=None):
    segments, posts = segment_text(text)
    return infer_published(text, segments, posts, metadata)


def test_published_metadata_wins(read_input):
    text = read_input("embedded_posts.txt")
    date, evidence = _infer(text, "2024-03-15T08:30:00Z")
    assert date == "2024-03-15" and evidence.method == "metadata"
    date, _ = _infer(text, "15 March 2024")
    assert date == "2024-03-15"


def test_published_newest_post_with_span(read_input):
    text = read_input("embedded_posts.txt")
    date, evidence = _infer(text)
    assert date == "2024-03-13" and evidence.method == "post"
    assert text[evidence.start : evidence.end] == "March 13, 2024" == evidence.text


def test_published_announced_day_picks_the_matching_post():
    text = (
        "The Indian prime minister will land in Tokyo on the morning of June 9 for two days of talks, his office said.\n\n"
        "Ready for the visit, our team is in place\n\n"
        "— Embassy Desk (@embassy_desk) June 9, 2023\n\n"
        "An old note from the archive\n\n"
        "— Archive Bot (@archive_bot) June 20, 2023\n"
    )
    date, evidence = _infer(text)
    assert date == "2023-06-09" and evidence.method == "post"


@pytest.mark.parametrize(
    ("name", "expected", "written"),
    [
        ("dated_body.txt", "2023-05-03", "3 May 2023"),  # the newest past date in the text
        ("dateline_news.txt", "2024-08-14", "Aug. 14, 2024"),  # a dateline wins over a later post
        ("dateline_column.txt", "2024-10-02", "October 2, 2024"),  # a byline date
    ],
)
def test_published_date_written_in_the_text(read_input, name, expected, written):
    text = read_input(name)
    date, evidence = _infer(text)
    assert date == expected and evidence.method == "text"
    assert text[evidence.start : evidence.end] == written == evidence.text


def test_published_none_without_any_date(read_input):
    date, evidence = _infer(read_input("near_miss.txt"))
    assert date is None and evidence.method == "none"


def test_published_seed_article(seed_text):
    date, evidence = _infer(seed_text)
    assert date == "2022-02-23" and evidence.method == "post"


def test_published_short_dated_sentence_is_no_byline():
    text = (
        "The two leaders spoke by phone on May 2, 2023.\n\n"
        "Today the ministers met again in Rome.\n\n"
        "— Rome Desk (@RomeDesk) June 8, 2024\n"
    )
    date, evidence = _infer(text)
    assert date == "2024-06-08" and evidence.method == "post"
