"""``tidings report``: one self-contained HTML file (network, timeline, highlighted evidence) for Readings.

No server and no network: the script and the stylesheet are inlined and allowed by a Content-Security-Policy
meta carrying their sha256 hashes; ``default-src 'none'`` forbids every fetch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from markupsafe import Markup

from .. import __version__
from ..errors import Errors, InputError
from ..records import STATUSES, RawDocument, Reading
from .render import csp_hash, render, static_text
from .view import (
    build_network,
    build_timeline,
    document_blocks,
    event_label,
    events_from_reading,
    reading_segments,
    summary_counts,
)

REPORT_LINKS = {"event": "#ev-{id}", "actor": None}
# Fields of an event view the report's script needs to refilter the network and the timeline.
_SCRIPT_FIELDS = ("id", "doc_id", "type", "status", "source", "target", "source_country",
                  "target_country", "score", "date")


def event_tip(ev: dict[str, Any]) -> str:
    """Tooltip text of an evidence highlight: type, actors, status, attribution, date."""
    date = f", {ev['date']}" if ev.get("date") else ""
    return f"{event_label(ev)}, attributed to {ev.get('attributed_to') or 'unknown'}{date}"


def document_title(reading: Reading) -> str:
    """A reading's title: its metadata title, else its first title segment, else its source or id."""
    if reading.title:
        return reading.title
    for seg in reading.segments:
        if seg.kind == "title":
            return reading.text[seg.start : seg.end].strip()[:200]
    if reading.source and reading.source != "<text>":
        return Path(reading.source).name
    return reading.doc_id


def build_report(readings: Sequence[Reading], title: str | None = None) -> str:
    """Return the HTML text of a self-contained report on the given Readings."""
    documents, all_events = [], []
    for reading in readings:
        events = events_from_reading(reading)
        doc_title = document_title(reading)
        for ev in events:
            ev["doc_title"] = doc_title
            ev["tip"] = event_tip(ev)
        all_events.extend(events)
        documents.append({
            "doc_id": reading.doc_id,
            "title": doc_title,
            "published": reading.published,
            "published_method": reading.published_evidence.method,
            "genre": reading.genre,
            "source": reading.source if reading.source != "<text>" else None,
            "events": events,
            "posts": [p.to_dict() for p in reading.posts],
            "blocks": document_blocks(reading.text, reading_segments(reading), events),
        })
    network = build_network(all_events, by="actor")
    timeline = build_timeline(all_events)
    js, css = static_text("tidings.js"), static_text("tidings.css")
    csp = (
        f"default-src 'none'; script-src {csp_hash(js)}; style-src {csp_hash(css)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    if title is None:
        title = documents[0]["title"] if len(documents) == 1 else f"{len(documents)} articles"
    return render(
        "report.html",
        inline=True,
        csp=csp,
        inline_js=Markup(js),
        inline_css=Markup(css),
        title=title,
        version=__version__,
        counts=summary_counts(readings),
        documents=documents,
        events=all_events,
        evmap={ev["id"]: ev for ev in all_events},
        network=network,
        timeline=timeline,
        options={
            "types": sorted({ev["type"] for ev in all_events}),
            "statuses": [s for s in STATUSES if any(ev["status"] == s for ev in all_events)],
        },
        data={
            "network": network,
            "timeline": timeline,
            "links": REPORT_LINKS,
            "events": [{k: ev.get(k) for k in _SCRIPT_FIELDS} for ev in all_events],
        },
    )


def read_paths(paths: Iterable[Path]) -> tuple[list[Reading], list[InputError]]:
    """Read files and folders (text, HTML, JSONL, WARC) and extract them: Readings and the bad inputs."""
    from .._internal.isolate import read_isolated
    from ..annotate import load_pipeline
    from ..ingest import read_inputs
    from ..settings import Settings

    settings = Settings.from_env()
    docs: list[RawDocument] = []
    errors: list[InputError] = []
    for item in read_inputs(paths, max_bytes=settings.max_document_bytes):
        (errors if isinstance(item, InputError) else docs).append(item)  # type: ignore[arg-type]
    if not docs:
        return [], errors

    def failed(raw: RawDocument, exc: Exception) -> None:
        reason = f"{type(exc).__name__}: {exc}"
        errors.append(InputError(Errors.E035.format(source=raw.source, reason=reason), raw.source))

    readings = list(read_isolated(docs, load_pipeline(settings.model), settings.batch_size, failed))
    return readings, errors


def report(paths: Sequence[Path], output: Path, title: str | None = None) -> tuple[Path | None, list[InputError]]:
    """Read the given articles, write the self-contained report to ``output`` if any could be read.

    RETURNS: the path written (None when no document could be read) and the inputs that failed.
    """
    readings, errors = read_paths(paths)
    if not readings:
        return None, errors
    output.write_text(build_report(readings, title=title), encoding="utf-8")
    return output, errors
