"""PLOVER-style JSON export: one record per event, with the fields of the PLOVER gold records.

Field list (PLOVER_FIELDS): id, date, event, mode, context, source, target, eventText, text,
textInfo, language, publication, coder, version, dateCoded, comment. Actors are lists of
``{actorText, code, sector}``; an absent target is ``""``. As in the PLOVER records, null fields are
left out. What PLOVER has no field for (status, attribution, offsets, cluster) goes under ``tidings``.
PLOVER has no status, so a planned act is written the way PLOVER codes intent: planned cooperation as AGREE,
planned force as THREATEN (``statusless_type``); the type tidings read stays under ``tidings.type``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import duckdb

from ..records import statusless_type
from .exports import events_table

PLOVER_FIELDS: tuple[str, ...] = (
    "id", "date", "event", "mode", "context", "source", "target", "eventText", "text", "textInfo",
    "language", "publication", "coder", "version", "dateCoded", "comment",
)
REQUIRED_FIELDS: tuple[str, ...] = (
    "id", "date", "event", "source", "eventText", "text", "textInfo", "language", "publication",
    "coder", "version", "dateCoded",
)
ACTOR_FIELDS: tuple[str, ...] = ("actorText", "code", "sector")
EXTENSION_KEY = "tidings"
PLOVER_VERSION = "PLOVER manual 2024 (16 base categories)"


def _actor(text: str | None, code: str | None, sector: str | None) -> list[dict[str, str]] | str:
    if not text and not code:
        return ""
    out = {"actorText": text or "", "code": code or ""}
    if sector:
        out["sector"] = sector
    return [out]


def _mention_spans(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], list[tuple[int, int]]]:
    spans: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for doc, actor, start, end in con.execute(
        'SELECT doc_id, actor_id, start, "end" FROM mentions ORDER BY doc_id, start'
    ).fetchall():
        spans[(doc, actor)].append((start, end))
    return spans


def markup(row: dict[str, Any], spans: dict[tuple[str, str], list[tuple[int, int]]]) -> str:
    """Mark the source, target and trigger inside the evidence text the PLOVER way: (SRC: ...)."""
    text, base = row["evidence_text"] or "", row["evidence_start"] or 0
    marks: list[tuple[int, int, str]] = []
    for role, key in (("SRC", "source_actor_id"), ("TAR", "target_actor_id")):
        for s, e in spans.get((row["doc_id"], row[key]), []) if row[key] else []:
            if base <= s and e <= base + len(text):
                marks.append((s - base, e - base, role))
                break
    trig = row.get("trigger_text")
    if trig and trig in text and trig != text:
        i = text.index(trig)
        marks.append((i, i + len(trig), "EVT"))
    marks.sort()
    out, pos = [], 0
    for s, e, role in marks:
        if s < pos:  # overlapping marks: keep the first
            continue
        out += [text[pos:s], f"({role}: {text[s:e]})"]
        pos = e
    out.append(text[pos:])
    return "".join(out)


def plover_record(row: dict[str, Any], spans: dict) -> dict[str, Any]:
    """Turn one flat event row into a PLOVER-style record."""
    from .. import __version__

    rec: dict[str, Any] = {
        "id": f"{row['doc_id']}-{row['event_id']}",
        "date": row["date"] or row["published"],
        "event": statusless_type(row["type"], row["status"]),
        "mode": row["mode"],
        "source": _actor(row["source_name"], row["source_country"], row["source_sector"]),
        "target": _actor(row["target_name"], row["target_country"], row["target_sector"]),
        "eventText": row["trigger_text"] or row["evidence_text"],
        "text": row["evidence_text"],
        "textInfo": {"markup": markup(row, spans)},
        "language": row["language"] or "en",
        "publication": row["source_domain"] or row["url"] or row["document_source"] or "",
        "coder": f"tidings {__version__}",
        "version": PLOVER_VERSION,
        "dateCoded": row["ingested_at"].date().isoformat() if row["ingested_at"] else None,
    }
    rec = {k: v for k, v in rec.items() if v is not None}
    rec[EXTENSION_KEY] = {k: v for k, v in {
        "doc_id": row["doc_id"], "type": row["type"], "status": row["status"],
        "attributed_to": row["attributed_to"],
        "confidence": row["confidence"], "date_precision": row["date_precision"],
        "evidence": row["evidence"], "cluster_id": row["cluster_id"], "url": row["url"],
    }.items() if v is not None}
    return rec


def export_plover(con: duckdb.DuckDBPyConnection, out: Path) -> int:
    """Write a JSON array of PLOVER-style records (like the PLOVER gold-standard file)."""
    spans = _mention_spans(con)
    records = [plover_record(row, spans) for row in events_table(con).to_pylist()]
    out.write_text(json.dumps(records, ensure_ascii=False, indent=1, default=str) + "\n",
                   encoding="utf-8")
    return len(records)
