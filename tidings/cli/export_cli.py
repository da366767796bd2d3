"""``tidings export``: write the stored events as JSONL, CSV, Parquet, PLOVER JSON, GDELT TSV or GraphML."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from .._internal.cli import exit_with, refuse_overwrite
from ..errors import first_line
from .app import app



class ExportFormat(str, Enum):
    """Export formats."""

    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    plover = "plover"
    gdelt = "gdelt"
    graphml = "graphml"


@app.command("export")
def export_cli(
    fmt: ExportFormat = typer.Option(..., "--format", help="jsonl, csv, parquet, plover, gdelt or graphml."),
    output: Path = typer.Option(..., "-o", "--output", help="File to write."),
    db: str | None = typer.Option(None, "--db", help="Store file (default: TIDINGS_DB or tidings.duckdb)."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing output file."),
    quad_scheme: str = typer.Option("gdelt_usual", "--quad-scheme", help="gdelt: gdelt_usual or icews."),
    all_statuses: bool = typer.Option(False, "--all-statuses",
                                      help="gdelt: also export planned/negated/... clusters."),
    nodes: str = typer.Option("actor", "--nodes", help="graphml: actor or country nodes."),
) -> None:
    """Export the stored events to a file.

    Example: tidings export --format gdelt -o events.tsv --db events.duckdb
    """
    import duckdb

    from ..records import STATUSES
    from ..settings import Settings
    from ..store.exports import export

    refuse_overwrite(output, force)
    db_path = db or Settings.from_env().db_path
    options: dict = {}
    if fmt is ExportFormat.gdelt:
        options = {"quad_scheme": quad_scheme,
                   "statuses": STATUSES if all_statuses else ("occurred", "ongoing")}
    elif fmt is ExportFormat.graphml:
        options = {"nodes": nodes}
    try:
        n = export(db_path, fmt.value, output, **options)
    except (ValueError, FileNotFoundError, OSError, duckdb.Error) as exc:
        exit_with(first_line(exc), code=2)
    typer.echo(f"wrote {n} {'edges' if fmt is ExportFormat.graphml else 'records'} to {output}")
