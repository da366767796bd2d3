"""A person's country from the words around the name: "Jordan's X", "X of Jordan", "the Jordan-born X",
"the Jordanian activist X", and from what an apposition or a copula says of the person ("X, a Danish
national", "X is a citizen of Chile", "X, who is a member of Hamas").

Runs on the finished phrases of a Doc, after appositions, and only fills a person's country when no
other cue gave one.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ..resolve.lexicon import DATA_DIR, _rows
from .actor_parts import Phrase

POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'"})
# How far before the name "born" may stand: "the Jordan-born former envoy X".
BORN_REACH = 4
# How many lower-case words may describe a person between a country adjective and the name.
DESCRIPTOR_REACH = 3
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "WST"})
RELATIVE_SUBJECTS = frozenset({"who", "that"})


@lru_cache(maxsize=1)
def nationality_nouns() -> dict[str, str]:
    """Nouns that state a person's side ("citizen" -> country, "member" -> member), from the data table."""
    return {row["noun"]: row["kind"] for row in _rows(DATA_DIR / "nationality_nouns.tsv")}


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
        if country is None:
            country = _stated(doc, person, by_end)
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


def _descriptions(doc: Doc, person: Phrase) -> list[Token]:
    """The nouns said of the person: "X, a national of ...", "X is a citizen ...", "X, who is a member ..."."""
    root = doc[person.start : person.end].root
    found = [c for c in root.children if c.dep_ == "appos" and c.i >= person.end]
    verbs = []
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        verbs.append(root.head)
    verbs += [
        c for c in root.children
        if c.dep_ == "relcl" and c.lemma_ == "be"
        and any(s.dep_ == "nsubj" and s.lower_ in RELATIVE_SUBJECTS for s in c.children)
    ]
    for verb in verbs:
        found += [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    return [t for t in found if t.pos_ == "NOUN"]


def _stated(doc: Doc, person: Phrase, by_end: dict[int, Phrase]) -> str | None:
    """The person's country from a noun said of them: a demonym on it ("a Yemeni citizen"), or the country or
    organisation after "of" when the noun states a side ("a citizen of Chile", "a member of Hamas")."""
    nouns = nationality_nouns()
    for noun in _descriptions(doc, person):
        kind = nouns.get(noun.lemma_.lower())
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i:
                phrase = by_end.get(child.i + 1)
                if phrase is not None and phrase.kind == "DEMONYM" and phrase.entity_type == "COUNTRY":
                    return phrase.country
                if kind == "member" and phrase is not None:
                    found = _country_phrase(phrase, organisations=True)  # "a Hamas commander"
                    if found is not None and found not in NON_STATE_CODES:
                        return found
            if kind is None or child.dep_ != "prep" or child.lower_ != "of":
                continue
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                phrase = by_end.get(obj.i + 1)
                found = _country_phrase(phrase, organisations=kind == "member")
                if found is not None and found not in NON_STATE_CODES:
                    return found
    return None
