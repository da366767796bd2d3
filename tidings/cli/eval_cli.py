"""``tidings eval``: score extracted events against a gold file or a gold corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .._internal.cli import exit_with, report_error
from ..errors import Errors, InputError, TidingsError
from ..settings import Settings
from ..evaluate import evaluate_path
from ..evaluate.render import print_scores, scores_json
from .app import app


@app.command("eval")
def eval_cli(
    gold: Path = typer.Argument(..., help="Gold file (seed JSON or JSONL) or a directory of *.gold.json / *.gold.jsonl files."),
    pred: Optional[Path] = typer.Argument(None, help="Predictions: JSONL written by `tidings extract`."),
    run: bool = typer.Option(False, "--run", help="Extract the gold documents with the pipeline, then score."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    errors: bool = typer.Option(False, "--errors", help="List false positives/negatives and status errors."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline for --run (default: TIDINGS_MODEL)."),
) -> None:
    """Score predicted events against gold at country level (P/R/F1, status accuracy, per type).

    Example: tidings eval tests/golden --run --errors
    """
    if (pred is None) != run:
        exit_with(Errors.E022, code=2)
    nlp = None
    if run:
        from ..annotate import load_pipeline

        try:
            nlp = load_pipeline(model or Settings.from_env().model)
        except ValueError as exc:
            exit_with(exc, code=2)
    failed: list[InputError] = []

    def skip(error: InputError) -> None:
        failed.append(error)
        report_error(error)

    try:
        scores = evaluate_path(gold, pred, run=run, nlp=nlp, on_error=skip)
    except (TidingsError, ValueError) as exc:
        exit_with(exc)
    if as_json:
        typer.echo(scores_json(scores, errors=errors))
    else:
        print_scores(scores, Console(), errors=errors)
    if failed:
        raise typer.Exit(1)
