"""Helpers shared by the bench scripts: the benchmark corpus, word counts, peak memory.

The default corpus is built at run time from ../shared (the seed article and the PLOVER peer gold
sentences); nothing from there is copied into the repository. ``--corpus DIR`` reads ``*.txt`` files
(one document each) and ``*.jsonl`` files (one ``{"text": ...}`` document per line) instead.
"""

from __future__ import annotations

import json
import re
import resource
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
SEED = SHARED / "examples" / "seed-article.txt"
PLOVER_GOLD = SHARED / "eval" / "peer" / "plover_gsr" / "plover_dev.gold.jsonl"

WORD_RE = re.compile(r"\S+")


class CorpusMissing(Exception):
    """The benchmark text is not available; the message says which input and why."""


def count_words(text: str) -> int:
    """Whitespace-separated words, the unit of every words/s figure."""
    return sum(1 for _ in WORD_RE.finditer(text))


def _jsonl_texts(path: Path) -> list[str]:
    texts = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusMissing(f"{path}:{number}: malformed JSON line: {exc.msg}") from None
        text = record.get("text") if isinstance(record, dict) else None
        if isinstance(text, str) and text.strip():
            texts.append(text)
    return texts


def base_texts(corpus: Path | None) -> list[str]:
    """The distinct documents of the benchmark, before repetition."""
    if corpus is None:
        missing = [p for p in (SEED, PLOVER_GOLD) if not p.is_file()]
        if missing:
            raise CorpusMissing(f"{missing[0].resolve()}: not found (../shared is absent); pass --corpus DIR")
        return [SEED.read_text(encoding="utf-8"), *_jsonl_texts(PLOVER_GOLD)]
    if not corpus.is_dir():
        raise CorpusMissing(f"{corpus}: not a directory")
    texts: list[str] = []
    for path in sorted(corpus.rglob("*")):
        if path.suffix == ".txt" and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            if text.strip():
                texts.append(text)
        elif path.suffix == ".jsonl" and path.is_file():
            texts.extend(_jsonl_texts(path))
    if not texts:
        raise CorpusMissing(f"{corpus}: no .txt or .jsonl documents with text")
    return texts


def repeat_to(texts: list[str], min_words: int) -> list[str]:
    """Repeat the documents, in order, until they hold at least ``min_words`` words."""
    counts = [count_words(t) for t in texts]
    if sum(counts) == 0:
        raise CorpusMissing("the corpus has no words")
    out: list[str] = []
    total = 0
    while total < min_words:
        for text, n in zip(texts, counts):
            out.append(text)
            total += n
            if total >= min_words:
                break
    return out


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def distinct_documents(texts: list[str], count: int) -> list[str]:
    """``count`` distinct multi-paragraph documents made by joining windows of the base texts.

    The store skips a text it already holds, so a scale benchmark needs distinct texts: document i
    joins ``2 + i % 5`` consecutive base texts starting at a position that moves with i.
    """
    if not texts:
        raise CorpusMissing("the corpus has no documents")
    n = len(texts)
    out: list[str] = []
    seen: set[str] = set()
    i = 0
    while len(out) < count and i < count * 20:
        width = 2 + i % 5
        start = (i * 7 + i // n) % n
        doc = "\n\n".join(texts[(start + k) % n].strip() for k in range(width))
        i += 1
        if doc not in seen:
            seen.add(doc)
            out.append(doc)
    return out
