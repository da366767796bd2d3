"""A pronoun stands for the topic (a main-clause subject), not for a person only named inside a quotation the
pronoun is not in, nor for the subject of a subordinate clause."""

from __future__ import annotations

import pytest
from resolve_reading import read_mentions


def _pronoun_entity(mentions, res, word="he"):
    entity = res.entity_for(next(m for m in mentions if m.text == word and m.kind == "PRONOUN"))
    return entity.name if entity is not None else None


@pytest.mark.parametrize(
    "text",
    [
        # a subject inside someone else's quote
        'Kenyan President William Ruto met reporters in Nairobi. "President Lula is a good friend," he said.',
        # the subject of a relative clause inside an apposition
        "Kenyan President William Ruto, whom President Lula never called, said he would travel to Ethiopia.",
        # an object of a fronted clause
        "Kenyan President William Ruto arrived in Addis Ababa. After greeting Prime Minister Abiy Ahmed at "
        "the airport, he accused Sudan of bad faith.",
    ],
)
def test_pronoun_prefers_the_topic(actor_nlp, text):
    mentions, res = read_mentions(actor_nlp, text)
    assert _pronoun_entity(mentions, res) == "William Ruto"


def test_pronoun_inside_the_same_quote_may_take_a_person_of_that_quote(actor_nlp):
    text = (
        "Kenyan President William Ruto spoke in Nairobi on Monday. "
        '"President Luiz Inacio Lula da Silva called me. He offered to send grain," Ruto said.'
    )
    mentions, res = read_mentions(actor_nlp, text)
    assert _pronoun_entity(mentions, res, "He") == "Luiz Inacio Lula da Silva"
