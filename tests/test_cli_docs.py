"""Every registered ``tidings`` command is documented: help text with a working Example, and a README line."""

from __future__ import annotations

import shlex
from pathlib import Path

from typing import Any

import pytest
import typer.main

from tidings.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"
GROUP: Any = typer.main.get_command(app)  # typer's own click Group
COMMANDS = sorted(GROUP.commands)


def _examples(command: Any) -> list[list[str]]:
    """The ``Example: tidings ...`` lines of a command's help, split like a shell would."""
    lines = (command.help or "").splitlines()
    return [shlex.split(line.split("Example:", 1)[1]) for line in lines if line.strip().startswith("Example:")]


def test_cli_docs_every_module_registers_its_commands() -> None:
    # the documented commands are all there: a command family that failed to import would vanish silently
    assert {"extract", "demo", "version", "eval", "serve", "report"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_cli_docs_command_help_has_an_example(name: str) -> None:
    command = GROUP.commands[name]
    examples = _examples(command)
    assert examples, f"tidings {name}: no 'Example:' line in its help"
    options = {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)}
    for words in examples:
        assert words[:2] == ["tidings", name], words
        unknown = [w.split("=", 1)[0] for w in words[2:] if w.startswith("-") and w != "-"]
        assert set(unknown) <= options, f"tidings {name}: the example uses unknown options {unknown}"


@pytest.mark.parametrize("name", COMMANDS)
def test_cli_docs_command_is_in_the_readme(name: str) -> None:
    assert f"`tidings {name}" in README.read_text(encoding="utf-8"), f"README.md does not mention tidings {name}"


def test_cli_docs_readme_keeps_the_two_setup_commands() -> None:
    text = README.read_text(encoding="utf-8")
    setup = text[text.index("## Set-up") : text.index("\n## ", text.index("## Set-up") + 1)]
    commands = [line.split("#")[0].strip() for line in setup.splitlines() if line.startswith("    make ")]
    assert commands == ["make demo", "make test"]
    makefile = (README.parent / "Makefile").read_text(encoding="utf-8")
    assert "\ndemo:" in makefile and "\ntest:" in makefile


def test_cli_docs_group_help_lists_every_command() -> None:
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.stdout
