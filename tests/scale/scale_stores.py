"""Reading two stores for comparison, and the one-process ingest they are compared against."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb

TIDINGS = Path(sys.executable).with_name("tidings")  # the console script of this environment

# Columns that name the run or the moment, not the content: left out of the comparison.
VOLATILE = frozenset({"run_id", "ingested_at", "time", "rejected_at", "started", "finished"})
CONTENT_TABLES = (
    "documents", "segments", "posts", "actors", "mentions", "events", "evidence", "quantities",
    "event_clusters", "rejects",
)


def table_rows(db: Path) -> dict[str, list[tuple]]:
    """Every content table of the store as sorted rows, volatile columns left out."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in CONTENT_TABLES:
            cols = [
                r[0] for r in con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                    "ORDER BY ordinal_position", [table],
                ).fetchall()
                if r[0] not in VOLATILE
            ]
            assert cols, f"table {table} missing from {db}"
            select = ", ".join(f'"{c}"' for c in cols)
            rows = con.execute(f"SELECT {select} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def one_process_ingest(paths: list[Path], db: Path, batch_size: int = 4) -> subprocess.CompletedProcess:
    """``tidings ingest`` in a subprocess of its own, as a user runs it."""
    cmd = [str(TIDINGS), "ingest", *map(str, paths), "--db", str(db), "--batch-size", str(batch_size)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=900)
