"""First-person plural in a quotation or an embedded post: the side of whoever says it."""

from __future__ import annotations

import pytest
from resolve_reading import read_mentions


def _we(mentions, res, word="We", nth=0):
    found = [m for m in mentions if m.text == word]
    entity = res.entity_for(found[nth])
    return entity.country if entity is not None else None


@pytest.mark.parametrize(
    ("text", "nth", "country"),
    [
        # speaker named after the closing mark
        ('"We will not let our farmers starve," Chilean Foreign Minister Rosa Valdes Ortega said on Monday.', 0, "CHL"),
        # speaker named before the opening mark
        ('A UN spokesman, Oleg Marchenko Vasilyev, said: "We call on both armies to stop the shelling."', 0, "UNO"),
        # the speaker is a pronoun standing for a person named earlier
        ('Kenyan President William Ruto spoke in Nairobi. "We will send our police to help," he said.', 0, "KEN"),
        # a quoted paragraph continues the quote of the paragraph before
        ('"The harbour stays open to all ships," Chilean Foreign Minister Rosa Valdes Ortega said.\n\n'
         '"We expect the same courtesy from our neighbours."', 0, "CHL"),
        # a quoted paragraph right after a paragraph that says who speaks
        ("The Estonian defence minister said the drills would go ahead.\n\n"
         '"We urge Moscow to stay calm, and we will defend every metre of the border."', 1, "EST"),
    ],
)
def test_quoted_we_is_the_speakers_side(actor_nlp, text, nth, country):
    mentions, res = read_mentions(actor_nlp, text)
    word = "we" if nth else "We"
    assert _we(mentions, res, word, 0) == country


def test_we_in_an_embedded_post_is_the_signers_side(actor_nlp):
    text = (
        "Tensions rose on the border on Sunday.\n\n"
        "We ask all our partners to stand by Moldova in these hours.\n\n"
        "\u2014 Government of Moldova (@MoldovaGov) May 4, 2025\n\n"
        "Officials in Kyiv did not comment."
    )
    mentions, res = read_mentions(actor_nlp, text)
    assert _we(mentions, res) == "MDA"


def test_quote_with_no_speaker_anywhere_leaves_we_open(actor_nlp):
    text = (
        "Chilean Foreign Minister Rosa Valdes Ortega visited Lima on Monday.\n\n"
        "Crowds gathered outside the palace.\n\n"
        "Protesters carried banners. \"We want bread and we want work,\" read one of them."
    )
    mentions, res = read_mentions(actor_nlp, text)
    assert _we(mentions, res) is None


def test_unquoted_we_of_a_report_stays_open(actor_nlp):
    text = "Chilean Foreign Minister Rosa Valdes Ortega said on Monday that the border would stay open. We must wait."
    mentions, res = read_mentions(actor_nlp, text)
    assert _we(mentions, res) is None
