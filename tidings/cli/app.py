"""The ``tidings`` command group; each command lives in its own ``*_cli`` module."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="tidings",
    help="Read news and opinion articles and rebuild the geopolitical events they describe.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
