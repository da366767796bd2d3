"""The event store: DuckDB schema, the single batched writer, ingest, queries and exports.

Write path: ``readings_to_tables`` (flat Arrow tables) -> ``load_tables`` (one transaction, idempotent by
content hash) -> ``recluster`` (cross-article event clusters). ``write_readings`` chains the first two.
Queries live in ``tidings.store.queries`` and exports in ``tidings.store.exports``.
"""

from __future__ import annotations

from .clusters import recluster
from .parquet import merge_parquet, write_parquet
from .runs import finish_run, start_run, write_rejects
from .schema import SCHEMA_VERSION, connect, migrate, schema_version
from .tables import actor_id, content_hash, readings_to_tables
from .writer import WriteCounts, load_tables, stored_hashes, write_readings

__all__ = [
    "SCHEMA_VERSION",
    "WriteCounts",
    "actor_id",
    "connect",
    "content_hash",
    "finish_run",
    "load_tables",
    "merge_parquet",
    "migrate",
    "readings_to_tables",
    "recluster",
    "schema_version",
    "start_run",
    "stored_hashes",
    "write_parquet",
    "write_readings",
    "write_rejects",
]
