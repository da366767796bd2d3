"""Targets known only from context ("Lima rejected the account", "Oslo condemned the violence").

When the clause of a trigger that needs a target names none, the argument step (``arguments.RoleFinder``)
puts a *context placeholder* in the target slot: an ``ActorMention`` of kind ``CONTEXT`` (``CONTEXT_OPTIONAL``
for an entry that needs no target) over the trigger, whose ``key`` lists the types of act its object names
("the offer" -> AGREE; ``context_answers.tsv``) and whose ``name`` is the type of the entry it was made for.
Finalisation, which sees the whole document, replaces the placeholder with the actors found by the first
evidence kind that gives one (``CONTEXT_EVIDENCE``, in this order):

1. ``answer``: the event this one answers. The latest earlier event of a type the object names, by
   someone of another country, gives its author ("X offered talks ... Y rejected the offer" -> Y->X;
   "X accused Y ... Y dismissed the claim" -> Y->X), every author of it. The author is the act's source,
   also for an unordered type ("X offered to mediate between Y and Z ... Z rejected the offer" -> Z->X
   only); both parties only when the object names a joint act (``joint`` in the answer table: "X and Y
   signed a deal ... W welcomed the agreement" -> W->X, W->Y) or the two did it together, both named
   before the act ("X and Y agreed to ... W praised the announcement" -> W->X, W->Y).
2. ``dominant``: the country the document names most, when it clearly leads and is not the source's.

Two markers in the placeholder's key replace that evidence: ``PARTIES`` (a host or broker with no party
named: both sides of the document's main dispute, the dyad of most acts of conflict without the source;
else the evidence above) and ``COUNTERPART`` (an act of force aimed at no one named: the country the source
is most in conflict with; else no target).

A third kind, ``recent`` (the latest actor of another country in the same or the previous sentence), is
implemented but off: measured, it cost more precision than it gave recall (docs/extraction.md).
An event whose placeholder finds nothing is dropped (an optional one stands without a target), as before
this step existed. A target read from the clause is never replaced. Sentence bounds are found on the raw
text (no parse is needed here).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from spacy.tokens import Token

from ..records import PLOVER_TYPES, UNORDERED_TYPES, ActorMention, Entity

CONTEXT_KIND = "CONTEXT"
# The placeholder of an entry that needs no target ("intr"): its event stands without one when the context
# gives none.
OPTIONAL_KIND = "CONTEXT_OPTIONAL"
ANSWERS_FILE = Path(__file__).with_name("context_answers.tsv")
# The evidence kinds used, in order (see the module docstring); a tuple so that it can be narrowed to
# measure each kind alone (``recent`` is off: docs/extraction.md, "Context targets").
CONTEXT_EVIDENCE: tuple[str, ...] = ("answer", "dominant")
# Types whose missing target is looked for in context (each measured alone; the others lost F1, mostly
# acts whose unnamed target is a person or a place rather than the other side). Entries that say ``intr``
# never are.
CONTEXT_TYPES: frozenset[str] = frozenset(
    {"SUPPORT", "ACCUSE", "CONSULT", "THREATEN", "REJECT", "CONCEDE", "AGREE", "SANCTION", "MOBILIZE"}
)
# Material acts whose pledges (entries marked ``future``) look for a target as promises (AGREE) do.
PROMISED_TYPES: frozenset[str] = frozenset({"AID"})
# Types whose entries that need no target (``intr``) still look for one in context, the event standing
# without one when none is found ("truck drivers staged a protest" at a border -> against the other side,
# before the home-target rule). Measured per type: only PROTEST gained; MOBILIZE lost on PLOVER dev.
OPTIONAL_TYPES: frozenset[str] = frozenset({"PROTEST"})
# (``answer`` alone was also measured for each of the other types: it found nothing right.)
# Marker among the answered types of a placeholder: the answered act is joint (both parties are its authors).
JOINT = "joint"
# Marker of a placeholder for the parties of a third party's act (a broker, a host, an offer to host talks
# between sides the clause does not name): the two sides of the document's main dyad without the source.
PARTIES = "parties"
# Marker of an optional placeholder for an act of force or coercion aimed at no one named ("X has not
# returned fire"): the source's counterpart, the country it deals with most in the document's events.
COUNTERPART = "counterpart"
# Types whose entries that need no target look for the source's counterpart (``COUNTERPART``); MOBILIZE
# was measured and left out (team corpus +1 -1, PLOVER dev -1: joint drills of two named navies lost a party).
COUNTERPART_TYPES: frozenset[str] = frozenset({"ASSAULT", "SANCTION", "COERCE"})
# Types of conflict (verbal and material): the sides of the document's dispute are the dyads of these acts.
CONFLICT_TYPES: frozenset[str] = frozenset(
    {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
)
# A dyad or a counterpart must be named in at least this many events of the document, and lead the next.
PARTY_MIN_EVENTS = 2
ANSWER_WINDOW = 3000  # characters before the trigger in which an answered event is looked for
# A sentence ends at . ! ? (a closing quote or bracket may follow) before a space, or at a line break.
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s+|\n+")


def context_type(etype: str, future: bool = False) -> str:
    """The type under which an entry looks for its target: a pledge of a material act (an entry marked
    ``future``: "pledged $10 million in assistance") looks as the promise it is (AGREE), whatever it is
    coded as."""
    return "AGREE" if future and etype in PROMISED_TYPES else etype


def evidence_for(etype: str, optional: bool = False) -> tuple[str, ...]:
    """The evidence kinds used for a type (none: its missing target is not looked for); ``optional`` for
    an entry that needs no target."""
    return CONTEXT_EVIDENCE if etype in (OPTIONAL_TYPES if optional else CONTEXT_TYPES) else ()


@dataclass(frozen=True, slots=True)
class Prior:
    """An event of the document told before the one that needs a context target."""

    type: str
    start: int
    source: Entity | None
    source_name: str | None
    source_country: str | None
    target: Entity | None = None
    target_name: str | None = None
    target_country: str | None = None
    # both parties acted together: the target was named before the act, with the source ("X and Y signed",
    # "the two sides agreed"), not after it as the one the act was aimed at ("X offered Y talks")
    joint: bool = False


@dataclass(frozen=True, slots=True)
class Found:
    """The actor found from context and the evidence kind that gave it."""

    entity: Entity | None
    name: str | None
    country: str | None
    evidence: str


# -- parse side ------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def answer_table() -> dict[str, tuple[str, ...]]:
    """Object lemma -> the types of act it names (``context_answers.tsv``), followed by ``JOINT`` for an
    object that names an act of two parties together."""
    table: dict[str, tuple[str, ...]] = {}
    for number, line in enumerate(ANSWERS_FILE.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) not in (2, 3) or (len(cols) == 3 and cols[2].strip() != JOINT):
            raise ValueError(f"{ANSWERS_FILE.name} line {number}: expected 2 tab-separated columns and an "
                             f"optional third one, {JOINT!r}")
        types = tuple(t.strip() for t in cols[1].split(",") if t.strip())
        bad = [t for t in types if t not in PLOVER_TYPES]
        if bad or not types:
            raise ValueError(f"{ANSWERS_FILE.name} line {number}: unknown PLOVER type {','.join(bad) or '(none)'}")
        table[cols[0].strip().lower()] = types + ((JOINT,) if len(cols) == 3 else ())
    return table


def reset_caches() -> None:
    """Forget the loaded answer table (after editing the file)."""
    answer_table.cache_clear()


def answered_types(head: Token, absorbed_types: Iterable[str] = ()) -> tuple[str, ...]:
    """Types of act the trigger's object names: an absorbed act ("condemned the shelling") or an object
    noun listed in the answer table ("rejected the offer"); for a noun trigger, its "of"/"to" object. An
    object the table marks joint adds ``JOINT``: both parties of an unordered act answered are its authors."""
    found = list(absorbed_types)
    table = answer_table()
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if head.dep_ == "relcl":  # "a proposal that X rejected": the antecedent is what is answered
        objects.append(head.head)
    objects += [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "to", "against")
                for p in c.children if p.dep_ == "pobj"]
    for obj in objects:
        for t in table.get(obj.lemma_.lower(), ()):
            if t not in found:
                found.append(t)
    return tuple(found)


def context_mention(
    start: int, end: int, text: str, answered: tuple[str, ...], etype: str, optional: bool = False
) -> ActorMention:
    """The placeholder put in the target slot (Doc-relative offsets of the trigger); ``name`` keeps the type
    of the entry it was made for (the event may be retyped later: a promise of aid is AID)."""
    return ActorMention(start=start, end=end, text=text, kind=OPTIONAL_KIND if optional else CONTEXT_KIND,
                        entity_type="LOCATION", name=etype, key=",".join(answered))


def is_context(mention: ActorMention | None) -> bool:
    """True for a context placeholder."""
    return mention is not None and mention.kind in (CONTEXT_KIND, OPTIONAL_KIND)


def is_optional(mention: ActorMention | None) -> bool:
    """True for the placeholder of an event that stands without a target when the context gives none."""
    return mention is not None and mention.kind == OPTIONAL_KIND


# -- document side ---------------------------------------------------------------------------------------
def _sentence_start(text: str, pos: int, floor: int) -> int:
    """Start of the sentence holding ``pos`` (not before ``floor``)."""
    start = floor
    for m in _SENTENCE_END.finditer(text, floor, pos):
        start = m.end()
    return start


def _country_mentions(entities: Iterable[Entity]) -> list[tuple[int, int, Entity]]:
    """(start, end, entity) of every mention of an entity that has a country, in text order."""
    found = [(s.start, s.end, e) for e in entities if e.country for s in e.mentions]
    return sorted(found, key=lambda m: m[0])


def _other(entity_country: str | None, source_country: str | None, entity: Entity, source_id: str | None) -> bool:
    return entity_country is not None and entity_country != source_country and entity.id != source_id


def _by_answer(
    answered: tuple[str, ...], start: int, source_country: str | None, priors: list[Prior],
    allies: frozenset[str] = frozenset(),
) -> list[Found]:
    joint = JOINT in answered
    answered = tuple(t for t in answered if t != JOINT)
    if not answered:
        return []
    best: Prior | None = None
    for p in priors:
        if p.type not in answered or p.start >= start or p.start < start - ANSWER_WINDOW:
            continue
        countries = {p.source_country, p.target_country} if _both_authors(p, joint) else {p.source_country}
        if not countries - {None, source_country} - allies:
            continue  # the source's own act, or its co-answerers' ("X and Y rejected the proposal")
        if best is None or p.start > best.start:
            best = p
    if best is None:
        return []
    # every author of that act ("strikes by X and Y" told as two events of one trigger); both parties of a
    # joint act ("welcomed the deal" between X and Y)
    found: list[Found] = []
    for p in priors:
        if p.start != best.start or p.type != best.type:
            continue
        sides = [(p.source, p.source_name, p.source_country)]
        if _both_authors(p, joint):
            sides.append((p.target, p.target_name, p.target_country))
        for entity, name, country in sides:
            if country not in (None, source_country) and country not in allies \
                    and all(f.country != country for f in found):
                found.append(Found(entity, name, country, "answer"))
    return found


def _both_authors(prior: Prior, joint: bool) -> bool:
    """True when both parties of an answered act are its authors: an unordered act done together, or one
    the answering object names as joint ("the agreement")."""
    return prior.type in UNORDERED_TYPES and (joint or prior.joint)


def _by_recent(
    start: int, source_country: str | None, source_id: str | None, mentions: list[tuple[int, int, Entity]],
    text: str, floor: int,
) -> Found | None:
    own = _sentence_start(text, start, floor)
    previous = _sentence_start(text, max(floor, own - 1), floor) if own > floor else own
    for m_start, m_end, entity in reversed(mentions):
        if m_end > start:
            continue
        if m_start < previous:
            break
        if _other(entity.country, source_country, entity, source_id):
            return Found(entity, entity.name, entity.country, "recent")
    return None


def _by_dominant(
    source_country: str | None, source_id: str | None, mentions: list[tuple[int, int, Entity]]
) -> Found | None:
    counts = Counter(e.country for _s, _e, e in mentions)
    ranked = counts.most_common(3)
    if not ranked:
        return None
    top, n = ranked[0]
    if top == source_country:
        return None
    second = next((c for k, c in ranked[1:] if k != source_country), 0)
    if n < 2 or n <= second:
        return None
    pool = [e for _s, _e, e in mentions if e.country == top and e.id != source_id]
    if not pool:
        return None
    countries = [e for e in pool if e.type == "COUNTRY"]
    entity = Counter(countries or pool).most_common(1)[0][0]
    return Found(entity, entity.name, entity.country, "dominant")


def context_target(
    *,
    start: int,
    answered: tuple[str, ...],
    source_country: str | None,
    source_id: str | None,
    priors: Iterable[Prior],
    entities: Iterable[Entity],
    text: str,
    evidence: tuple[str, ...] | None = None,
    allies: Iterable[str] = (),
) -> list[Found]:
    """The targets of an event whose clause names none, from the document context (see module docstring):
    one actor, or every author of the answered act; empty when the context gives none.

    start: where the trigger starts; answered: types of act its object names; source_country/source_id:
    the event's source; priors: the document's other events; entities: its resolved entities; allies:
    countries that do the same act with the source (its co-sources), never the answered act's author.
    """
    mentions = _country_mentions(entities)
    priors = list(priors)
    allies = frozenset(allies) - {None}
    if COUNTERPART in answered:
        return _by_counterpart(source_country, priors, entities)
    if PARTIES in answered:
        found = _by_parties(source_country, priors, entities, allies)
        if found:
            return found
        answered = tuple(t for t in answered if t != PARTIES)
    for kind in CONTEXT_EVIDENCE if evidence is None else evidence:
        if kind == "answer":
            found = _by_answer(answered, start, source_country, priors, allies)
        elif kind == "recent":
            found = _listed(_by_recent(start, source_country, source_id, mentions, text, 0))
        elif kind == "dominant":
            found = _listed(_by_dominant(source_country, source_id, mentions))
        else:
            raise ValueError(f"unknown context evidence kind {kind!r}")
        if found:
            return found
    return []


def _dyads(priors: list[Prior]) -> Counter[frozenset[str]]:
    """How many acts of conflict of the document each unordered pair of countries takes part in (one country
    for a domestic conflict: "the army and the rebels")."""
    return Counter(frozenset((p.source_country, p.target_country)) for p in priors
                   if p.type in CONFLICT_TYPES and p.source_country and p.target_country)


def _leader(counts: Counter) -> object | None:
    """The most counted key when it is counted at least ``PARTY_MIN_EVENTS`` times and leads the next."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < PARTY_MIN_EVENTS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _country_entity(country: str, priors: list[Prior], entities: Iterable[Entity]) -> Found:
    """The country-level entity of ``country`` (else an actor of it from the events) as a found target."""
    pool = [e for e in entities if e.country == country]
    countries = [e for e in pool if e.type == "COUNTRY"]
    if not countries:
        countries = [e for p in priors for e, c in ((p.source, p.source_country), (p.target, p.target_country))
                     if e is not None and c == country]
    entity = Counter(countries or pool).most_common(1)[0][0] if countries or pool else None
    return Found(entity, entity.name if entity is not None else None, country, "")


