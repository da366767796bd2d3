"""Questions to the store: ``tidings relations | timeline | events | actors | sql``."""

from __future__ import annotations

import math
import sys
from enum import Enum
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.table import Table

from .._internal.cli import exit_with
from ..errors import first_line
from .app import app

if TYPE_CHECKING:
    import pandas as pd



class OutputFormat(str, Enum):
    """How query results are printed."""

    table = "table"
    csv = "csv"
    json = "json"


DB_HELP = "Store file (default: TIDINGS_DB or tidings.duckdb)."
FORMAT_HELP = "table (rich), csv or json (records)."


def _db(db: str | None) -> str:
    from ..settings import Settings

    return db or Settings.from_env().db_path


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return "" if math.isnan(value) else f"{value:g}"
    return str(value)


def print_frame(df: "pd.DataFrame", fmt: OutputFormat, title: str | None = None) -> None:
    """Print a DataFrame as a rich table, CSV or JSON records on stdout."""
    if fmt is OutputFormat.csv:
        df.to_csv(sys.stdout, index=False)
        return
    if fmt is OutputFormat.json:
        sys.stdout.write(df.to_json(orient="records", force_ascii=False, date_format="iso") + "\n")
        return
    out = Console(highlight=False, width=None if sys.stdout.isatty() else 240)
    table = Table(title=title, show_lines=False, header_style="bold")
    for col in df.columns:
        table.add_column(str(col), overflow="fold")
    for row in df.itertuples(index=False):
        table.add_row(*(_cell(v) for v in row))
    out.print(table)
    out.print(f"{len(df)} rows")


def _run(fn, fmt: OutputFormat, title: str) -> None:  # type: ignore[no-untyped-def]
    """Run a query function, turning store and query errors into one line and exit code 2."""
    import duckdb

    from ..store.queries import QueryError

    try:
        df = fn()
    except (QueryError, FileNotFoundError, duckdb.Error) as exc:
        exit_with(first_line(exc), code=2)
    print_frame(df, fmt, title)



@app.command("relations")
def relations_cli(
    country: str | None = typer.Option(None, "--country", help="ISO alpha-3 code, e.g. PAK."),
    period: str = typer.Option("month", "--period", help="year, quarter or month."),
    since: str | None = typer.Option(None, "--since", help="From this date (YYYY[-MM[-DD]])."),
    until: str | None = typer.Option(None, "--until", help="Up to this date (YYYY[-MM[-DD]])."),
    directed: bool = typer.Option(False, "--directed", help="Keep source -> target order."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help=FORMAT_HELP),
) -> None:
    """Relations per country dyad and period, with planned/negated/hypothetical/normative apart.

    Example: tidings relations --country PAK --period year --db events.duckdb
    """
    from ..store import queries

    _run(lambda: queries.relations(_db(db), country=country, period=period, since=since,
                                   until=until, directed=directed), fmt, "relations")


@app.command("timeline")
def timeline_cli(
    actor: str = typer.Argument(..., help="An actor name or an ISO alpha-3 country code."),
    limit: int | None = typer.Option(None, "--limit", min=1),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help=FORMAT_HELP),
) -> None:
    """Events of one actor in date order.

    Example: tidings timeline RUS --db events.duckdb
    """
    from ..store import queries

    _run(lambda: queries.timeline(_db(db), actor, limit=limit), fmt, f"timeline of {actor}")


@app.command("events")
def events_cli(
    type_: str | None = typer.Option(None, "--type", help="PLOVER type, e.g. CONSULT."),
    status: str | None = typer.Option(None, "--status", help="occurred, ongoing, planned, negated, ..."),
    country: str | None = typer.Option(None, "--country", help="ISO alpha-3 code on either side."),
    actor: str | None = typer.Option(None, "--actor", help="Part of a source or target name."),
    since: str | None = typer.Option(None, "--since"),
    until: str | None = typer.Option(None, "--until"),
    attributed_to: str | None = typer.Option(None, "--attributed-to", help="Who claims it."),
    search: str | None = typer.Option(None, "--search", help="Text in the evidence or the title."),
    limit: int = typer.Option(100, "--limit", min=0, help="At most this many rows (0: all)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help=FORMAT_HELP),
) -> None:
    """Stored events matching every filter given.

    Example: tidings events --type CONSULT --status planned --country RUS
    """
    from ..store import queries

    _run(lambda: queries.events(
        _db(db), type=type_, status=status, country=country, actor=actor, since=since, until=until,
        attributed_to=attributed_to, search=search, limit=limit or None,
    ), fmt, "events")


@app.command("actors")
def actors_cli(
    country: str | None = typer.Option(None, "--country", help="Only actors of this country."),
    limit: int | None = typer.Option(None, "--limit", min=1),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help=FORMAT_HELP),
) -> None:
    """Actors of the corpus with document, mention and event counts.

    Example: tidings actors --country PAK --limit 20
    """
    from ..store import queries

    _run(lambda: queries.actors(_db(db), country=country, limit=limit), fmt, "actors")


@app.command("sql")
def sql_cli(
    query: str = typer.Argument(..., help="One SELECT query."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help=FORMAT_HELP),
) -> None:
    """Run one read-only SELECT on the store (writes are refused).

    Example: tidings sql "SELECT type, count(*) FROM events GROUP BY type"
    """
    from ..store import queries

    _run(lambda: queries.sql(_db(db), query), fmt, None)
