"""``tidings ingest``: read inputs, extract events and store them in the DuckDB event store."""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .._internal.cli import exit_with, reject_line, report_error
from ..errors import first_line
from .app import app

_err = Console(stderr=True, highlight=False, soft_wrap=True)



def _db_path(db: str | None) -> str:
    from ..settings import Settings

    return db or Settings.from_env().db_path


@app.command("ingest")
def ingest_cli(
    paths: list[str] = typer.Argument(
        ..., help="Files or folders: .txt/.html, JSONL dumps, WARC files; '-' reads JSON Lines from stdin."),
    db: str | None = typer.Option(None, "--db", help="Store file (default: TIDINGS_DB or tidings.duckdb)."),
    batch_size: int | None = typer.Option(None, "--batch-size", min=1, help="Documents per transaction."),
    force: bool = typer.Option(False, "--force", help="Re-extract stored documents and replace their rows."),
    model: str | None = typer.Option(None, "--model", help="spaCy pipeline to use."),
    workers: int | None = typer.Option(None, "--workers", min=1, help="Extract with N local Dask workers."),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Extract on this Dask scheduler."),
) -> None:
    """Read, extract and store documents; already stored texts are skipped.

    Example: tidings ingest articles/ dump.jsonl crawl.warc.gz --db events.duckdb --batch-size 32
    """
    from ..settings import Settings

    settings = Settings.from_env()
    db_path = _db_path(db)
    size = batch_size or settings.batch_size
    name = model or settings.model
    if workers is not None or scheduler is not None:
        raise typer.Exit(_distributed(paths, db_path, workers, scheduler, name, size, force))
    import duckdb

    from ..store.ingest import ingest

    rejected = 0

    def on_reject(source: str, reason: str) -> None:
        nonlocal rejected
        rejected += 1
        _err.print(reject_line(reason, source), markup=False)

    try:
        if sys.stderr.isatty():
            with Progress(
                SpinnerColumn(), TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[note]}"), TimeElapsedColumn(), console=_err, transient=True,
            ) as progress:
                task = progress.add_task("ingest", total=None, note="")

                def on_batch(result, counts) -> None:  # type: ignore[no-untyped-def]
                    progress.update(task, completed=result.read, note=(
                        f"stored {result.counts.documents}, skipped {result.counts.skipped}"))

                result = ingest(paths, db_path, batch_size=size, force=force, model=name,
                                on_batch=on_batch, on_reject=on_reject)
        else:
            def on_batch_line(result, counts) -> None:  # type: ignore[no-untyped-def]
                _err.print(
                    f"batch {result.batches} committed: {counts.documents} stored, "
                    f"{counts.skipped} skipped ({result.read} read)", markup=False,
                )

            result = ingest(paths, db_path, batch_size=size, force=force, model=name,
                            on_batch=on_batch_line, on_reject=on_reject)
    except (OSError, duckdb.Error) as exc:
        exit_with(first_line(exc), code=2, source=db_path)
    except ValueError as exc:  # misuse, e.g. an unknown --model: the coded message says what to do
        exit_with(first_line(exc), code=2)
    c = result.counts
    typer.echo(
        f"stored {c.documents} documents ({c.events} events, {c.replaced} replaced), "
        f"skipped {c.skipped} already stored, rejected {len(result.rejects)}; run {result.run_id} -> {db_path}"
    )
    raise typer.Exit(1 if result.rejects else 0)


def _distributed(
    paths: list[str], db_path: str, workers: int | None, scheduler: str | None,
    model: str, batch_size: int, force: bool,
) -> int:
    try:
        from ..scale.dask_ingest import ingest_distributed
    except ImportError as exc:
        report_error(f"distributed ingest is not available: {exc}")
        return 2

    def on_reject(err: object) -> None:
        _err.print(reject_line(err), markup=False)

    try:
        report = ingest_distributed(
            paths, db_path=db_path, workers=workers, scheduler=scheduler, model=model,
            batch_size=batch_size, force=force, on_reject=on_reject,
        )
    except (OSError, ValueError) as exc:
        report_error(first_line(exc))
        return 2
    typer.echo(
        f"stored {report.documents} documents, skipped {report.skipped} already stored, "
        f"rejected {report.rejected}; {report.workers} workers, run {report.run_id} -> {db_path}"
    )
    return report.exit_code
