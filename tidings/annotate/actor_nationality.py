"""A person's country from the words around the name: "Jordan's X", "X of Jordan", "the Jordan-born X",
"the Jordanian activist X".

Runs on the finished phrases of a Doc, after appositions, and only fills a person's country when no
other cue gave one.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .actor_parts import Phrase

POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'"})
# How far before the name "born" may stand: "the Jordan-born former envoy X".
BORN_REACH = 4
# How many lower-case words may describe a person between a country adjective and the name.
DESCRIPTOR_REACH = 3


def _country_phrase(phrase: Phrase | None, organisations: bool = False) -> str | None:
    if phrase is None or phrase.country is None:
        return None
    if phrase.entity_type == "COUNTRY" and phrase.kind in ("NAME", "DEMONYM", "CAPITAL"):
        return phrase.country
    if organisations and phrase.entity_type == "ORGANIZATION" and phrase.kind == "NAME":
        return phrase.country
    return None


def place_people(doc: Doc, phrases: list[Phrase]) -> None:
    """Give a country to named people whose nationality the next or previous words state."""
    by_end = {p.end: p for p in phrases}
    by_start = {p.start: p for p in phrases}
    for person in phrases:
        if person.entity_type != "PERSON" or person.kind != "NAME" or person.country is not None:
            continue
        country = None
        before = person.start - 1
        if before > 0 and doc[before].lower_ in POSSESSIVE_MARKS:
            country = _country_phrase(by_end.get(before), organisations=True)  # "Jordan's X", "Hamas's X"
        if country is None and person.end < len(doc) and doc[person.end].lower_ == "of":
            after = person.end + 1
            if after < len(doc) and doc[after].lower_ == "the":
                after += 1
            country = _country_phrase(by_start.get(after))  # "X of Jordan"
        if country is None:
            country = _born_in(doc, person, by_end)
        if country is None:
            country = _described(doc, person, by_end)
        if country is not None:
            person.country = country


def _born_in(doc: Doc, person: Phrase, by_end: dict[int, Phrase]) -> str | None:
    """"the Jordan-born X", "Jordanian-born X": the country before "-born" in the same noun phrase."""
    for j in range(person.end - 1, max(0, person.start - BORN_REACH) - 1, -1):
        if doc[j].lower_ != "born":
            continue
        if j >= 2 and doc[j - 1].text == "-":
            return _country_phrase(by_end.get(j - 1))
        return None
    return None


def _described(doc: Doc, person: Phrase, by_end: dict[int, Phrase]) -> str | None:
    """"the Israeli right-winger X", "Saudi dissident X": a country adjective before the lower-case words
    that describe the person in the same noun phrase."""
    j = person.start
    words = 0
    while j > 0 and words < DESCRIPTOR_REACH:
        tok = doc[j - 1]
        if tok.text == "-" and j >= 2 and not tok.whitespace_:
            j -= 1
            continue
        if not (tok.is_alpha and tok.is_lower and tok.pos_ in ("NOUN", "ADJ") and tok.dep_ in ("compound", "amod", "nmod")):
            break
        j -= 1
        words += 1
    if words == 0:
        return None
    phrase = by_end.get(j)
    if phrase is None or phrase.kind != "DEMONYM" or phrase.entity_type != "COUNTRY":
        return None
    return phrase.country
