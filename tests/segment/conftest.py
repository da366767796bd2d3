"""Fixtures for the segmentation tests: team-written input texts and the optional shared seed."""

from __future__ import annotations

from pathlib import Path

import pytest

INPUTS = Path(__file__).parents[1] / "fixtures" / "inputs"
SHARED = Path(__file__).parents[2] / ".." / "shared"


@pytest.fixture(scope="session")
def inputs() -> Path:
    return INPUTS


@pytest.fixture(scope="session")
def seed_text() -> str:
    path = SHARED / "examples" / "seed-article.txt"
    if not path.is_file():
        pytest.skip("../shared is absent")
    return path.read_text(encoding="utf-8")




@pytest.fixture(scope="session")
def read_input():
    """A function reading one team-written fixture text by file name."""
    return lambda name: (INPUTS / name).read_text(encoding="utf-8")
