"""An anaphor points back to the organisation the text introduced with its noun ("the trade bloc X ... the bloc"),
further back than the usual reach and before a nearer organisation of the same kind."""

from __future__ import annotations

from resolve_reading import entity_of, read_mentions


def test_the_bloc_is_the_one_introduced_as_a_bloc(actor_nlp):
    text = (
        "Canada opened talks with the South American bloc Mercosur in March.\n\n"
        "Farmers protested in Ottawa.\n\n"
        "Officials met in Toronto.\n\n"
        "If the EU hesitates, Japan could deepen its ties with the bloc."
    )
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "the bloc").name == "Mercosur"


def test_an_apposition_after_the_name_introduces_it_too(actor_nlp):
    text = "Peru courted Mercosur, the South American trade bloc, last year. NATO met in May. The bloc later said no."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "The bloc").name == "Mercosur"


def test_without_such_an_introduction_the_nearest_bloc_wins(actor_nlp):
    text = "Peru courted Mercosur last year. The European Union met in May. The bloc later said no."
    mentions, res = read_mentions(actor_nlp, text)
    assert entity_of(mentions, res, "The bloc").name == "European Union"
