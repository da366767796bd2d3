"""Fixtures of the robustness tests: one spaCy pipeline per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from tidings.annotate import load_pipeline

    return load_pipeline()
