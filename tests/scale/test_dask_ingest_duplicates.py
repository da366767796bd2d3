"""Repeated texts and reused ids inside one run: the distributed ingest treats them as one process does.

The copies sit in different one-process batches, where the one-process ingest skips a text it has just
stored and rejects an id it has just stored with another text. The distributed client decides both
before extraction, so the copies are never extracted and the stores end up the same.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from scale_corpus import jsonl_items
from scale_stores import one_process_ingest, table_rows

pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    items = jsonl_items(9)
    items.append({"id": "copy-of-first", "text": items[0]["text"], "published": items[0]["published"]})
    items.append({"id": items[1]["id"], "text": "Chile recalled its ambassador from Peru on Friday.",
                  "published": "2023-05-05"})
    path = tmp_path_factory.mktemp("dups") / "dups.jsonl"
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    return [path]


def test_copies_and_reused_ids_are_handled_as_in_one_process(corpus, tmp_path):
    from tidings.scale.dask_ingest import ingest_distributed

    single = tmp_path / "one.duckdb"
    done = one_process_ingest(corpus, single, batch_size=4)
    assert done.returncode == 1, done.stderr  # the reused id is rejected
    dist = tmp_path / "dask.duckdb"
    rejected: list[str] = []
    report = ingest_distributed(corpus, db_path=dist, workers=2, batch_size=4, partition_size=2,
                                merge_every=0.0, on_reject=lambda r: rejected.append(str(r)))
    assert report.documents == 9 and report.skipped == 1 and report.rejected == 1
    assert report.exit_code == 1
    assert len(rejected) == 1 and "comes twice in the input with different texts" in rejected[0]
    assert table_rows(dist) == table_rows(single)


def test_workers_get_one_thread_each_and_no_malloc_trim(monkeypatch):
    """The LocalCluster pins the numeric libraries to one thread and keeps glibc's adaptive malloc."""
    from distributed import Client

    from tidings.scale.dask_ingest import _local_cluster

    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)  # an earlier cluster of this process sets it
    with _local_cluster(2) as cluster, Client(cluster) as client:
        seen = client.run(lambda: {k: os.environ.get(k) for k in (
            "MALLOC_TRIM_THRESHOLD_", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")})
        threads = {w["nthreads"] for w in client.scheduler_info(n_workers=-1)["workers"].values()}
    assert len(seen) == 2 and threads == {1}
    for env in seen.values():
        assert env == {"MALLOC_TRIM_THRESHOLD_": None, "OMP_NUM_THREADS": "1",
                       "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
