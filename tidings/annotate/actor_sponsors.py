"""A state named as the sponsor or leader of another actor is not that actor: "Iran-backed militias",
"Russian-backed separatists" are not Iran's or Russia's; "the Russian-led alliance" is an alliance (an anaphor
for the organisation named before), not Russia.

Forces led by a state stay that state's ("US-led forces", as the peer gold codes them): only the sponsor words
of ``SPONSOR_WORDS`` and, for "-led", an organisation noun of the anaphor table take the state away.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .actor_parts import Phrase

# "X-backed militias": X pays, arms or backs them, it is not them.
SPONSOR_WORDS = frozenset({"backed", "sponsored", "funded", "financed", "armed", "supported", "trained", "allied", "aligned"})
LEAD_WORDS = frozenset({"led", "dominated"})
STATE_KINDS = frozenset({"NAME", "DEMONYM", "CAPITAL"})
# Marks an anaphor's key with the state said to lead it: "A:alliance@led=RUS" for "the Russian-led alliance".
LED_MARK = "@led="


def _sponsor_word(doc: Doc, end: int) -> str | None:
    """The word after "<country>-" at token ``end`` ("backed" in "Iran-backed"), else None."""
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return None
    return doc[end + 1].lower_


def unsponsor(doc: Doc, phrases: list[Phrase], anaphors: dict[str, object]) -> list[Phrase]:
    """Take the sponsor's country off the actor it backs, and make "the X-led alliance" an anaphor."""
    out: list[Phrase] = []
    for phrase in phrases:
        word = _sponsor_word(doc, phrase.end) if phrase.kind in STATE_KINDS and phrase.entity_type == "COUNTRY" else None
        if word in SPONSOR_WORDS:
            continue  # "Iran-backed" before a name the tables know: the state is no actor here
        if word in LEAD_WORDS and phrase.end + 2 < len(doc):
            noun = doc[phrase.end + 2]
            start = phrase.start - 1 if phrase.start > 0 and doc[phrase.start - 1].lower_ == "the" else phrase.start
            if noun.lower_ in anaphors and "ORGANIZATION" in anaphors[noun.lower_].types:  # type: ignore[attr-defined]
                out.append(Phrase(start, noun.i + 1, "ANAPHOR", "ORGANIZATION", doc[start : noun.i + 1].text,
                                  key=f"A:{noun.lower_}{LED_MARK}{phrase.country or ''}"))
                continue  # "the Russian-led alliance": the alliance led by Russia named before, else a generic IGO
        if phrase.kind == "INSTITUTION" and phrase.country is not None and _sponsored(doc, phrase):
            phrase.country = None  # "Russian-backed separatists": placed where they act, by the resolver
            phrase.key = phrase.key.rsplit("|", 1)[0] + "|" if "|" in phrase.key else phrase.key
        out.append(phrase)
    return out


def _sponsored(doc: Doc, phrase: Phrase) -> bool:
    """Does the institution phrase hold "<country>-<sponsor word>" in front of its noun?"""
    return any(
        tok.text == "-" and not tok.whitespace_ and i > phrase.start and not doc[i - 1].whitespace_
        and i + 1 < phrase.end and doc[i + 1].lower_ in SPONSOR_WORDS
        for i, tok in ((t.i, t) for t in doc[phrase.start : phrase.end])
    )
