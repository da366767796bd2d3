"""GDELT 2.0 event export: tab-separated, no header, exactly the 61 columns of the event codebook.

One row per event cluster (GDELT counts one event however many articles report it), so
NumMentions/NumSources/NumArticles come from the cluster. The row describes the cluster's earliest
report among events whose status is in ``statuses`` (default: occurred and ongoing, since GDELT has no
status field and a planned or denied event must not pass for one that happened).

Codes go through the named mapping tables (``tidings/data/mappings``): PLOVER type (+ mode) ->
CAMEO event code (``plover_to_cameo``), CAMEO root -> Goldstein (``cameo_goldstein``), root ->
QuadClass under a named scheme (``cameo_quad``; default ``gdelt_usual``). Actor codes are the ISO
alpha-3 country followed by the sector (``PAKGOV``). AvgTone and the geo fields are left empty
(tidings measures neither); the geo Type fields are 0, GDELT's "no match".
"""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date as Date
from pathlib import Path
from typing import Any

import duckdb

from .exports import events_table
from .mappings import DEFAULT_QUAD_SCHEME, cameo_code, goldstein, load_mapping, quad_class


def gdelt_columns() -> list[str]:
    """The 61 GDELT 2.0 event column names, in file order."""
    rows = sorted(load_mapping("gdelt_columns"), key=lambda r: int(r["position"]))
    return [r["column"] for r in rows]


def global_event_id(cluster_id: str) -> int:
    """A stable positive integer id from the cluster's hex id (52 bits)."""
    return int(cluster_id[:13], 16)


def _day(row: dict[str, Any]) -> Date | None:
    for value in (row["date"], row["published"]):
        if not value:
            continue
        parts = (value.split("-") + ["01", "01"])[:3]
        try:
            return Date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
        except ValueError:
            continue
    return row["ingested_at"].date() if row["ingested_at"] else None


def _actor(name: str | None, country: str | None, sector: str | None) -> list[str]:
    code = (country or "") + (sector or "")
    return [code, (name or "").upper(), country or "", "", "", "", "", sector or "", "", ""]


def gdelt_row(row: dict[str, Any], scheme: str = DEFAULT_QUAD_SCHEME) -> list[str] | None:
    """Return the 61 fields of one cluster's representative event (None when it has no date)."""
    day = _day(row)
    code = cameo_code(row["type"], row["mode"])
    if day is None or code is None:
        return None
    root = code[:2]
    frac = day.year + ((day.month - 1) * 30 + day.day) / 365
    gold = goldstein(root)
    added = row["ingested_at"].strftime("%Y%m%d%H%M%S") if row["ingested_at"] else ""
    fields = [
        str(global_event_id(row["cluster_id"])), day.strftime("%Y%m%d"), day.strftime("%Y%m"),
        str(day.year), f"{frac:.4f}",
        *_actor(row["source_name"], row["source_country"], row["source_sector"]),
        *_actor(row["target_name"], row["target_country"], row["target_sector"]),
        "1" if (row["segment"] or 0) <= 1 else "0", code, code[:3], root,
        str(quad_class(root, scheme)), "" if gold is None else f"{gold:g}",
        str(row["num_mentions"] or 1), str(row["num_sources"] or 1), str(row["num_articles"] or 1),
        "",
    ]
    for _ in range(3):  # Actor1Geo, Actor2Geo, ActionGeo
        fields += ["0", "", "", "", "", "", "", ""]
    fields += [added, row["url"] or row["document_source"] or ""]
    return fields


def export_gdelt(
    con: duckdb.DuckDBPyConnection,
    out: Path,
    *,
    quad_scheme: str = DEFAULT_QUAD_SCHEME,
    statuses: tuple[str, ...] = ("occurred", "ongoing"),
    **_: Any,
) -> int:
    """Write GDELT 2.0 event rows (one per cluster); return the number of rows."""
    quad_class("01", quad_scheme)  # fail early on an unknown scheme
    by_cluster: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in events_table(con).to_pylist():
        if row["status"] in statuses and row["cluster_id"]:
            by_cluster[row["cluster_id"]].append(row)
    n = 0
    width = len(gdelt_columns())
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                            escapechar="\\")
        for cid in sorted(by_cluster):
            first = min(by_cluster[cid], key=lambda r: (r["published"] or "9999", r["doc_id"],
                                                         r["evidence_start"] or 0))
            fields = gdelt_row(first, quad_scheme)
            if fields is None:
                continue
            if len(fields) != width:
                raise RuntimeError(f"GDELT row has {len(fields)} fields, expected {width}")
            writer.writerow([f.replace("\t", " ").replace("\n", " ") for f in fields])
            n += 1
    return n
