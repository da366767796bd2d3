"""The scored gate: the real pipeline over tests/golden must stay at or above the pinned floors.

Floors and the corpus hash live in tests/golden/floors.json; see tests/golden/README.md for how to re-pin
(`python tests/golden/golden_tool.py --pin [--measure] [--lower]`).
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tidings.annotate import load_pipeline
from tidings.evaluate import EvalDocument, Scores, extract_predictions, read_gold, score

GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(scope="module")
def golden_run() -> tuple[list[EvalDocument], list[EvalDocument]]:
    """Gold and the real pipeline's predictions for the corpus (what `evaluate_path(GOLDEN, run=True)` scores)."""
    gold = read_gold(GOLDEN)
    return gold, extract_predictions(gold, nlp=load_pipeline())


@pytest.fixture(scope="module")
def golden_scores(golden_run: tuple[list[EvalDocument], list[EvalDocument]]) -> Scores:
    scores = score(*golden_run)
    print(
        f"\ngolden: full F1 {scores.full.f1 if scores.full else 0:.4f}, "
        f"type+dyad F1 {scores.type_dyad.f1:.4f}, dyad F1 {scores.dyad.f1:.4f}, "
        f"status accuracy {scores.status.accuracy if scores.status else 0:.4f}"
    )
    return scores


def test_golden_corpus_hash_is_pinned(golden_tool: ModuleType) -> None:
    pinned = golden_tool.load_floors()["corpus_sha256"]
    assert golden_tool.corpus_sha256() == pinned, (
        "the golden corpus changed: review the change, then re-pin with `python tests/golden/golden_tool.py --pin`"
    )


def test_golden_gate_scores_every_document(golden_scores: Scores, golden_tool: ModuleType) -> None:
    assert golden_scores.documents == len(golden_tool.gold_files())
    assert golden_scores.missing_predictions == ()
    assert golden_scores.full_documents == golden_scores.documents  # every golden event has a status


def test_golden_gate_floors(golden_scores: Scores, golden_tool: ModuleType) -> None:
    floors = golden_tool.load_floors()["floors"]
    measured = {
        "full_f1": golden_scores.full.f1 if golden_scores.full else 0.0,
        "type_dyad_f1": golden_scores.type_dyad.f1,
        "status_accuracy": golden_scores.status.accuracy if golden_scores.status else 0.0,
    }
    assert set(floors) == set(golden_tool.FLOOR_KEYS)
    below = {k: (measured[k], floors[k]) for k in floors if measured[k] + 1e-9 < floors[k]}
    assert not below, f"below the golden floors (measured, floor): {below}"


@pytest.mark.parametrize("status", ["negated", "hypothetical"])
def test_golden_unreal_events_never_come_out_as_occurred(
    golden_run: tuple[list[EvalDocument], list[EvalDocument]], status: str
) -> None:
    """Must not: "X did not attack Y" or "X could attack Y" reported as an attack that happened.

    A predicted event of the same type whose evidence overlaps a negated (or hypothetical) gold event's
    evidence must not have status "occurred".
    """
    gold_docs, predictions = golden_run
    by_id = {p.doc_id: p for p in predictions}
    wrong = []
    for gold in gold_docs:
        for ev in gold.events:
            if ev.status != status or ev.start is None or ev.end is None:
                continue
            for pred in by_id[gold.doc_id].events:
                overlaps = pred.start is not None and pred.end is not None and pred.start < ev.end and ev.start < pred.end
                if overlaps and pred.type == ev.type and pred.status == "occurred":
                    wrong.append((gold.doc_id, ev.type, ev.evidence, pred.evidence))
    assert wrong == []
