"""A protest noun that is the purpose of a verb with no object ("gathered for a rally") is done by that
verb's subject."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Thousands of Kenyans were gathering in Nairobi for a rally against the tax bill.",
         ("PROTEST", "KEN")),
        ("Hundreds of Peruvians streamed into Lima for a march against the new mining law.",
         ("PROTEST", "PER")),
    ],
)
def test_purpose_protest_takes_the_subject_as_source(candidates, triples, text: str, expected: tuple) -> None:
    assert expected in {(t, s) for t, s, _ in triples(candidates(text))}
