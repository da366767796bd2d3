"""Document-level event stage: EventCandidates -> Events.

Maps source/target mentions to resolved entities, attributes each event (post author, quoted speaker, named
source, else "author"), resolves dates against the publication date, drops self-directed events, merges
repeated mentions of the same event (and the copies found in segments that duplicate another segment), and
gives each Event a content-hash id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Protocol

from ..records import (
    UNORDERED_TYPES,
    ActorMention,
    Entity,
    Event,
    EventCandidate,
    Post,
    Segment,
    Span,
    content_id,
)
from .context import Prior, context_target, evidence_for, is_context, is_optional
from .dates import DATED_BY_OCCASION, SCHEDULED, SHIFT_AFTER, anchor_date, occasion_date, resolve_date
from .quotes import answer_speaker, find_quotes, interview_answers, quote_speaker

# Measures whose announced easing is itself the concession (the coding rules: "announced easing of sanctions").
_EASED_MEASURE = re.compile(r"\b(?:sanctions?|restrictions?|curbs?|embargo|tariffs?|ban|blockade|curfew)\b",
                            re.IGNORECASE)
# A meeting said not to be set, later in the sentence of a planned one: "..., but no visit has been scheduled".
_NOT_SET = re.compile(
    r"\b(?:no\s+(?:visit|meeting|talks|trip|summit|date)\s+(?:had|has|have)\s+(?:yet\s+)?been"
    r"|(?:visit|meeting|talks|trip|summit|date)\s+(?:had|has|have)\s+not\s+(?:yet\s+)?been)"
    r"\s+(?:scheduled|planned|arranged|set|fixed|agreed)\b",
    re.IGNORECASE,
)
# First-person object pronouns: unresolved, they stand for the writer ("spoke to us").
FIRST_PERSON_OBJECTS = frozenset({"us", "me"})
# Types a person cannot direct at his own state: agreeing, backing, meeting, working together.
SELF_DEALING_TYPES = frozenset({"AGREE", "SUPPORT", "CONSULT", "COOPERATE"})
# Types whose act, with no target named, is aimed at the actor's own government.
HOME_TARGET_TYPES = frozenset({"PROTEST"})
# Types whose act with no target takes the target of the act told next to it by the same doer.
BORROW_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
# Types whose force against a group of no known country is taken to be used at home.
DOMESTIC_TYPES = frozenset({"ASSAULT", "COERCE"})
NEAR = 40  # characters between two evidence spans of one sentence that report one event


class _Resolution(Protocol):
    entities: tuple[Entity, ...]

    def entity_for(self, mention: ActorMention) -> Entity | None: ...


@dataclass(slots=True)
class _Draft:
    """One event being assembled from one or more candidates."""

    candidate: EventCandidate
    type: str
    source: Entity | None
    target: Entity | None
    source_name: str | None
    target_name: str | None
    source_country: str | None
    target_country: str | None
    date: str | None
    precision: str | None
    status: str
    attributed_to: str
    segment: int
    duplicate: bool
    headline: bool
    confidence: float
    mentions: list[Span] = field(default_factory=list)
    context: ActorMention | None = None  # the target is to be found in context (``context.py``)
    found_by: str | None = None  # how a context target was found ("answer", "recent", "dominant")


def _entity(resolution: Any, mention: ActorMention | None) -> Entity | None:
    if mention is None or resolution is None:
        return None
    try:
        found = resolution.entity_for(mention)
    except (KeyError, ValueError, AttributeError):
        found = None
    if found is not None:
        return found
    for entity in getattr(resolution, "entities", ()):  # fall back on the mention offsets
        for span in entity.mentions:
            if span.start <= mention.start and mention.end <= span.end:
                return entity
    return None


def _actor_fields(entity: Entity | None, mention: ActorMention | None) -> tuple[str | None, str | None]:
    if entity is not None:
        return entity.name, entity.country
    if mention is not None:
        return mention.name or mention.text, mention.country
    return None, None


def _attribution(
    c: EventCandidate, resolution: Any, segment: Segment | None, posts: tuple[Post, ...], quotes: list,
    interview: tuple[str | None, list[tuple[int, int]]] | None = None,
) -> str:
    if segment is not None and segment.kind == "post" and segment.post is not None and segment.post < len(posts):
        post = posts[segment.post]
        if post.author or post.handle:
            return post.author or post.handle or "author"
    if c.speaker is not None:
        entity = _entity(resolution, c.speaker)
        if entity is not None:
            return entity.name
    if c.speaker_text:
        return c.speaker_text
    answered = answer_speaker(interview, c.evidence.start, c.evidence.end) if interview else None
    if answered:
        return answered  # "A: We signed ...": the interviewee's own words
    named = quote_speaker(quotes, c.evidence.start, c.evidence.end)
    if named:
        for entity in getattr(resolution, "entities", ()):
            if named in entity.name or entity.name in named:
                return entity.name
        return named
    return "author"


def _is_self_directed(d: _Draft) -> bool:
    if d.source is not None and d.target is not None and d.source.id == d.target.id:
        return True
    if d.source_name and d.source_name == d.target_name:
        return True
    if d.source is None or d.target is None or d.source_country is None or d.source_country != d.target_country:
        return False
    # two country-level actors of the same country: "Pakistan ... Islamabad"; or a person agreeing with,
    # backing, meeting or working with the state he belongs to, which is that state dealing with itself ("X's
    # premier pledged ... on first Athens visit"); his force, bans or concessions at home are coded (PLOVER)
    if d.candidate.mode == "third-party":
        return True  # a go-between of one party's own country is that party, not a mediator to it
    if d.target.type != "COUNTRY":
        return False
    return d.source.type == "COUNTRY" or (d.source.type == "PERSON" and d.type in SELF_DEALING_TYPES)


def _not_set_after(text: str, pos: int) -> bool:
    """True when the rest of the sentence from ``pos`` says no meeting has been set."""
    end = text.find(".", pos)
    return bool(_NOT_SET.search(text, pos, len(text) if end < 0 else end))


def _addressed_to_writer(d: _Draft) -> bool:
    """True for an act whose only target is a first-person pronoun nobody could be found for: the writer or
    the publication ("X's foreign minister spoke to us"), not a party to a political event."""
    mention = d.candidate.target
    return (mention is not None and mention.kind == "PRONOUN" and mention.text.lower() in FIRST_PERSON_OBJECTS
            and d.target is None and not d.target_country)


def _home_target(d: _Draft) -> None:
    """A protest with no one named as its target is aimed at the protesters' own government (as the
    team corpus and PLOVER code street protests: "Georgians marched through Tbilisi" -> GEO-GEO)."""
    if d.type not in HOME_TARGET_TYPES or d.target is not None or d.target_name or not d.source_country:
        return
    d.target_country = d.source_country
    d.target_name = _country_name(d.source_country)


def _borrow_targets(drafts: list[_Draft]) -> None:
    """An act of force told with no target next to another act of the same doer that has one, in the same
    sentence ("police opened fire to disperse demonstrators", "troops moved in and shelled X") is aimed at
    the same side: it takes that target's country."""
    for d in drafts:
        if d.type not in BORROW_TYPES or d.target is not None or d.target_name or not d.source_country:
            continue
        a = d.candidate.evidence
        for other in drafts:
            b = other.candidate.evidence
            if other is d or other.segment != d.segment or other.source_country != d.source_country:
                continue
            if not other.target_country or not (a.start <= b.end + NEAR and b.start <= a.end + NEAR):
                continue
            d.target, d.target_name, d.target_country = other.target, other.target_name, other.target_country
            break


