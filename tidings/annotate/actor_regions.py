"""A compass or region word before a country adjective makes a region, not the state: "Latin American
governments", "North American leaders", "the South American bloc" are not the United States' ("South Korean",
"South African" are demonyms of their own in the country table and never reach this check)."""

from __future__ import annotations

from spacy.tokens import Doc

from .actor_parts import Phrase

REGION_WORDS = frozenset(
    "Latin North South East West Central Southeast Southwest Northeast Northwest Northern Southern Eastern Western"
    " Sub-Saharan Pan".split()
)
# Continent adjectives ("American" is also the United States'): after a region word they name a region.
CONTINENT_DEMONYMS = frozenset({"American", "Americans", "African", "Africans", "Asian", "Asians", "European", "Europeans"})


def _regional(doc: Doc, phrase: Phrase) -> bool:
    """Does the phrase take its country from a continent adjective that a region word qualifies?"""
    for tok in doc[max(phrase.start, 1) : phrase.end]:
        if tok.text in CONTINENT_DEMONYMS and doc[tok.i - 1].text in REGION_WORDS:
            return True
    first = doc[phrase.start]
    return phrase.start > 0 and first.text in CONTINENT_DEMONYMS and doc[phrase.start - 1].text in REGION_WORDS


def drop_regions(doc: Doc, phrases: list[Phrase]) -> list[Phrase]:
    """Leave out the country adjectives and the institutions named by a region ("Latin American governments",
    "East African troops": several unnamed states, no actor of one state)."""
    return [
        p for p in phrases
        if not (p.country in (None, "USA") and p.kind in ("DEMONYM", "INSTITUTION") and _regional(doc, p))
    ]
