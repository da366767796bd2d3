"""Provenance of each ingest run (versions, model, data-file hashes) and the rejects table."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from datetime import datetime, timezone
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import duckdb

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
_DATA_SUFFIXES = frozenset({".tsv", ".json", ".txt", ".csv", ".jsonl"})


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@lru_cache(maxsize=1)
def lexicon_hashes() -> dict[str, str]:
    """Return ``relative path -> sha256[:16]`` of every data file under ``tidings/data``."""
    out: dict[str, str] = {}
    if DATA_DIR.is_dir():
        for path in sorted(DATA_DIR.rglob("*")):
            if path.is_file() and path.suffix in _DATA_SUFFIXES:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
                out[path.relative_to(DATA_DIR).as_posix()] = digest
    return out


def reset_caches() -> None:
    """Forget cached data-file hashes (after editing lexicons in a long-lived process)."""
    lexicon_hashes.cache_clear()


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def model_version(model: str) -> str | None:
    """Return the installed version of a spaCy pipeline package, if it is one."""
    return _version(model) or _version(model.replace("_", "-"))


def start_run(
    con: duckdb.DuckDBPyConnection, *, model: str | None, arguments: dict | None = None
) -> str:
    """Record the start of a run and return its id (committed at once)."""
    from .. import __version__

    run_id = uuid.uuid4().hex[:16]
    con.execute(
        "INSERT INTO runs (run_id, started, tidings_version, spacy_version, model_name, "
        "model_version, lexicons, arguments) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            run_id, _now(), __version__, _version("spacy"), model,
            model_version(model) if model else None,
            json.dumps(lexicon_hashes(), sort_keys=True),
            json.dumps(arguments or {}, sort_keys=True, default=str),
        ],
    )
    return run_id


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, counts: dict) -> None:
    """Record the end of a run with its counts. A killed run keeps ``finished`` NULL."""
    con.execute(
        "UPDATE runs SET finished = ?, counts = ? WHERE run_id = ?",
        [_now(), json.dumps(counts, sort_keys=True), run_id],
    )


def write_rejects(
    con: duckdb.DuckDBPyConnection, rejects: Iterable[tuple[str, str]], run_id: str | None
) -> int:
    """Record rejected inputs ``(input, reason)``; a reject seen again only updates its time."""
    rows = [(inp, reason, _now(), run_id) for inp, reason in rejects]
    if rows:
        con.executemany("INSERT OR REPLACE INTO rejects VALUES (?, ?, ?, ?)", rows)
    return len(rows)
