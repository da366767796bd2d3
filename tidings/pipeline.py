"""The whole chain for one or many documents: segment -> annotate -> extract -> resolve -> Reading.

spaCy runs once per segment (entity spans never cross segments) through ``nlp.pipe`` over all segments
of a batch of documents; everything after the pipe works on plain records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .annotate import load_pipeline
from .annotate.actors import mentions_from_doc
from .extract.component import candidates_from_doc
from .extract.finalize import finalize_events
from .extract.genre import classify_genre
from .extract.quantities import find_quantities
from .records import (
    ActorMention,
    EventCandidate,
    RawDocument,
    Reading,
    Segment,
    content_id,
)
from .resolve import resolve_entities
from .segment import infer_published, segment_text
from .settings import DEFAULT_MODEL

# Segments that never carry events or actors worth parsing.
UNPARSED_KINDS = frozenset({"hashtag"})


@dataclass(frozen=True, slots=True)
class _Parsed:
    """What the pipe gives back for one segment, as plain records."""

    mentions: list[ActorMention]
    candidates: list[EventCandidate]


def read(
    text: str,
    published: str | None = None,
    *,
    doc_id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    model: str = DEFAULT_MODEL,
    nlp: Language | None = None,
) -> Reading:
    """Read one article and return its Reading.

    text (str): the article text.
    published (str | None): ISO publication date if known; otherwise inferred from the text.
    RETURNS (Reading): segments, posts, entities, events and quantities with character offsets.
    """
    raw = RawDocument(
        doc_id=doc_id or content_id(text),
        text=text,
        source=doc_id or "<text>",
        url=url,
        title=title,
        published=published,
    )
    return next(read_documents([raw], model=model, nlp=nlp))


def read_documents(
    documents: Iterable[RawDocument],
    *,
    model: str = DEFAULT_MODEL,
    nlp: Language | None = None,
    batch_size: int = 64,
) -> Iterator[Reading]:
    """Yield one Reading per RawDocument, in input order, parsing segments in batches."""
    nlp = nlp or load_pipeline(model)
    batch: list[RawDocument] = []
    for raw in documents:
        batch.append(raw)
        if len(batch) >= batch_size:
            yield from _read_batch(batch, nlp)
            batch = []
    if batch:
        yield from _read_batch(batch, nlp)


def _read_batch(batch: list[RawDocument], nlp: Language) -> Iterator[Reading]:
    segmented = [segment_text(raw.text) for raw in batch]
    jobs = (
        (raw.text[seg.start : seg.end], (i, seg))
        for i, (raw, (segments, _posts)) in enumerate(zip(batch, segmented))
        for seg in segments
        if seg.kind not in UNPARSED_KINDS
    )
    parsed: list[dict[int, _Parsed]] = [{} for _ in batch]
    for doc, (i, seg) in nlp.pipe(jobs, as_tuples=True, batch_size=256):
        parsed[i][seg.index] = _parse_segment(doc, seg)
    for raw, (segments, posts), per_segment in zip(batch, segmented, parsed):
        yield _assemble(raw, segments, posts, per_segment)


def _parse_segment(doc: Doc, seg: Segment) -> _Parsed:
    return _Parsed(
        mentions=mentions_from_doc(doc, seg.index, seg.start),
        candidates=candidates_from_doc(doc, seg.index, seg.start),
    )


def _assemble(
    raw: RawDocument,
    segments: tuple[Segment, ...],
    posts: tuple,
    per_segment: dict[int, _Parsed],
) -> Reading:
    text = raw.text
    published, evidence = infer_published(text, segments, posts, raw.published)
    order = sorted(per_segment)
    mentions = [m for i in order for m in per_segment[i].mentions]
    candidates = [c for i in order for c in per_segment[i].candidates]
    resolution = resolve_entities(mentions, text, published)
    events = finalize_events(candidates, resolution, segments, posts, published, text)
    return Reading(
        doc_id=raw.doc_id,
        text=text,
        published=published,
        published_evidence=evidence,
        genre=classify_genre(text, segments),
        segments=segments,
        posts=posts,
        entities=resolution.entities,
        events=events,
        quantities=find_quantities(text, segments),
        source=raw.source,
        url=raw.url,
        title=raw.title,
    )