def _domestic_target(d: _Draft) -> None:
    """Force used on a group of no known country ("police fired on demonstrators", "troops overran a
    rebel camp"), with no place of another country named, is used at home: the group is taken to be of
    the source's country (PLOVER codes such acts as domestic)."""
    mention = d.candidate.target
    if d.type not in DOMESTIC_TYPES or mention is None or d.target_country or not d.source_country:
        return
    if (d.target.type if d.target is not None else mention.entity_type) not in ("GROUP", "ORGANIZATION"):
        return
    d.target_country = d.source_country


def _country_name(code: str) -> str:
    try:
        from ..resolve.lexicon import lexicon

        return lexicon().country_names.get(code, code)
    except (ImportError, OSError, KeyError):
        return code


def _dyad(d: _Draft) -> tuple[str, str]:
    src = d.source.id if d.source is not None else (d.source_name or "")
    tgt = d.target.id if d.target is not None else (d.target_name or "")
    if d.type in UNORDERED_TYPES:
        src, tgt = sorted((src, tgt))  # type: ignore[assignment]
    return src, tgt


def _dates_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _trigger_key(d: _Draft) -> str:
    """What names the event: its mode when it has one ("arrive" and "visit" are both visits), else its word."""
    if d.candidate.mode:
        return d.candidate.mode
    word = d.candidate.trigger.text.lower()
    return word[:-1] if word.endswith("s") else word


