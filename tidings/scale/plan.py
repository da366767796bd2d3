"""Cutting the document stream into tasks: full partitions while input lasts, smaller ones at the end.

A task's cost grows with its words, not its document count, and the last tasks decide when the run
ends: if one worker gets a full partition while the other has nothing left, the run waits for it.
``plan_partitions`` therefore reads ahead; while more input follows it cuts partitions of
``size`` documents, and once the input is exhausted it cuts the remainder by words, each task at most
half of an even share of what is left per worker (guided self-scheduling) but not below a quarter
partition of average documents, so the tasks shrink towards the end and the workers run out of work
at about the same time.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator

from ..records import RawDocument

WORD_RE = re.compile(r"\S+")

# Read ahead this many partitions per worker: the tail that is cut by words.
LOOKAHEAD_PER_WORKER = 2


def words(text: str) -> int:
    """Whitespace-separated words: the unit of a task's cost."""
    return sum(1 for _ in WORD_RE.finditer(text))


def plan_partitions(
    documents: Iterable[RawDocument], size: int, workers: int
) -> Iterator[list[RawDocument]]:
    """Yield the documents, in order, as partitions of at most ``size`` documents.

    documents (Iterable[RawDocument]): the documents to extract, in input order.
    size (int): documents per partition while the input lasts (at least 1).
    workers (int): workers sharing the work; the tail is split so that each gets a fair part.
    """
    size = max(1, size)
    workers = max(1, workers)
    lookahead = size * workers * LOOKAHEAD_PER_WORKER
    floor = max(1, size // 4)  # documents: no task below about a quarter partition of average ones
    buffer: deque[tuple[RawDocument, int]] = deque()
    seen_docs = seen_words = 0
    source = iter(documents)
    exhausted = False
    while True:
        while not exhausted and len(buffer) < lookahead:
            doc = next(source, None)
            if doc is None:
                exhausted = True
            else:
                n = words(doc.text)
                buffer.append((doc, n))
                seen_docs += 1
                seen_words += n
        if not buffer:
            return
        if not exhausted:
            yield [buffer.popleft()[0] for _ in range(size)]
            continue
        share = max(sum(n for _, n in buffer) / (2 * workers), floor * seen_words / seen_docs)
        part: list[RawDocument] = []
        taken = 0
        while buffer and len(part) < size and (not part or taken + buffer[0][1] <= share):
            doc, n = buffer.popleft()
            part.append(doc)
            taken += n
        yield part
