"""The single writer: load the flat tables of a batch of Readings into the store in ONE transaction.

Idempotence is by content hash: a document whose text is already stored is skipped, so re-running an
ingest adds nothing. ``force=True`` deletes the stored rows of the batch's documents (same doc_id or
same content hash) and inserts the new ones. A stored doc_id that comes back with a *different* text
is a conflict: it is left as stored and reported in ``WriteCounts.conflicts`` (ingest records it as
a reject) unless ``force`` replaces it. Because every batch commits atomically, a process
killed at any moment leaves whole documents only, and a rerun finishes the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from ..records import Reading
from .clusters import recluster, scope_of
from .schema import DOCUMENT_TABLES, TABLE_COLUMNS, connect, registered
from .tables import SCHEMAS, readings_to_tables


@dataclass(slots=True)
class WriteCounts:
    """What one write did."""

    documents: int = 0  # documents inserted (new or replaced)
    skipped: int = 0  # documents already stored with the same content
    replaced: int = 0  # stored documents whose rows were deleted first
    events: int = 0
    actors: int = 0  # actors new to the store
    clusters: int = 0  # clusters (re)computed
    rows: dict[str, int] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)  # doc_ids stored with another text

    def add(self, other: "WriteCounts") -> None:
        """Add another write's counts to these."""
        for name in ("documents", "skipped", "replaced", "events", "actors", "clusters"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for k, v in other.rows.items():
            self.rows[k] = self.rows.get(k, 0) + v
        self.conflicts.extend(other.conflicts)

    def as_dict(self) -> dict[str, int]:
        """Return the counts as a plain dict (without per-table rows)."""
        return {
            "documents": self.documents, "skipped": self.skipped, "replaced": self.replaced,
            "events": self.events, "actors": self.actors, "clusters": self.clusters,
        }


Connectable = duckdb.DuckDBPyConnection | str | Path


@contextmanager
def _connection(db: Connectable) -> Iterator[duckdb.DuckDBPyConnection]:
    if isinstance(db, duckdb.DuckDBPyConnection):
        yield db
        return
    con = connect(db)
    try:
        yield con
    finally:
        con.close()


def write_readings(
    con_or_path: Connectable,
    readings: Iterable[Reading],
    run_id: str | None,
    *,
    force: bool = False,
) -> WriteCounts:
    """Store Readings in one transaction; skip documents already stored (unless ``force``).

    con_or_path (DuckDBPyConnection | str | Path): an open store or its file path.
    readings (Iterable[Reading]): the documents of this batch.
    run_id (str | None): the run that produced them (see ``runs.start_run``).
    RETURNS (WriteCounts): documents inserted / skipped / replaced, events, new actors, clusters.
    """
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    tables = readings_to_tables(readings, run_id=run_id, ingested_at=now)
    return load_tables(con_or_path, tables, force=force)


def stored_hashes(con: duckdb.DuckDBPyConnection, hashes: Iterable[str]) -> set[str]:
    """Return which of the given content hashes are already stored."""
    hs = sorted(set(hashes))
    if not hs:
        return set()
    with registered(con, "_hashes", pa.table({"h": pa.array(hs, pa.string())})):
        rows = con.execute(
            "SELECT DISTINCT content_hash FROM documents WHERE content_hash IN (SELECT h FROM _hashes)"
        ).fetchall()
    return {r[0] for r in rows}


def load_tables(
    db: Connectable, tables: dict[str, pa.Table], *, force: bool = False
) -> WriteCounts:
    """Load flat tables (from ``readings_to_tables`` or Parquet partitions) in ONE transaction.

    db (DuckDBPyConnection | str | Path): an open store or its file path.
    tables (dict[str, pyarrow.Table]): table name -> rows; missing tables count as empty.
    RETURNS (WriteCounts): what was written.
    """
    tables = {name: _conform(name, tables.get(name)) for name in TABLE_COLUMNS}
    with _connection(db) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            counts = _load(con, tables, force)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return counts


def _conform(name: str, table: pa.Table | None) -> pa.Table:
    schema = SCHEMAS[name]
    if table is None:
        return schema.empty_table()
    return table.select(list(schema.names)).cast(schema)


def _first_per_key(docs: pa.Table) -> pa.Table:
    """Keep the first row per doc_id and per content hash (duplicates inside one batch)."""
    seen_ids: set[str] = set()
    seen_hashes: set[str] = set()
    keep: list[int] = []
    for i, (d, h) in enumerate(zip(docs["doc_id"].to_pylist(), docs["content_hash"].to_pylist())):
        if d in seen_ids or h in seen_hashes:
            continue
        seen_ids.add(d)
        seen_hashes.add(h)
        keep.append(i)
    return docs.take(pa.array(keep, pa.int64()))


def _load(
    con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table], force: bool
) -> WriteCounts:
    counts = WriteCounts()
    docs = _first_per_key(tables["documents"])
    counts.skipped = tables["documents"].num_rows - docs.num_rows
    with registered(con, "_batch_docs", docs):
        stored = con.execute(
            "SELECT d.doc_id, d.content_hash, (d.content_hash IN (SELECT content_hash FROM _batch_docs)) "
            "FROM documents d WHERE d.doc_id IN (SELECT doc_id FROM _batch_docs) "
            "OR d.content_hash IN (SELECT content_hash FROM _batch_docs)"
        ).fetchall()
    same_hash = {h for _, h, same in stored if same}
    if force:
        keep = docs
        replace = sorted({d for d, _, _ in stored})
    else:
        mask = pc.invert(pc.is_in(docs["content_hash"], value_set=pa.array(sorted(same_hash), pa.string())))
        keep = docs.filter(mask)
        counts.skipped += docs.num_rows - keep.num_rows
        keep_ids = set(keep["doc_id"].to_pylist())
        counts.conflicts = sorted({d for d, _, _ in stored if d in keep_ids})
        if counts.conflicts:
            keep = keep.filter(pc.invert(pc.is_in(
                keep["doc_id"], value_set=pa.array(counts.conflicts, pa.string()))))
        replace = []
    counts.replaced = len(replace)
    counts.documents = keep.num_rows
    groups: set[tuple[str, str]] = set()
    if replace:
        with registered(con, "_replace", pa.table({"doc_id": pa.array(replace, pa.string())})):
            groups |= {(r[0], scope_of(r[1])) for r in con.execute(
                "SELECT DISTINCT group_key, date FROM events WHERE doc_id IN (SELECT doc_id FROM _replace)"
            ).fetchall()}
            for name in DOCUMENT_TABLES:
                con.execute(f"DELETE FROM {name} WHERE doc_id IN (SELECT doc_id FROM _replace)")
    if keep.num_rows == 0:
        counts.clusters = recluster(con, groups)
        return counts
    keep_ids_arr = pa.array(keep["doc_id"].to_pylist(), pa.string())
    with registered(con, "_keep", pa.table({"doc_id": keep_ids_arr})):
        for name in DOCUMENT_TABLES:
            table = keep if name == "documents" else tables[name]
            if name != "documents":
                table = table.filter(pc.is_in(table["doc_id"], value_set=keep_ids_arr))
            counts.rows[name] = table.num_rows
            if table.num_rows:
                _insert(con, name, table)
        events = tables["events"].filter(pc.is_in(tables["events"]["doc_id"], value_set=keep_ids_arr))
        counts.events = events.num_rows
        groups |= {(g, scope_of(d)) for g, d in zip(events["group_key"].to_pylist(),
                                                    events["date"].to_pylist())}
        counts.actors = _insert_actors(con, tables, keep_ids_arr)
    counts.clusters = recluster(con, groups)
    return counts


