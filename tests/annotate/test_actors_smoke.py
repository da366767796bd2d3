"""First checks of the actor component on sentences written for these tests."""

from __future__ import annotations

from tidings.annotate.actors import SPAN_KEY, mentions_from_doc


def _by_text(doc):
    return {m.text: m for m in doc._.tidings_actors}


def test_actors_title_name_country(actor_nlp):
    doc = actor_nlp("Yesterday Kenyan Foreign Minister Amara Odhiambo flew to Nairobi.")
    found = _by_text(doc)
    person = found["Kenyan Foreign Minister Amara Odhiambo"]
    assert (person.entity_type, person.name, person.country, person.sector) == (
        "PERSON", "Amara Odhiambo", "KEN", "GOV")
    assert found["Nairobi"].country == "KEN"
    assert [s.text for s in doc.spans[SPAN_KEY]] == list(found)


def test_actors_mentions_from_doc_offsets(actor_nlp):
    text = "The Brazilian army moved north."
    doc = actor_nlp(text)
    mentions = mentions_from_doc(doc, segment_index=3, offset=100)
    army = next(m for m in mentions if m.sector == "MIL")
    assert army.segment == 3
    assert ("x" * 100 + text)[army.start : army.end] == army.text == "The Brazilian army"
    assert army.country == "BRA"
