"""Plural pair references: "both countries", "the two sides", "the two leaders".

Such a phrase stands for the two most recent distinct actors of a fitting type. The actor component
emits it as a mention of kind ``PAIR`` whose key names the noun ("2:leaders"); the resolver links it to
two entities (``Resolution.members``), and finalize turns one pair argument into both roles.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from .actor_parts import Phrase, gerund_after
from .actor_pronouns import EXCLUDE_MARK, NON_STATE_CODES

PAIR_KIND = "PAIR"
PAIR_PREFIX = "2:"
GROUP_SIZES = {"both": 2, "two": 2, "each": 2, "either": 2, "three": 3}
_DATA = Path(__file__).resolve().parents[1] / "data" / "actors" / "pairs.tsv"
_KEY_RE = re.compile(r"^(\d):([a-z]+)")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Links a pair climbs through to reach the verb whose doer acts on it ("urged both countries to ...",
# "hosted talks between the two governments", "looked forward to hosting the two leaders").
_CLIMB_DEPS = frozenset({"dobj", "pobj", "prep", "dative", "iobj", "xcomp", "pcomp", "conj", "acomp", "oprd"})


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[frozenset[str], str, frozenset[str]]]:
    """noun -> (entity types its members may have, "plural" or "single", sectors tried first)."""
    with _DATA.open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        next(rows, None)
        return {
            row[0].strip().lower(): (
                frozenset(row[1].split("|")),
                row[2].strip() if len(row) > 2 else "plural",
                frozenset(row[3].split("|")) if len(row) > 3 and row[3].strip() else frozenset(),
            )
            for row in rows if len(row) >= 2
        }


def pair_nouns() -> dict[str, frozenset[str]]:
    """Noun -> entity types its members may have."""
    return {noun: wants for noun, (wants, _, _) in _table().items()}


def pair_matcher(vocab: object) -> Matcher:
    """Token patterns: "both (the) NOUN", "the two/three NOUN", "all three NOUN" (one modifier
    allowed), "each/either NOUN" for a singular noun ("each side"), and "both" alone as a subject or
    object ("Both said ...", key "2:both")."""
    plural = sorted(n for n, row in _table().items() if row[1] == "plural")
    single = sorted(n for n, row in _table().items() if row[1] == "single")
    noun = {"LOWER": {"IN": plural}}
    # one modifier: "the two nuclear powers", "the two NATO allies", "the two Asian giants"
    mod = {"POS": {"IN": ["ADJ", "NOUN", "PROPN"]}, "IS_PUNCT": False}
    matcher = Matcher(vocab)
    matcher.add(
        PAIR_KIND,
        [
            [{"LOWER": "both"}, noun],
            [{"LOWER": "both"}, {"LOWER": "the"}, noun],
            [{"LOWER": "both"}, mod, noun],
            [{"LOWER": "the"}, {"LOWER": {"IN": ["two", "three"]}}, noun],
            [{"LOWER": "the"}, {"LOWER": {"IN": ["two", "three"]}}, mod, noun],
            [{"LOWER": "all"}, {"LOWER": "three"}, noun],
            [{"LOWER": {"IN": ["each", "either"]}}, {"LOWER": {"IN": single}}],
            # "both" standing alone for two actors named before: "Both said ...", "urged both to ..."
            [{"LOWER": "both", "POS": "PRON", "DEP": {"IN": ["nsubj", "nsubjpass", "dobj", "pobj", "dative"]}}],
        ],
        greedy="LONGEST",
    )
    return matcher


def pair_spans(matcher: Matcher, doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, key) of each pair phrase that is not a modifier ("the two countries' talks" is kept,
    "both sides' demands" too: the possessor acts; "the two-state solution" never matches). The key names
    the number of members and the noun: "2:countries", "3:governments"."""
    found = []
    for _, start, end in matcher(doc):
        head = doc[end - 1]
        if head.dep_ in ("compound", "amod") or (end < len(doc) and doc[end].lower_ == "of" and not gerund_after(doc, end)):
            continue  # "the two countries team", "both sides of the border" ("accused both sides of lying" is kept)
        if end - start == 1 and head.lower_ == "both" and (end < len(doc) and doc[end].lower_ in ("of", "sides")):
            continue  # "both of them" (the pronoun after it is the actor)
        size = next((GROUP_SIZES[t.lower_] for t in doc[start:end] if t.lower_ in GROUP_SIZES), 2)
        found.append((start, end, f"{size}:{head.lower_}"))
    return found