def _insert(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> None:
    cols = ", ".join(f'"{c}"' for c in TABLE_COLUMNS[name])
    view = f"_in_{name}"
    with registered(con, view, table):
        con.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM {view}")


def _insert_actors(
    con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table], keep_ids: pa.Array
) -> int:
    """Insert the actors referenced by the kept documents that the store does not know yet."""
    used: set[str] = set()
    mentions = tables["mentions"].filter(pc.is_in(tables["mentions"]["doc_id"], value_set=keep_ids))
    used |= set(mentions["actor_id"].to_pylist())
    events = tables["events"].filter(pc.is_in(tables["events"]["doc_id"], value_set=keep_ids))
    used |= {a for a in events["source_actor_id"].to_pylist() if a}
    used |= {a for a in events["target_actor_id"].to_pylist() if a}
    actors = tables["actors"]
    actors = actors.filter(pc.is_in(actors["actor_id"], value_set=pa.array(sorted(used), pa.string())))
    if actors.num_rows == 0:
        return 0
    seen: set[str] = set()
    first = [i for i, a in enumerate(actors["actor_id"].to_pylist()) if not (a in seen or seen.add(a))]
    actors = actors.take(pa.array(first, pa.int64()))
    with registered(con, "_in_actors", actors):
        new = con.execute(
            "SELECT count(*) FROM _in_actors WHERE actor_id NOT IN (SELECT actor_id FROM actors)"
        ).fetchall()[0][0]
        con.execute(
            "INSERT INTO actors SELECT actor_id, name, type, country, sector FROM _in_actors "
            "WHERE actor_id NOT IN (SELECT actor_id FROM actors)"
        )
        # A sector learnt later fills a gap; a known sector is never overwritten.
        con.execute(
            "UPDATE actors SET sector = i.sector FROM _in_actors i "
            "WHERE actors.actor_id = i.actor_id AND actors.sector IS NULL AND i.sector IS NOT NULL"
        )
    return int(new)
