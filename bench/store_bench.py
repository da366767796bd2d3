"""Benchmark of the event store: build a store of >= 10,000 documents and time ingest and queries.

Synthetic documents are generated here from templates (short wire-style items about pairs of
countries). What is timed, and how:

1. extraction: the REAL tidings pipeline reads ``--distinct`` generated documents (default 400);
2. full ingest: ``tidings.store.ingest.ingest`` (read -> extract -> write) on a folder of
   ``--ingest-docs`` of those files (default 200), the one-process path of ``tidings ingest``;
3. store writes: the extracted Readings are repeated with distinct ids (the text gets a copy
   suffix so every content hash differs, publication and event dates shift by a few days per copy)
   until the store holds ``--docs`` documents (default 10,000), written in batches through
   ``write_readings`` exactly as ingest does (one transaction per batch, clustering included);
4. queries: ``relations`` (cold and warm), ``events``, ``timeline`` and the GDELT export.

Usage: .venv/bin/python bench/store_bench.py [--docs 10000] [--distinct 400] [--batch-size 64]
It prints one figure per line; nothing is asserted.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tidings.records import Reading  # noqa: E402

PAIRS = [
    ("Norway", "Chile"), ("Kenya", "Peru"), ("Japan", "Brazil"), ("Egypt", "Ghana"),
    ("Canada", "Mexico"), ("India", "Nepal"), ("Spain", "Morocco"), ("Turkey", "Greece"),
    ("Pakistan", "Russia"), ("France", "Senegal"), ("Germany", "Poland"), ("Vietnam", "Laos"),
]
SENTENCES = [
    "{a} and {b} signed an agreement on fishing rights on {d}.",
    "The foreign minister of {a} visited {b} on {d} for talks on trade.",
    "{a} will host a delegation from {b} next month, officials said.",
    "{a} accused {b} of blocking a shipment of grain on {d}.",
    "{b} rejected the accusation and said no ship had been stopped.",
    "Police in {a} arrested two traders from {b} on {d}.",
    "{a} pledged emergency aid to {b} after floods on {d}.",
    "{a} did not impose sanctions on {b}, the ministry insisted.",
    "{a} should support {b} at the regional summit, an editorial argued.",
    "Troops from {a} were moved to the border with {b} on {d}.",
]


def generate(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """Return ``n`` distinct (published, text) pairs of 3-5 template sentences each."""
    rng = random.Random(seed)
    start = date(2022, 1, 3)
    out = []
    for i in range(n):
        a, b = rng.choice(PAIRS)
        if rng.random() < 0.5:
            a, b = b, a
        day = start + timedelta(days=rng.randrange(0, 700))
        published = (day + timedelta(days=rng.randrange(0, 3))).isoformat()
        picks = rng.sample(SENTENCES, rng.randint(3, 5))
        text = " ".join(s.format(a=a, b=b, d=day.strftime("%B %-d, %Y")) for s in picks)
        out.append((published, f"Report {i}. {text}"))
    return out


def _shift(value: str | None, days: int) -> str | None:
    if not value or len(value) != 10:
        return value
    try:
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    except ValueError:
        return value


def copy_reading(r: Reading, k: int) -> Reading:
    """A distinct copy of a Reading: new id, suffixed text (offsets unchanged), dates shifted."""
    shift = 7 * (k % 40)
    events = tuple(dataclasses.replace(e, date=_shift(e.date, shift)) for e in r.events)
    return dataclasses.replace(
        r, doc_id=f"{r.doc_id}-copy{k}", text=f"{r.text}\n[copy {k}]",
        published=_shift(r.published, shift), events=events,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10_000, help="documents in the final store")
    ap.add_argument("--distinct", type=int, default=400, help="documents read by the real pipeline")
    ap.add_argument("--ingest-docs", type=int, default=200, help="documents of the full-ingest timing")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--db", type=Path, default=None, help="store file (default: a temporary folder)")
    args = ap.parse_args()

    from tidings.annotate import load_pipeline
    from tidings.pipeline import read_documents
    from tidings.records import RawDocument, content_id
    from tidings.store import connect, write_readings
    from tidings.store import queries
    from tidings.store.exports import export
    from tidings.store.ingest import ingest

    tmp = tempfile.TemporaryDirectory(prefix="tidings-store-bench-")
    work = Path(tmp.name)
    db = args.db or work / "bench.duckdb"
    docs = generate(args.distinct)
    raws = [RawDocument(doc_id=content_id(t), text=t, source=f"gen-{i}", published=p,
                        url=f"https://site{i % 25}.example/{i}") for i, (p, t) in enumerate(docs)]
    print(f"python {sys.version.split()[0]}; store file {db}")

    t0 = time.perf_counter()
    nlp = load_pipeline()
    print(f"pipeline load: {time.perf_counter() - t0:.2f} s")

    # 1. real extraction
    t0 = time.perf_counter()
    readings = list(read_documents(raws, nlp=nlp))
    dt = time.perf_counter() - t0
    n_events = sum(len(r.events) for r in readings)
    print(f"extraction (real pipeline): {len(readings)} docs, {n_events} events in {dt:.2f} s "
          f"= {len(readings) / dt:.1f} docs/s")

    # 2. full one-process ingest path on files
    folder = work / "ingest-docs"
    folder.mkdir()
    for i, (_, text) in enumerate(docs[: args.ingest_docs]):
        (folder / f"doc-{i:05d}.txt").write_text(text, encoding="utf-8")
    ingest_db = work / "ingest.duckdb"
    t0 = time.perf_counter()
    res = ingest([folder], ingest_db, batch_size=args.batch_size,
                 reader=lambda batch: list(read_documents(batch, nlp=nlp)))
    dt = time.perf_counter() - t0
    print(f"full ingest (read+extract+store, {res.batches} transactions): {res.counts.documents} docs "
          f"in {dt:.2f} s = {res.counts.documents / dt:.1f} docs/s")
    t0 = time.perf_counter()
    again = ingest([folder], ingest_db, batch_size=args.batch_size,
                   reader=lambda batch: list(read_documents(batch, nlp=nlp)))
    dt = time.perf_counter() - t0
    print(f"re-ingest of the same files (all skipped by content hash): {again.counts.skipped} docs "
          f"in {dt:.2f} s = {again.counts.skipped / dt:.1f} docs/s")

    # 3. store writes up to --docs documents
    con = connect(db)
    total, k, batch = 0, 0, []
    t0 = time.perf_counter()
    while total < args.docs:
        for r in readings:
            if total >= args.docs:
                break
            batch.append(r if k == 0 else copy_reading(r, k))
            total += 1
            if len(batch) >= args.batch_size:
                write_readings(con, batch, "bench")
                batch = []
        k += 1
    if batch:
        write_readings(con, batch, "bench")
    dt = time.perf_counter() - t0
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
              for t in ("documents", "events", "evidence", "event_clusters", "actors", "mentions")}
    print(f"store writes ({args.batch_size} docs per transaction, clustering included): "
          f"{total} docs in {dt:.2f} s = {total / dt:.1f} docs/s")
    print("store rows: " + ", ".join(f"{k_}={v}" for k_, v in counts.items()))
    con.close()
    print(f"store file size: {Path(db).stat().st_size / 1e6:.1f} MB")

    # 4. queries (read-only opens, as the CLI does)
    for label in ("relations (cold open)", "relations (warm)"):
        t0 = time.perf_counter()
        df = queries.relations(db, period="month")
        print(f"{label}: {len(df)} rows in {time.perf_counter() - t0:.3f} s")
    t0 = time.perf_counter()
    df = queries.relations(db, country="PAK", period="year")
    print(f"relations --country PAK --period year: {len(df)} rows in {time.perf_counter() - t0:.3f} s")
    t0 = time.perf_counter()
    df = queries.events(db, status="planned", limit=None)
    print(f"events --status planned: {len(df)} rows in {time.perf_counter() - t0:.3f} s")
    t0 = time.perf_counter()
    df = queries.timeline(db, "RUS")
    print(f"timeline RUS: {len(df)} rows in {time.perf_counter() - t0:.3f} s")
    t0 = time.perf_counter()
    n = export(db, "gdelt", work / "events.tsv")
    print(f"export gdelt: {n} rows in {time.perf_counter() - t0:.3f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")
    tmp.cleanup()


if __name__ == "__main__":
    main()
