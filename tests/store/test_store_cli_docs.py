"""Every store command is documented with an example, and bad arguments give one line, not a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.cli import app

COMMANDS = ("ingest", "relations", "timeline", "events", "actors", "sql", "export")


@pytest.mark.parametrize("command", COMMANDS)
def test_store_command_help_has_an_example(command: str) -> None:
    res = CliRunner().invoke(app, [command, "--help"])
    assert res.exit_code == 0 and "Example:" in res.stdout


def test_ingest_into_an_impossible_path_is_one_line(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Chile and Peru agreed to reopen a border crossing.", encoding="utf-8")
    res = CliRunner().invoke(app, ["ingest", str(doc), "--db", str(tmp_path / "no" / "such" / "x.duckdb")])
    assert res.exit_code == 2
    assert res.stderr.startswith("error: ") and res.stderr.count("\n") == 1
    assert res.exception is None or isinstance(res.exception, SystemExit)


def test_docs_describe_every_store_command() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "store.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"tidings {command}" in doc


def test_unknown_model_is_one_error_not_a_reject_per_document(tmp_path: Path) -> None:
    from tidings.store import connect

    doc = tmp_path / "a.txt"
    doc.write_text("Chile and Peru agreed to reopen a border crossing.", encoding="utf-8")
    db = tmp_path / "m.duckdb"
    res = CliRunner().invoke(app, ["ingest", str(doc), "--db", str(db), "--model", "no_such_pipeline_xyz"])
    assert res.exit_code == 2 and "E010" in res.stderr and res.stderr.count("\n") == 1
    con = connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM rejects").fetchall()[0][0] == 0
    con.close()