def _same_event(kept: _Draft, new: _Draft) -> bool:
    """Two drafts of one type and dyad are one event when the same claimant reports them with compatible
    status and dates, and either the same word names them, they carry the same exact date, or they are told
    in the same paragraph ("did not meet him - never even called him")."""
    if kept.attributed_to != new.attributed_to or not _dates_compatible(kept.date, new.date):
        return False
    same_day = kept.date is not None and kept.date == new.date and "negated" not in (kept.status, new.status)
    if kept.status != new.status and not same_day:
        return False
    same_paragraph = kept.segment == new.segment
    return same_day or same_paragraph or _trigger_key(kept) == _trigger_key(new)


def _headline_matches(body: _Draft, headline: _Draft) -> bool:
    """A headline's act is the body's act of the same type and dyad unless their dates or their yes/no
    differ (a headline in the present tense may read as ongoing where the body says occurred)."""
    if not _dates_compatible(body.date, headline.date):
        return False
    return body.status == headline.status or "negated" not in (body.status, headline.status)


def _country_dyad(d: _Draft) -> tuple[str, str] | None:
    if d.source_country is None or d.target_country is None:
        return None
    pair = (d.source_country, d.target_country)
    return tuple(sorted(pair)) if d.type in UNORDERED_TYPES else pair  # type: ignore[return-value]


def _countries_agree(a: _Draft, b: _Draft) -> bool:
    """Same country pair; a side left empty in one telling (no target found) agrees with any country, but
    at least one side must be known in both ("staged drills around X, sending warships" -> one act)."""
    pairs = [(a.source_country, a.target_country), (b.source_country, b.target_country)]
    if a.type in UNORDERED_TYPES and None not in pairs[0] + pairs[1]:
        pairs = [tuple(sorted(p)) for p in pairs]  # type: ignore[misc]
    (s1, t1), (s2, t2) = pairs
    known = [(x, y) for x, y in ((s1, s2), (t1, t2)) if x is not None and y is not None]
    if not known or any(x != y for x, y in known):
        return False
    if None in (s1, t1, s2, t2):  # a side left empty only when that telling had no actor there at all
        empty_ok = all(
            (d.source is None and not d.source_name) if side == "s" else (d.target is None and not d.target_name)
            for d, side in ((a, "s"), (a, "t"), (b, "s"), (b, "t"))
            if (d.source_country if side == "s" else d.target_country) is None
        )
        return empty_ok
    return True


def _same_telling(kept: _Draft, new: _Draft) -> bool:
    """Two drafts told in overlapping (or nearly touching) words of one paragraph, with the same type,
    countries, status and claimant, are one act: "attacked a base in X, killing two X soldiers", "struck
    Kyiv and Kharkiv"."""
    if kept.segment != new.segment or kept.status != new.status or kept.attributed_to != new.attributed_to:
        return False
    if not _countries_agree(kept, new):
        return False
    if not _dates_compatible(kept.date, new.date):
        return False
    a, b = kept.candidate.evidence, new.candidate.evidence
    return a.start <= b.end + NEAR and b.start <= a.end + NEAR


