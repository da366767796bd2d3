"""Syntax for pronoun resolution: which named actors a pronoun cannot stand for.

A pronoun does not corefer with the named actors its own clause governs ("he praised the minister":
"he" is not the minister; "it expelled Chad's envoy": "it" is not Chad), nor does an object pronoun
corefer with the subject of its own verb ("she thanked her"), nor a possessive with what its own noun
governs ("its capture of the town"). These excluded mentions travel in the pronoun's ``key`` as offsets
relative to the pronoun, so that the document resolver can refuse the entities they belong to, even when
the antecedent was named in an earlier paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Token

from .actor_parts import Phrase

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "iobj"})
POSSESSIVE_DEPS = frozenset({"poss"})
# Separates a pronoun's key from its excluded offsets and countries: "P:it#x=12:30,40:45;TCD".
EXCLUDE_MARK = "#x="
_EXCLUDED_RE = re.compile(r"(-?\d+):(-?\d+)")
_COUNTRY_RE = re.compile(r";([A-Z]{3})")
# Pronouns for states and bodies: "it expelled Chad's envoy" is not any Chadian actor either.
STATE_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "WST"})


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    """Nouns the event lexicon reads as acts ("criticism", "capture", "release")."""
    from ..extract.lexicon import trigger_entries  # the extractor's trigger table, read only

    return frozenset(e.lemmas[-1] for e in trigger_entries() if "NOUN" in e.pos)


def possessive_is_actor(token: Token) -> bool:
    """A possessive pronoun is an actor when it owns an act ("its capture of"), not a thing ("its missiles")."""
    head = token.head
    return head.pos_ == "NOUN" and head.lemma_.lower() in event_nouns()


def clause_verb(token: Token) -> Token:
    """The verb a noun or pronoun is an argument of ("spoke to him" -> spoke)."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head


def _has_own_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _governed(root: Token, after: int) -> set[int]:
    """Tokens after ``after`` under ``root``, leaving out coordinated and adverbial clauses with a subject of
    their own."""
    found: set[int] = set()
    stack = [root]
    while stack:
        token = stack.pop()
        if token.i > after:
            found.add(token.i)
        for child in token.children:
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and _has_own_subject(child):
                continue  # "he left and the minister stayed": a new clause, a new subject
            if child.dep_ == "advcl" and _has_own_subject(child):
                continue  # "it will act as battles rage in X": the adverbial clause's actors are not governed
            stack.append(child)
    return found


def excluded_tokens(token: Token) -> set[int]:
    """Token indices of the Doc that the pronoun ``token`` cannot corefer with a name at."""
    if token.dep_ in SUBJECT_DEPS:
        return _governed(token.head, token.i)
    if token.dep_ in OBJECT_DEPS:
        verb = clause_verb(token)
        found = _governed(verb, token.i)
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                found.add(child.i)
        if verb.dep_ == "conj" and not _has_own_subject(verb):  # "X met and thanked him": X is the subject
            found |= {c.i for c in verb.head.children if c.dep_ in SUBJECT_DEPS}
        if verb.dep_ in ("acl", "relcl") and not _has_own_subject(verb):
            found.add(verb.head.i)  # "China, ..., called on them": the noun the verb hangs from acts
        elif verb.dep_ == "relcl" and any(
            c.dep_ in SUBJECT_DEPS and c.tag_ in ("WDT", "WP") for c in verb.children
        ):
            found.add(verb.head.i)  # "the firms that supply them": the relative pronoun is the noun
        return found
    if token.dep_ in POSSESSIVE_DEPS:
        return _governed(token.head, token.i)
    return set()


def excluded_phrases(doc: Doc, pron: Phrase, phrases: Iterable[Phrase]) -> list[Phrase]:
    """The named phrases (not pronouns) the pronoun phrase ``pron`` cannot stand for."""
    tokens = excluded_tokens(doc[pron.start])
    if not tokens:
        return []
    return [
        p for p in phrases
        if p is not pron and p.kind != "PRONOUN" and doc[p.start : p.end].root.i in tokens
    ]


def excluded_countries(doc: Doc, pron: Phrase, excluded: list[Phrase]) -> set[str]:
    """Countries a state pronoun cannot be: those of the actors its clause governs."""
    if doc[pron.start].lower_ not in STATE_PRONOUNS:
        return set()
    return {p.country for p in excluded if p.country and p.country not in NON_STATE_CODES}


def encode_key(key: str, doc: Doc, pron: Phrase, excluded: list[Phrase]) -> str:
    """``key`` with the excluded phrases as character offsets relative to the pronoun, and their countries."""
    if not excluded:
        return key
    origin = doc[pron.start].idx
    spans = ",".join(
        f"{doc[p.start].idx - origin}:{doc[p.end - 1].idx + len(doc[p.end - 1]) - origin}" for p in excluded
    )
    countries = "".join(f";{c}" for c in sorted(excluded_countries(doc, pron, excluded)))
    return f"{key}{EXCLUDE_MARK}{spans}{countries}"


def decode_key(key: str | None, start: int) -> tuple[str | None, list[tuple[int, int]], set[str]]:
    """Split a pronoun key: antecedent key, absolute offsets and countries it must not join."""
    if key is None or EXCLUDE_MARK not in key:
        return key, [], set()
    base, _, spec = key.partition(EXCLUDE_MARK)
    spans = [(start + int(a), start + int(b)) for a, b in _EXCLUDED_RE.findall(spec)]
    return base, spans, set(_COUNTRY_RE.findall(spec))


SUBORDINATE_DEPS = frozenset({"relcl", "acl", "advcl"})


def in_main_clause(token: Token) -> bool:
    """Is the clause ``token`` is the subject of a main clause (not "whom Lula never called", "after X left")?"""
    verb = token.head
    while verb.head.i != verb.i:
        if verb.dep_ in SUBORDINATE_DEPS:
            return False
        verb = verb.head
    return verb.dep_ not in SUBORDINATE_DEPS


def quote_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans (in the Doc) of the quotations of a paragraph."""
    from ..extract.quotes import find_quotes  # the extractor's quote finder, read only

    return [(q.start, q.end) for q in find_quotes(doc.text)]


def quote_of(spans: list[tuple[int, int]], char: int) -> int | None:
    """Which quotation (by position) holds Doc offset ``char``, else None."""
    return next((i for i, (a, b) in enumerate(spans) if a <= char < b), None)
