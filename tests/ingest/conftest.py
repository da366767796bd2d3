"""Fixtures for the ingest tests."""

from __future__ import annotations

from pathlib import Path

import pytest

INGEST_INPUTS = Path(__file__).parents[1] / "fixtures" / "inputs" / "ingest"


@pytest.fixture(scope="session")
def ingest_inputs() -> Path:
    return INGEST_INPUTS