def _merge_into(kept: _Draft, new: _Draft) -> None:
    kept.mentions.extend(new.mentions)
    if new.date and (kept.date is None or len(new.date) > len(kept.date)) and _dates_compatible(kept.date, new.date):
        kept.date, kept.precision = new.date, new.precision
    kept.confidence = min(0.99, max(kept.confidence, new.confidence) + 0.03)
    if kept.target is None and not kept.target_name and (new.target is not None or new.target_name):
        kept.target, kept.target_name, kept.target_country = new.target, new.target_name, new.target_country
    if kept.source is None and not kept.source_name and (new.source is not None or new.source_name):
        kept.source, kept.source_name, kept.source_country = new.source, new.source_name, new.source_country


def _draft(
    c: EventCandidate,
    resolution: Any,
    segment: Segment | None,
    posts: tuple[Post, ...],
    published: str | None,
    text: str,
    quotes: list,
    floors: dict[int, int] | None = None,
    interview: tuple[str | None, list[tuple[int, int]]] | None = None,
) -> _Draft:
    context = c.target if is_context(c.target) else None
    source = _entity(resolution, c.source)
    target = _entity(resolution, c.target) if context is None else None
    source_name, source_country = _actor_fields(source, c.source)
    unresolved = target is None and c.target is not None and c.target.kind == "PRONOUN" and not c.target.country
    # a pronoun target the resolver could not link names nobody ("to press their demands")
    target_name, target_country = _actor_fields(target, c.target if context is None and not unresolved else None)
    base = published
    if segment is not None and segment.kind == "post" and segment.post is not None and segment.post < len(posts):
        base = posts[segment.post].date or published
    date = precision = None
    status = c.status
    if segment is not None and segment.kind == "title" and status == "ongoing":
        status = "occurred"  # headlines tell past events in the present tense
    if c.date_text is not None:
        floor = segment.start if segment is not None else 0
        before = text[max(0, c.date_text.start - 30) : c.date_text.start]
        future = status == "planned" or bool(SCHEDULED.search(before))
        # "Y acted on Tuesday, two days after X did": X's date counts back from the main act's
        inverted = bool(SHIFT_AFTER.search(c.date_text.text)) and c.trigger.start >= c.date_text.end
        anchor = anchor_date(text, c.date_text.start, floor, base, main=inverted, end=c.date_text.end)
        resolved = resolve_date(c.date_text.text, base, anchor, future=future, inverted=inverted)
        if resolved is not None:
            date, precision = resolved
    if status == "planned" and c.type == "CONCEDE" and c.speaker_text and _EASED_MEASURE.search(c.evidence.text):
        status = "occurred"  # "X said it would ease sanctions on Y": the easing is announced, the concession made
    if status == "planned" and c.type == "CONSULT" and _not_set_after(text, c.evidence.end):
        status = "negated"  # "invited X for talks, but officials said no visit had been scheduled"
    if date is None and status in DATED_BY_OCCASION and segment is not None and segment.kind == "body":
        date, precision = occasion_date(c.trigger.start, segment.start, segment.index, text, base,
                                        floors or {}) or (None, None)
    return _Draft(
        candidate=c, type=c.type, source=source, target=target,
        source_name=source_name, target_name=target_name,
        source_country=source_country, target_country=target_country,
        date=date, precision=precision, status=status,
        attributed_to=_attribution(c, resolution, segment, posts, quotes, interview),
        segment=c.segment, duplicate=segment is not None and segment.duplicate_of is not None,
        headline=segment is not None and segment.kind == "title",
        confidence=c.confidence, mentions=[c.evidence], context=context,
    )


