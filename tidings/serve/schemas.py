"""Pydantic models of the JSON API's answers: they validate what leaves the app and describe it in OpenAPI."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SpanOut(_Model):
    """A stretch of the document text; ``text == document[start:end]``."""

    start: int | None
    end: int | None
    text: str | None


class EventOut(_Model):
    """A coded event with its evidence and its PLOVER score, quad class and display colour."""

    id: str
    doc_id: str
    doc_title: str | None
    type: str
    source: str | None
    target: str | None
    source_key: str | None = None
    target_key: str | None = None
    source_country: str | None
    target_country: str | None
    date: str | None
    date_precision: str | None
    status: str
    attributed_to: str | None
    confidence: float | None
    mode: str | None
    segment: int | None
    evidence: SpanOut
    mentions: list[SpanOut]
    target_found_by: str | None = None  # "answer", "dominant", "parties" or "counterpart": target read from context
    score: float | None
    quad: str | None
    colour: str


class EventPage(_Model):
    """One page of filtered events and the number matching in all."""

    total: int
    limit: int
    offset: int
    events: list[EventOut]


class NodeOut(_Model):
    """An actor or a country, with the number of event roles it takes."""

    id: str
    label: str
    country: str | None
    count: int


class EdgeOut(_Model):
    """An undirected dyad: number of events, mean PLOVER score, colour and events per type."""

    source: str
    target: str
    source_label: str | None
    target_label: str | None
    count: int
    score: float | None
    colour: str
    types: dict[str, int]


class NetworkOut(_Model):
    """The actor (``by=actor``) or country (``by=country``) network of the filtered events."""

    by: str
    nodes: list[NodeOut]
    edges: list[EdgeOut]


class TimelineItem(_Model):
    """An event placed on the timeline: ``start``/``end`` are the first and last day its date covers."""

    id: str
    doc_id: str | None
    type: str
    status: str
    date: str | None
    colour: str | None
    score: float | None
    label: str
    start: str | None = None
    end: str | None = None


class TimelineOut(_Model):
    """Dated events in date order, undated ones apart, and the event types on the rows."""

    dated: list[TimelineItem]
    undated: list[TimelineItem]
    types: list[str]


class SummaryOut(_Model):
    """Store counts, events by type and status, and the top country dyads."""

    documents: int
    actors: int
    events: int
    by_type: dict[str, int]
    by_status: dict[str, int]
    dyads: list[EdgeOut]


class DocumentRow(_Model):
    """A stored document in the document list."""

    doc_id: str
    title: str | None
    published: str | None
    genre: str | None
    source: str | None
    events: int


class DocumentsOut(_Model):
    documents: list[DocumentRow]


class SegmentOut(_Model):
    """A typed stretch of a document (title, body, post, caption, hashtag, footnote, disclaimer)."""

    index: int
    kind: str | None
    start: int
    end: int
    duplicate_of: int | None
    post: int | None


class PostOut(_Model):
    """An embedded social-media post with its signature."""

    index: int
    author: str | None
    handle: str | None
    date: str | None
    start: int | None
    end: int | None
    url: str | None


class DocumentOut(_Model):
    """One document: its text, segments, posts and events (evidence offsets index into ``text``)."""

    doc_id: str
    title: str | None
    published: str | None
    published_method: str | None
    genre: str | None
    source: str | None
    url: str | None
    text: str
    segments: list[SegmentOut]
    posts: list[PostOut]
    events: list[EventOut]


class ActorRow(_Model):
    """An actor of the store with its number of event roles."""

    actor_id: str
    name: str
    type: str | None
    country: str | None
    sector: str | None
    events: int


class ActorsOut(_Model):
    actors: list[ActorRow]


class DocumentRef(_Model):
    doc_id: str
    title: str | None


class ActorOut(_Model):
    """One actor: the forms it is written as, its documents and its events."""

    actor_id: str
    name: str
    type: str | None
    country: str | None
    sector: str | None
    forms: list[str]
    documents: list[DocumentRef]
    events: list[EventOut]


class ErrorBody(_Model):
    status: int
    message: str


class ErrorOut(_Model):
    """The one error shape of the API, for every status."""

    error: ErrorBody
