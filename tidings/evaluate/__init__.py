"""Scoring extracted events against gold: ``score`` for records, ``evaluate_path`` for files."""

from __future__ import annotations

from .gold import EvalDocument, EvalEvent, align_predictions, prediction_document, read_gold, read_predictions
from .metrics import Counts, ErrorItem, Scores, StatusScore, TypeScore, score
from .runner import evaluate_path, extract_predictions

__all__ = [
    "Counts",
    "align_predictions",
    "ErrorItem",
    "EvalDocument",
    "EvalEvent",
    "Scores",
    "StatusScore",
    "TypeScore",
    "evaluate_path",
    "extract_predictions",
    "prediction_document",
    "read_gold",
    "read_predictions",
    "score",
]