def _fill_context(drafts: list[_Draft], resolution: Any, text: str) -> list[_Draft]:
    """Give each draft whose clause named no target one from the document context (``context.py``); drop
    those for which the context gives none, or only the source's own side."""
    priors = [
        Prior(d.type, d.candidate.trigger.start, d.source, d.source_name, d.source_country,
              d.target, d.target_name, d.target_country,
              joint=d.candidate.target is not None and d.candidate.target.start < d.candidate.trigger.start)
        for d in drafts if d.context is None
    ]
    entities = getattr(resolution, "entities", ())
    out = []
    unfilled: dict[int, list[_Draft]] = {}
    co_sources: dict[int, set[str]] = {}  # countries of the sources that act together in one trigger
    for d in drafts:
        if d.context is not None and d.source_country:
            co_sources.setdefault(d.candidate.trigger.start, set()).add(d.source_country)
    for d in drafts:
        if d.context is None:
            out.append(d)
            continue
        unfilled.setdefault(d.candidate.trigger.start, []).append(d)
        if d.source_country is None:  # a context target is a country-level guess: it needs a known country
            if is_optional(d.context):
                out.append(d)
                unfilled.pop(d.candidate.trigger.start, None)
            continue
        found = context_target(
            start=d.candidate.trigger.start, answered=tuple(t for t in d.context.key.split(",") if t),
            source_country=d.source_country, source_id=d.source.id if d.source is not None else None,
            priors=priors, entities=entities, text=text,
            evidence=evidence_for(d.context.name or d.type, is_optional(d.context)),
            allies=co_sources.get(d.candidate.trigger.start, set()) - {d.source_country},
        )
        found = [f for f in found if f.country not in co_sources.get(d.candidate.trigger.start, ())]
        if not found:
            if is_optional(d.context):  # an act that needs no target stands without one
                out.append(d)
                unfilled.pop(d.candidate.trigger.start, None)
            continue
        for each in found:
            filled = _with_actor(d, "target", each.entity)
            filled.target_name, filled.target_country = each.name, each.country
            filled.found_by = each.evidence
            out.append(filled)
        unfilled.pop(d.candidate.trigger.start, None)
    for group in unfilled.values():
        out.extend(_co_agent_pairs(group))
    return sorted(out, key=lambda d: (d.candidate.evidence.start, d.candidate.trigger.start))


def _co_agent_pairs(group: list[_Draft]) -> list[_Draft]:
    """Several actors of one joint act whose other party the context does not give ("a deal negotiated by
    X and Y", nothing else around it) dealt with each other: one event per two of them."""
    first = group[0]
    if first.type not in UNORDERED_TYPES or first.candidate.mode == "third-party":
        return []
    sources = [d.source for d in group if d.source is not None]
    pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:] if a.id != b.id]
    return [_with_actor(_with_actor(first, "source", a), "target", b) for a, b in pairs]


def _members(resolution: Any, mention: ActorMention | None) -> tuple[Entity, ...]:
    """The entities a pair or group mention stands for ("both countries", "the three governments", a "they"
    the resolver linked to a coordinated group), else ()."""
    if mention is None or not hasattr(resolution, "members"):
        return ()
    return tuple(resolution.members(mention))


def _with_actor(d: _Draft, role: str, entity: Entity | None) -> _Draft:
    """A copy of ``d`` with ``entity`` as its source or target."""
    name, country = (entity.name, entity.country) if entity is not None else (None, None)
    fields = {f: getattr(d, f) for f in d.__slots__ if f != "mentions"}
    fields[role], fields[f"{role}_name"], fields[f"{role}_country"] = entity, name, country
    return _Draft(**fields, mentions=list(d.mentions))


