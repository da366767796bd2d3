"""Eval with the real pipeline: the seed article and PLOVER dev file (figures printed), and extract -> eval.

Every gold document must be scored, and the figures may not fall below the floors below: they sit a little
under what was measured when they were set and may only be raised (the issue's targets are higher: see
docs/evaluation.md). Skipped when ../shared is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from tidings.evaluate import Scores, evaluate_path, read_gold

# Floors on the shared gold sets (measured 2026-11-29 at commit time, rounded down; the seed full-tuple floor is
# issue 3's target, met exactly: 24 of 32 tuples found, 8 false).
SEED_FULL_F1_FLOOR = 0.75
SEED_STATUS_ACCURACY_FLOOR = 0.95
PLOVER_TYPE_DYAD_F1_FLOOR = 0.63


def _print(name: str, scores: Scores) -> None:
    full = f"{scores.full.f1:.4f}" if scores.full else "skipped"
    status = f"{scores.status.accuracy:.4f}" if scores.status else "skipped"
    print(
        f"\n{name}: {scores.documents} docs; full F1 {full}; type+dyad P/R/F1 "
        f"{scores.type_dyad.precision:.4f}/{scores.type_dyad.recall:.4f}/{scores.type_dyad.f1:.4f}; "
        f"dyad F1 {scores.dyad.f1:.4f}; status accuracy {status}"
    )


def _sane(scores: Scores, gold_path: Path) -> None:
    assert scores.documents == len(read_gold(gold_path)) > 0
    assert scores.missing_predictions == ()
    for counts in (scores.full, scores.type_dyad, scores.dyad):
        if counts is not None:
            assert 0.0 <= counts.precision <= 1.0 and 0.0 <= counts.recall <= 1.0 and 0.0 <= counts.f1 <= 1.0
    if scores.status is not None:
        assert 0.0 <= scores.status.accuracy <= 1.0


@pytest.fixture(scope="module")
def seed_gold(shared_dir: Path) -> Path:
    gold = shared_dir / "examples" / "seed-article.gold.json"
    if not gold.is_file():
        pytest.skip("seed gold absent")
    return gold


@pytest.fixture(scope="module")
def seed_run_scores(seed_gold: Path, nlp: Language) -> Scores:
    """``evaluate_path(seed, run=True)``, extracted once for the tests of this module."""
    return evaluate_path(seed_gold, run=True, nlp=nlp)


def test_eval_seed_article_runs(seed_gold: Path, seed_run_scores: Scores) -> None:
    _print("seed", seed_run_scores)
    _sane(seed_run_scores, seed_gold)
    assert seed_run_scores.full is not None and seed_run_scores.status is not None  # the seed gold has statuses
    assert seed_run_scores.full.f1 >= SEED_FULL_F1_FLOOR
    assert seed_run_scores.status.accuracy >= SEED_STATUS_ACCURACY_FLOOR


def test_eval_plover_dev_runs(shared_dir: Path, nlp: Language) -> None:
    gold = shared_dir / "eval" / "peer" / "plover_gsr" / "plover_dev.gold.jsonl"
    if not gold.is_file():
        pytest.skip("PLOVER dev gold absent")
    scores = evaluate_path(gold, run=True, nlp=nlp)
    _print("plover dev", scores)
    _sane(scores, gold)
    # no gold status in the PLOVER file: full tuple and status are skipped for every document
    assert scores.full is None and scores.status is None
    assert len(scores.skipped_status_docs) == scores.documents
    assert scores.type_dyad.f1 >= PLOVER_TYPE_DYAD_F1_FLOOR


def test_eval_run_matches_extract_then_score(
    tmp_path: Path, seed_gold: Path, seed_run_scores: Scores, nlp: Language
) -> None:
    """--run and scoring a predictions file written from the same readings give the same figures."""
    from tidings.evaluate.runner import raw_documents
    from tidings.pipeline import read_documents

    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as handle:
        for reading in read_documents(raw_documents(read_gold(seed_gold)), nlp=nlp):
            handle.write(json.dumps(reading.to_dict()) + "\n")
    assert evaluate_path(seed_gold, pred) == seed_run_scores


def test_eval_scores_tidings_extract_output_of_golden_texts(tmp_path: Path, nlp: Language) -> None:
    """`tidings extract` names text files by content hash; eval aligns them to the gold ids by text."""
    import shutil

    from typer.testing import CliRunner

    from tidings.cli import app

    golden = Path(__file__).resolve().parents[1] / "golden"
    texts = []
    for gold in sorted(golden.glob("*.gold.json"))[:3]:
        shutil.copy(gold, tmp_path / gold.name)
        text = golden / json.loads(gold.read_text(encoding="utf-8"))["file"]
        shutil.copy(text, tmp_path / text.name)
        texts.append(str(tmp_path / text.name))
    pred = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(app, ["extract", *texts, "-o", str(pred)])
    assert result.exit_code == 0, result.output
    from_file = evaluate_path(tmp_path, pred)
    assert from_file.missing_predictions == ()
    assert from_file == evaluate_path(tmp_path, run=True, nlp=nlp)
