"""``tidings report``: one self-contained HTML file (network, timeline, evidence) for some articles."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .._internal.cli import exit_with, refuse_overwrite, report_error
from ..errors import Errors, TidingsError
from .app import app


@app.command("report")
def report_cli(
    paths: List[Path] = typer.Argument(..., help="Articles: text or HTML files, JSONL dumps, WARC files, folders."),
    output: Path = typer.Option(Path("report.html"), "-o", "--output", help="HTML file to write."),
    title: Optional[str] = typer.Option(None, "--title", help="Report title (default: the article's)."),
    force: bool = typer.Option(False, "--force", help="Overwrite the output file if it exists."),
) -> None:
    """Read articles and write ONE self-contained HTML report: no server, no network, scripts inline.

    Example: tidings report article.txt other.txt -o report.html
    """
    from ..serve.report import report

    refuse_overwrite(output, force)
    try:
        written, errors = report(paths, output, title=title)
    except OSError as exc:
        exit_with(Errors.E031.format(source=output, reason=exc.strerror or exc))
    except (TidingsError, ValueError) as exc:  # e.g. the spaCy pipeline cannot be loaded
        exit_with(exc, code=2)
    for error in errors:
        report_error(error)
    if written is None:
        exit_with(Errors.E032.format(source=output))
    typer.echo(str(written))
    if errors:
        raise typer.Exit(1)
