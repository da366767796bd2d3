"""Benchmark of the web app: median in-process render time per page over a store (prints figures).

Usage: .venv/bin/python tests/serve/bench_serve.py --db corpus.duckdb [--repeat 5]
Not a test: timings depend on the machine and belong in a script, not in assertions.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from tidings.serve.app import create_app, get_page

PAGES = ("/", "/network", "/network?by=country", "/timeline", "/events", "/documents", "/actors",
         "/api/summary", "/api/events?limit=1000", "/api/network")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    app = create_app(args.db)
    counts = app.state.store.counts()
    print(f"store {args.db}: {counts['documents']} documents, {counts['events']} events, {counts['actors']} actors")
    docs = app.state.store.documents(limit=1)
    pages = [*PAGES, *(f"/documents/{d['doc_id']}" for d in docs)]
    for path in pages:
        times, size = [], 0
        for _ in range(args.repeat):
            t = time.perf_counter()
            status, _, body = get_page(app, path)
            times.append(time.perf_counter() - t)
            size = len(body)
        print(f"{path:32s} status {status}  median {statistics.median(times) * 1000:7.1f} ms  {size:8d} chars")


if __name__ == "__main__":
    main()
