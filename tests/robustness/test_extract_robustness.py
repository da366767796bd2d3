"""The full reading (tidings.read) never crashes on hostile text and every offset it gives is valid."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from robust_checks import segment_problems, span_problems
from robust_strategies import document, huge_paragraph, unicode_text
from tidings import read
from tidings.records import PLOVER_TYPES, STATUSES

SETTINGS = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _check_reading(text: str, nlp) -> None:
    reading = read(text, nlp=nlp)
    assert reading.text == text
    assert segment_problems(reading.segments, reading.posts, text) == []
    assert span_problems(reading, text) == []
    for event in reading.events:
        assert event.type in PLOVER_TYPES
        assert event.status in STATUSES
        assert 0.0 <= event.confidence <= 1.0
    for entity in reading.entities:
        assert entity.country is None or len(entity.country) == 3


@SETTINGS
@given(text=document)
def test_read_hostile_documents(text, nlp):
    _check_reading(text, nlp)


@SETTINGS
@given(text=unicode_text)
def test_read_arbitrary_unicode(text, nlp):
    _check_reading(text, nlp)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "\u200b\u200b\u200b",
        "<html><body><p>Spain recalled its ambassador from Venezuela.</p></body></html>",
        "Spain recalled its ambassador\u200b from Venezuela.\u202e On Monday\u202c Caracas protested.",
        "Se\u0301n\u0303or Ortega met the president of Colombia in Bogota\u0301.",
        "\u0627\u0644\u0645\u063a\u0631\u0628 Morocco signed a deal with Algeria. \u05e9\u05dc\u05d5\u05dd",
    ],
)
def test_read_edge_cases(text, nlp):
    _check_reading(text, nlp)


def test_read_huge_paragraph(nlp):
    text = huge_paragraph(200_000)
    _check_reading(text, nlp)
