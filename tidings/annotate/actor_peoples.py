"""Actors named by a people that is not one state's nation: "Tuareg rebels", "the Kurds", "Karen guerrillas".

Such a people is never a country. The phrase gets a country only from the text around it: a state adjective
before it ("Iraqi Kurds", "Turkish Kurd refugees") or a place after it ("Kurds in Turkey", "Tamils living in
Canada"). Otherwise the resolver places it where the sentence puts the act, and falls back on the people's home
state (``peoples.tsv``) only when the people lives in one state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..resolve.lexicon import Institution, People
from .actor_parts import Phrase, Piece

if TYPE_CHECKING:
    from .actor_phrases import Composer

PEOPLE_KIND = "DEMONYM"


def peoples(composer: Composer) -> None:
    """Turn every free people piece of the Doc into a group phrase (or leave it when it names no actor)."""
    for piece in composer.pieces:
        if piece.label == "PEOPLE" and composer._free(piece.start, piece.end):
            _people(composer, piece)


def _people(composer: Composer, piece: Piece) -> None:
    doc = composer.doc
    entry: People = piece.value  # type: ignore[assignment]
    start, end = piece.start, piece.end
    ethnic = start > 0 and doc[start - 1].lower_ == "ethnic"
    members = composer._piece_starting(end, ("INST",))
    if members is not None and (
        members.value.type != "GROUP" or not composer._free(members.start, members.end)  # type: ignore[attr-defined]
    ):
        members = None
    if members is None and end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN":
        return  # "the Kurdish language", "Tamil schools": a modifier of a thing, not an actor
    if entry.context and members is None and not ethnic:
        return  # "Karen" alone is more often a first name
    if members is None and doc[end - 1].tag_ not in ("NNPS", "NNS") and not doc[end - 1].text.endswith("s") and not ethnic:
        if doc[end - 1].pos_ == "ADJ" or doc[end - 1].dep_ in ("amod", "compound"):
            return  # an adjective with nothing after it that the tables know
    country = None
    state = composer._piece_ending(start - (1 if ethnic else 0), ("COUNTRY",))
    if state is not None and state.value.kind in ("DEMONYM", "NAME", "SHORT") and (  # type: ignore[attr-defined]
        composer._free(state.start, state.end)
    ):
        country, start = state.value.code, state.start  # type: ignore[attr-defined]  # "Iraqi Kurds"
    elif ethnic:
        start -= 1
    stop = members.end if members is not None else end
    if country is None:
        if stop + 1 < len(doc) and doc[stop].lower_ == "of":
            country = composer._located_in_of(stop)  # "the Kurds of Syria"
        country = country or composer._located_in(stop)  # "Kurds in Turkey", "Tamils living in Canada"
    start = composer._left_det(start)
    text = doc[start:stop].text
    if members is not None:
        inst: Institution = members.value  # type: ignore[assignment]
        key = f"I:{inst.canonical}|{country or ''}"
        composer._take(Phrase(start, stop, "INSTITUTION", "GROUP", text, country, inst.sector, key))
        return
    name = entry.canonical if country is None else doc[start if state is None else state.start : stop].text
    composer._take(Phrase(start, stop, PEOPLE_KIND, "GROUP", name, country, None, f"G:{entry.canonical}|{country or ''}"))
