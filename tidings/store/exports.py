"""Exports of the stored events: JSON Lines, CSV, Parquet, PLOVER-style JSON, GDELT 2.0 TSV, GraphML.

Each exporter reads the store read-only and writes one file; ``export`` dispatches on the format and
returns the number of records written. GDELT and GraphML live in ``gdelt.py`` and ``graph.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from .queries import Store, reading

FORMATS = ("jsonl", "csv", "parquet", "plover", "gdelt", "graphml")

# One row per event with its document, cluster counts, actor details and all evidence spans.
EVENTS_SQL = """
SELECT e.doc_id, e.event_id, e.type, e.mode, e.status, e.date, e.date_precision,
       e.source_name, e.source_country, e.source_actor_id, a1.type AS source_type,
       a1.sector AS source_sector,
       e.target_name, e.target_country, e.target_actor_id, a2.type AS target_type,
       a2.sector AS target_sector, e.target_found_by,
       e.attributed_to, e.confidence, e.segment, e.evidence_start, e.evidence_end, e.evidence_text,
       e.trigger_text, e.cluster_id, c.num_mentions, c.num_sources, c.num_articles,
       d.published, d.url, d.title, d.source AS document_source, d.source_domain, d.genre,
       d.language, d.ingested_at,
       (SELECT list({'start': v.start, 'end': v."end", 'text': v.text} ORDER BY v.idx)
        FROM evidence v WHERE v.doc_id = e.doc_id AND v.event_id = e.event_id) AS evidence
FROM events e
JOIN documents d USING (doc_id)
LEFT JOIN event_clusters c USING (cluster_id)
LEFT JOIN actors a1 ON a1.actor_id = e.source_actor_id
LEFT JOIN actors a2 ON a2.actor_id = e.target_actor_id
ORDER BY e.doc_id, e.evidence_start, e.event_id
"""


def events_table(con: duckdb.DuckDBPyConnection) -> pa.Table:
    """Return the flat event rows (with a nested ``evidence`` list) as an Arrow table."""
    rel = con.sql(EVENTS_SQL)
    fetch = getattr(rel, "to_arrow_table", None) or rel.arrow
    return fetch()


def _json_default(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def export_jsonl(con: duckdb.DuckDBPyConnection, out: Path) -> int:
    """One JSON object per event and line."""
    rows = events_table(con).to_pylist()
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
    return len(rows)


def export_csv(con: duckdb.DuckDBPyConnection, out: Path) -> int:
    """Flat CSV, one event per row; the evidence spans are a JSON string column."""
    df = events_table(con).to_pandas()
    df["evidence"] = [json.dumps(list(v) if v is not None else [], default=_json_default)
                      for v in df["evidence"]]
    df.to_csv(out, index=False)
    return len(df)


def export_parquet(con: duckdb.DuckDBPyConnection, out: Path) -> int:
    """Parquet file of the event rows (evidence spans as a list of structs)."""
    table = events_table(con)
    pq.write_table(table, out)
    return table.num_rows


def export(db: Store, fmt: str, out: str | Path, **options: Any) -> int:
    """Write the store's events to ``out`` in format ``fmt``; return the number of records.

    fmt (str): one of jsonl, csv, parquet, plover, gdelt, graphml.
    options: ``quad_scheme`` and ``statuses`` (gdelt), ``nodes`` (graphml: actor or country).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format '{fmt}': choose one of {', '.join(FORMATS)}")
    path = Path(out)
    if path.parent and not path.parent.exists():
        raise ValueError(f"{path}: the folder {path.parent} does not exist")
    with reading(db) as con:
        if fmt == "jsonl":
            return export_jsonl(con, path)
        if fmt == "csv":
            return export_csv(con, path)
        if fmt == "parquet":
            return export_parquet(con, path)
        if fmt == "plover":
            from .plover import export_plover

            return export_plover(con, path)
        if fmt == "gdelt":
            from .gdelt import export_gdelt

            return export_gdelt(con, path, **options)
        from .graph import export_graphml

        return export_graphml(con, path, **options)
