"""``evaluate_path``: score a predictions file, or extract the gold documents and score in one go."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Errors, InputError
from ..records import RawDocument, Reading
from .gold import EvalDocument, OnError, align_predictions, prediction_document, read_gold, read_predictions
from .metrics import Scores, score

if TYPE_CHECKING:
    from spacy.language import Language


def raw_documents(gold_docs: Iterable[EvalDocument], on_error: OnError | None = None) -> Iterator[RawDocument]:
    """The gold documents as extractor input: text and doc_id only (the publication date is NOT given).

    A document without text raises, or is passed to ``on_error`` and skipped when that is given.
    """
    for doc in gold_docs:
        if not doc.text:
            error = InputError(Errors.E007.format(source=doc.source or doc.doc_id), source=doc.source)
            if on_error is None:
                raise error
            on_error(error)
            continue
        yield RawDocument(doc_id=doc.doc_id, text=doc.text, source=doc.source or doc.doc_id)


def extract_predictions(
    gold_docs: Iterable[EvalDocument],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    on_error: OnError | None = None,
) -> list[EvalDocument]:
    """Run the real pipeline over the gold texts and return the predictions as EvalDocuments."""
    from ..pipeline import read_documents
    from ..settings import DEFAULT_MODEL

    readings: Iterator[Reading] = read_documents(raw_documents(gold_docs, on_error), model=model or DEFAULT_MODEL, nlp=nlp)
    return [prediction_document(reading.to_dict(), reading.doc_id) for reading in readings]


def evaluate_path(
    gold_path: str | Path,
    pred_path: str | Path | None = None,
    run: bool = False,
    *,
    nlp: Language | None = None,
    model: str | None = None,
    on_error: OnError | None = None,
) -> Scores:
    """Score ``pred_path`` (Reading JSONL) against the gold at ``gold_path``, or extract and score.

    gold_path: a gold file (seed format or JSONL) or a directory of ``*.gold.json[l]`` files.
    pred_path: predictions written by ``tidings extract``; required unless ``run`` is true.
    run: extract the gold texts with the real pipeline instead of reading predictions.
    on_error: called with each bad gold file or prediction line, which is skipped; without it the first raises.
    RETURNS (Scores): the figures, per-type scores and the error list.
    """
    gold = read_gold(gold_path, on_error)
    if run:
        predictions = extract_predictions(gold, nlp=nlp, model=model, on_error=on_error)
    elif pred_path is not None:
        predictions = align_predictions(gold, read_predictions(pred_path, on_error))
    else:
        raise ValueError("evaluate_path needs pred_path or run=True")
    return score(gold, predictions)
