"""I/me are actors only in someone's own words: in a quotation they are its speaker, in an interview answer the
interviewee; the author's own "I" is no actor."""

from __future__ import annotations

from resolve_reading import entity_of, read_mentions


def test_i_in_a_quotation_is_its_speaker(actor_nlp):
    text = "\u201cI will visit Nairobi in May,\u201d said Tanzania\u2019s foreign minister."
    mentions, res = read_mentions(actor_nlp, text)
    minister = entity_of(mentions, res, "Tanzania\u2019s foreign minister")
    assert entity_of(mentions, res, "I") == minister
    assert minister.country == "TZA"


def test_i_in_an_interview_answer_is_the_interviewee(actor_nlp):
    text = (
        "Ghana's finance minister spoke to us in Accra.\n\n"
        "Q: Will you travel soon?\n\n"
        "A: I am flying to Abuja next week, and Lagos bankers have invited me too."
    )
    mentions, res = read_mentions(actor_nlp, text)
    minister = entity_of(mentions, res, "Ghana's finance minister")
    assert entity_of(mentions, res, "I") == minister
    assert entity_of(mentions, res, "me") == minister


def test_the_authors_own_i_is_no_actor(actor_nlp):
    mentions, _ = read_mentions(actor_nlp, "I met the Kenyan ambassador in Paris last week.")
    assert not any(m.text == "I" for m in mentions)
