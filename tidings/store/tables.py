"""Flat, columnar form of Readings: one Arrow table per store table.

This is the single representation every writer goes through (the in-process writer and the Parquet
merge of distributed workers), so both give identical rows. ``cluster_id`` is left empty here: it
depends on the whole store and is assigned by the writer after the rows are loaded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime
from urllib.parse import urlparse

import pyarrow as pa

from ..records import UNORDERED_TYPES, Entity, Event, Reading, content_id
from .schema import TABLE_COLUMNS

_S, _I, _F, _T = pa.string(), pa.int32(), pa.float64(), pa.timestamp("us")

_TYPES: dict[str, dict[str, pa.DataType]] = {
    "documents": {"ingested_at": _T},
    "segments": {"idx": _I, "start": _I, "end": _I, "duplicate_of": _I, "post": _I},
    "posts": {"idx": _I, "start": _I, "end": _I},
    "mentions": {"start": _I, "end": _I},
    "events": {
        "confidence": _F, "segment": _I, "evidence_start": _I, "evidence_end": _I,
    },
    "evidence": {"idx": _I, "start": _I, "end": _I},
    "quantities": {"idx": _I, "value": _F, "start": _I, "end": _I},
}

SCHEMAS: dict[str, pa.Schema] = {
    name: pa.schema([(col, _TYPES.get(name, {}).get(col, _S)) for col in cols])
    for name, cols in TABLE_COLUMNS.items()
}


def content_hash(text: str) -> str:
    """Return the sha256 hex digest of a document text (the idempotence key)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def actor_id(name: str, country: str | None, entity_type: str | None) -> str:
    """Return the corpus-wide id of an actor: same name + country + type -> same id."""
    return content_id("actor", name.strip(), country or "", entity_type or "")


def source_domain(url: str | None) -> str | None:
    """Return the host of a URL without a leading ``www.`` (None when there is no host)."""
    if not url:
        return None
    host = urlparse(url).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def actor_code(country: str | None, actor: str | None, name: str | None) -> str:
    """Return the code an actor takes in a dyad: its country, else its actor id, else its name."""
    if country:
        return country
    if actor:
        return f"actor:{actor}"
    if name:
        return f"name:{name.strip().lower()}"
    return ""


def group_key(event_type: str, source: str, target: str) -> str:
    """Return the clustering group of an event: type plus dyad (unordered for symmetric types)."""
    if event_type in UNORDERED_TYPES and target and (not source or target < source):
        source, target = target, source
    return f"{event_type}|{source}|{target}"


def readings_to_tables(
    readings: Iterable[Reading],
    *,
    run_id: str | None = None,
    ingested_at: datetime | None = None,
) -> dict[str, pa.Table]:
    """Flatten Readings into one Arrow table per store table (documents, events, evidence, ...).

    readings (Iterable[Reading]): the documents to store.
    run_id (str | None): the run that extracted them.
    RETURNS (dict[str, pyarrow.Table]): table name -> rows, columns as in ``schema.TABLE_COLUMNS``.
    """
    rows: dict[str, list[tuple]] = {name: [] for name in TABLE_COLUMNS}
    actors_seen: set[str] = set()
    docs_seen: set[str] = set()
    for reading in readings:
        keys = (reading.doc_id, "hash:" + content_hash(reading.text))
        if docs_seen.intersection(keys):  # a repeat inside one batch: its first copy wins
            continue
        docs_seen.update(keys)
        _add_reading(reading, rows, actors_seen, run_id, ingested_at)
    return {
        name: pa.Table.from_pylist(
            [dict(zip(TABLE_COLUMNS[name], row)) for row in rows[name]], schema=SCHEMAS[name]
        )
        for name in TABLE_COLUMNS
    }


def _add_reading(
    r: Reading,
    rows: dict[str, list[tuple]],
    actors_seen: set[str],
    run_id: str | None,
    ingested_at: datetime | None,
) -> None:
    doc = r.doc_id
    domain = source_domain(r.url) or (r.meta.get("source_domain") if r.meta else None)
    rows["documents"].append((
        doc, content_hash(r.text), r.source, domain, r.url, r.title, r.published,
        r.published_evidence.method if r.published_evidence else None, r.genre, r.language,
        r.text, ingested_at, run_id,
    ))
    for s in r.segments:
        rows["segments"].append((doc, s.index, s.kind, s.start, s.end, s.duplicate_of, s.post))
    for i, p in enumerate(r.posts):
        rows["posts"].append((doc, i, p.author, p.handle, p.date, p.start, p.end, p.url))
    by_entity: dict[str, str] = {}
    by_name: dict[str, Entity] = {}
    for e in r.entities:
        aid = actor_id(e.name, e.country, e.type)
        by_entity[e.id] = aid
        by_name.setdefault(e.name, e)
        if aid not in actors_seen:
            actors_seen.add(aid)
            rows["actors"].append((aid, e.name, e.type, e.country, e.sector))
        for m in e.mentions:
            rows["mentions"].append((doc, aid, m.start, m.end, m.text))
    for i, q in enumerate(r.quantities):
        rows["quantities"].append((doc, i, q.text, q.value, q.unit, q.start, q.end))
    for ev in r.events:
        _add_event(doc, r.published, ev, by_entity, by_name, rows)


def _resolve_actor(
    ref: str | None, name: str | None, by_entity: dict[str, str], by_name: dict[str, Entity]
) -> str | None:
    if ref and ref in by_entity:
        return by_entity[ref]
    if name and name in by_name:
        e = by_name[name]
        return by_entity[e.id]
    return None


def _add_event(
    doc: str,
    published: str | None,
    ev: Event,
    by_entity: dict[str, str],
    by_name: dict[str, Entity],
    rows: dict[str, list[tuple]],
) -> None:
    src = _resolve_actor(ev.source_id, ev.source, by_entity, by_name)
    tgt = _resolve_actor(ev.target_id, ev.target, by_entity, by_name)
    key = group_key(
        ev.type,
        actor_code(ev.source_country, src, ev.source),
        actor_code(ev.target_country, tgt, ev.target),
    )
    rows["events"].append((
        doc, ev.id, ev.type, ev.mode, src, tgt, ev.source, ev.target, ev.source_country,
        ev.target_country, ev.date, ev.date_precision, ev.status, ev.attributed_to,
        float(ev.confidence), ev.segment, ev.evidence.start, ev.evidence.end, ev.evidence.text,
        ev.trigger.text if ev.trigger else None, published, key, None, ev.target_found_by,
    ))
    spans = [ev.evidence, *(m for m in ev.mentions if m != ev.evidence)]
    for i, span in enumerate(spans):
        rows["evidence"].append((doc, ev.id, i, span.start, span.end, span.text))