def _by_parties(
    source_country: str | None, priors: list[Prior], entities: Iterable[Entity], allies: frozenset[str]
) -> list[Found]:
    """The two sides of the document's main dispute (the dyad of most acts of conflict), the source's own country and its co-sources left out:
    a mediator or a host acts towards each of them."""
    counts = _dyads(priors)
    for pair in list(counts):
        if pair & ({source_country} | allies):
            del counts[pair]
    pair = _leader(counts)
    if pair is None:
        return []
    entities = list(entities)
    return [Found(f.entity, f.name, f.country, "parties")
            for f in (_country_entity(c, priors, entities) for c in sorted(pair)) if f.entity is not None]


def _by_counterpart(source_country: str | None, priors: list[Prior], entities: Iterable[Entity]) -> list[Found]:
    """The country the source is most in conflict with in the document's events (never its own)."""
    counts: Counter[str] = Counter()
    for pair, n in _dyads(priors).items():
        if source_country in pair and len(pair) == 2:
            counts[next(iter(pair - {source_country}))] += n
    country = _leader(counts)
    if country is None:
        return []
    found = _country_entity(str(country), priors, list(entities))
    return [Found(found.entity, found.name, found.country, "counterpart")] if found.entity is not None else []


def _listed(found: Found | None) -> list[Found]:
    return [found] if found is not None else []
