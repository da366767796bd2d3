"""segment_text never crashes and always returns valid, ordered, non-overlapping segments."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from robust_checks import segment_problems, span_problems
from robust_strategies import document, huge_paragraph, paragraphs, unicode_text
from tidings.segment import infer_published, segment_text

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text: str) -> None:
    segments, posts = segment_text(text)
    assert segment_problems(segments, posts, text) == []
    for seg in segments:
        assert seg.kind in {"title", "body", "post", "caption", "hashtag", "footnote", "disclaimer"}
    published, evidence = infer_published(text, segments, posts, None)
    assert published is None or published[:4].isdigit()
    assert span_problems(evidence, text) == []


@SETTINGS
@given(text=unicode_text)
def test_segment_text_arbitrary_unicode(text):
    _check(text)


@SETTINGS
@given(text=document)
def test_segment_text_hostile_documents(text):
    _check(text)


@SETTINGS
@given(text=paragraphs)
def test_segment_text_empty_paragraphs_and_lone_newlines(text):
    _check(text)


def test_segment_text_huge_paragraph():
    text = huge_paragraph(200_000)
    segments, posts = segment_text(text)
    assert segment_problems(segments, posts, text) == []
    assert segments, "a 200k-character paragraph must still give at least one segment"
    covered = sum(s.end - s.start for s in segments)
    assert covered >= len(text.strip()) * 0.9


def test_segment_text_whitespace_only_gives_no_body():
    for text in ("", "\n", "\n\n\n", " \t \n \u00a0 ", "\u200b\n\u200b"):
        segments, posts = segment_text(text)
        assert segment_problems(segments, posts, text) == []
        assert all(text[s.start:s.end].strip() for s in segments), repr(text)
