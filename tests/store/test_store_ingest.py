"""``tidings ingest`` end to end: real pipeline, real DuckDB files, real processes (one killed)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from store_corpus import write_corpus
from typer.testing import CliRunner

from tidings.cli import app
from tidings.store import connect

COUNTED = ("documents", "segments", "posts", "actors", "mentions", "events", "evidence",
           "event_clusters", "quantities", "rejects")
TIDINGS = [str(Path(sys.executable).parent / "tidings")]


def table_counts(db: Path) -> dict[str, int]:
    con = connect(db, read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
    finally:
        con.close()


def stored_rows(db: Path) -> dict[str, list[tuple]]:
    con = connect(db, read_only=True)
    try:
        return {
            "events": con.execute("SELECT doc_id, event_id, type, status, date, cluster_id, group_key "
                                  "FROM events ORDER BY ALL").fetchall(),
            "clusters": con.execute("SELECT * FROM event_clusters ORDER BY ALL").fetchall(),
            "actors": con.execute("SELECT * FROM actors ORDER BY ALL").fetchall(),
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder / "docs", 40)
    (folder / "docs" / "empty.txt").write_text("", encoding="utf-8")
    (folder / "docs" / "binary.txt").write_bytes(b"\x00\x01\x02 not text \xff\xfe")
    return folder / "docs"


@pytest.fixture(scope="module")
def clean_db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One uninterrupted in-process ingest of the corpus (the reference)."""
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    res = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(db), "--batch-size", "8"])
    assert res.exit_code == 1, res.output  # two inputs are rejected, the rest is stored
    assert "stored 40 documents" in res.stdout
    assert res.stderr.count("rejected:") == 2
    return db


def test_ingest_stores_documents_and_records_rejects(clean_db: Path) -> None:
    n = table_counts(clean_db)
    assert n["documents"] == 40 and n["rejects"] == 2 and n["events"] > 0
    con = connect(clean_db, read_only=True)
    reasons = [r[0] for r in con.execute("SELECT reason FROM rejects ORDER BY input").fetchall()]
    run = con.execute("SELECT finished, model_name, spacy_version, lexicons, counts FROM runs").fetchall()
    con.close()
    assert all("binary.txt" in r or "empty.txt" in r for r in reasons)
    assert len(run) == 1 and run[0][0] is not None and run[0][1] and run[0][2]
    assert "mappings/plover_scores.tsv" in run[0][3] and '"documents": 40' in run[0][4]


def test_reingest_is_idempotent_and_force_replaces(clean_db: Path, corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.duckdb"
    db.write_bytes(clean_db.read_bytes())
    before, rows = table_counts(db), stored_rows(db)
    res = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(db), "--batch-size", "8"])
    assert "stored 0 documents" in res.stdout and "skipped 40 already stored" in res.stdout
    assert table_counts(db) == before and stored_rows(db) == rows
    one = sorted(corpus.glob("item-00*.txt"))[:3]
    res = CliRunner().invoke(app, ["ingest", *map(str, one), "--db", str(db), "--force"])
    assert res.exit_code == 0, res.output
    assert "stored 3 documents" in res.stdout and "3 replaced" in res.stdout
    assert table_counts(db) == before and stored_rows(db) == rows


@pytest.mark.slow
def test_killed_ingest_is_finished_by_a_rerun(clean_db: Path, corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "killed.duckdb"
    cmd = [*TIDINGS, "ingest", str(corpus), "--db", str(db), "--batch-size", "4"]
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    guard = threading.Timer(600, proc.kill)
    guard.start()
    try:
        committed = False
        for line in proc.stderr:  # type: ignore[union-attr]
            if line.startswith("batch 1 committed"):
                committed = True
                break
        assert committed, "the ingest ended before its first batch was committed"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        guard.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()
    assert proc.returncode == -signal.SIGKILL
    partial = table_counts(db)
    assert 4 <= partial["documents"] < 40  # the first batch survived, the run did not finish
    rerun = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    assert rerun.returncode == 1, rerun.stderr  # the two bad inputs are rejected again
    assert f"skipped {partial['documents']} already stored" in rerun.stdout
    assert table_counts(db) == table_counts(clean_db)
    assert stored_rows(db) == stored_rows(clean_db)
    con = connect(db, read_only=True)
    runs = con.execute("SELECT finished IS NULL FROM runs ORDER BY started").fetchall()
    con.close()
    assert runs == [(True,), (False,)]  # the killed run is visible as unfinished


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:Port 8787 is already in use")  # another local Dask dashboard
def test_workers_option_stores_the_same_rows_as_one_process(clean_db: Path, corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    db = tmp_path / "dask.duckdb"
    res = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(db), "--workers", "1",
                                   "--batch-size", "8"])
    assert res.exit_code == 1, res.output  # the same two bad inputs
    assert "stored 40 documents" in res.stdout
    assert table_counts(db) == table_counts(clean_db)
    assert stored_rows(db) == stored_rows(clean_db)


@pytest.mark.issue(4)
def test_seed_and_golden_corpus_ingested_twice_keep_the_same_counts(tmp_path: Path) -> None:
    golden = sorted((Path(__file__).resolve().parents[1] / "golden").glob("*.txt"))
    seed = Path(__file__).resolve().parents[2] / ".." / "shared" / "examples" / "seed-article.txt"
    inputs = [str(p) for p in golden] + ([str(seed)] if seed.exists() else [])
    db = tmp_path / "twice.duckdb"
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", *inputs, "--db", str(db)])
    assert first.exit_code == 0, first.output
    counts = table_counts(db)
    assert counts["documents"] == len(inputs) and counts["events"] > len(inputs)
    second = runner.invoke(app, ["ingest", *inputs, "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert table_counts(db) == counts
