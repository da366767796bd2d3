"""Shared pieces of actor detection: word lists, the Piece and Phrase records, span helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

# Words that may stand before a title without being part of a name.
TITLE_MODIFIERS = frozenset(
    "former ex then deputy acting vice first new outgoing incoming late current interim top "
    "senior chief special permanent caretaker de-facto de facto".split()
)
DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())
# Prepositions that attach an institution, organisation or country to a title or institution.
OF_WORDS = frozenset({"of", "for"})
NAME_POS = frozenset({"PROPN", "NOUN", "X", "ADJ"})
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# Model numbers of weapons and vehicles ("S-400s", "T-80UD", "F-16", "Su-35"), and other names with digits.
WEAPON_RE = re.compile(r"^[A-Za-z]{1,4}-?\d|\d")
NAME_TOKEN_RE = re.compile(r"^[A-Z][\w'\u2019.\-]*$")
COUNTRY_MOD_KINDS = frozenset({"NAME", "SHORT", "DEMONYM", "PEOPLE", "CAPITAL", "SEAT"})
# Country fields that are not states: an organisation with one of these gives no nationality.
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "WST"})
MAX_NAME_TOKENS = 5
MAX_OF_GAP = 8
APPOSITION_GAP = 6
# Words that name an organisation together with its name ("the Houthi movement").
ORG_SUFFIXES = frozenset(
    "movement group party militia organization organisation network faction government regime administration".split()
)
# Means that act for the institution owning them ("coast guard vessels", "army helicopters").
# Institutions that sit in another state: "the embassy in Lima" is not Peru's.
HOSTED_INSTITUTIONS = frozenset({"Embassy", "Embassies", "Consulate"})
# Institution nouns that name an actor only with an owner ("Palestinian leaders", "leaders of the coalition");
# "the leaders" alone points back to people named before.
NEEDS_OWNER = frozenset({"Leaders"})
# Adjectives that say what an actor will or can do: "it was ready to host talks" is an actor, "it is clear that"
# is not.
WILLING_ADJECTIVES = frozenset(
    "ready willing prepared able unable determined committed eager keen open reluctant unwilling set poised".split()
)


def gerund_after(doc: Doc, of: int) -> bool:
    """Is the "of" at token ``of`` followed by a gerund ("accusing the bloc of serving ...")? Then the "of"
    phrase belongs to the verb, even when the parser hangs it on the noun before it."""
    return of + 1 < len(doc) and doc[of + 1].tag_ == "VBG"


# Doers of harm whose "of" phrase names the victim, not their side: "the killer of an American journalist".
VICTIM_OF = frozenset({"Killers", "Kidnappers", "Attackers"})
VEHICLE_NOUNS = frozenset(
    "ships vessels boats aircraft planes jets helicopters drones tanks convoy convoys units bulldozers vehicles"
    " patrols submarines frigates warships gunboats".split()
)
# "police in Kabul", "activists from Fatah", "students throughout Indonesia": where the actor belongs.
LOCATING_WORDS = frozenset({"in", "from", "throughout", "across", "inside"})
APPOSITION_FILLER = frozenset({"DET", "ADJ", "ADV", "NUM", "ADP"})


@dataclass(slots=True)
class Piece:
    """A lexicon match: label is COUNTRY, ORG, INST, TITLE or PEOPLE; value is the table entry."""

    start: int
    end: int
    label: str
    value: object


@dataclass(slots=True)
class Phrase:
    """An actor phrase in token offsets, before it becomes an ActorMention."""

    start: int
    end: int
    kind: str
    entity_type: str
    name: str
    country: str | None = None
    sector: str | None = None
    key: str = ""
    role: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _join_split_names(doc: Doc) -> list[Span]:
    """The model's entities, with a person's name and a surname tagged as a place joined again."""
    ents = list(doc.ents)
    joined: list[Span] = []
    for ent in ents:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and prev.label_ == "PERSON"
            and prev.end == ent.start
            and ent.label_ in ("GPE", "LOC", "ORG", "NORP")
            and len(ent) == 1
            and NAME_TOKEN_RE.match(ent.text)
        ):
            joined[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            continue
        joined.append(ent)
    return joined


def _trim(ent: Span) -> Span | None:
    """The entity without a leading determiner or a trailing possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_ in DETERMINERS:
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "\u2019s", "'") or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def _is_hashtag(span: Span) -> bool:
    doc = span.doc
    return span.text.startswith(("#", "@")) or (
        span.start > 0 and doc[span.start - 1].text in ("#", "@")
    )
