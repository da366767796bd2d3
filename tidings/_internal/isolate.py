"""Extraction that survives a bad document: a batch that raises is retried one document at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from ..records import RawDocument, Reading

if TYPE_CHECKING:
    from spacy.language import Language

OnFailure = Callable[[RawDocument, Exception], None]


def read_isolated(
    documents: Iterable[RawDocument], nlp: Language, batch_size: int, on_failure: OnFailure
) -> Iterator[Reading]:
    """Readings in input order, ``batch_size`` documents per ``nlp.pipe`` call.

    A batch whose extraction raises is retried document by document; each document that still raises is
    passed to ``on_failure`` with its exception and left out, so one bad document costs only itself.
    """
    batch: list[RawDocument] = []
    for raw in documents:
        batch.append(raw)
        if len(batch) >= batch_size:
            yield from _read_batch(batch, nlp, batch_size, on_failure)
            batch = []
    if batch:
        yield from _read_batch(batch, nlp, batch_size, on_failure)


def _read_batch(batch: list[RawDocument], nlp: Language, batch_size: int, on_failure: OnFailure) -> list[Reading]:
    from ..pipeline import read_documents

    try:
        return list(read_documents(batch, nlp=nlp, batch_size=batch_size))
    except Exception:  # noqa: BLE001 - find the failing document below
        pass
    readings: list[Reading] = []
    for raw in batch:
        try:
            readings.extend(read_documents([raw], nlp=nlp, batch_size=1))
        except Exception as exc:  # noqa: BLE001 - reported through on_failure
            on_failure(raw, exc)
    return readings
