"""Soak: a corpus is ingested by one process while another process keeps reading the store.

DuckDB allows one writing process or many reading ones, never both at once, so the two sides must
take turns: the ingest opens the store only to check or write a batch, and every read opens the
store read-only for one request and retries while the writer holds the lock. These tests run the
real ``tidings ingest`` in a subprocess (small batches, so the lock changes hands often) while
(1) this process reads through the query API and (2) ``tidings serve`` answers HTTP requests on a
loopback port; each read loop is bounded (200 requests, a time limit). No read may fail (no 5xx), the
ingest must finish cleanly, and the final counts must be consistent with the corpus.
"""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.slow

TIDINGS = Path(sys.executable).with_name("tidings")
MAX_REQUESTS = 200
TIME_LIMIT = 600.0  # seconds for one soak loop
N_ARTICLES = 24
N_ITEMS = 6


def _corpus_module():
    path = Path(__file__).resolve().parents[1] / "scale" / "scale_corpus.py"
    spec = importlib.util.spec_from_file_location("tidings_scale_corpus", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _prepare(tmp_path: Path) -> tuple[Path, list[Path], Path]:
    """A store seeded with two articles, and the rest of the corpus to ingest during the soak."""
    corpus = _corpus_module()
    paths = corpus.write_corpus(tmp_path / "corpus", N_ARTICLES, N_ITEMS, bad=False)
    seed = tmp_path / "seed"
    seed.mkdir()
    (seed / "first.txt").write_text(corpus.article(100), encoding="utf-8")
    (seed / "second.txt").write_text(corpus.article(101), encoding="utf-8")
    db = tmp_path / "soak.duckdb"
    done = subprocess.run([str(TIDINGS), "ingest", str(seed), "--db", str(db)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return db, paths, seed


def _start_ingest(paths: list[Path], db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [str(TIDINGS), "ingest", *map(str, paths), "--db", str(db), "--batch-size", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _consistency(db: Path) -> dict[str, int]:
    """Counts of the final store, after checking that every row points at something that exists."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        assert one("SELECT count(*) FROM events e WHERE e.doc_id NOT IN (SELECT doc_id FROM documents)") == 0
        assert one("SELECT count(*) FROM evidence v WHERE NOT EXISTS (SELECT 1 FROM events e "
                   "WHERE e.doc_id = v.doc_id AND e.event_id = v.event_id)") == 0
        assert one("SELECT count(*) FROM mentions m WHERE m.actor_id NOT IN (SELECT actor_id FROM actors)") == 0
        assert one("SELECT count(*) FROM (SELECT doc_id FROM documents GROUP BY doc_id HAVING count(*) > 1)") == 0
        return {t: one(f"SELECT count(*) FROM {t}") for t in ("documents", "events", "actors")}
    finally:
        con.close()


def test_soak_query_api_reads_while_ingesting(tmp_path):
    from tidings.store import queries

    db, paths, _seed = _prepare(tmp_path)
    ingest = _start_ingest(paths, db)
    failures: list[str] = []
    seen_documents: list[int] = []
    requests = 0
    started = time.monotonic()
    try:
        while requests < MAX_REQUESTS and time.monotonic() - started < TIME_LIMIT:
            finished = ingest.poll() is not None
            try:
                with queries.reading(db) as con:
                    seen_documents.append(con.execute("SELECT count(*) FROM documents").fetchone()[0])
                queries.events(db, limit=5)
                queries.actors(db, limit=5)
                queries.relations(db)
            except Exception as exc:  # noqa: BLE001 - every failed read is a finding
                failures.append(f"{type(exc).__name__}: {exc}".splitlines()[0])
            requests += 1
            if finished and requests >= 20:
                break
            time.sleep(0.05)
        _out, err = ingest.communicate(timeout=TIME_LIMIT)
    finally:
        if ingest.poll() is None:
            ingest.kill()
            ingest.wait()
    assert ingest.returncode == 0, err
    assert failures == []
    assert seen_documents == sorted(seen_documents), "a reader saw the document count go down"
    counts = _consistency(db)
    assert counts["documents"] == 2 + N_ARTICLES + N_ITEMS
    assert seen_documents[-1] == counts["documents"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


ENDPOINTS = ("/api/summary", "/api/events?limit=5", "/api/actors", "/api/network", "/api/timeline",
             "/api/documents", "/", "/events")


def test_soak_web_app_serves_while_ingesting(tmp_path):
    import httpx

    db, paths, _seed = _prepare(tmp_path)
    port = _free_port()
    server = subprocess.Popen([str(TIDINGS), "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    ingest = None
    statuses: dict[int, int] = {}
    errors: list[str] = []
    try:
        with httpx.Client(base_url=base, timeout=90.0) as client:
            deadline = time.monotonic() + 120
            while True:
                try:
                    if client.get("/api/summary").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert server.poll() is None, server.communicate()[1]
                assert time.monotonic() < deadline, "the web app did not come up"
                time.sleep(0.5)
            ingest = _start_ingest(paths, db)
            requests = 0
            started = time.monotonic()
            while requests < MAX_REQUESTS and time.monotonic() - started < TIME_LIMIT:
                finished = ingest.poll() is not None
                path = ENDPOINTS[requests % len(ENDPOINTS)]
                try:
                    code = client.get(path).status_code
                    statuses[code] = statuses.get(code, 0) + 1
                    if code >= 500:
                        errors.append(f"{path}: {code}")
                except httpx.TransportError as exc:
                    errors.append(f"{path}: {type(exc).__name__}")
                requests += 1
                if finished and requests >= 20:
                    break
                time.sleep(0.05)
            _out, err = ingest.communicate(timeout=TIME_LIMIT)
            assert ingest.returncode == 0, err
            assert errors == [], statuses
            counts = _consistency(db)
            summary = client.get("/api/summary").json()
    finally:
        for proc in (ingest, server):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            if proc is not None:
                proc.communicate()
    assert counts["documents"] == 2 + N_ARTICLES + N_ITEMS
    assert summary["documents"] == counts["documents"]
    assert summary["events"] == counts["events"]
