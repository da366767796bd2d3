"""Crowds counted by the text: "thousands of people", "hundreds of Nigerians", "dozens of students".

The parser makes the quantity word the head ("Thousands ... marched"), so the actor phrase must start there
for the event stage to find it. A crowd of a people ("hundreds of Nigerians") is a group of that country;
"thousands of people" is a civilian group placed later by the resolver (where it acts).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .actor_parts import Phrase

QUANTITY_WORDS = frozenset({"thousands", "hundreds", "dozens", "scores", "millions", "tens"})
CROWD_NOUNS = frozenset({"people", "persons"})
# Kinds of phrase a counted crowd can be made of.
MEMBER_KINDS = frozenset({"DEMONYM", "INSTITUTION"})
MAX_MODIFIERS = 2  # "thousands of angry young people"


def _crowd_noun_start(doc: Doc, pos: int) -> int:
    """Skip "of thousands of" and up to two lower-case modifiers after the "of" at ``pos``."""
    while pos + 2 < len(doc) and doc[pos + 1].lower_ in QUANTITY_WORDS and doc[pos + 2].lower_ == "of":
        pos += 2  # "tens of thousands of people"
    return pos + 1


def crowds(doc: Doc, phrases: list[Phrase], used: set[int]) -> list[Phrase]:
    """Grow member phrases over their quantity word; return new "thousands of people" phrases."""
    by_start = {p.start: p for p in phrases}
    found: list[Phrase] = []
    for tok in doc:
        if tok.lower_ not in QUANTITY_WORDS or tok.i in used or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
            continue
        if tok.i >= 2 and doc[tok.i - 1].lower_ == "of" and doc[tok.i - 2].lower_ in QUANTITY_WORDS:
            continue  # the inner "thousands" of "tens of thousands of"
        pos = _crowd_noun_start(doc, tok.i + 1)
        for _ in range(MAX_MODIFIERS + 1):
            member = by_start.get(pos)
            if member is not None or pos >= len(doc) or doc[pos].lower_ in CROWD_NOUNS:
                break
            if not (doc[pos].is_lower and doc[pos].pos_ in ("ADJ", "VERB", "NOUN") and doc[pos].dep_ in ("amod", "compound")):
                break
            pos += 1
        if member is not None:
            if member.kind not in MEMBER_KINDS or member.entity_type not in ("GROUP", "COUNTRY"):
                continue
            last = doc[member.end - 1]
            if last.pos_ not in ("NOUN", "PROPN") or (last.dep_ in ("amod", "compound", "nmod") and last.head.i >= member.end):
                continue
            if member.end < len(doc) and doc[member.end].lower_ in ("and", "or"):
                continue  # "scores of Sierra Leonean and Liberian refugees": two crowds, each its own actor  # "scores of Sierra Leonean and Liberian refugees": the adjective's share, not the crowd
            if member.kind == "DEMONYM" and member.entity_type == "COUNTRY":
                if doc[member.end - 1].tag_ not in ("NNPS", "NNS") and not doc[member.end - 1].text.endswith("s"):
                    continue  # "hundreds of Kenyan farmers" is the institution's phrase, not the adjective
                member.name = doc[member.start : member.end].text
                member.entity_type, member.sector = "GROUP", "CVL"  # "thousands of Nigerians": people of Nigeria
                member.key = f"G:{member.name}|{member.country or ''}"
            member.start = tok.i
            used.update(range(tok.i, member.end))
        elif pos < len(doc) and doc[pos].lower_ in CROWD_NOUNS:
            found.append(Phrase(tok.i, pos + 1, "INSTITUTION", "GROUP", doc[tok.i : pos + 1].text, None, "CVL",
                                "I:People|"))
            used.update(range(tok.i, pos + 1))
    return found
