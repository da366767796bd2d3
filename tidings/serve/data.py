"""Every SQL query of the web app, over the store's schema (tidings/store/schema.py), read-only.

All values travel as bound parameters; the only text spliced into SQL is a fixed WHERE clause chosen from
the constant fragments below. Rows come back as plain dicts (event rows as event views, see view.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from ..records import PLOVER_TYPES, STATUSES
from .view import EventView, decorate, plover_score, score_colour

# How long a request waits for a writing process to release the file before it fails.
OPEN_WAIT_SECONDS = 30.0
# The connection of the request being served (see Store.request_scope); None outside a request.
_REQUEST_CONNECTION: ContextVar[list[duckdb.DuckDBPyConnection] | None] = ContextVar(
    "tidings_request_connection", default=None
)

# A document's display title: its metadata title, else its first title segment, else its file name.
_DOC_TITLE = (
    "coalesce(d.title, (SELECT substr(d.text, s.start + 1, s.\"end\" - s.start) FROM segments s "
    "WHERE s.doc_id = d.doc_id AND s.kind = 'title' ORDER BY s.start LIMIT 1), "
    "nullif(regexp_extract(d.source, '[^/]+$'), ''), d.doc_id)"
)
# Event columns read for an event view, in this order.
_EVENT_COLS = (
    "e.event_id", "e.doc_id", _DOC_TITLE, "e.type", "e.source_name",
    "e.target_name", "e.source_actor_id", "e.target_actor_id", "e.source_country", "e.target_country",
    "e.date", "e.date_precision", "e.status", "e.attributed_to", "e.confidence", "e.mode", "e.segment",
    "e.evidence_start", "e.evidence_end", "e.evidence_text", "e.target_found_by",
)
_EVENT_KEYS = (
    "id", "doc_id", "doc_title", "type", "source", "target", "source_key", "target_key",
    "source_country", "target_country", "date", "date_precision", "status", "attributed_to",
    "confidence", "mode", "segment", "start", "end", "text", "target_found_by",
)
_EVENT_FROM = "FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id"
# First and last day an event date (YYYY, YYYY-MM, YYYY-MM-DD) can mean, as sortable strings.
_DATE_LO = ("CASE length(e.date) WHEN 4 THEN e.date || '-01-01' WHEN 7 THEN e.date || '-01' "
            "ELSE substr(e.date, 1, 10) END")
_DATE_HI = ("CASE length(e.date) WHEN 4 THEN e.date || '-12-31' WHEN 7 THEN e.date || '-31' "
            "ELSE substr(e.date, 1, 10) END")
# Filter name -> SQL fragment with one placeholder.
_FILTER_SQL = {
    "type": "e.type = ?",
    "status": "e.status = ?",
    "attributed_to": "e.attributed_to = ?",
    "doc_id": "e.doc_id = ?",
    "date_from": f"e.date IS NOT NULL AND {_DATE_HI} >= ?",
    "date_to": f"e.date IS NOT NULL AND {_DATE_LO} <= ?",
}


@dataclass(frozen=True, slots=True)
class Filters:
    """Event filters from the query string; empty strings mean "any"."""

    type: str | None = None
    status: str | None = None
    attributed_to: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    doc_id: str | None = None
    actor: str | None = None
    country: str | None = None
    by: str = "actor"

    def where(self) -> tuple[str, list[Any]]:
        """The WHERE clause (possibly empty) and its parameters."""
        parts, params = [], []
        for name, sql in _FILTER_SQL.items():
            value = getattr(self, name)
            if value:
                parts.append(f"({sql})")
                params.append(value)
        if self.actor:
            parts.append("(e.source_actor_id = ? OR e.target_actor_id = ?)")
            params += [self.actor, self.actor]
        if self.country:
            parts.append("(e.source_country = ? OR e.target_country = ?)")
            params += [self.country, self.country]
        return (" WHERE " + " AND ".join(parts)) if parts else "", params

    def query(self, **override: Any) -> dict[str, str]:
        """The non-empty filters as query-string parameters."""
        values = {k: getattr(self, k) for k in ("type", "status", "attributed_to", "date_from",
                                                 "date_to", "doc_id", "actor", "country")}
        values.update(override)
        return {k: str(v) for k, v in values.items() if v}


class Store:
    """A read-only view of one store file.

    The file is not held open between requests: within ``request_scope()`` the first query opens it
    read-only and the scope's end closes it, so a ``tidings ingest`` in another process can take the
    write lock between requests (DuckDB allows one writing process or several reading ones). A query
    outside a request scope opens and closes the file itself.
    """

    def __init__(self, path: str | Path) -> None:
        from ..store import connect

        self.path = Path(path)
        connect(self.path, read_only=True, wait=5.0).close()  # fail now if absent or not a store
        self._closed = False

    def close(self) -> None:
        """Refuse every later query (the file itself is only open during requests)."""
        self._closed = True

    @contextmanager
    def request_scope(self) -> Iterator[None]:
        """Share one read-only connection among the queries of one request, then close it."""
        holder: list[duckdb.DuckDBPyConnection] = []
        token = _REQUEST_CONNECTION.set(holder)
        try:
            yield
        finally:
            _REQUEST_CONNECTION.reset(token)
            for con in holder:
                con.close()

    def _connection(self) -> tuple[duckdb.DuckDBPyConnection, bool]:
        """The request's connection (opened on first use), or a new one the caller must close."""
        if self._closed:
            raise RuntimeError(f"{self.path}: the store is closed")
        from ..store import connect

        holder = _REQUEST_CONNECTION.get()
        if holder:
            return holder[0], False
        con = connect(self.path, read_only=True, wait=OPEN_WAIT_SECONDS)
        if holder is None:
            return con, True
        holder.append(con)
        return con, False

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        con, owned = self._connection()
        cur = con.cursor()
        try:
            return cur.execute(sql, list(params)).fetchall()
        finally:
            cur.close()
            if owned:
                con.close()

    # ------------------------------------------------------------ counts and options

    def counts(self) -> dict[str, Any]:
        """Documents, actors and events counts, and events by type and by status."""
        (docs,), = self._rows("SELECT count(*) FROM documents")
        (actors,), = self._rows("SELECT count(*) FROM actors")
        (events,), = self._rows("SELECT count(*) FROM events")
        by_type = self._rows("SELECT type, count(*) n FROM events GROUP BY type ORDER BY n DESC, type")
        by_status = self._rows("SELECT status, count(*) n FROM events GROUP BY status ORDER BY n DESC, status")
        return {"documents": docs, "actors": actors, "events": events,
                "by_type": dict(by_type), "by_status": dict(by_status)}

    def options(self) -> dict[str, list[str]]:
        """Values offered by the filter forms."""
        attributions = [r[0] for r in self._rows(
            "SELECT attributed_to, count(*) n FROM events WHERE attributed_to IS NOT NULL "
            "GROUP BY attributed_to ORDER BY n DESC, attributed_to LIMIT 200")]
        return {"types": list(PLOVER_TYPES), "statuses": list(STATUSES), "attributions": attributions}

    # ------------------------------------------------------------ events

    def events(self, filters: Filters, limit: int = 100, offset: int = 0) -> tuple[list[EventView], int]:
        """Filtered events, newest date first, and the total count matching the filters."""
        where, params = filters.where()
        (total,), = self._rows(f"SELECT count(*) {_EVENT_FROM}{where}", params)
        rows = self._rows(
            f"SELECT {', '.join(_EVENT_COLS)} {_EVENT_FROM}{where} "
            "ORDER BY e.date DESC NULLS LAST, e.doc_id, e.evidence_start, e.event_id LIMIT ? OFFSET ?",
            [*params, int(limit), int(offset)],
        )
        return [_event_view(r) for r in rows], int(total)

    def event(self, event_id: str) -> EventView | None:
        """One event by id, with all its evidence spans, or None."""
        rows = self._rows(f"SELECT {', '.join(_EVENT_COLS)} {_EVENT_FROM} WHERE e.event_id = ? LIMIT 1",
                          [event_id])
        if not rows:
            return None
        ev = _event_view(rows[0])
        ev["mentions"] = self._evidence(ev["doc_id"]).get(ev["id"], ev["mentions"])
        return ev

    def _evidence(self, doc_id: str) -> dict[str, list[dict[str, Any]]]:
        spans: dict[str, list[dict[str, Any]]] = {}
        for event_id, start, end, text in self._rows(
            'SELECT event_id, start, "end", text FROM evidence WHERE doc_id = ? ORDER BY event_id, idx',
            [doc_id],
        ):
            spans.setdefault(event_id, []).append({"start": start, "end": end, "text": text})
        return spans

    def network(self, filters: Filters) -> list[EventView]:
        """Filtered events aggregated by dyad and type: rows for ``view.build_network`` (with ``n``)."""
        where, params = filters.where()
        rows = self._rows(
            "SELECT e.type, e.source_name, e.target_name, e.source_actor_id, e.target_actor_id, "
            f"e.source_country, e.target_country, count(*) {_EVENT_FROM}{where} "
            "GROUP BY ALL", params)
        keys = ("type", "source", "target", "source_key", "target_key", "source_country",
                "target_country", "n")
        return [dict(zip(keys, r)) for r in rows]

    def dyads(self, limit: int = 10) -> list[dict[str, Any]]:
        """The most frequent country dyads (unordered) with mean PLOVER score."""
        rows = self._rows(
            "SELECT least(source_country, target_country) a, greatest(source_country, target_country) b, "
            "type, count(*) FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
            "AND source_country <> target_country GROUP BY ALL")
        agg: dict[tuple[str, str], dict[str, Any]] = {}
        for a, b, etype, n in rows:
            d = agg.setdefault((a, b), {"source": a, "target": b, "source_label": a, "target_label": b,
                                        "count": 0, "sum": 0.0, "scored": 0, "types": {}})
            d["count"] += n
            d["types"][etype] = n
            score = plover_score(etype)
            if score is not None:
                d["sum"] += score * n
                d["scored"] += n
        out = []
        for d in agg.values():
            d["score"] = round(d.pop("sum") / d["scored"], 2) if d["scored"] else None
            d.pop("scored")
            d["colour"] = score_colour(d["score"])
            out.append(d)
        out.sort(key=lambda d: (-d["count"], d["source"], d["target"]))
        return out[:limit]

    # ------------------------------------------------------------ documents

    def documents(self, limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
        """Documents with their number of events, by publication date (newest first)."""
        rows = self._rows(
            f"SELECT d.doc_id, {_DOC_TITLE}, d.published, d.genre, d.source, "
            "(SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id) "
            "FROM documents d ORDER BY d.published DESC NULLS LAST, d.doc_id LIMIT ? OFFSET ?",
            [int(limit), int(offset)])
        keys = ("doc_id", "title", "published", "genre", "source", "events")
        return [dict(zip(keys, r)) for r in rows]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One document with its text, segments and events (each with all its evidence spans)."""
        rows = self._rows(
            f"SELECT doc_id, {_DOC_TITLE}, published, published_method, genre, source, url, text "
            "FROM documents d WHERE doc_id = ?", [doc_id])
        if not rows:
            return None
        keys = ("doc_id", "title", "published", "published_method", "genre", "source", "url", "text")
        doc = dict(zip(keys, rows[0]))
        doc["segments"] = [
            dict(zip(("index", "kind", "start", "end", "duplicate_of", "post"), r))
            for r in self._rows(
                'SELECT idx, kind, start, "end", duplicate_of, post FROM segments WHERE doc_id = ? '
                "ORDER BY start, idx", [doc_id])
        ]
        doc["posts"] = [
            dict(zip(("index", "author", "handle", "date", "start", "end", "url"), r))
            for r in self._rows(
                'SELECT idx, author, handle, date, start, "end", url FROM posts WHERE doc_id = ? ORDER BY idx',
                [doc_id])
        ]
        events, _ = self.events(Filters(doc_id=doc_id), limit=100_000)
        spans = self._evidence(doc_id)
        for ev in events:
            ev["mentions"] = spans.get(ev["id"], ev["mentions"])
        events.sort(key=lambda ev: (ev["evidence"]["start"] or 0, ev["id"]))
        doc["events"] = events
        return doc

    # ------------------------------------------------------------ actors

    def actors(self, limit: int = 500) -> list[dict[str, Any]]:
        """Actors with the number of events they take part in, most active first."""
        rows = self._rows(
            "WITH roles AS (SELECT source_actor_id a FROM events UNION ALL SELECT target_actor_id FROM events) "
            "SELECT ac.actor_id, ac.name, ac.type, ac.country, ac.sector, count(r.a) n "
            "FROM actors ac LEFT JOIN roles r ON r.a = ac.actor_id GROUP BY ALL "
            "ORDER BY n DESC, ac.name LIMIT ?", [int(limit)])
        keys = ("actor_id", "name", "type", "country", "sector", "events")
        return [dict(zip(keys, r)) for r in rows]

    def actor(self, key: str) -> dict[str, Any] | None:
        """One actor by id (or, failing that, by exact name) with its written forms and documents."""
        rows = self._rows(
            "SELECT actor_id, name, type, country, sector FROM actors WHERE actor_id = ? OR name = ? "
            "ORDER BY actor_id = ? DESC LIMIT 1", [key, key, key])
        if not rows:
            return None
        actor = dict(zip(("actor_id", "name", "type", "country", "sector"), rows[0]))
        actor["forms"] = [r[0] for r in self._rows(
            "SELECT text, count(*) n FROM mentions WHERE actor_id = ? GROUP BY text ORDER BY n DESC, text "
            "LIMIT 30", [actor["actor_id"]])]
        actor["documents"] = [dict(zip(("doc_id", "title"), r)) for r in self._rows(
            f"SELECT DISTINCT d.doc_id, {_DOC_TITLE} FROM documents d "
            "WHERE d.doc_id IN (SELECT doc_id FROM mentions WHERE actor_id = ? UNION "
            "SELECT doc_id FROM events WHERE source_actor_id = ? OR target_actor_id = ?) ORDER BY 2",
            [actor["actor_id"]] * 3)]
        return actor


def _event_view(row: tuple) -> EventView:
    raw = dict(zip(_EVENT_KEYS, row))
    evidence = {"start": raw.pop("start"), "end": raw.pop("end"), "text": raw.pop("text")}
    raw["evidence"] = evidence
    raw["mentions"] = [evidence]
    return decorate(raw)


def open_store(path: str | Path) -> Store:
    """Open a store file read-only; raises FileNotFoundError with a one-line message if absent."""
    return Store(path)


__all__ = ["Filters", "Store", "open_store"]
