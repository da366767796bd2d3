"""Fixtures of the store tests: a fresh DuckDB file per test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from store_readings import mixed_status_reading, visit_reading  # noqa: E402

from tidings.store import connect, write_readings  # noqa: E402


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    """Path of a new (not yet created) store file."""
    return tmp_path / "events.duckdb"


@pytest.fixture()
def con(db_path: Path):
    """An open, migrated store on a real file."""
    c = connect(db_path)
    yield c
    c.close()


@pytest.fixture()
def store(db_path: Path) -> Path:
    """A store with two reports of one visit (two sources) and a document of mixed statuses."""
    con = connect(db_path)
    write_readings(con, [visit_reading("a", url="https://one.example/a"),
                         visit_reading("b", url="https://two.example/b", wording=1),
                         mixed_status_reading()], "run")
    con.close()
    return db_path
