"""Fixtures shared by test folders: the golden corpus's own tool (tests/golden/coverage.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(scope="session")
def golden_tool() -> ModuleType:
    """tests/golden/coverage.py loaded once: corpus checks, hashes and the floor pinning."""
    spec = importlib.util.spec_from_file_location("golden_coverage", GOLDEN / "coverage.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module
