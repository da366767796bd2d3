"""The own-side filter of verbal conflict compares known countries only.

"A US official warned that Washington could ..." drops Washington as a target (own side). A first-person
"we" of a post, whose country is only known once the post's author is resolved, must not count as the
same side as a pair whose members are resolved later too: two unknown countries are not equal.
"""

from __future__ import annotations

from tidings.pipeline import read

POST = (
    "Armenia and Azerbaijan exchanged fire along the border on Monday, officials in both capitals said.\n\n"
    "Alarmed by the clashes in the mountains. We call on both sides to stop the shooting and return to talks.\n\n"
    "— UN Office in the Caucasus (@UN_Caucasus) May 1, 2024\n\n"
    "Neither government answered."
)


def test_we_in_a_post_calling_on_both_sides_requests_each_side(nlp) -> None:
    events = read(POST, "2024-05-02", nlp=nlp).events
    requests = {(e.source_country, e.target_country) for e in events if e.type == "REQUEST"}
    assert requests == {("UNO", "ARM"), ("UNO", "AZE")}


def test_own_side_is_still_no_target_of_a_warning(nlp) -> None:
    text = "A senior US official warned on Tuesday that Washington could cut aid to Ethiopia."
    events = read(text, "2024-05-02", nlp=nlp).events
    assert not any(e.type == "THREATEN" and e.target_country == "USA" for e in events)
    assert any(e.type == "THREATEN" and e.target_country == "ETH" for e in events)
