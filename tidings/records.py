"""Frozen records shared by every stage of the pipeline.

ingest -> RawDocument; segment -> Segment, Post; annotate/extract -> ActorMention, EventCandidate
(per segment, offsets already relative to the whole document); resolve -> Entity; the document-level
stage -> Event, Quantity and finally one Reading per document. Records are plain data: picklable, hashable,
and turned into JSON-ready dicts by ``to_dict()``.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

SegmentKind = Literal[
    "title", "body", "post", "caption", "hashtag", "footnote", "disclaimer"
]
EntityType = Literal["PERSON", "COUNTRY", "ORGANIZATION", "LOCATION", "GROUP"]
Status = Literal["occurred", "ongoing", "planned", "negated", "hypothetical", "normative"]
Genre = Literal["news", "opinion", "analysis"]
DatePrecision = Literal["day", "month", "year"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES: tuple[str, ...] = ("occurred", "ongoing", "planned", "negated", "hypothetical", "normative")
SEGMENT_KINDS: tuple[str, ...] = ("title", "body", "post", "caption", "hashtag", "footnote", "disclaimer")
# Event types whose dyad is symmetric when scoring and clustering.
UNORDERED_TYPES: frozenset[str] = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Schemes without a status (PLOVER, CAMEO 03/13) code a stated intent by its own type: an intended
# cooperative act is a promise (AGREE), an intended hostile act a threat (THREATEN).
INTENT_AS_PROMISE: frozenset[str] = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
INTENT_AS_THREAT: frozenset[str] = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


def statusless_type(event_type: str, status: str | None) -> str:
    """The type a scheme without status gives an event: planned cooperation -> AGREE, planned force -> THREATEN."""
    if status == "planned":
        if event_type in INTENT_AS_PROMISE:
            return "AGREE"
        if event_type in INTENT_AS_THREAT:
            return "THREATEN"
    return event_type


def content_id(*parts: str, length: int = 16) -> str:
    """Return a stable hex id made from the given strings (sha256, truncated)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


class Record:
    """Mixin: ``to_dict()`` for frozen dataclass records (nested records and tuples included)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True, slots=True)
class RawDocument(Record):
    """One input document as read from a file, a JSON line or a WARC record."""

    doc_id: str
    text: str
    source: str  # where it came from: a path, "path:line" or a WARC record URI
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date from metadata, if any


@dataclass(frozen=True, slots=True)
class Span(Record):
    """A stretch of the document text: ``text == document_text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Segment(Record):
    """A typed stretch of the document (a paragraph, an embedded post, a caption, ...)."""

    index: int
    kind: str  # one of SEGMENT_KINDS
    start: int
    end: int
    duplicate_of: int | None = None  # index of the segment this one repeats (e.g. in translation)
    post: int | None = None  # index into Reading.posts for kind == "post"


@dataclass(frozen=True, slots=True)
class Post(Record):
    """An embedded social-media post with its signature line."""

    author: str | None
    handle: str | None
    date: str | None  # ISO date
    start: int
    end: int
    url: str | None = None


@dataclass(frozen=True, slots=True)
class PublishedEvidence(Record):
    """How the publication date was found: metadata, a dated post, an explicit date, or tense."""

    method: str  # "metadata" | "post" | "text" | "none"
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class ActorMention(Record):
    """A mention of a possible actor found in one segment, before document-level resolution.

    ``key`` is what the resolver links on (a canonical name when known, else the surface form).
    ``kind`` says how it was found: NAME, TITLE ("the prime minister"), PRONOUN, DEMONYM, CAPITAL, ...
    """

    start: int
    end: int
    text: str
    kind: str
    entity_type: str  # one of EntityType
    name: str  # canonical name if known, else the surface form
    country: str | None = None
    sector: str | None = None
    segment: int = 0
    key: str = ""


@dataclass(frozen=True, slots=True)
class Entity(Record):
    """A canonical actor of one document (or, in the store, of the whole corpus)."""

    id: str
    name: str
    type: str  # one of EntityType
    country: str | None
    sector: str | None
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class EventCandidate(Record):
    """An event found in one segment, before document-level resolution, dating and merging."""

    type: str  # one of PLOVER_TYPES
    trigger: Span
    evidence: Span
    segment: int
    source: ActorMention | None = None
    target: ActorMention | None = None
    status: str = "occurred"
    mode: str | None = None
    speaker: ActorMention | None = None  # who claims it (quote, "according to")
    speaker_text: str | None = None  # the claimant as written, when not an actor mention
    date_text: Span | None = None  # the date expression that governs the event, if any
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class Event(Record):
    """A coded event: who did what to whom, when, how sure, and the words that say so."""

    id: str
    type: str
    source: str | None  # canonical entity name
    target: str | None
    source_country: str | None
    target_country: str | None
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD; None when the text gives none
    date_precision: str | None
    status: str
    attributed_to: str  # "author", a post author, a quoted speaker or a named source
    evidence: Span
    segment: int
    confidence: float
    source_id: str | None = None
    target_id: str | None = None
    mode: str | None = None
    trigger: Span | None = None
    mentions: tuple[Span, ...] = ()  # every evidence span of the same event in this document
    # how the target was found when the event's own clause names none: "answer" (the author of the act this
    # one answers), "dominant" (the document's main other country), "parties" (a host or broker's two sides
    # of the document's main dispute), "counterpart" (the country the source is most in conflict with);
    # None when the clause names it
    target_found_by: str | None = None


@dataclass(frozen=True, slots=True)
class Quantity(Record):
    """An amount with its unit ("1,100 km", "1.2 million tons of wheat")."""

    text: str
    value: float | None
    unit: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Reading(Record):
    """The structured reading of one document: the output contract of ``tidings extract``."""

    doc_id: str
    text: str
    published: str | None
    published_evidence: PublishedEvidence
    genre: str
    segments: tuple[Segment, ...]
    posts: tuple[Post, ...]
    entities: tuple[Entity, ...]
    events: tuple[Event, ...]
    quantities: tuple[Quantity, ...]
    source: str | None = None
    url: str | None = None
    title: str | None = None
    language: str = "en"
    meta: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