def pair_key(noun: str, size: int = 2) -> str:
    return f"{size}:{noun}"


def pair_size(key: str) -> int:
    """How many members a pair or group key asks for (0 when it is no pair key)."""
    match = _KEY_RE.match(key)
    return int(match.group(1)) if match else 0


def pair_types(key: str) -> frozenset[str]:
    """The entity types a pair mention's key asks for (empty when it is not a pair key)."""
    match = _KEY_RE.match(key)
    if match is None:
        return frozenset()
    return pair_nouns().get(match.group(2), frozenset())


def pair_sectors(key: str) -> frozenset[str]:
    """The sectors a pair's members are first looked for in ("the two forces": armed actors), else empty."""
    match = _KEY_RE.match(key)
    row = _table().get(match.group(2)) if match else None
    return row[2] if row else frozenset()


def pair_doers(doc: Doc, start: int, end: int) -> set[int]:
    """Tokens of the actor that acts on a pair ("Moscow urged both countries", "Oman, which hosted talks
    between the two governments", "he looked forward to hosting the two leaders"): never one of its members.
    Empty when the pair is itself the subject, or sits inside the subject."""
    token = doc[start:end].root
    if token.dep_ == "nsubjpass":  # "both countries were urged by Moscow"
        return {g.i for c in token.head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"}
    for _ in range(12):
        if token.dep_ in SUBJECT_DEPS or token.dep_ == "poss":
            return set()  # "talks between the two governments began": the pair is part of the doer
        head = token.head
        if head.i == token.i:
            return set()
        if token.dep_ == "appos":
            return _single_doer(head)  # "Senegal, a partner of both neighbours, ...": Senegal
        owners = [c for c in head.children if c.dep_ == "poss" and c.i != token.i]
        if owners and head.pos_ in ("NOUN", "PROPN"):
            return _single_doer(owners[0])  # "Moscow's call on both countries"
        if head.pos_ in ("VERB", "AUX"):
            subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i != token.i]
            if subjects:
                subject = subjects[0]
                if subject.tag_ in ("WDT", "WP") and head.dep_ == "relcl":
                    return _single_doer(head.head)  # "Oman, which hosted talks between ..."
                return _single_doer(subject)
            if head.dep_ in ("acl", "relcl"):
                return _single_doer(head.head)  # "China, calling on both sides ..."
        if token.dep_ not in _CLIMB_DEPS and head.pos_ not in ("VERB", "AUX"):
            return set()
        token = head
    return set()


def mark_doers(doc: Doc, phrases: list[Phrase]) -> None:
    """Write into each pair phrase's key the actors that act on it (offsets relative to the pair, then their
    countries, as a pronoun's key does: "2:countries#x=-14:-8;RUS"), so that the resolver keeps them out."""
    for pair in phrases:
        if pair.kind != PAIR_KIND:
            continue
        tokens = pair_doers(doc, pair.start, pair.end)
        doers = [p for p in phrases if p is not pair and doc[p.start : p.end].root.i in tokens]
        if not doers:
            continue
        origin = doc[pair.start].idx
        spans = ",".join(
            f"{doc[p.start].idx - origin}:{doc[p.end - 1].idx + len(doc[p.end - 1]) - origin}" for p in doers
        )
        countries = sorted({p.country for p in doers if p.country and p.country not in NON_STATE_CODES})
        pair.key = f"{pair.key}{EXCLUDE_MARK}{spans}" + "".join(f";{c}" for c in countries)


def _single_doer(token: Token) -> set[int]:
    """The doer's token, or nothing when the doer is a list: "X and Y agreed on a pact between the two
    countries" names the pair itself."""
    return set() if token.conjuncts else {token.i}


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
