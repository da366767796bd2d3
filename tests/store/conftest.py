"""Fixtures of the store tests: a fresh DuckDB file per test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from tidings.store import connect  # noqa: E402


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
