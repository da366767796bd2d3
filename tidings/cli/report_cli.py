"""``tidings report``: one self-contained HTML file (network, timeline, evidence) for some articles."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..errors import TidingsError
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

    if output.exists() and not force:
        typer.echo(f"tidings report: {output}: exists (use --force to overwrite)", err=True)
        raise typer.Exit(1)
    try:
        written, errors = report(paths, output, title=title)
    except (TidingsError, OSError) as exc:
        typer.echo(f"tidings report: {exc}".splitlines()[0], err=True)
        raise typer.Exit(1) from None
    for error in errors:
        typer.echo(f"tidings report: {error}".splitlines()[0], err=True)
    if written is None:
        typer.echo("tidings report: no readable document, no report written", err=True)
        raise typer.Exit(1)
    typer.echo(str(written))
    if errors:
        raise typer.Exit(1)
