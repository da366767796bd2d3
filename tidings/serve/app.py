"""``tidings serve``: the FastAPI app over a read-only store: HTML pages, a JSON API, one error shape.

Security: every response carries a strict Content-Security-Policy (scripts and styles only from /static, no
inline script, no framing); article text is escaped by the templates; the store is opened read-only; all SQL
is parameterised (tidings/serve/data.py). API errors are ``{"error": {"status": int, "message": str}}``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlencode, urlsplit

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..records import PLOVER_TYPES, STATUSES
from .data import Filters, Store
from .render import render
from .report import event_tip
from .schemas import (
    ActorOut,
    ActorsOut,
    DocumentOut,
    DocumentsOut,
    ErrorOut,
    EventOut,
    EventPage,
    NetworkOut,
    SummaryOut,
    TimelineOut,
)
from .view import build_network, build_timeline, document_blocks

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
TIMELINE_LIMIT = 5000  # newest events placed on the timeline
APP_LINKS = {"event": "/documents/{doc}#ev-{id}", "actor": "/actors/{id}"}
COUNTRY_LINKS = {"event": "/documents/{doc}#ev-{id}", "actor": "/events?country={id}"}
_DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
_ERROR_DOC = {"model": ErrorOut, "description": "Error: {\"error\": {\"status\": int, \"message\": str}}"}
ERRORS: dict[int | str, dict[str, Any]] = {400: _ERROR_DOC, 404: _ERROR_DOC, 422: _ERROR_DOC, 500: _ERROR_DOC}


def _choice(value: str | None, allowed: tuple[str, ...], name: str) -> str | None:
    if not value:
        return None
    if value not in allowed:
        raise HTTPException(422, f"{name}: {value!r} is not one of {', '.join(allowed)}")
    return value


def event_filters(
    type: str | None = Query(None, description="PLOVER event type, e.g. ACCUSE"),
    status: str | None = Query(None, description="occurred, ongoing, planned, negated, hypothetical, normative"),
    attributed_to: str | None = Query(None, max_length=300, description="who the event is attributed to"),
    date_from: str | None = Query(None, pattern=_DATE, description="YYYY[-MM[-DD]]: events overlapping from"),
    date_to: str | None = Query(None, pattern=_DATE, description="YYYY[-MM[-DD]]: events overlapping until"),
    doc_id: str | None = Query(None, max_length=300),
    actor: str | None = Query(None, max_length=300, description="actor id, as source or target"),
    country: str | None = Query(None, pattern=r"^([A-Z]{3})?$", description="country code, as source or target"),
    by: str | None = Query(None, pattern=r"^(actor|country)?$", description="network nodes: actor or country"),
) -> Filters:
    """Query-string filters shared by the event, network and timeline pages and endpoints."""
    return Filters(
        type=_choice(type, PLOVER_TYPES, "type"), status=_choice(status, STATUSES, "status"),
        attributed_to=attributed_to or None, date_from=date_from or None, date_to=date_to or None,
        doc_id=doc_id or None, actor=actor or None, country=country or None, by=by or "actor",
    )


class SecurityHeaders:
    """Pure ASGI middleware adding the security headers to every HTTP response."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *((k, v) for k, v in self.headers if k not in present)]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class RequestConnection:
    """Pure ASGI middleware: the store is opened read-only for one request and closed after it."""

    def __init__(self, app: Any, store: Store) -> None:
        self.app = app
        self.store = store

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/static"):
            await self.app(scope, receive, send)
            return
        with self.store.request_scope():
            await self.app(scope, receive, send)


class HostGuard:
    """Pure ASGI middleware: answer 400 to a Host header not in the allowed set (DNS-rebinding guard)."""

    def __init__(self, app: Any, allowed: frozenset[str]) -> None:
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and "*" not in self.allowed:
            host = dict(scope.get("headers", [])).get(b"host", b"").decode("latin-1").lower()
            name = host.rsplit(":", 1)[0] if not host.startswith("[") else host.split("]")[0] + "]"
            if name not in self.allowed:
                message = f"host {host!r} is not served here (start tidings serve with --host to allow it)"
                if scope["path"].startswith("/api"):
                    body = JSONResponse({"error": {"status": 400, "message": message}}, status_code=400)
                else:
                    body = _page("error.html", http_status=400, status=400, message=message)
                await body(scope, receive, send)
                return
        await self.app(scope, receive, send)


LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]"})


def create_app(db: str | Path, allowed_hosts: frozenset[str] = LOOPBACK_HOSTS) -> FastAPI:
    """Build the app over the store file ``db`` (checked now, FileNotFoundError if absent; opened per request).

    allowed_hosts: Host header names answered ("*" for any); loopback names by default.
    """
    store = Store(db)
    app = FastAPI(title="tidings", version=__version__, docs_url=None, redoc_url=None,
                  description="Read-only API over a tidings event store.")
    app.state.store = store
    static_dir = resources.files(__package__).joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static_dir)), name="static")

    app.add_middleware(RequestConnection, store=store)
    app.add_middleware(HostGuard, allowed=frozenset(allowed_hosts))
    app.add_middleware(SecurityHeaders)
    _install_error_handlers(app)
    _install_pages(app, store)
    _install_api(app, store)
    return app


def _page(template: str, http_status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(render(template, inline=False, **context), status_code=http_status)


def _found(row: dict[str, Any] | None, what: str, key: str) -> dict[str, Any]:
    """The row a page or API path names; a 404 naming it when the store has none."""
    if row is None:
        raise HTTPException(404, f"no such {what}: {key!r}")
    return row


def _with_tips(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for ev in events:
        ev["tip"] = event_tip(ev)
    return events


def _install_pages(app: FastAPI, store: Store) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview() -> HTMLResponse:
        latest, _ = store.events(Filters(), limit=10)
        return _page("overview.html", page="overview", counts=store.counts(), dyads=store.dyads(10),
                     latest=latest, db_name=store.path.name)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(f: Filters = Depends(event_filters)) -> HTMLResponse:
        net = build_network(store.network(f), by=f.by)
        return _page("network.html", page="network", filters=f, options=store.options(), network=net,
                     data={"network": net, "links": APP_LINKS if f.by == "actor" else COUNTRY_LINKS})

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(f: Filters = Depends(event_filters)) -> HTMLResponse:
        events, total = store.events(f, limit=TIMELINE_LIMIT)
        tl = build_timeline(events)
        undated = [ev for ev in events if not ev.get("date")]
        return _page("timeline.html", page="timeline", filters=f, options=store.options(), timeline=tl,
                     undated=undated, total=total, shown=len(events),
                     data={"timeline": tl, "links": APP_LINKS})

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(f: Filters = Depends(event_filters), limit: int = Query(100, ge=1, le=1000),
                    offset: int = Query(0, ge=0)) -> HTMLResponse:
        events, total = store.events(f, limit=limit, offset=offset)
        prev_url = next_url = None
        if offset > 0:
            prev_url = "/events?" + urlencode(f.query(offset=max(0, offset - limit) or None, limit=limit))
        if offset + limit < total:
            next_url = "/events?" + urlencode(f.query(offset=offset + limit, limit=limit))
        return _page("events.html", page="events", filters=f, options=store.options(), events=events,
                     total=total, offset=offset, prev_url=prev_url, next_url=next_url)

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page() -> HTMLResponse:
        return _page("documents.html", page="documents", documents=store.documents())

    @app.get("/documents/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(doc_id: str) -> HTMLResponse:
        doc = _found(store.document(doc_id), "document", doc_id)
        events = _with_tips(doc["events"])
        blocks = document_blocks(doc["text"], doc["segments"], events)
        return _page("document.html", page="documents", doc=doc, events=events, blocks=blocks,
                     evmap={ev["id"]: ev for ev in events})

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page() -> HTMLResponse:
        return _page("actors.html", page="actors", actors=store.actors())

    @app.get("/actors/{key:path}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(key: str) -> HTMLResponse:
        actor = _found(store.actor(key), "actor", key)
        events, _ = store.events(Filters(actor=actor["actor_id"]), limit=1000)
        net = build_network(events, by="actor")
        return _page("actor.html", page="actors", actor=actor, events=events, network=net,
                     documents=actor["documents"], data={"network": net, "links": APP_LINKS})


def _install_api(app: FastAPI, store: Store) -> None:
    @app.get("/api/summary", responses=ERRORS, tags=["store"])
    def api_summary() -> SummaryOut:
        """Counts of documents, actors and events; events by type and status; top country dyads."""
        return SummaryOut(**store.counts(), dyads=store.dyads(10))

    @app.get("/api/events", responses=ERRORS, tags=["events"])
    def api_events(f: Filters = Depends(event_filters), limit: int = Query(100, ge=1, le=1000),
                   offset: int = Query(0, ge=0)) -> EventPage:
        """Filtered events, newest first, with the total number matching."""
        events, total = store.events(f, limit=limit, offset=offset)
        return EventPage(total=total, limit=limit, offset=offset, events=events)

    @app.get("/api/events/{event_id}", responses=ERRORS, tags=["events"])
    def api_event(event_id: str) -> EventOut:
        """One event with all its evidence spans."""
        return EventOut(**_found(store.event(event_id), "event", event_id))

    @app.get("/api/network", responses=ERRORS, tags=["events"])
    def api_network(f: Filters = Depends(event_filters)) -> NetworkOut:
        """Actor (or country, with by=country) network of the filtered events."""
        return NetworkOut(**build_network(store.network(f), by=f.by))

    @app.get("/api/timeline", responses=ERRORS, tags=["events"])
    def api_timeline(f: Filters = Depends(event_filters)) -> TimelineOut:
        """Filtered events placed on a timeline (day ranges), undated ones apart."""
        events, _ = store.events(f, limit=TIMELINE_LIMIT)
        return TimelineOut(**build_timeline(events))

    @app.get("/api/documents", responses=ERRORS, tags=["documents"])
    def api_documents(limit: int = Query(500, ge=1, le=5000), offset: int = Query(0, ge=0)) -> DocumentsOut:
        """Documents with their event counts."""
        return DocumentsOut(documents=store.documents(limit=limit, offset=offset))

    @app.get("/api/documents/{doc_id:path}", responses=ERRORS, tags=["documents"])
    def api_document(doc_id: str) -> DocumentOut:
        """One document: text, segments and events with their evidence spans."""
        doc = _found(store.document(doc_id), "document", doc_id)
        return DocumentOut(**doc)

    @app.get("/api/actors", responses=ERRORS, tags=["actors"])
    def api_actors(limit: int = Query(500, ge=1, le=5000)) -> ActorsOut:
        """Actors with their number of event roles."""
        return ActorsOut(actors=store.actors(limit=limit))

    @app.get("/api/actors/{key:path}", responses=ERRORS, tags=["actors"])
    def api_actor(key: str) -> ActorOut:
        """One actor (by id or exact name) with its written forms, documents and events."""
        actor = _found(store.actor(key), "actor", key)
        events, _ = store.events(Filters(actor=actor["actor_id"]), limit=1000)
        return ActorOut(**actor, events=events)


def _error(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    return _page("error.html", http_status=status, status=status, message=message)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page: {request.url.path}"
        return _error(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
            parts.append(f"{where}: {err.get('msg', 'invalid')}")
        return _error(request, 422, "; ".join(parts) or "invalid request")

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        response = _error(request, 500, f"internal error: {type(exc).__name__}")
        for k, v in SECURITY_HEADERS.items():  # this handler runs outside the middleware stack
            response.headers.setdefault(k, v)
        return response


def get_page(app: FastAPI, path: str) -> tuple[int, str, str]:
    """Run one GET request through the app in-process; return (status, content type, body text)."""
    parts = urlsplit(path if path.startswith("/") else "/" + path)
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
        "scheme": "http", "path": unquote(parts.path), "raw_path": parts.path.encode("utf-8"),
        "query_string": parts.query.encode("utf-8"), "root_path": "",
        "headers": [(b"host", b"127.0.0.1")], "client": ("127.0.0.1", 0), "server": ("127.0.0.1", 80),
    }
    status, ctype, body = 500, "", bytearray()

    sent_request = False
    done = asyncio.Event()

    async def receive() -> dict[str, Any]:
        nonlocal sent_request
        if not sent_request:
            sent_request = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await done.wait()
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status, ctype
        if message["type"] == "http.response.start":
            status = message["status"]
            for k, v in message.get("headers", []):
                if k.lower() == b"content-type":
                    ctype = v.decode("latin-1")
        elif message["type"] == "http.response.body":
            body.extend(message.get("body", b""))
            if not message.get("more_body", False):
                done.set()

    async def run() -> None:
        await app(scope, receive, send)
        done.set()

    _run_coroutine(run)
    return status, ctype, body.decode("utf-8", errors="replace")


def _run_coroutine(factory: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run a coroutine to completion, in a worker thread when this thread already runs an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(factory())
        return
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, factory()).result()
