"""Plural pair references: "both countries", "the two sides", "the two leaders".

Such a phrase stands for the two most recent distinct actors of a fitting type. The actor component
emits it as a mention of kind ``PAIR`` whose key names the noun ("2:leaders"); the resolver links it to
two entities (``Resolution.members``), and finalize turns one pair argument into both roles.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from spacy.matcher import Matcher
from spacy.tokens import Doc

from .actor_parts import Phrase

PAIR_KIND = "PAIR"
PAIR_PREFIX = "2:"
_DATA = Path(__file__).resolve().parents[1] / "data" / "actors" / "pairs.tsv"


@lru_cache(maxsize=1)
def pair_nouns() -> dict[str, frozenset[str]]:
    """Plural noun -> entity types its two members may have."""
    with _DATA.open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        next(rows, None)
        return {row[0].strip().lower(): frozenset(row[1].split("|")) for row in rows if len(row) >= 2}


def pair_matcher(vocab: object) -> Matcher:
    """Token patterns: "both (the) NOUN", "the two NOUN" (one lower-case modifier allowed)."""
    nouns = sorted(pair_nouns())
    noun = {"LOWER": {"IN": nouns}}
    mod = {"IS_LOWER": True, "POS": {"IN": ["ADJ", "NOUN"]}}
    matcher = Matcher(vocab)
    matcher.add(
        PAIR_KIND,
        [
            [{"LOWER": "both"}, noun],
            [{"LOWER": "both"}, {"LOWER": "the"}, noun],
            [{"LOWER": "both"}, mod, noun],
            [{"LOWER": "the"}, {"LOWER": "two"}, noun],
            [{"LOWER": "the"}, {"LOWER": "two"}, mod, noun],
        ],
        greedy="LONGEST",
    )
    return matcher


def pair_spans(matcher: Matcher, doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, noun) of each pair phrase that is not a modifier ("the two countries' talks" is kept,
    "both sides' demands" too: the possessor acts; "the two-state solution" never matches)."""
    found = []
    for _, start, end in matcher(doc):
        head = doc[end - 1]
        if head.dep_ in ("compound", "amod") or (end < len(doc) and doc[end].lower_ == "of"):
            continue  # "the two countries team", "both sides of the border"
        found.append((start, end, head.lower_))
    return found


def pair_key(noun: str) -> str:
    return f"{PAIR_PREFIX}{noun}"


def pair_types(key: str) -> frozenset[str]:
    """The entity types a pair mention's key asks for (empty when it is not a pair key)."""
    if not key.startswith(PAIR_PREFIX):
        return frozenset()
    return pair_nouns().get(key[len(PAIR_PREFIX):], frozenset())


# "soldiers from the two armies", "officials of both countries": the members act through the pair.
MEMBER_LINKS = frozenset({"from", "of"})


def absorb_members(doc: Doc, phrases: list[Phrase]) -> list[Phrase]:
    """Merge a country-less institution with the pair after it ("soldiers from the two armies") into one
    pair phrase that starts at the institution, so the institution's act is the pair's."""
    by_end = {p.end: p for p in phrases if p.kind == "INSTITUTION"}
    dropped = set()
    for pair in phrases:
        if pair.kind != PAIR_KIND or pair.start < 2 or doc[pair.start - 1].lower_ not in MEMBER_LINKS:
            continue
        members = by_end.get(pair.start - 1)
        if members is None or members.country is not None or id(members) in dropped:
            continue
        if doc[members.start : members.end].root.head.i != pair.start - 1 and doc[pair.start - 1].head.i not in range(
            members.start, members.end
        ):
            continue  # the link word must attach the pair to the institution
        pair.start = members.start
        dropped.add(id(members))
    return [p for p in phrases if id(p) not in dropped]
