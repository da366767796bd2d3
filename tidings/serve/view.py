"""View models shared by the web app and the HTML report: plain dicts built from Readings or store rows.

An *event view* is a JSON-ready dict with the keys ``id, doc_id, doc_title, type, source, target,
source_id, target_id, source_country, target_country, date, date_precision, status, attributed_to,
confidence, mode, segment, evidence {start, end, text}, mentions [{start, end, text}]`` plus the derived
``score``, ``quad`` and ``colour``. Everything else here (network, timeline, document blocks) is
computed from lists of event views, so the report and the app draw exactly the same pictures.
"""

from __future__ import annotations

import calendar
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from ..records import Reading

EventView = dict[str, Any]

# Colour stops from conflict (-10) through neutral (0) to cooperation (+10).
_STOPS: tuple[tuple[float, tuple[int, int, int]], ...] = (
    (-10.0, (178, 24, 43)),
    (-5.0, (239, 138, 98)),
    (0.0, (150, 150, 150)),
    (5.0, (77, 172, 38)),
    (10.0, (33, 102, 172)),
)


@lru_cache(maxsize=1)
def _plover_table() -> dict[str, Any]:
    with resources.files(__package__).joinpath("plover_scores.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def plover_score(event_type: str | None) -> float | None:
    """PLOVER conflict/cooperation score of an event type (-10..+10), None when unknown."""
    return _plover_table()["scores"].get(event_type or "")


def plover_quad(event_type: str | None) -> str | None:
    """Quad class of an event type ("verbal cooperation", ...), None when unknown."""
    return _plover_table()["quads"].get(event_type or "")


def score_colour(score: float | None) -> str:
    """Hex colour for a mean score: red for conflict, grey for neutral, green then blue for cooperation."""
    if score is None:
        return "#969696"
    s = max(-10.0, min(10.0, float(score)))
    for (lo, c0), (hi, c1) in zip(_STOPS, _STOPS[1:]):
        if s <= hi:
            t = (s - lo) / (hi - lo)
            rgb = (round(a + (b - a) * t) for a, b in zip(c0, c1))
            return "#{:02x}{:02x}{:02x}".format(*rgb)
    return "#{:02x}{:02x}{:02x}".format(*_STOPS[-1][1])


def decorate(event: EventView) -> EventView:
    """Add ``score``, ``quad`` and ``colour`` to an event view (in place) and return it."""
    score = plover_score(event.get("type"))
    event["score"] = score
    event["quad"] = plover_quad(event.get("type"))
    event["colour"] = score_colour(score)
    return event


def events_from_reading(reading: Reading) -> list[EventView]:
    """Event views for every event of one Reading."""
    out: list[EventView] = []
    for ev in reading.events:
        mentions = [m.to_dict() for m in ev.mentions] or [ev.evidence.to_dict()]
        out.append(decorate({
            "id": ev.id,
            "doc_id": reading.doc_id,
            "doc_title": reading.title or reading.doc_id,
            "type": ev.type,
            "source": ev.source,
            "target": ev.target,
            "source_id": ev.source_id,
            "target_id": ev.target_id,
            "source_country": ev.source_country,
            "target_country": ev.target_country,
            "date": ev.date,
            "date_precision": ev.date_precision,
            "status": ev.status,
            "attributed_to": ev.attributed_to,
            "confidence": ev.confidence,
            "mode": ev.mode,
            "segment": ev.segment,
            "evidence": ev.evidence.to_dict(),
            "mentions": mentions,
            "target_found_by": ev.target_found_by,
        }))
    return out


# ---------------------------------------------------------------- network


def _node(event: EventView, side: str, by: str) -> tuple[str | None, str | None]:
    """(key, label) of one end of an event: its country, else its actor key (falling back to the name)."""
    if by == "country":
        code = event.get(f"{side}_country")
        return code, code
    name = event.get(side)
    return event.get(f"{side}_key") or name, name


def build_network(events: Iterable[EventView], by: str = "actor") -> dict[str, Any]:
    """Nodes (actors or countries) and undirected edges with event count, mean score and colour.

    Each event counts ``event.get("n", 1)`` times, so pre-aggregated rows (one per dyad and type) work too.
    """
    if by not in ("actor", "country"):
        raise ValueError(f"network: 'by' must be 'actor' or 'country', not {by!r}")
    node_count: Counter[str] = Counter()
    node_info: dict[str, tuple[str | None, str | None]] = {}
    edge_sum: Counter[tuple[str, str]] = Counter()
    edge_scored: Counter[tuple[str, str]] = Counter()
    edge_types: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    edge_count: Counter[tuple[str, str]] = Counter()
    for ev in events:
        weight = int(ev.get("n", 1))
        ends = []
        for side in ("source", "target"):
            key, label = _node(ev, side, by)
            if key:
                node_count[key] += weight
                node_info.setdefault(key, (label, ev.get(f"{side}_country")))
                ends.append(key)
        if len(ends) == 2 and ends[0] != ends[1]:
            pair = (min(ends), max(ends))
            edge_count[pair] += weight
            edge_types[pair][ev["type"]] += weight
            score = plover_score(ev.get("type"))
            if score is not None:
                edge_sum[pair] += score * weight
                edge_scored[pair] += weight
    nodes = [
        {"id": key, "label": node_info[key][0] or key, "country": node_info[key][1], "count": n}
        for key, n in sorted(node_count.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    label = {node["id"]: node["label"] for node in nodes}
    edges = []
    for pair, n in sorted(edge_count.items(), key=lambda kv: (-kv[1], kv[0])):
        mean = round(edge_sum[pair] / edge_scored[pair], 2) if edge_scored[pair] else None
        edges.append({
            "source": pair[0], "target": pair[1], "source_label": label[pair[0]],
            "target_label": label[pair[1]], "count": n, "score": mean,
            "colour": score_colour(mean), "types": dict(edge_types[pair].most_common()),
        })
    return {"by": by, "nodes": nodes, "edges": edges}


# ---------------------------------------------------------------- timeline


def date_range(date: str | None) -> tuple[str, str] | None:
    """First and last day covered by a YYYY, YYYY-MM or YYYY-MM-DD date; None if unparseable."""
    if not date:
        return None
    parts = date.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return f"{year:04d}-01-01", f"{year:04d}-12-31"
        month = int(parts[1])
        if len(parts) == 2:
            last = calendar.monthrange(year, month)[1]
            return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
        day = int(parts[2][:2])
        return f"{year:04d}-{month:02d}-{day:02d}", f"{year:04d}-{month:02d}-{day:02d}"
    except (ValueError, IndexError, calendar.IllegalMonthError):
        return None


def build_timeline(events: Iterable[EventView]) -> dict[str, Any]:
    """Dated events (with their day range) sorted by date, and the undated ones apart."""
    dated, undated = [], []
    for ev in events:
        item = {
            "id": ev["id"], "doc_id": ev.get("doc_id"), "type": ev["type"], "status": ev["status"],
            "date": ev.get("date"), "colour": ev.get("colour"), "score": ev.get("score"),
            "label": event_label(ev),
        }
        span = date_range(ev.get("date"))
        if span is None:
            undated.append(item)
        else:
            item["start"], item["end"] = span
            dated.append(item)
    dated.sort(key=lambda d: (d["start"], d["end"], d["type"], d["id"]))
    return {"dated": dated, "undated": undated, "types": sorted({d["type"] for d in dated})}


def event_label(ev: EventView) -> str:
    """One-line summary: TYPE source -> target (status)."""
    who = ev.get("source") or "?"
    whom = ev.get("target")
    arrow = f"{who} \u2192 {whom}" if whom else who
    return f"{ev['type']} {arrow} ({ev['status']})"


# ---------------------------------------------------------------- document text


def document_blocks(
    text: str, segments: Sequence[dict[str, Any]], events: Sequence[EventView]
) -> list[dict[str, Any]]:
    """Split an article into segment blocks, each cut into pieces marked with the events covering them.

    segments: dicts with ``index, kind, start, end`` (and optionally ``duplicate_of``).
    RETURNS: ``[{index, kind, duplicate_of, pieces: [{text, start, events: [ids], starts: [ids]}]}]``;
    text between segments that is not whitespace becomes a block of kind ``None``.
    """
    spans = [
        (int(m["start"]), int(m["end"]), ev["id"])
        for ev in events
        for m in (ev.get("mentions") or [ev["evidence"]])
        if 0 <= int(m["start"]) < int(m["end"]) <= len(text)
    ]
    segs = sorted(
        (s for s in segments if 0 <= int(s["start"]) < int(s["end"]) <= len(text)),
        key=lambda s: int(s["start"]),
    )
    if not segs:
        segs = [{"index": 0, "kind": "body", "start": 0, "end": len(text)}]
    blocks: list[dict[str, Any]] = []
    pos = 0
    seen_start: set[str] = set()
    for seg in segs:
        start, end = max(int(seg["start"]), pos), int(seg["end"])
        if start >= end:
            continue
        if text[pos:start].strip():
            blocks.append(_block(text, pos, start, None, None, None, spans, seen_start))
        block = _block(text, start, end, seg.get("kind"), seg.get("index"), seg.get("duplicate_of"),
                       spans, seen_start)
        block["post"] = seg.get("post")
        blocks.append(block)
        pos = end
    if text[pos:].strip():
        blocks.append(_block(text, pos, len(text), None, None, None, spans, seen_start))
    return blocks


def _block(
    text: str, start: int, end: int, kind: str | None, index: int | None, duplicate_of: int | None,
    spans: list[tuple[int, int, str]], seen_start: set[str],
) -> dict[str, Any]:
    inside = [(max(s, start), min(e, end), i) for s, e, i in spans if s < end and e > start]
    cuts = sorted({start, end, *(s for s, _, _ in inside), *(e for _, e, _ in inside)})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        covering = sorted({i for s, e, i in inside if s <= a and e >= b})
        starts = [i for i in covering if i not in seen_start]
        seen_start.update(starts)
        pieces.append({"text": text[a:b], "start": a, "events": covering, "starts": starts})
    return {"index": index, "kind": kind, "duplicate_of": duplicate_of, "start": start, "end": end,
            "post": None, "pieces": pieces}


def reading_segments(reading: Reading) -> list[dict[str, Any]]:
    """Segment dicts of a Reading in the shape ``document_blocks`` takes."""
    return [s.to_dict() for s in reading.segments]


def summary_counts(readings: Sequence[Reading]) -> dict[str, Any]:
    """Counts for an overview: documents, actors, events, by type and by status."""
    events = [ev for r in readings for ev in r.events]
    return {
        "documents": len(readings),
        "actors": len({e.name for r in readings for e in r.entities}),
        "events": len(events),
        "by_type": dict(Counter(ev.type for ev in events).most_common()),
        "by_status": dict(Counter(ev.status for ev in events).most_common()),
    }