def _split_pairs(d: _Draft, resolution: Any) -> list[_Draft]:
    """A pair actor becomes both roles of an unordered act ("the two sides agreed": A-B), else one event
    per member ("both countries condemned X": A-X and B-X). An unresolved pair drops the event."""
    c = d.candidate
    sources, targets = _members(resolution, c.source), _members(resolution, c.target)
    roles = ((c.source, sources), (c.target, targets))
    if any(m is not None and m.kind == "PAIR" and not found for m, found in roles):
        return []  # "the two countries" with no two fitting actors before it: nobody to code
    if sources and d.type in UNORDERED_TYPES and (c.target is None or targets) and len(sources) > 1:
        # "the two sides agreed": A-B; "the three governments agreed": one event per two of them
        return [_with_actor(_with_actor(d, "source", a), "target", b)
                for i, a in enumerate(sources) for b in sources[i + 1:] if a.id != b.id]
    if sources and targets == sources:  # "the two armies clashed": each against the other
        return [
            _with_actor(_with_actor(d, "source", a), "target", b) for a, b in (sources, tuple(reversed(sources)))
        ]
    if sources:
        return [_with_actor(d, "source", e) for e in sources if e is not d.target]
    if targets:
        return [_with_actor(d, "target", e) for e in targets if e is not d.source]
    return [d]


def finalize_events(
    candidates: Iterable[EventCandidate],
    resolution: Any,
    segments: Iterable[Segment],
    posts: Iterable[Post],
    published: str | None,
    text: str,
) -> tuple[Event, ...]:
    """Turn the candidates of one document into its Events (resolved, dated, attributed, merged)."""
    by_index = {s.index: s for s in segments}
    posts = tuple(posts)
    quotes = find_quotes(text)
    interview = interview_answers(text)
    body = sorted((s for s in by_index.values() if s.kind == "body"), key=lambda s: s.start)
    # how far back an occasion's date may be looked for: the start of the body paragraph before
    floors = {s.index: (body[n - 1].start if n else s.start) for n, s in enumerate(body)}
    drafts = [
        _draft(c, resolution, by_index.get(c.segment), posts, published, text, quotes, floors, interview)
        for c in sorted(candidates, key=lambda c: (c.evidence.start, c.trigger.start))
    ]
    drafts = [p for d in drafts for p in _split_pairs(d, resolution)]
    drafts = _fill_context(drafts, resolution, text)
    drafts = [d for d in drafts if not _is_self_directed(d) and not _addressed_to_writer(d)]
    for d in drafts:
        _domestic_target(d)
    _borrow_targets(drafts)
    for d in drafts:
        _home_target(d)
    # originals first, so that copies in duplicate segments fold into them; headlines after the body, so
    # that a headline folds into the body's telling of the same act (which carries its date)
    drafts.sort(key=lambda d: (d.duplicate, d.headline, d.candidate.evidence.start))
    kept: list[_Draft] = []
    for d in drafts:
        match = None
        for k in kept:
            if k.type == d.type and _dyad(k) != _dyad(d) and not d.duplicate and _same_telling(k, d):
                match = k
                break
            if k.type != d.type or _dyad(k) != _dyad(d):
                continue
            if d.duplicate and not k.duplicate:
                match = k  # the same claim in a translated or repeated segment: not a new event
                break
            if d.headline and not k.headline and _headline_matches(k, d):
                match = k  # a headline sums up the story: its act is the one the body tells
                break
            if _same_event(k, d):
                match = k
                break
        if match is None:
            kept.append(d)
        else:
            _merge_into(match, d)
    kept.sort(key=lambda d: d.candidate.evidence.start)
    doc_hash = content_id(text)
    events = []
    for d in kept:
        c = d.candidate
        src_key = d.source.id if d.source is not None else (d.source_name or "")
        tgt_key = d.target.id if d.target is not None else (d.target_name or "")
        events.append(
            Event(
                id=content_id(doc_hash, d.type, src_key, tgt_key, d.date or "", str(c.evidence.start)),
                type=d.type,
                source=d.source_name,
                target=d.target_name,
                source_country=d.source_country,
                target_country=d.target_country,
                date=d.date,
                date_precision=d.precision,
                status=d.status,
                attributed_to=d.attributed_to,
                evidence=c.evidence,
                segment=d.segment,
                confidence=round(d.confidence, 3),
                source_id=d.source.id if d.source is not None else None,
                target_id=d.target.id if d.target is not None else None,
                mode=c.mode,
                trigger=c.trigger,
                mentions=tuple(sorted(set(d.mentions), key=lambda s: s.start)),
                target_found_by=d.found_by,
            )
        )
    return tuple(events)
