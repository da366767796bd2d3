"""Command-line interface: thin commands over the library functions."""

from __future__ import annotations

import importlib

from .app import app

# One module per command family; importing a module registers its commands on ``app``.
COMMAND_MODULES = (
    "extract_cli",
    "eval_cli",
    "ingest_cli",
    "query_cli",
    "export_cli",
    "serve_cli",
    "report_cli",
)

for _name in COMMAND_MODULES:
    try:
        importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as _exc:  # a command family not written yet
        if _exc.name != f"{__name__}.{_name}":
            raise


def main() -> None:
    """Entry point of the ``tidings`` console script."""
    app()


__all__ = ["app", "main"]
