"""Actors placed by "there": "Aid groups there asked the UN for help" are of the place the paragraph just
put the story in ("In north-western Syria, ... Aid groups there ..." -> Syria)."""

from __future__ import annotations

from spacy.tokens import Doc

from .actor_parts import NON_STATE_CODES, Phrase

PLACE_WORDS = frozenset({"in", "inside", "across", "throughout", "near", "at"})
PLACE_KINDS = frozenset({"NAME", "CAPITAL", "PLACE", "DEMONYM"})
THERE = frozenset({"there", "here"})


def _place_before(doc: Doc, phrases: list[Phrase], before: int) -> str | None:
    """The country of the latest place that a locative word puts the story in before token ``before``."""
    for phrase in sorted(phrases, key=lambda p: p.start, reverse=True):
        if phrase.start >= before or phrase.kind not in PLACE_KINDS:
            continue
        if not phrase.country or phrase.country in NON_STATE_CODES:
            continue
        head = doc[phrase.start : phrase.end].root
        word = head.head if head.dep_ == "pobj" else None
        if word is not None and word.lower_ in PLACE_WORDS:
            return phrase.country
    return None


def place_there(doc: Doc, phrases: list[Phrase]) -> None:
    """Give a country-less institution followed by "there" the country of the place named before it."""
    for phrase in phrases:
        if phrase.kind != "INSTITUTION" or phrase.country is not None or phrase.end >= len(doc):
            continue
        if doc[phrase.end].lower_ not in THERE:
            continue
        country = _place_before(doc, phrases, phrase.start)
        if country is not None:
            phrase.country = country
            if phrase.key.endswith("|"):
                phrase.key = f"{phrase.key}{country}"
