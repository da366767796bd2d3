"""What the CLI modules share: one-line error messages on stderr and the output-file check."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NoReturn

import typer

from ..errors import Errors

CODE_RE = re.compile(r"^\[(E\d{3})\]\s+(.*)$", re.S)


def error_line(message: str | BaseException, source: str = "") -> str:
    """``error: <source>: <reason> [Exxx]`` on one line, from a coded catalogue message or an exception.

    message: a message of ``Errors`` (``[Exxx] <source>: <reason>``) or an exception carrying one.
    source: the input the message is about, when the message does not start with it already.
    """
    source = source or str(getattr(message, "source", "") or "")
    text = " ".join(str(message).split())  # one line, whatever the reason held
    match = CODE_RE.match(text)
    code, rest = (match.group(1), match.group(2)) if match else (None, text)
    if source and not rest.startswith(source + ": ") and rest != source:
        rest = f"{source}: {rest}"
    return f"error: {rest}" + (f" [{code}]" if code else "")


def reject_line(message: str | BaseException, source: str = "") -> str:
    """``rejected: <source>: <reason> [Exxx]``: one input left out of a run that goes on."""
    return "rejected: " + error_line(message, source).removeprefix("error: ")


def report_error(message: str | BaseException, source: str = "") -> None:
    """Print one error line on stderr."""
    typer.echo(error_line(message, source), err=True)


def exit_with(message: str | BaseException, code: int = 1, source: str = "") -> NoReturn:
    """Print one error line on stderr and leave with ``code`` (never a traceback)."""
    report_error(message, source)
    raise typer.Exit(code)


def refuse_overwrite(output: Path, force: bool) -> None:
    """Leave with exit code 2 when ``output`` exists and ``--force`` was not given."""
    if output.exists() and not force:
        exit_with(Errors.E030.format(source=output), code=2)
