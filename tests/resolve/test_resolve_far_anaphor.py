""""the bloc"/"the alliance" named further back than the anaphor reach: the one organisation of that kind the
text named, when there is exactly one; none when two fit."""

from __future__ import annotations

from resolve_reading import entity_of, read_mentions

_FILLER = (
    "Prices of rice rose by a tenth in the capital.\n\n"
    "Farmers blamed the drought for the poor harvest.\n\n"
    "Rain returned to the south in late May.\n\n"
)


def test_the_bloc_far_after_the_one_bloc_named_is_that_bloc(actor_nlp):
    text = "Senegal hosted a summit of ECOWAS in Dakar.\n\n" + _FILLER + "Mali later walked out of the bloc."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "the bloc").name == "ECOWAS"


def test_the_bloc_far_after_two_blocs_stays_open(actor_nlp):
    text = (
        "Senegal hosted a summit of ECOWAS in Dakar, and the African Union sent observers.\n\n"
        + _FILLER + "Mali later walked out of the bloc."
    )
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "the bloc") is None
