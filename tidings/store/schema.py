"""DuckDB schema of the event store, its version table and create-if-missing migrations.

Every table that holds per-document rows carries ``doc_id`` so that one document can be replaced
(``--force``) or skipped (already stored) as a unit. Migrations are a list of DDL steps; each step
is applied once, in order, and recorded in ``schema_version``.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

SCHEMA_VERSION = 2

# Column order here is the column order of the Arrow tables built by ``tables.readings_to_tables``.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        "doc_id", "content_hash", "source", "source_domain", "url", "title", "published",
        "published_method", "genre", "language", "text", "ingested_at", "run_id",
    ),
    "segments": ("doc_id", "idx", "kind", "start", "end", "duplicate_of", "post"),
    "posts": ("doc_id", "idx", "author", "handle", "date", "start", "end", "url"),
    "actors": ("actor_id", "name", "type", "country", "sector"),
    "mentions": ("doc_id", "actor_id", "start", "end", "text"),
    "events": (
        "doc_id", "event_id", "type", "mode", "source_actor_id", "target_actor_id",
        "source_name", "target_name", "source_country", "target_country", "date",
        "date_precision", "status", "attributed_to", "confidence", "segment", "evidence_start",
        "evidence_end", "evidence_text", "trigger_text", "published", "group_key", "cluster_id",
        "target_found_by",
    ),
    "evidence": ("doc_id", "event_id", "idx", "start", "end", "text"),
    "quantities": ("doc_id", "idx", "text", "value", "unit", "start", "end"),
}

_MIGRATIONS: tuple[tuple[int, str], ...] = (
    (
        1,
        """
        CREATE TABLE IF NOT EXISTS documents (
            doc_id VARCHAR PRIMARY KEY,
            content_hash VARCHAR NOT NULL,
            source VARCHAR,
            source_domain VARCHAR,
            url VARCHAR,
            title VARCHAR,
            published VARCHAR,
            published_method VARCHAR,
            genre VARCHAR,
            language VARCHAR,
            text VARCHAR NOT NULL,
            ingested_at TIMESTAMP,
            run_id VARCHAR
        );
        CREATE INDEX IF NOT EXISTS documents_hash ON documents (content_hash);
        CREATE TABLE IF NOT EXISTS segments (
            doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, kind VARCHAR, start INTEGER, "end" INTEGER,
            duplicate_of INTEGER, post INTEGER
        );
        CREATE TABLE IF NOT EXISTS posts (
            doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, author VARCHAR, handle VARCHAR, date VARCHAR,
            start INTEGER, "end" INTEGER, url VARCHAR
        );
        CREATE TABLE IF NOT EXISTS actors (
            actor_id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, type VARCHAR, country VARCHAR,
            sector VARCHAR
        );
        CREATE TABLE IF NOT EXISTS mentions (
            doc_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, start INTEGER, "end" INTEGER,
            text VARCHAR
        );
        CREATE TABLE IF NOT EXISTS events (
            doc_id VARCHAR NOT NULL,
            event_id VARCHAR NOT NULL,
            type VARCHAR NOT NULL,
            mode VARCHAR,
            source_actor_id VARCHAR,
            target_actor_id VARCHAR,
            source_name VARCHAR,
            target_name VARCHAR,
            source_country VARCHAR,
            target_country VARCHAR,
            date VARCHAR,
            date_precision VARCHAR,
            status VARCHAR NOT NULL,
            attributed_to VARCHAR,
            confidence DOUBLE,
            segment INTEGER,
            evidence_start INTEGER,
            evidence_end INTEGER,
            evidence_text VARCHAR,
            trigger_text VARCHAR,
            published VARCHAR,
            group_key VARCHAR NOT NULL,
            cluster_id VARCHAR
        );
        CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id);
        CREATE INDEX IF NOT EXISTS events_group ON events (group_key);
        CREATE TABLE IF NOT EXISTS evidence (
            doc_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, idx INTEGER NOT NULL, start INTEGER,
            "end" INTEGER, text VARCHAR
        );
        CREATE TABLE IF NOT EXISTS event_clusters (
            cluster_id VARCHAR PRIMARY KEY,
            group_key VARCHAR NOT NULL,
            type VARCHAR NOT NULL,
            actor1_code VARCHAR,
            actor2_code VARCHAR,
            date VARCHAR,
            date_precision VARCHAR,
            first_doc_id VARCHAR,
            num_mentions INTEGER,
            num_sources INTEGER,
            num_articles INTEGER
        );
        CREATE INDEX IF NOT EXISTS clusters_group ON event_clusters (group_key);
        CREATE TABLE IF NOT EXISTS quantities (
            doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, value DOUBLE, unit VARCHAR,
            start INTEGER, "end" INTEGER
        );
        CREATE TABLE IF NOT EXISTS rejects (
            input VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            time TIMESTAMP NOT NULL,
            run_id VARCHAR,
            PRIMARY KEY (input, reason)
        );
        CREATE TABLE IF NOT EXISTS runs (
            run_id VARCHAR PRIMARY KEY,
            started TIMESTAMP NOT NULL,
            finished TIMESTAMP,
            tidings_version VARCHAR,
            spacy_version VARCHAR,
            model_name VARCHAR,
            model_version VARCHAR,
            lexicons VARCHAR,
            arguments VARCHAR,
            counts VARCHAR
        );
        """,
    ),
    (2, "ALTER TABLE events ADD COLUMN IF NOT EXISTS target_found_by VARCHAR;"),
)

# Tables whose rows belong to one document (deleted and re-inserted together).
DOCUMENT_TABLES: tuple[str, ...] = (
    "segments", "posts", "mentions", "events", "evidence", "quantities", "documents",
)


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Create missing tables and apply pending migrations; return the schema version."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TIMESTAMP)"
    )
    row = con.execute("SELECT max(version) FROM schema_version").fetchall()[0]
    current = row[0] if row and row[0] is not None else 0
    for version, ddl in _MIGRATIONS:
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(ddl)
            con.execute("INSERT INTO schema_version VALUES (?, now())", [version])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        current = version
    return current


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """Return the schema version recorded in the database (0 when none)."""
    try:
        row = con.execute("SELECT max(version) FROM schema_version").fetchall()[0]
    except duckdb.CatalogException:
        return 0
    return int(row[0]) if row and row[0] is not None else 0


def connect(
    db: str | Path, *, read_only: bool = False, wait: float = 60.0, config: dict[str, object] | None = None
) -> duckdb.DuckDBPyConnection:
    """Open the store at ``db`` (creating and migrating it unless read-only).

    Another process may hold the file for a moment (DuckDB allows one writing process, or several
    readers); the open is retried with backoff for up to ``wait`` seconds.
    """
    path = str(db)
    if read_only and path != ":memory:" and not Path(path).exists():
        raise FileNotFoundError(f"{path}: no such database (run `tidings ingest` first)")
    deadline = time.monotonic() + wait
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(path, read_only=read_only, config=config or {})
            break
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            time.sleep(delay + random.random() * delay)
            delay = min(delay * 2, 1.0)
    if not read_only:
        migrate(con)
    return con


@contextmanager
def registered(
    con: duckdb.DuckDBPyConnection, name: str, table: object
) -> Iterator[None]:
    """Expose an Arrow table to SQL as ``name`` for the duration of the block."""
    con.register(name, table)
    try:
        yield
    finally:
        try:
            con.unregister(name)
        except duckdb.Error:  # the transaction was aborted; the view goes with the connection
            pass
