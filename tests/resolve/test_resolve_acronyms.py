"""An acronym in brackets right after an organisation's name is the same organisation, there and later."""

from __future__ import annotations

from resolve_reading import read_mentions


def test_a_bracketed_acronym_joins_the_organisation_named_before_it(actor_nlp):
    text = (
        "The Kenyan Union of Nurses (KUN) began a strike on Monday. "
        "Two days later the KUN said it would meet the health ministry."
    )
    mentions, res = read_mentions(actor_nlp, text)
    named = [m for m in mentions if "Union of Nurses" in m.text]
    acronyms = [m for m in mentions if m.text == "KUN"]
    assert named and len(acronyms) == 2
    entity = res.entity_for(named[0])
    assert all(res.entity_for(m) == entity for m in acronyms)
    assert entity.country == "KEN"


def test_an_acronym_in_brackets_after_a_country_stays_apart(actor_nlp):
    text = "Ghana (GH) and the African Union (AU) met in Accra."
    mentions, res = read_mentions(actor_nlp, text)
    au = next(m for m in mentions if m.text == "AU")
    assert res.entity_for(au).name == "African Union"
